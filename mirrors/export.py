"""Copies of the public site as plain files: what the static mirror and the offline libraries
are made of.

`Export` renders pages through Django's own request handling in this process (the middleware,
the views and the templates readers get, with `mirrors.mode` telling templates that a copy is
being made), follows the links it finds, and writes every page it reached as a file whose
links are relative to it, so the copy works from any host, any path prefix and `file://`.
Documents and images are copied from storage (a copy is not a download: no count), the
stylesheet and other static files are taken as the site serves them.

Where a URL goes in the copy (`file_for`): `/fr/a-propos/` -> `fr/a-propos/index.html`; a
query string becomes part of the file name (`/fr/bibliotheque/?topic=x` ->
`fr/bibliotheque/index.topic-x.html`: Wagtail slugs cannot contain a dot, so such a file
never meets a page's folder); other paths keep their name (`documents/12/guide.pdf`).

What a copy cannot hold (the admin, a private document, a page that failed) keeps its live
address, and is reported (`Export.left_live`, `Export.broken`), so an export can be held to
"nothing broken". So does a page that says it must never be kept (`Cache-Control: no-store`): a
call's application form is a live form (applications/views.py), never copied.

Pages are asked for as a reader with no cookie asks for them: a cookie a page sets (the
application form's CSRF cookie) is not sent with the next request.
"""

import hashlib
import html
import logging
import mimetypes
import posixpath
import re
import shutil
from collections import deque
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import parse_qsl, quote, unquote, urlencode, urljoin, urlsplit

from django.conf import settings
from django.core.exceptions import SuspiciousFileOperation
from django.core.files.storage import default_storage
from django.test import Client
from django.utils import translation
from wagtail.documents import get_document_model

from mirrors.mode import MirrorMode, exporting

logger = logging.getLogger(__name__)

# Attributes that hold a URL the copy must carry along.
URL_ATTRIBUTES = {"href", "src", "action", "poster"}
SRCSET_ATTRIBUTES = {"srcset"}
EXTENSIONS = {
    "text/html": ".html",
    "application/rss+xml": ".xml",
    "application/atom+xml": ".xml",
    "application/xml": ".xml",
    "text/xml": ".xml",
    "text/calendar": ".ics",
    "text/plain": ".txt",
    "text/css": ".css",
    "application/javascript": ".js",
    "text/javascript": ".js",
    "application/zip": ".zip",
}
DOCUMENT_PATH = re.compile(r"^/documents/(\d+)/([^/]+)$")
MAX_REDIRECTS = 5


def url_key(path, query=""):
    """One spelling per URL: the path and its parameters in a fixed order."""
    pairs = sorted(parse_qsl(query, keep_blank_values=True))
    # An empty parameter is no parameter, and the first page of a list is the list itself.
    pairs = [pair for pair in pairs if pair[1] != "" and pair != ("page", "1")]
    return path + ("?" + urlencode(pairs) if pairs else "")


def _name_part(text):
    safe = re.sub(r"[^\w-]", "_", text)
    if safe != text or len(safe) > 60:
        safe = f"{safe[:40]}_{hashlib.sha256(text.encode()).hexdigest()[:8]}"
    return safe


def file_for(key, content_type="text/html"):
    """The file (a relative POSIX path) that holds the URL `key` in a copy."""
    path, _, query = key.partition("?")
    name = unquote(path).lstrip("/")
    media_type = content_type.split(";")[0].strip().lower()
    if name == "" or name.endswith("/"):
        base = name + "index"
        extension = EXTENSIONS.get(media_type) or mimetypes.guess_extension(media_type) or ""
    else:
        base, extension = posixpath.splitext(name)
        if not extension and media_type == "text/html":
            extension = ".html"
    if query:
        base += "." + ".".join(
            f"{_name_part(name)}-{_name_part(value)}" for name, value in parse_qsl(query)
        )
    return base + extension


def inside(name):
    """Whether the relative path `name` stays inside the copy."""
    normal = posixpath.normpath(name)
    return not (posixpath.isabs(normal) or normal == ".." or normal.startswith("../"))


def relative(target, source):
    """The link from the file `source` to the file `target` (both relative to the copy)."""
    start = posixpath.dirname(source) or "."
    return quote(posixpath.relpath(target, start), safe="/")


def names_the_original(tag, attrs):
    """A page's canonical address and its languages' (`<link rel="canonical">`, `<link
    rel="alternate" hreflang>`) stay the live site's: a copy says where the original is, and
    search engines credit the original, not each mirror. A browser loads neither."""
    if tag != "link":
        return False
    values = dict(attrs)
    rel = set((values.get("rel") or "").lower().split())
    return "canonical" in rel or ("alternate" in rel and "hreflang" in values)


