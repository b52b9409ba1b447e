import itertools

import pytest

from cities.map import FONT_SIZE, HEIGHT, WIDTH, text_width

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
    # The Dutch cities are a few kilometres apart: each has its own marker in the inset, reached
    # from the keyboard too.
    page.goto(f"{demo_site.url}/fr/cities/")
    page.locator('.network-map a[aria-label="La Haye, Pays-Bas"]').focus()
    page.keyboard.press("Enter")
    page.wait_for_url(f"{demo_site.url}/fr/cities/the-hague/")
    assert page.locator("h1").inner_text() == "La Haye"


# Each name as the browser draws it, in the svg's units, with its marker's centre.
RENDERED_NAMES = """() => [...document.querySelectorAll('.network-map svg text')].map(text => {
    const box = text.getBBox();
    const link = text.closest('a');
    const circle = link && link.querySelector('circle');
    return {
        name: text.textContent,
        box: [box.x, box.y, box.x + box.width, box.y + box.height],
        marker: circle ? [circle.cx.baseVal.value, circle.cy.baseVal.value] : null,
    };
})"""


def overlapping(one, other):
    return one[0] < other[2] and other[0] < one[2] and one[1] < other[3] and other[1] < one[3]


@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_map_on_a_wide_screen_and_on_a_phone(page, demo_site, language):
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(f"{demo_site.url}/{language}/cities/")
    assert page.locator(".network-map svg").is_visible()
    names = page.evaluate(RENDERED_NAMES)
    labels = [name for name in names if name["marker"]]
    assert len(labels) == 20  # every city named, the Dutch ones in the inset
    for name in names:
        left, top, right, bottom = name["box"]
        assert left >= 0 and right <= WIDTH and top >= 0 and bottom <= HEIGHT, name
        # The server's estimate of a name's width is generous with the fonts drawn here.
        assert right - left <= text_width(name["name"]), name
    for one, other in itertools.combinations(names, 2):
        assert not overlapping(one["box"], other["box"]), (one["name"], other["name"])
    # Names on the reading side: right of their markers in English, left of them in Arabic.
    beside = [name for name in labels if abs(name["box"][1] - name["marker"][1]) < FONT_SIZE]
    left_of_marker = sum(name["box"][2] < name["marker"][0] for name in beside)
    right_of_marker = sum(name["box"][0] > name["marker"][0] for name in beside)
    if language == "ar":
        assert left_of_marker > right_of_marker
    else:
        assert right_of_marker > left_of_marker
    assert page.evaluate("document.documentElement.scrollWidth") <= 1280
    assert_accessible(page)

    # On a phone the list is the map: the figure is not drawn and nothing scrolls sideways.
    page.set_viewport_size({"width": 360, "height": 780})
    page.goto(f"{demo_site.url}/{language}/cities/")
    assert not page.locator(".network-map").is_visible()
    assert page.locator(".city-card").count() == 20
    assert page.locator(".city-card").first.is_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
