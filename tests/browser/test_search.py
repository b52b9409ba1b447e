"""The search page in Chromium: from the header in French with suggestions, filtered by topic,
a result opened; the same with JavaScript off, and the Arabic page; axe-core on each."""

import re

import pytest

from .test_home import assert_accessible

pytestmark = pytest.mark.browser

# From the demo library (resources/demo/library_digital.py, resources/demo/text.py).
PASSWORDS_FR = "Mots de passe robustes et gestionnaire de mots de passe"
DIGITAL_SECURITY_FR = "Sécurité numérique"


def result_count(tab):
    """The number the search page says it found."""
    text = tab.locator("p.result-count").inner_text()
    return int(re.search(r"\d+", text).group())


def search_from_the_header(tab, words):
    """Type `words` in the header's search field and submit it with Enter."""
    field = tab.locator("form.header-search #header-search-q")
    field.fill(words)
    field.press("Enter")
    tab.wait_for_url("**/fr/search/?q=*")


def check_results(tab, words):
    """Results for `words` with their matched words marked; returns how many were found."""
    assert tab.locator("#search-q").input_value() == words
    assert tab.locator("ol.search-results li article.search-result").count() >= 1
    assert tab.locator("p.search-result__excerpt mark").count() >= 1
    return result_count(tab)


def filter_by_digital_security(tab, total):
    """Narrow the results to the digital security topic with the page's form, and check only
    that topic's results are left."""
    tab.locator("#filter-topic").select_option("digital-security")
    tab.locator("form.search-form .search-form__row button").click()
    tab.wait_for_url("**/fr/search/?*topic=digital-security*")
    assert tab.locator("#filter-topic").input_value() == "digital-security"
    filtered = result_count(tab)
    assert 1 <= filtered <= total
    # The topic's option shows the number of results now listed.
    option = tab.locator("#filter-topic option[value=digital-security]").inner_text()
    assert option == f"{DIGITAL_SECURITY_FR} ({filtered})"
    results = tab.locator("article.search-result")
    assert results.count() == min(filtered, 10)
    for meta in results.locator(".search-result__meta").all_inner_texts():
        assert meta.startswith(DIGITAL_SECURITY_FR)
    return filtered


def open_the_first_result(tab, origin):
    link = tab.locator("article.search-result h2.search-result__title a").first
    title = link.inner_text()
    link.click()
    tab.wait_for_url(f"{origin}/fr/library/**")
    assert tab.locator("h1").inner_text() == title
    return title


def assert_accessible_as_served(browser, url):
    """axe-core cannot run in a page with JavaScript off: check the same page in a context
    where only axe runs, the site's own scripts blocked (the page as a reader without
    JavaScript gets it)."""
    context = browser.new_context(locale="fr-FR")
    context.route(re.compile(r".*\.js(\?.*)?$"), lambda route: route.abort())
    tab = context.new_page()
    tab.goto(url)
    assert tab.locator(".search-suggestions").count() == 0
    assert_accessible(tab)
    context.close()


def test_search_in_french_from_the_header_with_suggestions(page, demo_site, screenshot):
    page.goto(f"{demo_site.url}/fr/")
    page.locator("#header-search-q").press_sequentially("passe")
    suggestions = page.locator("form.header-search ul.search-suggestions")
    suggestion = suggestions.get_by_role("link", name=PASSWORDS_FR)
    suggestion.wait_for()
    assert suggestions.is_visible()
    assert suggestion.get_attribute("href") == "/fr/library/strong-passwords/"

    page.locator("#header-search-q").press("Enter")
    page.wait_for_url(f"{demo_site.url}/fr/search/?q=passe")
    assert page.locator("html").get_attribute("lang") == "fr"
    total = check_results(page, "passe")
    assert PASSWORDS_FR in page.locator("h2.search-result__title").all_inner_texts()
    assert_accessible(page)

    filtered = filter_by_digital_security(page, total)
    assert filtered < total  # "passe" is found under other topics too
    assert page.locator("p.search-result__excerpt mark").count() >= 1
    assert_accessible(page)
    screenshot(page, "search-fr")

    open_the_first_result(page, demo_site.url)
    assert all(url.startswith(demo_site.url) for url in page.requested_urls), page.requested_urls


def test_search_without_javascript_in_french_and_arabic(browser, demo_site, screenshot):
    context = browser.new_context(java_script_enabled=False, locale="fr-FR")
    tab = context.new_page()
    requested_urls = []
    tab.on("request", lambda request: requested_urls.append(request.url))
    tab.goto(f"{demo_site.url}/fr/")
    search_from_the_header(tab, "mots de passe")
    assert tab.locator(".search-suggestions").count() == 0
    total = check_results(tab, "mots de passe")
    assert_accessible_as_served(browser, tab.url)
    filter_by_digital_security(tab, total)
    assert_accessible_as_served(browser, tab.url)
    assert open_the_first_result(tab, demo_site.url) == PASSWORDS_FR

    tab.goto(f"{demo_site.url}/ar/search/?q=المرور")
    assert tab.locator("html").get_attribute("dir") == "rtl"
    assert tab.locator("#search-q").input_value() == "المرور"
    titles = tab.locator("h2.search-result__title").all_inner_texts()
    assert "كلمات مرور قوية ومدير كلمات المرور" in titles
    assert tab.locator("p.search-result__excerpt mark").count() >= 1
    screenshot(tab, "search-ar")
    assert_accessible_as_served(browser, tab.url)
    assert all(url.startswith(demo_site.url) for url in requested_urls), requested_urls
    context.close()