class _Tags(HTMLParser):
    """The start tags of a document with where each one is, to rewrite their URLs in place."""

    def __init__(self, text):
        super().__init__(convert_charrefs=True)
        self.text = text
        self.line_starts = [0]
        for line in text.splitlines(keepends=True):
            self.line_starts.append(self.line_starts[-1] + len(line))
        self.tags = []  # (start, raw text, attributes), links to the original left out
        self.feed(text)
        self.close()

    def handle_starttag(self, tag, attrs):
        line, column = self.getpos()
        if not names_the_original(tag, attrs):
            self.tags.append((self.line_starts[line - 1] + column, self.get_starttag_text(), attrs))

    handle_startendtag = handle_starttag


ATTRIBUTE = re.compile(r"""(\s)([\w:-]+)(\s*=\s*)("[^"]*"|'[^']*'|[^\s"'>]+)""")


def links_in(text):
    """Every URL in the start tags of an HTML document (attribute values, unescaped)."""
    for _start, _raw, attrs in _Tags(text).tags:
        for name, value in attrs:
            if value is None:
                continue
            if name in URL_ATTRIBUTES:
                yield value
            elif name in SRCSET_ATTRIBUTES:
                yield from _srcset_urls(value)


def _srcset_urls(value):
    for candidate in value.split(","):
        if candidate.strip():
            yield candidate.split()[0]


def rewrite(text, replace):
    """`text` with every URL attribute passed through `replace(url) -> url`."""
    pieces, done = [], 0
    for start, raw, _attrs in _Tags(text).tags:
        new = ATTRIBUTE.sub(lambda match: _rewrite_attribute(match, replace), raw)
        if new != raw:
            pieces += [text[done:start], new]
            done = start + len(raw)
    pieces.append(text[done:])
    return "".join(pieces)


def _rewrite_attribute(match, replace):
    space, name, equals, quoted = match.groups()
    lowered = name.lower()
    if lowered not in URL_ATTRIBUTES and lowered not in SRCSET_ATTRIBUTES:
        return match.group(0)
    value = html.unescape(quoted[1:-1] if quoted[:1] in "\"'" else quoted)
    if lowered in SRCSET_ATTRIBUTES:
        candidates = []
        for candidate in value.split(","):
            parts = candidate.split()
            if parts:
                candidates.append(" ".join([replace(parts[0]), *parts[1:]]))
        new = ", ".join(candidates)
    else:
        new = replace(value)
    return f'{space}{name}{equals}"{html.escape(new, quote=True)}"'


@dataclass
class Fetched:
    status: int
    content_type: str = ""
    body: bytes = b""
    location: str = ""  # the key a redirect leads to
    source: object = None  # a storage file to copy instead of a body (documents, images)
    live_only: bool = False  # never kept (`no-store`): linked at its live address


