"""Reading a static mirror as a browser would, with no server: from its `index.html`, through
the links of every HTML file reached, each resolved relative to its file (tests/mirrors,
tests/browser/test_mirror.py)."""

import posixpath
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlsplit

from bs4 import BeautifulSoup

EXTERNAL = ("http:", "https:", "mailto:", "tel:")


@dataclass
class Link:
    source: str  # the file it is in, relative to the mirror
    tag: str
    attribute: str
    url: str
    rel: tuple = ()


@dataclass
class Crawl:
    """`reached`: file (relative POSIX path) -> its parsed HTML (None for other files);
    `broken`: links whose file does not exist, or that a file:// copy cannot follow;
    `external`: links to another address (http(s), mail, telephone)."""

    root: Path
    reached: dict = field(default_factory=dict)
    broken: list = field(default_factory=list)
    external: list = field(default_factory=list)

    def pages(self):
        return {name: soup for name, soup in self.reached.items() if soup is not None}


def links_of(name, soup):
    for tag in soup.find_all(True):
        for attribute in ("href", "src", "srcset"):
            value = tag.get(attribute)
            if value is None:
                continue
            rel = tuple(tag.get("rel") or ())
            if attribute == "srcset":
                for candidate in value.split(","):
                    if candidate.strip():
                        yield Link(name, tag.name, attribute, candidate.split()[0], rel)
            else:
                yield Link(name, tag.name, attribute, value.strip(), rel)


def target_of(url, source):
    """The file (relative to the mirror) that `url`, in the file `source`, leads to, or None
    when it leaves the mirror. A query string cannot choose a file without a server: such a
    link leads nowhere."""
    parts = urlsplit(url)
    if parts.scheme or parts.netloc or parts.query or url.startswith("/"):
        return None
    if not parts.path:
        return source  # a fragment of the same page
    joined = posixpath.normpath(posixpath.join(posixpath.dirname(source), unquote(parts.path)))
    if joined.startswith("../") or joined == "..":
        return None
    return joined


def crawl(root, start="index.html"):
    root = Path(root)
    result = Crawl(root)
    queue = [start]
    while queue:
        name = queue.pop()
        if name in result.reached:
            continue
        path = root / name
        if not path.is_file():
            continue
        if name.endswith(".html"):
            soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
            result.reached[name] = soup
            for link in links_of(name, soup):
                if link.url.startswith(EXTERNAL):
                    result.external.append(link)
                    continue
                target = target_of(link.url, name)
                if target is None or not (root / target).is_file():
                    result.broken.append(link)
                elif target not in result.reached:
                    queue.append(target)
        else:
            result.reached[name] = None
    return result
