import itertools

import pytest

from .test_home import assert_accessible

pytestmark = pytest.mark.browser


@pytest.mark.parametrize(("language", "direction"), [("en", "ltr"), ("ar", "rtl")])
def test_from_the_home_page_banner_to_the_call_and_its_faq(
    page, demo_site, screenshot, language, direction
):
    page.goto(f"{demo_site.url}/{language}/")
    assert page.locator("html").get_attribute("dir") == direction
    banner = page.locator(".call-banner")
    assert banner.is_visible()
    assert_accessible(page)
    screenshot(page, f"home-with-banner-{language}")

    banner.get_by_role("link").click()
    page.wait_for_url(f"{demo_site.url}/{language}/calls/current-call/")
    assert page.locator(".call-status--open").is_visible()
    assert page.locator(".call-banner").count() == 0  # the page says it itself
    assert page.locator("time").first.get_attribute("datetime")
    assert_accessible(page)

    page.locator("#faq").scroll_into_view_if_needed()
    questions = page.locator("#faq .question h3")
    assert questions.count() == 5
    assert questions.first.is_visible()
    screenshot(page, f"call-{language}")
    assert all(url.startswith(demo_site.url) for url in page.requested_urls), page.requested_urls


@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_participating_cities_bullets_stand_clear_of_the_links(page, demo_site, language):
    page.set_viewport_size({"width": 360, "height": 800})
    page.goto(f"{demo_site.url}/{language}/calls/current-call/")
    rtl = language == "ar"
    items = page.locator("section[aria-labelledby=cities-heading] li").all()
    assert len(items) > 3
    rows = []
    for item in items:
        box, link = item.bounding_box(), item.locator("a").bounding_box()
        start = box["x"] + box["width"] if rtl else box["x"]
        link_start = link["x"] + link["width"] if rtl else link["x"]
        # The bullet is inside the item, before its link, with room on both sides.
        assert abs(link_start - start) >= 10, (language, box, link)
        rows.append((round(box["y"]), box, link))
    for (y, _box, before), (next_y, box, _link) in itertools.pairwise(rows):
        if y != next_y:
            continue  # the next item starts a new line
        gap = (
            before["x"] - (box["x"] + box["width"])
            if rtl
            else box["x"] - (before["x"] + before["width"])
        )
        assert gap >= 20, (language, before, box)  # the next bullet is well clear of this link


@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_home_pages_call_action_is_a_large_button_link(page, demo_site, language):
    page.set_viewport_size({"width": 360, "height": 800})
    page.goto(f"{demo_site.url}/{language}/")
    action = page.locator(".current-call a.button")
    box = action.bounding_box()
    assert box["height"] >= 44 and box["width"] >= 44
    page.keyboard.press("Tab")
    action.focus()
    outline = action.evaluate("element => getComputedStyle(element).outlineStyle")
    assert outline == "solid"  # the site's focus ring
    action.click()
    page.wait_for_url(f"{demo_site.url}/{language}/calls/current-call/#apply")
    assert page.locator("#apply").is_visible()
