import datetime
import zoneinfo

import pytest
from django.utils import timezone

from home.demo.tools import demo_key
from opencall.factories import OpenCallPageFactory
from opencall.models import OpenCallIndexPage, OpenCallPage

AMSTERDAM = zoneinfo.ZoneInfo("Europe/Amsterdam")


@pytest.fixture
def call_indexes(db):
    pages = OpenCallIndexPage.objects.filter(translation_key=demo_key("opencall:index"))
    return {page.locale.language_code: page for page in pages.select_related("locale")}


@pytest.fixture
def demo_calls(db):
    """The demo's current call ("current") and closed call ("past"), by language."""
    calls = {}
    for name in ("current", "past"):
        pages = OpenCallPage.objects.filter(translation_key=demo_key(f"opencall:{name}"))
        calls[name] = {page.locale.language_code: page for page in pages.select_related("locale")}
    return calls


@pytest.fixture
def december_call(call_indexes, no_other_calls):
    """A call open from 1 December 2026 09:00 to 10 December 2026 23:59, Amsterdam time, with
    no city (so it clashes with nothing)."""
    return OpenCallPageFactory(
        parent=call_indexes["en"],
        title="December call",
        slug="december-call",
        opens_at=datetime.datetime(2026, 12, 1, 9, 0, tzinfo=AMSTERDAM),
        closes_at=datetime.datetime(2026, 12, 10, 23, 59, tzinfo=AMSTERDAM),
        stay_starts=datetime.date(2027, 3, 1),
        stay_ends=datetime.date(2027, 5, 31),
    )


def at(*args):
    return datetime.datetime(*args, tzinfo=AMSTERDAM)


@pytest.fixture
def no_other_calls(db):
    """Unpublish the demo's calls, so a test's own call is the only one."""
    for call in OpenCallPage.objects.live():
        call.unpublish()
    return timezone.now()
