import hashlib

import pytest

from .test_home import assert_accessible

pytestmark = pytest.mark.browser


def download_and_check(tab, item, origin):
    """Fetch the file a download item links to, as the reader's browser does, and compare its
    SHA-256 with the one the page shows."""
    link = item.locator(".download__title a")
    response = tab.request.get(origin + link.get_attribute("href"))
    assert response.ok
    assert response.headers["x-content-type-options"] == "nosniff"
    shown = item.locator(".checksum").inner_text().strip()
    assert hashlib.sha256(response.body()).hexdigest() == shown
    return response


def test_filter_the_library_open_a_resource_and_download_it(page, demo_site, screenshot):
    page.goto(f"{demo_site.url}/en/library/")
    assert_accessible(page)
    total = page.locator(".resource-card").count()
    assert total == 12  # the first page of thirty

    page.get_by_label("Topic").select_option("digital-security")
    page.get_by_label("Level").select_option("beginner")
    page.get_by_role("button", name="Show resources").click()
    page.wait_for_url("**/en/library/?topic=digital-security&format=&level=beginner**")
    cards = page.locator(".resource-card")
    assert cards.count() >= 1
    for meta in page.locator(".resource-card__meta").all_inner_texts():
        assert meta.startswith("Digital security")
        assert "Beginner" in meta
    assert_accessible(page)
    screenshot(page, "library-filtered-en")

    cards.first.locator("h2 a").click()
    page.wait_for_load_state()
    assert page.locator(".toc").is_visible()
    assert page.get_by_text("Last reviewed on").is_visible()
    assert_accessible(page)
    screenshot(page, "resource-en")
    page.emulate_media(media="print")
    assert not page.locator(".toc").is_visible()
    assert not page.get_by_role("navigation", name="Languages").is_visible()
    assert page.locator(".resource__body").is_visible()
    page.emulate_media(media="screen")
    pdf = download_and_check(page, page.locator(".download").first, demo_site.url)
    assert pdf.headers["content-type"] == "application/pdf"
    assert pdf.body().startswith(b"%PDF-")

    page.get_by_role("navigation", name="Languages").get_by_role("link", name="العربية").click()
    page.wait_for_url(f"{demo_site.url}/ar/**")
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.locator(".facts--resource").is_visible()
    assert_accessible(page)
    screenshot(page, "resource-ar")
    download_and_check(page, page.locator(".download").first, demo_site.url)
    assert all(url.startswith(demo_site.url) for url in page.requested_urls)


def test_the_arabic_library_without_javascript(browser, demo_site, screenshot):
    context = browser.new_context(java_script_enabled=False, locale="ar")
    tab = context.new_page()
    tab.goto(f"{demo_site.url}/ar/library/?format=checklist")
    assert tab.locator("html").get_attribute("dir") == "rtl"
    assert tab.locator(".resource-card").count() >= 1
    assert tab.get_by_role("button", name="عرض الموارد").is_visible()
    screenshot(tab, "library-ar")
    context.close()
