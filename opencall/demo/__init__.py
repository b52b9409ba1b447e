"""Demonstration content of the open call app: the calls index and two calls, one closed and
one open at the moment `load_demo` runs (dates relative to now), in every configured language.
"""

import datetime

from django.utils import timezone
from wagtail.rich_text import RichText

from cities.models import CityPage
from home.demo.tools import (
    demo_key,
    ensure_section_index,
    publish,
    source_home,
    translate_each,
)
from opencall.factories import OpenCallIndexPageFactory, OpenCallPageFactory
from opencall.models import CallCity, OpenCallPage

from . import text as T

DUTCH_CITIES = [
    "the-hague",
    "amsterdam",
    "utrecht",
    "nijmegen",
    "middelburg",
    "maastricht",
    "groningen",
    "tilburg",
    "zwolle",
]


def local_moment(date, hour, minute):
    """A moment on `date` at hour:minute in the programme's time zone."""
    naive = datetime.datetime.combine(date, datetime.time(hour, minute))
    return timezone.make_aware(naive)


def first_of_month_after(date, months):
    month = date.month - 1 + months
    return datetime.date(date.year + month // 12, month % 12 + 1, 1)


def call_dates(opens_on, open_days, next_call=None):
    closes_on = opens_on + datetime.timedelta(days=open_days)
    stay_starts = first_of_month_after(closes_on, 3)
    return {
        "opens_at": local_moment(opens_on, 0, 0),
        "closes_at": local_moment(closes_on, 23, 59),
        "stay_starts": stay_starts,
        "stay_ends": first_of_month_after(stay_starts, 3) - datetime.timedelta(days=1),
        "next_call_expected": next_call,
    }


def call_title(stay_starts):
    season = "spring" if 3 <= stay_starts.month <= 8 else "autumn"
    templates = T.CALL_TITLES[season]
    filled = {code: template.format(year=stay_starts.year) for code, template in templates.items()}
    return T.catalogue.text(filled.pop("en"), **filled)


def call_content(dates):
    closes_on = timezone.localdate(dates["closes_at"])
    items = "".join(f"<li>{item}</li>" for item in T.OFFER_ITEMS)
    return {
        "introduction": T.CALL_INTRO,
        "eligibility": [
            ("criterion", {"criterion": key, "text": text}) for key, text in T.ELIGIBILITY.items()
        ],
        "offer": f"<p>{T.OFFER_LEAD}</p><ul>{items}</ul>",
        "selection": [
            (
                "step",
                {
                    "title": title,
                    "date": closes_on + datetime.timedelta(days=days),
                    "description": description,
                },
            )
            for (title, description), days in zip(T.SELECTION_STEPS, (14, 35, 50, 56), strict=True)
        ],
        "how_to_apply": "".join(f"<p>{paragraph}</p>" for paragraph in T.HOW_TO_APPLY),
        "application_link_text": T.LINK_TEXT,
        "faq": [
            ("question", {"question": question, "answer": RichText(f"<p>{answer}</p>")})
            for question, answer in T.FAQ
        ],
    }


def ensure_call(index, name, dates, cities, log):
    key = demo_key(f"opencall:{name}")
    title = call_title(dates["stay_starts"])
    content = call_content(dates)
    call = OpenCallPage.objects.filter(translation_key=key, locale=index.locale).first()
    if call is None:
        call = OpenCallPageFactory(
            parent=index,
            locale=index.locale,
            translation_key=key,
            title=title,
            slug=f"{name}-call",
            application_url="https://example.org/shelter-city/apply/",
            **dates,
            **content,
        )
        call.cities = [CallCity(city=city, sort_order=order) for order, city in enumerate(cities)]
        call.save()
        publish(call)
        log(f"created the call: {call.title}")
    return call


def load(log=print):
    home = source_home(log)
    if home is None:
        return
    english = home.locale
    index = ensure_section_index(
        home,
        OpenCallIndexPageFactory,
        "opencall",
        title=T.INDEX_TITLE,
        slug="calls",
        introduction=T.INDEX_INTRO,
        log=log,
    )
    keys = [demo_key(f"cities:{slug}") for slug in DUTCH_CITIES]
    cities = sorted(
        CityPage.objects.filter(locale=english, translation_key__in=keys),
        key=lambda city: keys.index(city.translation_key),
    )
    today = timezone.localdate()
    current_dates = call_dates(
        today - datetime.timedelta(days=10),
        31,
        next_call=first_of_month_after(today, 6),
    )
    past_dates = call_dates(
        today - datetime.timedelta(days=190), 31, next_call=first_of_month_after(today, 0)
    )
    past = ensure_call(index, "past", past_dates, cities, log)
    current = ensure_call(index, "current", current_dates, cities, log)
    translate_each("opencall", [index, past, current], T.catalogue, log)
