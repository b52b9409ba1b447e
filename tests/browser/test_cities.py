import pytest

from .test_home import assert_accessible

pytestmark = pytest.mark.browser


def test_filter_the_index_open_a_city_and_read_it_in_arabic(page, demo_site, screenshot):
    page.goto(f"{demo_site.url}/en/cities/")
    assert_accessible(page)
    total = page.locator(".city-card").count()
    assert total == 20

    page.get_by_label("Region").select_option("africa")
    page.get_by_label("Working language").select_option("sw")
    page.get_by_role("button", name="Show cities").click()
    page.wait_for_url("**/en/cities/?region=africa&language=sw&open=")
    names = page.locator(".city-card__name").all_inner_texts()
    assert names == ["Dar es Salaam", "Kampala", "Nairobi"]
    assert page.locator("#city-count").inner_text() == "3 cities of 20"
    assert page.locator(".network-map__marker.is-match").count() == 3
    assert_accessible(page)
    screenshot(page, "cities-filtered-en")

    page.get_by_role("link", name="Nairobi", exact=True).click()
    page.wait_for_url(f"{demo_site.url}/en/cities/nairobi/")
    assert page.locator("h1").inner_text() == "Nairobi"
    assert page.get_by_text("Kenya").first.is_visible()
    assert_accessible(page)

    page.get_by_role("navigation", name="Languages").get_by_role("link", name="العربية").click()
    page.wait_for_url(f"{demo_site.url}/ar/cities/nairobi/")
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.locator("h1").inner_text() == "نيروبي"
    assert page.get_by_text("كينيا").first.is_visible()  # the country, named in Arabic
    assert_accessible(page)
    screenshot(page, "city-ar")

    page.locator(".pager__up a").click()
    page.wait_for_url(f"{demo_site.url}/ar/cities/")
    assert page.locator(".city-card").count() == total
    assert_accessible(page)
    screenshot(page, "cities-ar")
    assert all(url.startswith(demo_site.url) for url in page.requested_urls), page.requested_urls


def test_the_map_markers_are_links(page, demo_site):
    page.goto(f"{demo_site.url}/fr/cities/")
    page.locator('.network-map a[aria-label="Mexico, Mexique"]').click()
    page.wait_for_url(f"{demo_site.url}/fr/cities/mexico-city/")
    assert page.locator("h1").inner_text() == "Mexico"
    # Markers of the Dutch cities sit on top of one another at this scale: each is still
    # reached from the keyboard.
    page.goto(f"{demo_site.url}/fr/cities/")
    page.locator('.network-map a[aria-label="La Haye, Pays-Bas"]').focus()
    page.keyboard.press("Enter")
    page.wait_for_url(f"{demo_site.url}/fr/cities/the-hague/")
    assert page.locator("h1").inner_text() == "La Haye"
