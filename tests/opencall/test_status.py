"""The call's status, computed from its dates at request time, across the boundary seconds and a
daylight-saving change; the banner, the home page and the cache headers follow it."""

import datetime
import re

import pytest
import time_machine
from django.conf import settings
from django.utils import timezone, translation
from django.utils.formats import date_format

from opencall.factories import OpenCallPageFactory
from opencall.models import CallStatus
from opencall.moments import moment_text
from opencall.templatetags.opencall_tags import day as day_filter
from opencall.templatetags.opencall_tags import moment

from .conftest import at

pytestmark = pytest.mark.django_db
ONE_SECOND = datetime.timedelta(seconds=1)


def status_text(client, call):
    html = client.get(call.url).content.decode()
    return re.sub(r"\s+", " ", re.search(r'<p class="call-status.*?</p>', html, re.S).group(0))


def test_upcoming_then_open_then_closed_to_the_second(client, december_call, no_other_calls):
    call = december_call
    with time_machine.travel(call.opens_at - ONE_SECOND, tick=False):
        assert call.status() == CallStatus.UPCOMING
        text = status_text(client, call)
        assert "Upcoming" in text
        assert "Opens on" in text and '1 December 2026, <span dir="ltr">09:00 CET (UTC+1)' in text
    with time_machine.travel(call.opens_at, tick=False):
        assert call.status() == CallStatus.OPEN
        text = status_text(client, call)
        assert "Open now" in text and '10 December 2026, <span dir="ltr">23:59 CET (UTC+1)' in text
        assert "1 week, 2 days" in text  # time left
    with time_machine.travel(call.closes_at - ONE_SECOND, tick=False):
        assert call.status() == CallStatus.OPEN
    with time_machine.travel(call.closes_at, tick=False):
        assert call.status() == CallStatus.CLOSED
        assert "Closed" in status_text(client, call)


def test_a_call_across_the_change_to_summer_time(client, call_indexes, no_other_calls):
    # Clocks go forward in Amsterdam on 28 March 2027 at 02:00 (CET, UTC+1 -> CEST, UTC+2).
    call = OpenCallPageFactory(
        parent=call_indexes["en"],
        slug="spring-call",
        opens_at=at(2027, 3, 20, 10, 0),
        closes_at=at(2027, 4, 2, 23, 59),
        stay_starts=datetime.date(2027, 6, 1),
        stay_ends=datetime.date(2027, 8, 31),
    )
    assert call.closes_at.utcoffset() == datetime.timedelta(hours=2)
    with time_machine.travel(at(2027, 3, 28, 1, 59, 59), tick=False):
        text = status_text(client, call)
        assert '2 April 2027, <span dir="ltr">23:59 CEST (UTC+2)' in text
        assert call.status() == CallStatus.OPEN
    with time_machine.travel(at(2027, 3, 28, 3, 0), tick=False):  # one real second later
        assert call.status() == CallStatus.OPEN
    with time_machine.travel(datetime.datetime(2027, 4, 2, 21, 59, 0, tzinfo=datetime.UTC)):
        assert call.status() == CallStatus.CLOSED  # 23:59 CEST is 21:59 UTC
    html = client.get(call.url).content.decode()
    assert '20 March 2027, <span dir="ltr">10:00 CET (UTC+1)' in html


@pytest.mark.parametrize("language", [code for code, _name in settings.LANGUAGES])
def test_the_banner_links_to_the_open_call_in_the_readers_language(
    client, demo_calls, home_pages, language
):
    call = demo_calls["current"][language]
    for url in (home_pages[language].url, f"/{language}/about/", f"/{language}/cities/"):
        html = client.get(url).content.decode()
        banner = re.search(r'<aside class="call-banner".*?</aside>', html, re.S)
        assert banner, url
        assert f'href="{call.url}"' in banner.group(0)
        # One short line: that applications are open and until when (the day, in the
        # programme's time zone); the call's title and hour are on its page.
        closing_day = timezone.localtime(call.closes_at).date().isoformat()
        assert f'<time datetime="{closing_day}">' in banner.group(0)
        assert call.title not in banner.group(0)
    missing = client.get(f"/{language}/no-such-page/")
    assert missing.status_code == 404
    assert 'class="call-banner"' in missing.content.decode()
    # Not on the call's own page: it says so itself.
    assert 'class="call-banner"' not in client.get(call.url).content.decode()


def test_no_banner_once_the_call_has_closed(client, demo_calls):
    call = demo_calls["current"]["en"]
    with time_machine.travel(call.closes_at + ONE_SECOND, tick=False):
        assert 'class="call-banner"' not in client.get("/en/about/").content.decode()
    with time_machine.travel(call.opens_at - ONE_SECOND, tick=False):
        assert 'class="call-banner"' not in client.get("/en/about/").content.decode()


def test_the_home_page_shows_the_current_or_the_next_call(client, demo_calls):
    call = demo_calls["current"]["fr"]
    html = client.get("/fr/").content.decode()
    section = re.search(r'<section class="current-call".*?</section>', html, re.S).group(0)
    assert call.url in section and call.title in section
    with time_machine.travel(call.opens_at - datetime.timedelta(days=1), tick=False):
        html = client.get("/fr/").content.decode()
        section = re.search(r'<section class="current-call".*?</section>', html, re.S).group(0)
        assert call.url in section
        assert "Ouverture le" in section  # "Opens on", in French


