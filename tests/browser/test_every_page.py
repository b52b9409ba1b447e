"""Every public page type and variant (tests/public_pages.py), in every language, at 320, 360 and
1280 px: nothing scrolls or sticks out sideways, no request leaves the site's origin, no console
error, and axe-core finds nothing in either layout (at 360 px, the phone's, and at 1280 px).

Each address is loaded once and the viewport resized for each width. With SCREENSHOTS=1 a
full-page screenshot of each page, language and width goes to
var/screenshots/<page>/<language>-<width>.png.
"""

import os

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.public_pages import LANGUAGES, public_urls

from .conftest import SCREENSHOTS

pytestmark = pytest.mark.browser

WIDTHS = [320, 360, 1280]
# axe-core once per layout: the phone's (320 and 360 px fall under the same rules of site.css, whose
# narrowest breakpoint is 30rem) and the wide screen's, where other elements show.
AXE_WIDTHS = {360, 1280}
HEIGHT = 800

# The outermost visible elements whose visible part (after the clipping of scrolling or hidden
# overflow boxes around them) reaches past the viewport's left or right edge. Hidden ones (the
# skip link above the page, .visually-hidden text, anything clipped away, the content of a closed
# <details>, which the browser does not lay out) do not count.
ELEMENTS_OUTSIDE = """() => {
    const width = window.innerWidth, found = [];
    const hidden = el => el.matches('.visually-hidden, .skip-link')
        || getComputedStyle(el).clipPath === 'inset(50%)';
    const name = el => {
        let part = el.localName;
        if (el.id) return part + '#' + el.id;
        for (const c of el.classList) part += '.' + c;
        if (el.name) part += `[name="${el.name}"]`;
        return part;
    };
    const selector = el => {
        const parts = [];
        for (let node = el; node && node !== document.body && parts.length < 4;
             node = node.parentElement) {
            parts.unshift(name(node));
            if (node.id) break;
        }
        return parts.join(' > ');
    };
    for (const el of document.body.querySelectorAll('*')) {
        if (found.some(outer => outer.contains(el))) continue;
        // Not rendered: under display:none, or in a closed <details> (content-visibility).
        if (!el.checkVisibility({visibilityProperty: true, opacityProperty: true})) continue;
        let {left, right, width: w, height: h} = el.getBoundingClientRect();
        if (w === 0 || h === 0) continue;
        let shown = !hidden(el);
        for (let up = el.parentElement; shown && up && up !== document.documentElement;
             up = up.parentElement) {
            if (hidden(up)) shown = false;
            else if (getComputedStyle(up).overflowX !== 'visible') {
                const box = up.getBoundingClientRect();
                left = Math.max(left, box.left);
                right = Math.min(right, box.right);
            }
        }
        if (!shown || right <= left) continue;
        if (right > width + 0.5 || left < -0.5) {
            found.push(el);
            if (found.length >= 5) break;
        }
    }
    return found.map(el => {
        const box = el.getBoundingClientRect();
        return `${selector(el)} (left ${Math.round(box.left)}, right ${Math.round(box.right)})`;
    });
}"""


TOGGLE_DETAILS = "open => document.querySelectorAll('details').forEach(d => { d.open = open; })"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_in_every_width(browser, demo_site, language):
    origin = demo_site.url
    context = browser.new_context(viewport={"width": WIDTHS[0], "height": HEIGHT})
    tab = context.new_page()
    foreign, errors = [], []
    # Any request to another origin is noted and never sent.
    context.route(
        lambda url: not url.startswith(origin + "/"),
        lambda route: (foreign.append(route.request.url), route.abort()),
    )
    tab.on(
        "console",
        lambda message: (
            message.type == "error" and errors.append((message.text, message.location.get("url")))
        ),
    )
    tab.on("pageerror", lambda error: errors.append((str(error), None)))
    axe = Axe()
    shots = os.environ.get("SCREENSHOTS")
    problems = []

    for url in public_urls(language):
        where = f"{url.name} ({url.path})"
        tab.set_viewport_size({"width": WIDTHS[0], "height": HEIGHT})
        foreign.clear()
        errors.clear()
        response = tab.goto(origin + url.path)
        if response.status != url.status:
            problems.append(f"{where}: HTTP {response.status}, expected {url.status}")
        if url.shows and not tab.locator(url.shows).count():
            problems.append(f"{where}: nothing matches {url.shows}")
        description = tab.locator('meta[name="description"]')
        if not description.count() or not description.get_attribute("content").strip():
            problems.append(f"{where}: no meta description")
        for width in WIDTHS:
            tab.set_viewport_size({"width": width, "height": HEIGHT})
            at = f"{where} at {width} px"
            scroll = tab.evaluate("document.documentElement.scrollWidth")
            if scroll > width:
                problems.append(f"{at}: scrolls sideways ({scroll} px wide)")
            for element in tab.evaluate(ELEMENTS_OUTSIDE):
                problems.append(f"{at}: outside the viewport: {element}")
            # Opened, the folded menus, languages and filters stay within the screen too.
            tab.evaluate(TOGGLE_DETAILS, True)
            for element in tab.evaluate(ELEMENTS_OUTSIDE):
                problems.append(f"{at}, menus and filters open: outside the viewport: {element}")
            tab.evaluate(TOGGLE_DETAILS, False)
            results = axe.run(tab) if width in AXE_WIDTHS else None
            if results and results.violations_count:
                problems.append(f"{at}: axe-core: {results.generate_report()}")
            if shots:
                folder = SCREENSHOTS / url.name
                folder.mkdir(parents=True, exist_ok=True)
                tab.screenshot(path=str(folder / f"{language}-{width}.png"), full_page=True)
        # Chromium reports the 404 page's own status as a console error: expected there.
        problems += [
            f"{where}: console: {error}"
            for error, source in errors
            if not (url.status >= 400 and source == origin + url.path)
        ]
        problems += [f"{where}: request to another origin: {request}" for request in foreign]

    context.close()
    assert not problems, f"In {language!r}:\n" + "\n".join(problems)
