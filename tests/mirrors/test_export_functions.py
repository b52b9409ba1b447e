"""mirrors/export.py on its own: where a URL goes in a copy, how links are rewritten, and that
no URL, however spelt, makes the exporter read or write outside its folders."""

from types import SimpleNamespace

import pytest
from django.utils import timezone

from mirrors.export import Export, Fetched, file_for, inside, links_in, relative, rewrite, url_key
from mirrors.mode import MirrorMode

ROOT_URL = "http://localhost"


@pytest.mark.parametrize(
    ("path", "query", "key"),
    [
        ("/en/library/", "", "/en/library/"),
        ("/en/library/", "topic=self-care&format=", "/en/library/?topic=self-care"),
        ("/en/library/", "page=1", "/en/library/"),
        ("/en/library/", "page=2&format=guide", "/en/library/?format=guide&page=2"),
        ("/en/library/", "topic=a&format=b", "/en/library/?format=b&topic=a"),
    ],
)
def test_url_key_spells_each_url_once(path, query, key):
    assert url_key(path, query) == key


@pytest.mark.parametrize(
    ("key", "content_type", "name"),
    [
        ("/", "text/html", "index.html"),
        ("/fr/a-propos/", "text/html; charset=utf-8", "fr/a-propos/index.html"),
        ("/fr/bibliotheque/?topic=x", "text/html", "fr/bibliotheque/index.topic-x.html"),
        (
            "/en/library/?format=guide&page=2",
            "text/html",
            "en/library/index.format-guide.page-2.html",
        ),
        ("/documents/12/guide.pdf", "application/pdf", "documents/12/guide.pdf"),
        ("/en/calls/feed/rss/", "application/rss+xml", "en/calls/feed/rss/index.xml"),
        ("/en/calls/x/calendar/", "text/calendar", "en/calls/x/calendar/index.ics"),
        ("/static/css/site.css", "text/css", "static/css/site.css"),
        ("/en/caf%C3%A9/", "text/html", "en/café/index.html"),
    ],
)
def test_file_for(key, content_type, name):
    assert file_for(key, content_type) == name


def test_a_query_value_never_makes_a_folder_or_a_long_name():
    for value in ["../../etc/passwd", "a/b", "x" * 300, "é<script>", "a.b"]:
        name = file_for(url_key("/en/library/", f"topic={value}"))
        assert name.startswith("en/library/index.topic-")
        assert name.count("/") == 2 and ".." not in name
        assert len(name.rsplit("/", 1)[1]) < 80
    # Two values that differ only in characters a file name cannot hold stay two files.
    assert file_for("/en/?q=a/b") != file_for("/en/?q=a_b")


def test_relative_links_between_files():
    assert relative("en/about/index.html", "en/library/index.html") == "../about/index.html"
    assert relative("static/css/site.css", "index.html") == "static/css/site.css"
    assert relative("en/library/index.page-2.html", "en/library/index.html") == "index.page-2.html"
    assert relative("en/café/index.html", "en/index.html") == "caf%C3%A9/index.html"


def test_rewrite_reads_and_writes_escaped_attributes():
    seen = []

    def replace(url):
        seen.append(url)
        return url.upper()

    text = (
        '<p title="/not-a-link">x</p>'
        '<a href="/en/library/?topic=a&amp;format=b" class=card>one</a>'
        '<img src=\'/media/a.jpg\' srcset="/media/a-400.jpg 400w, /media/a-800.jpg 800w" alt="">'
    )
    out = rewrite(text, replace)
    assert seen == [
        "/en/library/?topic=a&format=b",
        "/media/a.jpg",
        "/media/a-400.jpg",
        "/media/a-800.jpg",
    ]
    assert '<a href="/EN/LIBRARY/?TOPIC=A&amp;FORMAT=B" class=card>one</a>' in out
    assert 'srcset="/MEDIA/A-400.JPG 400w, /MEDIA/A-800.JPG 800w"' in out
    assert '<p title="/not-a-link">x</p>' in out  # only URL attributes change
    assert list(links_in(text)) == seen


