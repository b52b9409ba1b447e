"""The demo site exported as a static mirror once per test run, shared by tests/mirrors and
tests/browser/test_mirror.py (each declares a session fixture that calls `exported_demo`; the
export itself, about a minute, happens once).

Signed with the test settings' key, as the command signs with the settings' key. Made at the
time of the run, as the command does, so that the call's frozen status and the copy's date
agree.
"""

import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from django.utils import timezone
from wagtail.models import Page

from mirrors import signing
from mirrors.export import Export
from mirrors.mirror import export_mirror

from .crawl import Crawl, crawl


@dataclass
class ExportedMirror:
    directory: Path
    export: Export
    made_at: datetime
    seconds: float  # how long the export took (a measure for the report, never asserted)
    crawl: Crawl  # the mirror read from its index.html, as a reader's browser would


_exported = {}


def exported_demo(django_db_blocker, tmp_path_factory):
    if "demo" not in _exported:
        directory = tmp_path_factory.mktemp("mirror") / "copy"
        directory.mkdir()
        with django_db_blocker.unblock():
            # A session fixture runs in the setup of the first test that asks for it, after
            # tests/conftest.py gave that (database) test a fresh copy of the demo.
            assert Page.objects.filter(depth__gt=2).exists(), (
                "The demo is not in the test database: ask for the mirror from a database test"
            )
            made_at = timezone.now().replace(microsecond=0)
            started = time.monotonic()
            export = export_mirror(directory, key=signing.signing_key(), made_at=made_at)
            seconds = time.monotonic() - started
        _exported["demo"] = ExportedMirror(directory, export, made_at, seconds, crawl(directory))
    return _exported["demo"]
