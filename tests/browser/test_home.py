import pytest
from axe_playwright_python.sync_playwright import Axe

pytestmark = pytest.mark.browser


def assert_accessible(tab):
    results = Axe().run(tab)
    assert results.violations_count == 0, results.generate_report()


def test_home_page_in_english_then_arabic_through_the_switcher(page, demo_site, screenshot):
    page.goto(f"{demo_site.url}/en/")
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.locator("html").get_attribute("dir") == "ltr"
    assert page.locator("h1").inner_text().startswith("A safe place to rest")
    assert_accessible(page)
    screenshot(page, "home-en")

    page.get_by_role("navigation", name="Languages").get_by_role("link", name="العربية").click()
    page.wait_for_url(f"{demo_site.url}/ar/")
    assert page.locator("html").get_attribute("lang") == "ar"
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert "تخطَّ إلى المحتوى الرئيسي" in page.locator(".skip-link").inner_text()
    # Mirrored: the site name sits at the right edge in Arabic.
    box = page.locator(".site-name").bounding_box()
    assert box["x"] + box["width"] > 1024 * 0.7 and box["x"] > 1024 / 4
    assert_accessible(page)
    screenshot(page, "home-ar")

    page.get_by_role("navigation", name="القائمة الرئيسية").get_by_role("link").first.click()
    page.wait_for_url(f"{demo_site.url}/ar/about/")
    page.get_by_role("navigation", name="اللغات").get_by_role("link", name="Français").click()
    page.wait_for_url(f"{demo_site.url}/fr/about/")
    assert page.locator("h1").inner_text() == "À propos de Shelter City"
    assert_accessible(page)

    assert all(url.startswith(demo_site.url) for url in page.requested_urls), page.requested_urls


def test_site_works_with_javascript_off(browser, demo_site, screenshot):
    context = browser.new_context(java_script_enabled=False, viewport={"width": 400, "height": 800})
    tab = context.new_page()
    tab.goto(f"{demo_site.url}/")
    assert tab.url == f"{demo_site.url}/en/"
    tab.locator(".language-menu summary").click()  # folded on a phone
    tab.get_by_role("link", name="Español").click()
    tab.wait_for_url(f"{demo_site.url}/es/")
    tab.locator(".site-nav summary").click()
    tab.get_by_role("link", name="Privacidad").click()
    assert tab.locator("h1").inner_text() == "Privacidad"
    screenshot(tab, "privacy-es-mobile-no-js")
    context.close()


def test_skip_link_moves_focus_to_the_content(page, demo_site):
    page.goto(f"{demo_site.url}/en/about/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip-link"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"


def test_not_found_page_is_accessible(page, demo_site):
    response = page.goto(f"{demo_site.url}/pt/nao-existe/")
    assert response.status == 404
    assert page.locator("h1").inner_text() == "Página não encontrada"
    assert_accessible(page)


def test_print_shows_the_text_without_navigation(page, demo_site):
    page.goto(f"{demo_site.url}/en/about/")
    page.emulate_media(media="print")
    assert not page.locator(".main-menu").is_visible()
    assert not page.locator(".language-switcher").is_visible()
    assert page.locator("h1").is_visible()
    assert page.locator(".site-footer").is_visible()  # helplines and contact stay on paper
