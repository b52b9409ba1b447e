"""The call page, the calls index, the feeds and the calendar file; validation; query budgets."""

import datetime
import json
import re

import feedparser
import icalendar
import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from opencall.demo import text as demo
from opencall.models import OpenCallPage

from .conftest import at

pytestmark = pytest.mark.django_db

# With the shared cache warm (home/caching.py), what every page repeats (site, route, menu,
# language versions, breadcrumbs, settings, the banner's calls, view restrictions) costs nothing.
# What is left: the page (1), then for a call page its cities (1) and their translations (1),
# for the index its calls (1), whatever their number; a feed: its index page and the calls.
# Counted, not guessed: changing one of these numbers is a decision.
CALL_PAGE_QUERIES = 3
CALL_INDEX_QUERIES = 2
FEED_QUERIES = 2


def test_the_call_page_in_french(client, demo_calls):
    call = demo_calls["current"]["fr"]
    response = client.get(call.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert f"<h1>{call.title}</h1>" in html
    for text in demo.ELIGIBILITY.values():
        assert demo.catalogue.lookup(text, "fr") in html
    assert 'href="/fr/cities/the-hague/">La Haye</a>' in html  # cities in the reader's language
    assert "CET (UTC+1)" in html or "CEST (UTC+2)" in html
    # Open, and the site has a public key: the call's form, not its link elsewhere.
    assert f'href="{call.url}apply/"' in html
    assert "https://example.org/shelter-city/apply/" not in html


def test_faq_structured_data(client, demo_calls):
    html = client.get(demo_calls["current"]["en"].url).content.decode()
    block = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
    data = json.loads(block)
    assert data["@type"] == "FAQPage"
    assert [item["name"] for item in data["mainEntity"]] == [q for q, _a in demo.FAQ]
    assert data["mainEntity"][0]["acceptedAnswer"]["text"] == demo.FAQ[0][1]


def test_dates_and_cities_are_synchronised(demo_calls):
    english = demo_calls["current"]["en"]
    for language, call in demo_calls["current"].items():
        assert (call.opens_at, call.closes_at) == (english.opens_at, english.closes_at), language
        assert (call.stay_starts, call.stay_ends) == (english.stay_starts, english.stay_ends)
        assert [link.city.translation_key for link in call.cities.all()] == [
            link.city.translation_key for link in english.cities.all()
        ]
    assert demo_calls["current"]["ar"].title != english.title


def test_the_index_shows_the_current_call_first_then_the_archive(client, call_indexes, demo_calls):
    html = client.get(call_indexes["es"].url).content.decode()
    current = html.index(demo_calls["current"]["es"].title)
    past = html.index(demo_calls["past"]["es"].title)
    archive = html.index('id="archive-heading"')
    assert current < archive < past


@pytest.mark.parametrize("query", ["page=abc", "page=99", "page=0", "page=-1", "page=1.5"])
def test_page_numbers_out_of_range_land_on_a_page_of_past_calls(
    client, call_indexes, demo_calls, query
):
    """The site's one pagination policy (home/pagination.py), as in the library and search."""
    response = client.get(f"{call_indexes['en'].url}?{query}")
    assert response.status_code == 200
    assert demo_calls["past"]["en"].title in response.content.decode()


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_the_feeds_parse_and_are_in_the_readers_language(client, call_indexes, demo_calls, kind):
    response = client.get(f"{call_indexes['fr'].url}feed/{kind}/")
    assert response.status_code == 200
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.bozo_exception
    titles = [entry.title for entry in feed.entries]
    assert titles[:2] == [demo_calls["current"]["fr"].title, demo_calls["past"]["fr"].title]
    assert feed.entries[0].link == f"http://testserver{demo_calls['current']['fr'].url}"
    assert feed.feed.get("language", "fr").startswith("fr")


@pytest.mark.parametrize("path", ["feed/", "feed/xml/", "feed/rss/extra/", "calendar.ics/"])
def test_unknown_feed_addresses_are_404(client, call_indexes, path):
    assert client.get(f"{call_indexes['en'].url}{path}").status_code == 404


def test_the_calendar_file_parses_back(client, demo_calls):
    call = demo_calls["current"]["ru"]
    response = client.get(f"{call.url}calendar/")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert response["Content-Disposition"].startswith("attachment")
    calendar = icalendar.Calendar.from_ical(response.content)
    events = calendar.walk("VEVENT")
    assert [event.decoded("dtstart") for event in events] == [call.opens_at, call.closes_at]
    assert all(call.title in str(event["summary"]) for event in events)
    assert len({str(event["uid"]) for event in events}) == 2


def call_form(index, **changes):
    data = {
        "title": "A new call",
        "slug": "a-new-call",
        "introduction": "Apply.",
        "opens_at": "2030-01-10 09:00",
        "closes_at": "2030-02-10 23:59",
        "stay_starts": "2030-05-01",
        "stay_ends": "2030-07-31",
        "next_call_expected": "",
        "cities": inline_formset([]),
        "eligibility": streamfield([]),
        "selection": streamfield([]),
        "faq": streamfield([]),
        "offer": rich_text(""),
        "how_to_apply": rich_text(""),
        "application_url": "",
        "application_link_text": "",
        **changes,
    }
    return nested_form_data(data)


def post_new_call(admin_client, index, **changes):
    url = reverse("wagtailadmin_pages:add", args=["opencall", "opencallpage", index.pk])
    return admin_client.post(url, call_form(index, **changes))


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"closes_at": "2030-01-10 08:00"}, "closes_at", "The call must close after it opens."),
        (
            {"stay_starts": "2030-02-10"},
            "stay_starts",
            "Stays must start after the call has closed.",
        ),
        ({"stay_ends": "2030-04-30"}, "stay_ends", "Stays must end after they start."),
    ],
)
def test_dates_in_the_wrong_order_are_refused(admin_client, call_indexes, changes, field, message):
    response = post_new_call(admin_client, call_indexes["en"], **changes)
    assert response.status_code == 200
    assert response.context["form"].errors[field] == [message]
    assert not OpenCallPage.objects.filter(slug="a-new-call").exists()


