"""At 360 px, as most readers meet the site: no page scrolls sideways and no filter sticks out of
its box, in every language (the city facts' long labels, the Russian region names...); the first
screen shows the page's title and the start of its content, and the folded header and filters
open without JavaScript."""

import pytest

pytestmark = pytest.mark.browser

PAGES = [
    *(f"/{code}/cities/the-hague/" for code in ("en", "fr", "es", "pt", "ru", "ar")),
    *(f"/{code}/cities/" for code in ("en", "pt", "ru")),
    "/ru/library/",
    "/fr/library/",
    "/ru/search/?q=%D0%BF%D0%B0%D1%80%D0%BE%D0%BB%D1%8C",
]

SELECTS_OUTSIDE_THEIR_BOX = """() => [...document.querySelectorAll('.filters')].flatMap(box => {
    const outer = box.getBoundingClientRect();
    return [...box.querySelectorAll('select')]
        .filter(select => {
            const inner = select.getBoundingClientRect();
            return inner.right > outer.right + 0.5 || inner.left < outer.left - 0.5;
        })
        .map(select => select.name);
})"""


def test_no_page_is_wider_than_a_phone(page, demo_site):
    page.set_viewport_size({"width": 360, "height": 780})
    wider = {}
    for path in PAGES:
        page.goto(demo_site.url + path)
        page.evaluate("document.querySelectorAll('.filters__fold').forEach(f => f.open = true)")
        width = page.evaluate("document.documentElement.scrollWidth")
        outside = page.evaluate(SELECTS_OUTSIDE_THEIR_BOX)
        if width > 360 or outside:
            wider[path] = (width, outside)
    assert wider == {}


FIRST_SCREEN = 780  # px: a common phone's viewport height at 360 px wide

TOP_OF = """selector => {
    const element = document.querySelector(selector);
    return element ? element.getBoundingClientRect().top : null;
}"""


@pytest.mark.parametrize("language", ["en", "pt", "ar"])
def test_the_first_screen_shows_the_title_and_the_content(browser, demo_site, language):
    """A compact header (the name, "Menu", the language) and a one-line call banner: the title
    starts in the top quarter of the screen; on a filtered library the first result is on the first
    screen, above the folded filters' fields."""
    context = browser.new_context(
        viewport={"width": 360, "height": FIRST_SCREEN}, java_script_enabled=False
    )
    tab = context.new_page()
    for path in ("/", "/about/", "/cities/the-hague/", "/library/"):
        tab.goto(f"{demo_site.url}/{language}{path}")
        assert tab.evaluate(TOP_OF, "main h1") < FIRST_SCREEN / 4, path
        # and what follows the title starts well within the first screen
        assert tab.evaluate(TOP_OF, "main h1 + *") < FIRST_SCREEN * 0.6, path
        banner = tab.locator(".call-banner p:visible")
        if banner.count():
            box = banner.bounding_box()
            assert box["height"] < 50, (path, box)  # one line, with its padding
    tab.goto(f"{demo_site.url}/{language}/library/?topic=digital-security&format=guide")
    first_result = tab.evaluate(TOP_OF, ".resource-list li")
    assert first_result is not None and first_result < FIRST_SCREEN - 100
    # The active filters are named on the fold's summary.
    assert tab.locator(".filters__active span").count() == 2
    assert not tab.locator("#filter-topic").is_visible()
    context.close()


def test_menu_languages_and_filters_open_without_javascript_on_a_phone(browser, demo_site):
    context = browser.new_context(
        viewport={"width": 360, "height": FIRST_SCREEN}, java_script_enabled=False
    )
    tab = context.new_page()
    tab.goto(f"{demo_site.url}/en/")
    menu = tab.get_by_role("navigation", name="Main menu")
    assert not menu.is_visible()
    tab.locator(".site-nav summary").click()
    assert menu.is_visible()
    assert tab.locator("#header-search-q").is_visible()
    menu.get_by_role("link", name="Resource library").click()
    tab.wait_for_url("**/en/library/")

    tab.locator(".language-menu summary").click()
    tab.get_by_role("navigation", name="Languages").get_by_role("link", name="Français").click()
    tab.wait_for_url("**/fr/library/")
    assert tab.locator(".language-menu summary [lang]").inner_text() == "Français"

    tab.locator(".filters__fold summary").click()
    tab.locator("#filter-topic").select_option("digital-security")
    tab.get_by_role("button", name="Afficher les ressources").click()
    tab.wait_for_url("**/fr/library/?*topic=digital-security*")
    assert tab.locator(".filters__active span").all_inner_texts()[0].startswith("Sécurité")
    context.close()


def test_a_wide_screen_shows_the_menu_languages_and_filters_unfolded(page, demo_site):
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto(f"{demo_site.url}/ar/library/")
    assert page.locator(".main-menu").is_visible()
    assert page.locator(".language-switcher").is_visible()
    assert page.locator("#filter-topic").is_visible()
    assert not page.locator(".site-nav summary").is_visible()