def test_the_home_page_says_what_the_open_call_is_and_how_to_apply_not_the_banners_words(
    client, demo_calls
):
    call = demo_calls["current"]["en"]
    html = client.get("/en/").content.decode()
    banner = re.search(r'<aside class="call-banner".*?</aside>', html, re.S).group(0)
    section = re.search(r'<section class="current-call".*?</section>', html, re.S).group(0)
    assert "Applications open until" in banner
    assert "Applications open" not in section and "Applications are open" not in section
    heading = re.search(r"<h2[^>]*>(.*?)</h2>", section, re.S).group(1)
    assert call.title in heading and call.url in heading
    with translation.override("en"):
        stays = [date_format(day, "DATE_FORMAT") for day in (call.stay_starts, call.stay_ends)]
        closing_day = date_format(timezone.localtime(call.closes_at), "DATE_FORMAT")
    assert f"Stays from {stays[0]} to {stays[1]}." in section
    assert f'Closes on <time datetime="{call.closes_at.isoformat()}">{closing_day}' in section
    action = re.search(r'<a class="button" href="([^"]+)">(.*?)</a>', section, re.S)
    assert action.group(1) == f"{call.url}#apply"
    assert action.group(2).startswith("Apply by <time")
    assert 'id="apply"' in client.get(call.url).content.decode()  # where the action leads
    html = client.get("/ar/").content.decode()
    section = re.search(r'<section class="current-call".*?</section>', html, re.S).group(0)
    assert "قدّم طلبك حتى" in section
    assert "باب التقديم مفتوح" not in section and "التقديم مفتوح حتى" not in section


def test_a_cached_page_expires_at_the_next_opening_or_closing(
    client, december_call, no_other_calls
):
    with time_machine.travel(december_call.opens_at - datetime.timedelta(seconds=42), tick=False):
        response = client.get("/en/about/")
        assert response["Cache-Control"] == "public, max-age=42"
    with time_machine.travel(december_call.closes_at - datetime.timedelta(seconds=7), tick=False):
        assert client.get("/en/cities/")["Cache-Control"] == "public, max-age=7"
    with time_machine.travel(december_call.closes_at + ONE_SECOND, tick=False):
        expected = f"public, max-age={settings.PAGE_CACHE_SECONDS}"
        assert client.get("/en/about/")["Cache-Control"] == expected


def test_the_admin_and_errors_are_not_given_a_public_cache_lifetime(client, admin_client):
    assert "public" not in client.get("/en/no-such-page/").get("Cache-Control", "")
    assert "public" not in admin_client.get("/admin/").get("Cache-Control", "")


def test_signed_in_editors_get_no_public_cache_lifetime(admin_client):
    response = admin_client.get("/en/about/")
    assert response.status_code == 200
    assert "public" not in response.get("Cache-Control", "")


def test_arabic_dates_use_the_arabic_comma_before_the_time():
    # Not "22 ديسمبر، 2026, 23:59": the Arabic comma both times (the separator is translated).
    moment_at = at(2026, 12, 22, 23, 59)
    with translation.override("ar"):
        html = str(moment(moment_at))
        text = moment_text(moment_at)
    assert '، <span dir="ltr">23:59' in html and "," not in html.replace("،", "")
    assert "، 23:59" in text
    with translation.override("en"):
        assert '22 December 2026, <span dir="ltr">23:59' in str(moment(moment_at))


@pytest.mark.parametrize(
    ("language", "day"),
    [
        ("en", "10 December"),
        ("fr", "10 décembre"),
        ("es", "10 de diciembre"),
        ("pt", "10 de dezembro"),  # month names in lower case, as Portuguese writes them
        ("ru", "10 декабря"),  # the genitive, not Django's "10 Декабрь"
        ("ar", "10 ديسمبر"),
    ],
)
def test_the_banner_is_one_short_sentence_with_the_closing_day(
    client, december_call, no_other_calls, language, day
):
    """One line, on a phone too: until which day applications are open, in the reader's
    language; the hour and its zone are on the call's page."""
    with time_machine.travel(december_call.opens_at, tick=False), translation.override(language):
        assert day_filter(december_call.closes_at) == f'<time datetime="2026-12-10">{day}</time>'
    with time_machine.travel(december_call.opens_at, tick=False):
        html = client.get("/en/about/").content.decode()
    banner = re.search(r'<aside class="call-banner".*?</aside>', html, re.S).group(0)
    assert re.sub(r"\s+", " ", banner).count("Applications open until") == 1
    assert f'href="{december_call.url}"' in banner and "UTC" not in banner


def test_the_banner_names_the_year_when_the_call_closes_in_another(december_call):
    with time_machine.travel(datetime.datetime(2025, 12, 1, tzinfo=datetime.UTC), tick=False):
        assert ">10 December 2026</time>" in day_filter(december_call.closes_at)


def test_a_kept_call_opens_and_closes_on_time_without_any_change(
    client, call_indexes, no_other_calls
):
    """The banner's calls are kept in the shared cache (opencall.schedule); whether one is open
    is decided on each request from its dates."""
    call = OpenCallPageFactory(
        parent=call_indexes["en"],
        title="Winter call",
        slug="winter-call",
        opens_at=timezone.now() + datetime.timedelta(days=1),
        closes_at=timezone.now() + datetime.timedelta(days=5),
        stay_starts=datetime.date(2027, 3, 1),
        stay_ends=datetime.date(2027, 5, 31),
    )
    assert "Applications open until" not in client.get("/en/about/").content.decode()
    with time_machine.travel(call.opens_at, tick=False):
        assert "Applications open until" in client.get("/en/about/").content.decode()
    with time_machine.travel(call.closes_at, tick=False):
        assert "Applications open until" not in client.get("/en/about/").content.decode()
