"""An open call to apply to (the demo's current call, its dates moved around today, in every
language), a valid application's answers, PDFs, and the test key pair's secret half."""

import datetime
import time

import pytest
from django.utils import timezone
from fpdf import FPDF

from applications.limits import FormToken
from applications.views import criteria_of
from home.demo.tools import demo_key
from opencall.models import OpenCallPage


def pdf_bytes(text="Shelter City test attachment"):
    pdf = FPDF()
    pdf.set_compression(False)  # the text is in the file's bytes, for the searches below
    pdf.set_font("helvetica", size=12)
    pdf.add_page()
    pdf.cell(text=text)
    return bytes(pdf.output())


def aged_token(call, seconds=60):
    """The form token of `call` as if the form had been opened `seconds` ago."""
    return FormToken.make(call.translation_key, now=time.time() - seconds)


def move_call(calls, opens_at, closes_at):
    OpenCallPage.objects.filter(pk__in=[call.pk for call in calls.values()]).update(
        opens_at=opens_at, closes_at=closes_at
    )
    for call in calls.values():
        call.refresh_from_db()


@pytest.fixture
def open_call(db):
    """The demo's current call by language, open from five days ago for twenty days more."""
    calls = {
        call.locale.language_code: call
        for call in OpenCallPage.objects.filter(
            translation_key=demo_key("opencall:current")
        ).select_related("locale")
    }
    now = timezone.now()
    move_call(calls, now - datetime.timedelta(days=5), now + datetime.timedelta(days=20))
    return calls


def valid_answers(call, **changes):
    """POST data of a complete, valid application to `call` (its English answers marked, so a
    search for them finds nothing else)."""
    cities = call.localized_cities()
    data = {
        "name": "Amina Testapplicant-Q7",
        "country": "KE",
        "contact_method": "signal",
        "contact": "amina_q7.42",
        "organisation": "Coastal Land Rights Watch-Q7",
        "work": "I document forced evictions along the coast-Q7.\nSince 2019.",
        "threats": "Two arrests and a raid on our office-Q7.",
        "languages": "Swahili (native), English (good)-Q7",
        "passport": "valid",
        "cities": [str(cities[0].translation_key)] if cities else [],
        "availability": "whole",
        "availability_details": "Free from March-Q7",
        "token": aged_token(call),
    }
    for criterion_id, _text in criteria_of(call):
        data[f"confirm_{criterion_id}"] = "on"
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


TYPED = [
    "Amina Testapplicant-Q7",
    "amina_q7.42",
    "Coastal Land Rights Watch-Q7",
    "I document forced evictions along the coast-Q7",
    "Two arrests and a raid on our office-Q7",
    "Swahili (native), English (good)-Q7",
    "Free from March-Q7",
]
