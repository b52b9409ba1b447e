"""Whether the page being rendered is for a copy of the site (the static mirror or an offline
library) rather than for a reader of the live site.

The exporters render pages through Django's own request handling, in this process, inside
`exporting(...)`; templates see it as `mirror` (mirrors.context_processors) and draw what a copy
without a server can do: links to pre-rendered filter pages instead of GET forms, no search
field, the call's status as it was when the copy was made. Nothing reaches this from a request:
a reader of the live site can never ask for these variants, and the shared cache never holds
them (the kept fragments are rendered without context processors).
"""

from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import datetime

_current = ContextVar("mirror_mode", default=None)


@dataclass(frozen=True)
class MirrorMode:
    """`made_at`: when the copy was made (aware); `site_url`: the live site's root URL;
    `offline`: an offline library (one language's resources, no menu or other sections)."""

    made_at: datetime
    site_url: str
    offline: bool = False


def current():
    """The copy being made, or None on the live site."""
    return _current.get()


@contextmanager
def exporting(mode):
    token = _current.set(mode)
    try:
        yield mode
    finally:
        _current.reset(token)