@pytest.fixture
def export(tmp_path):
    """An Export of nothing yet (no database: the tests fill in what it fetched)."""
    mode = MirrorMode(made_at=timezone.now(), site_url=ROOT_URL)
    return Export(tmp_path / "copy", SimpleNamespace(root_url=ROOT_URL), mode, [])


def test_links_in_the_copy(export):
    export.fetched = {
        "/en/library/": Fetched(200, "text/html"),
        "/en/library/?page=2": Fetched(200, "text/html"),
        "/en/about/": Fetched(200, "text/html"),
        "/en/old/": Fetched(301, location="/en/about/"),
        "/en/gone/": Fetched(404),
        "/en/calls/x/apply/": Fetched(200, live_only=True),  # `no-store`: the application form
    }
    source = "en/library/index.html"

    def link(url):
        return export.link(url, "/en/library/", source)

    assert link("#main") == "#main"
    assert link("/en/about/#team") == "../about/index.html#team"
    assert link("http://localhost/en/about/") == "../about/index.html"
    assert link("?page=2") == "index.page-2.html"  # a query alone: this page's next file
    assert link("?page=1") == "index.html"
    assert link("?page=2#results") == "index.page-2.html#results"
    assert link("/en/old/") == "../about/index.html"  # a redirect: where it ends
    assert link("mailto:someone@example.org") == "mailto:someone@example.org"
    assert link("https://www.accessnow.org/help/") == "https://www.accessnow.org/help/"
    # What the copy cannot hold keeps its live address, and is reported.
    assert link("/en/gone/#x") == "http://localhost/en/gone/#x"
    assert "/en/gone/" in export.left_live
    # And so does a page that must never be kept.
    assert link("/en/calls/x/apply/") == "http://localhost/en/calls/x/apply/"
    assert link("http://localhost/en/calls/x/apply/") == "http://localhost/en/calls/x/apply/"
    assert "/en/calls/x/apply/" in export.left_live


class Site(Export):
    """An Export whose server answers every URL: HTML for the pages in `pages`, a file
    otherwise (as if a hostile path had reached one)."""

    pages = {
        "/en/": '<a href="/..%2f..%2fetc/passwd">1</a> <a href="/en/..%2F..%2F..%2Fsecret">2</a>'
        ' <a href="/%2e%2e/%2e%2e/outside.txt">3</a> <a href="/en/ok/">ok</a>',
    }

    def fetch(self, key):
        if key in self.pages:
            return Fetched(200, "text/html; charset=utf-8", self.pages[key].encode())
        return Fetched(200, "text/plain", b"written")


def test_a_hostile_path_never_writes_or_links_outside_the_copy(tmp_path):
    mode = MirrorMode(made_at=timezone.now(), site_url=ROOT_URL)
    site = SimpleNamespace(root_url=ROOT_URL)
    export = Site(tmp_path / "deep" / "copy", site, mode, ["/en/"]).run()
    everything = {path.relative_to(tmp_path).as_posix() for path in tmp_path.rglob("*")}
    assert {name for name in everything if not name.startswith("deep/copy")} == {"deep"}
    assert set(export.written) == {"en/index.html", "en/ok/index.txt"}
    assert set(export.broken) == {
        "/..%2f..%2fetc/passwd",
        "/en/..%2F..%2F..%2Fsecret",
        "/%2e%2e/%2e%2e/outside.txt",
    }
    page = (tmp_path / "deep" / "copy" / "en" / "index.html").read_text()
    assert "../" not in page
    assert 'href="ok/index.txt"' in page
    assert all(inside(name) for name in export.written)


@pytest.mark.parametrize(
    "path", ["/media/..%2f..%2f..%2fetc/passwd", "/media/%2e%2e/%2e%2e/etc/passwd"]
)
def test_a_hostile_media_path_is_not_found(export, path):
    """Read from storage: a path out of the media folder is a missing file, not a crash."""
    assert export.fetch(url_key(path)).status == 404


def test_inside():
    assert inside("en/index.html") and inside("a/../b")
    assert not inside("../x") and not inside("a/../../x") and not inside("/etc/passwd")
    assert not inside("..")