def test_two_calls_open_at_once_for_the_same_city_are_refused(
    admin_client, call_indexes, demo_calls
):
    current = demo_calls["current"]["en"]
    the_hague = current.cities.get(city__slug="the-hague").city
    opens = current.closes_at - datetime.timedelta(days=2)
    changes = {
        "opens_at": f"{opens:%Y-%m-%d} 09:00",
        "closes_at": f"{current.closes_at + datetime.timedelta(days=30):%Y-%m-%d} 23:59",
        "stay_starts": f"{current.closes_at + datetime.timedelta(days=90):%Y-%m-%d}",
        "stay_ends": f"{current.closes_at + datetime.timedelta(days=180):%Y-%m-%d}",
        "cities": inline_formset([{"city": the_hague.pk}]),
    }
    response = post_new_call(admin_client, call_indexes["en"], **changes)
    assert response.status_code == 200
    (error,) = response.context["form"].errors["opens_at"]
    assert current.title in error and "The Hague" in error
    assert not OpenCallPage.objects.filter(slug="a-new-call").exists()
    # The same dates for a city that is in no call are fine.
    kampala = the_hague.get_siblings().get(slug="kampala")
    changes["cities"] = inline_formset([{"city": kampala.pk}])
    response = post_new_call(admin_client, call_indexes["en"], **changes)
    assert response.status_code == 302, response.context["form"].errors
    assert OpenCallPage.objects.filter(slug="a-new-call").exists()


def test_a_call_page_stays_within_its_budget(client, demo_calls, django_assert_num_queries):
    url = demo_calls["current"]["fr"].url
    client.get(url)
    with django_assert_num_queries(CALL_PAGE_QUERIES):
        assert client.get(url).status_code == 200


@pytest.mark.parametrize("extra_calls", [0, 12])
def test_the_index_queries_do_not_grow_with_the_archive(
    client, call_indexes, django_assert_num_queries, extra_calls
):
    from opencall.factories import OpenCallPageFactory

    index = call_indexes["en"]
    for number in range(extra_calls):
        OpenCallPageFactory(
            parent=index,
            slug=f"old-call-{number}",
            opens_at=at(2020, 1, 1 + number, 9, 0),
            closes_at=at(2020, 2, 1 + number, 9, 0),
        )
    client.get(index.url)
    with django_assert_num_queries(CALL_INDEX_QUERIES):
        response = client.get(index.url)
    # The current call, then the first page of the archive (the demo's past call and these).
    assert response.content.decode().count('class="call-summary"') == 1 + min(1 + extra_calls, 10)


@pytest.mark.parametrize("extra_calls", [0, 12])
def test_the_feed_queries_do_not_grow_with_the_calls(
    client, call_indexes, django_assert_num_queries, extra_calls
):
    from opencall.factories import OpenCallPageFactory

    index = call_indexes["fr"]
    for number in range(extra_calls):
        OpenCallPageFactory(
            parent=index,
            locale=index.locale,
            slug=f"ancien-appel-{number}",
            opens_at=at(2020, 1, 1 + number, 9, 0),
            closes_at=at(2020, 2, 1 + number, 9, 0),
        )
    client.get(f"{index.url}feed/rss/")
    with django_assert_num_queries(FEED_QUERIES):
        response = client.get(f"{index.url}feed/rss/")
    assert len(feedparser.parse(response.content).entries) == 2 + extra_calls
