"""The static mirror in Chromium with JavaScript off, opened from file:// and from a plain static
server that holds it at a sub-path (/partner/shelter-city/), as a partner organisation would
host it: pages load with every request in the copy and none failing, the stylesheet applies,
the main text is the live page's, axe-core finds nothing, and links can be followed.

The mirror is the demo exported once per run (tests/mirrors/exported.py)."""

import functools
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

import pytest
from axe_playwright_python.sync_playwright import Axe

from cities.models import CityPage
from home.models import StandardPage
from mirrors.export import file_for, url_key
from resources.models import ResourceIndexPage, ResourcePage
from tests.mirrors.exported import exported_demo
from tests.public_pages import page_samples

pytestmark = pytest.mark.browser

SUB_PATH = "/partner/shelter-city/"
BODY_FONT = "getComputedStyle(document.body).fontFamily"


@pytest.fixture(scope="session")
def mirror(django_db_setup, django_db_blocker, tmp_path_factory):
    return exported_demo(django_db_blocker, tmp_path_factory)


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format, *args):
        pass


@pytest.fixture(scope="session")
def static_server(mirror, tmp_path_factory):
    """A plain file server (no Django) on a free loopback port, the mirror at SUB_PATH."""
    served = tmp_path_factory.mktemp("served")
    (served / "partner").mkdir()
    (served / "partner" / "shelter-city").symlink_to(mirror.directory, target_is_directory=True)
    handler = functools.partial(QuietHandler, directory=str(served))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}{SUB_PATH}"
    server.shutdown()
    server.server_close()
    thread.join()


def samples(language):
    """(name, the page's live path, its file in the mirror, what of `main` the live page shares
    with the copy): a standard page, a resource, a city, the library and one of its topics. The
    library's filters are links in a copy: there its list of resources is compared."""
    pages = page_samples(language)
    resource = pages[ResourcePage]
    library = pages[ResourceIndexPage]
    topic = f"{library.get_url()}?topic={resource.topic.slug}"
    found = []
    for name, path, part in [
        ("standard", pages[StandardPage].get_url(), "main"),
        ("resource", resource.get_url(), "main"),
        ("city", pages[CityPage].get_url(), "main"),
        ("library", library.get_url(), ".resource-list"),
        ("library-topic", topic, ".resource-list"),
    ]:
        found.append((name, path, file_for(url_key(*path.partition("?")[::2])), part))
    return found


def open_and_check(tab, url, origin):
    """Load `url` and return what went wrong with its requests."""
    requests, failed = [], []

    def on_request(request):
        requests.append(request)

    def on_failed(request):
        failed.append(request)

    tab.on("request", on_request)
    tab.on("requestfailed", on_failed)
    response = tab.goto(url)
    tab.wait_for_load_state("load")
    tab.remove_listener("request", on_request)
    tab.remove_listener("requestfailed", on_failed)
    problems = [f"{url}: request to {r.url}" for r in requests if not r.url.startswith(origin)]
    problems += [f"{url}: {r.url} failed ({r.failure})" for r in failed]
    if response is not None and response.status and response.status >= 400:
        problems.append(f"{url}: HTTP {response.status}")
    for request in requests:
        answer = request.response()
        if answer is not None and answer.status >= 400:
            problems.append(f"{url}: {request.url}: HTTP {answer.status}")
    return problems


def text(tab, selector):
    return " ".join(tab.locator(selector).first.inner_text().split())


@pytest.mark.parametrize("where", ["file", "server"])
@pytest.mark.parametrize("language", ["en", "ar"])
def test_mirror_pages_are_the_live_pages(
    browser, demo_site, mirror, static_server, where, language
):
    origin = mirror.directory.as_uri() + "/" if where == "file" else static_server
    reader = browser.new_context(java_script_enabled=False, viewport={"width": 1280, "height": 900})
    live = browser.new_context(java_script_enabled=False, viewport={"width": 1280, "height": 900})
    tab, live_tab = reader.new_page(), live.new_page()
    # axe-core runs in the page: a context with JavaScript, on the same files (the mirror has
    # no script, so they render the same), once, from file://.
    axe_tab = browser.new_context().new_page() if where == "file" else None
    problems = []
    for name, path, file, part in samples(language):
        problems += open_and_check(tab, origin + file, origin)
        assert tab.locator("html").get_attribute("lang") == language
        assert tab.locator("html").get_attribute("dir") == ("rtl" if language == "ar" else "ltr")
        assert tab.locator(".mirror-notice").is_visible()
        live_tab.goto(demo_site.url + path)
        # The stylesheet applies: the body's font is the live page's, not the browser's serif.
        assert tab.evaluate(BODY_FONT) == live_tab.evaluate(BODY_FONT) != "Times New Roman"
        assert text(tab, part) == text(live_tab, part), f"{name} ({file})"
        if axe_tab is not None:
            axe_tab.goto(origin + file)
            results = Axe().run(axe_tab)
            if results.violations_count:
                problems.append(f"{file}: axe-core: {results.generate_report()}")
    if axe_tab is not None:
        axe_tab.context.close()
    reader.close()
    live.close()
    assert not problems, "\n".join(problems)


def test_follow_links_through_the_copy_on_a_static_server(db, browser, mirror, static_server):
    context = browser.new_context(
        java_script_enabled=False, viewport={"width": 1280, "height": 900}
    )
    tab = context.new_page()
    requested = []
    tab.on("request", lambda request: requested.append(request.url))
    tab.goto(static_server)  # the server's index.html: the copy's first page
    assert tab.locator("h2").first.is_visible()
    tab.locator(".mirror-index__languages").get_by_role("link", name="English").click()
    tab.wait_for_url(f"{static_server}en/index.html")

    tab.get_by_role("navigation", name="Languages").get_by_role("link", name="العربية").click()
    tab.wait_for_url(f"{static_server}ar/index.html")
    assert tab.locator("html").get_attribute("dir") == "rtl"

    tab.get_by_role("navigation", name="القائمة الرئيسية").locator(
        "a[href$='library/index.html']"
    ).click()
    tab.wait_for_url(f"{static_server}ar/library/index.html")
    topic = tab.locator(".mirror-browse a[href*='.topic-']").first
    topic_name = topic.inner_text()
    topic.click()
    tab.wait_for_url(f"{static_server}ar/library/index.topic-*.html")
    assert topic_name in tab.locator(".mirror-browse [aria-current=page]").inner_text()
    card = tab.locator(".resource-card h2 a").first
    title = card.inner_text()
    card.click()
    tab.wait_for_url(f"{static_server}ar/library/*/index.html")
    assert tab.locator("h1").inner_text() == title

    # The notice leads to what the copy is and how to check it, in the reader's language,
    # and from there to the copy's first page.
    tab.locator(".mirror-notice a").click()
    tab.wait_for_url(static_server + "ar/about-this-copy.html")
    assert tab.locator("html").get_attribute("dir") == "rtl"
    assert tab.locator(".mirror-index__languages li").count() == 6
    tab.locator(".mirror-index__languages li[lang=en] a").click()
    tab.wait_for_url(f"{static_server}en/index.html")
    assert all(url.startswith(static_server) for url in requested), requested
    context.close()
