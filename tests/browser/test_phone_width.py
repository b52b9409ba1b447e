"""At 360 px, as most readers meet the site: no page scrolls sideways and no filter sticks out of
its box, in every language (the city facts' long labels, the Russian region names...)."""

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
        width = page.evaluate("document.documentElement.scrollWidth")
        outside = page.evaluate(SELECTS_OUTSIDE_THEIR_BOX)
        if width > 360 or outside:
            wider[path] = (width, outside)
    assert wider == {}