@dataclass
class Export:
    """Render `start` (URL paths) and every page they lead to that `follow(key)` accepts, and
    write them under `directory`.

    `site`: the Wagtail Site whose host the pages are asked for (its root URL is the live
    address a link keeps when the copy cannot hold it); `mode`: the `MirrorMode` templates see.
    `files`: URL key -> file in the copy, for what is not found by following links (the copy's
    own index). After `run()`: `written` (files), `broken` (key -> the pages that link to it),
    `left_live` (keys that kept their live address).
    """

    directory: Path
    site: object
    mode: MirrorMode
    start: list
    follow: object = None
    files: dict = field(default_factory=dict)
    written: dict = field(default_factory=dict)
    broken: dict = field(default_factory=dict)
    left_live: set = field(default_factory=set)

    def __post_init__(self):
        self.directory = Path(self.directory)
        self.host = urlsplit(self.site.root_url).netloc
        self.client = Client(
            HTTP_HOST=self.host,
            secure=self.site.root_url.startswith("https:"),
            raise_request_exception=False,
        )
        self.fetched = {}

    # -- reading ----------------------------------------------------------------------------

    def internal_key(self, url, base):
        """The key of `url` (as written in the page at key `base`) on this site, or None for
        another site, a mail link or a fragment of the same page."""
        if url.startswith(("#", "mailto:", "tel:", "data:", "javascript:")):
            return None
        absolute = urljoin(f"{self.site.root_url}{base}", url.strip())
        parts = urlsplit(absolute)
        if parts.scheme not in ("http", "https") or parts.netloc != self.host:
            return None
        return url_key(parts.path or "/", parts.query)

    def wanted(self, key):
        path = key.partition("?")[0]
        if path.startswith("/admin/") or path == "/admin":
            return False
        return self.follow(key) if self.follow else True

    def fetch(self, key):
        path, _, query = key.partition("?")
        if path.startswith(settings.MEDIA_URL):
            name = unquote(path[len(settings.MEDIA_URL) :])
            try:
                found = default_storage.exists(name)
            except SuspiciousFileOperation:  # `../` out of the storage (a hostile link)
                found = False
            if not found:
                return Fetched(404)
            return Fetched(200, mimetypes.guess_type(name)[0] or "", source=name)
        if match := DOCUMENT_PATH.match(path):
            return self.fetch_document(int(match[1]), unquote(match[2]))
        response = self.client.get(path, dict(parse_qsl(query)))
        self.client.cookies.clear()
        if response.status_code in (301, 302, 303, 307, 308):
            location = self.internal_key(response["Location"], key)
            return Fetched(response.status_code, location=location or "")
        if getattr(response, "streaming", False):
            body = b"".join(response.streaming_content)
        else:
            body = response.content
        if "no-store" in response.get("Cache-Control", ""):
            return Fetched(response.status_code, live_only=True)
        return Fetched(response.status_code, response.get("Content-Type", ""), body)

    def fetch_document(self, pk, filename):
        document = get_document_model().objects.filter(pk=pk).select_related("collection").first()
        if document is None or document.filename != filename:
            return Fetched(404)
        if document.collection.get_view_restrictions().exists():
            return Fetched(403)  # private: the copy keeps the live address (sign-in needed)
        content_type = mimetypes.guess_type(filename)[0] or "application/octet-stream"
        return Fetched(200, content_type, source=document.file.name)

    def crawl(self):
        queue = deque()
        referrers = {}

        def add(key, referrer):
            if key in self.files:  # the copy's own files: written by the caller, not fetched
                return
            if key in self.fetched or key in referrers:
                referrers.setdefault(key, set()).add(referrer)
                return
            referrers[key] = {referrer}
            queue.append(key)

        for url in self.start:
            add(url_key(*url.partition("?")[::2]), None)
        while queue:
            key = queue.popleft()
            fetched = self.fetched[key] = self.fetch(key)
            if fetched.status >= 400 or fetched.live_only:
                continue
            if fetched.location:
                if self.wanted(fetched.location):
                    add(fetched.location, key)
                continue
            if fetched.content_type.startswith("text/html"):
                for url in links_in(fetched.body.decode("utf-8")):
                    linked = self.internal_key(url, key)
                    if linked is not None and self.wanted(linked):
                        add(linked, key)
        self.referrers = referrers

    # -- writing ----------------------------------------------------------------------------

    def final(self, key):
        """The fetched answer at the end of `key`'s redirects, with its key."""
        for _ in range(MAX_REDIRECTS):
            fetched = self.fetched.get(key)
            if fetched is None or not fetched.location:
                return key, fetched
            key = fetched.location
        return key, None

    def file_of(self, key):
        """The copy's file for `key`, or None when the copy does not hold it."""
        if key in self.files:
            return self.files[key]
        key, fetched = self.final(key)
        if fetched is None or fetched.status != 200 or fetched.live_only:
            return None
        name = file_for(key, fetched.content_type)
        if not inside(name):
            # `/..%2f..%2fetc/passwd`: no link may lead out of the copy, nothing is written.
            referrers = getattr(self, "referrers", {}).get(key) or {"(outside the copy)"}
            self.broken.setdefault(key, set()).update(referrers)
            return None
        return self.files.setdefault(key, name)

    def link(self, url, base, source):
        """`url` as the page at `base` (written to `source`) links to it in the copy."""
        key = self.internal_key(url, base)
        if key is None:
            return url
        fragment = urlsplit(url).fragment
        target = self.file_of(key)
        if target is None:
            self.left_live.add(key)
            return f"{self.site.root_url}{key}" + (f"#{fragment}" if fragment else "")
        return relative(target, source) + (f"#{fragment}" if fragment else "")

    def write(self):
        root = self.directory.resolve()
        for key, fetched in list(self.fetched.items()):
            if fetched.status >= 400:
                # A private document (403) keeps its live address, where signing in opens it;
                # anything else that does not answer is a broken link in the copy.
                if fetched.status != 403:
                    self.broken.setdefault(key, set()).update(self.referrers.get(key, set()))
                continue
            name = self.file_of(key)
            if name is None or fetched.location:
                continue
            target = (root / name).resolve()
            if not target.is_relative_to(root):
                self.broken.setdefault(key, set()).add("(outside the copy)")
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            if fetched.source is not None:
                with default_storage.open(fetched.source, "rb") as stored, target.open("wb") as out:
                    shutil.copyfileobj(stored, out, 1024 * 1024)
            elif fetched.content_type.startswith("text/html"):
                text = fetched.body.decode("utf-8")
                text = rewrite(text, lambda url, key=key, name=name: self.link(url, key, name))
                target.write_text(text, encoding="utf-8")
            else:
                target.write_bytes(fetched.body)
            self.written[name] = key

    def run(self):
        # The pages' requests activate their languages (LocaleMiddleware): the caller's comes
        # back afterwards.
        with exporting(self.mode), translation.override(translation.get_language()):
            self.crawl()
            self.write()
        return self
