"""The test key pair's secret half, applications stored as the form stores them, calls to
store them for, and the offline tool run as the selection team runs it."""

import datetime
import hashlib
import os
import subprocess
import sys
import uuid
from pathlib import Path

from django.conf import settings
from django.utils import timezone
from nacl.public import PrivateKey

from applications import sealing
from applications.keys import public_key
from applications.models import SealedApplication
from home.demo.tools import demo_key
from opencall.factories import OpenCallPageFactory
from opencall.models import OpenCallIndexPage

# A small PDF, as an applicant might attach (only its bytes matter here).
PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)


def secret_key():
    """The secret half of the test settings' APPLICATIONS_PUBLIC_KEY."""
    return PrivateKey(hashlib.sha256(settings.APPLICATIONS_TEST_SECRET_SEED).digest())


def sample_answers(name="Zqxv Defender", **more):
    """Answers as the form seals them ({name, label, value}): text, a list of cities, a
    confirmation."""
    rows = [
        {"name": "name", "label": "Your name or a pseudonym", "value": name},
        {"name": "country", "label": "The country where you live and work", "value": "Peru (PE)"},
        {
            "name": "threats",
            "label": "The threats you face",
            "value": "Followed home twice.\nMy office was searched in May.",
        },
        {"name": "cities", "label": "The cities you would prefer", "value": ["Utrecht", "Tbilisi"]},
        {"name": "send_receipt", "label": "Email me my receipt code", "value": False},
        {
            "name": "confirm_non_violent",
            "label": "You work for human rights by non-violent means.",
            "value": True,
        },
    ]
    rows += [{"name": name, "label": name.title(), "value": value} for name, value in more.items()]
    return rows


def application(
    answers=None,
    day=None,
    attachment=None,
    call_title="Zqxv call",
    call_key=None,
    closes_at=None,
    language="en",
):
    """What `applications.views.receive` seals: received on `day` (today by default), with
    `answers` (`sample_answers()` by default) and `attachment`, a (name, bytes) pair or None."""
    closes_at = closes_at or timezone.now()
    return sealing.application(
        sealing.call_entry(
            call_title,
            call_key or uuid.uuid4(),
            closes_at - datetime.timedelta(days=30),
            closes_at,
        ),
        sample_answers() if answers is None else answers,
        language,
        received_on=day or timezone.localdate(),
        attachment=sealing.attachment(*attachment) if attachment else None,
    )


def store_application(
    call=None,
    answers=None,
    day=None,
    attachment=None,
    key=None,
    call_key=None,
    closes_at=None,
    language="en",
):
    """A sealed application stored as `applications.views.receive` stores it: for `call` (a
    page), or for `call_key` and `closes_at` (a call without pages); see `application` for the
    rest; sealed to `key` (the settings' public key by default). Returns (the row, its receipt
    code, what was sealed)."""
    sealed = application(
        answers,
        day,
        attachment,
        call_title=call.title if call is not None else "Zqxv call",
        call_key=call.translation_key if call is not None else call_key,
        closes_at=call.closes_at if call is not None else closes_at,
        language=language,
    )
    row = SealedApplication.objects.store(key or public_key(), sealed)
    return row, sealed["receipt"], sealed


def call_index(language="en"):
    return OpenCallIndexPage.objects.get(
        translation_key=demo_key("opencall:index"), locale__language_code=language
    )


def closed_call(days_ago, **fields):
    """A call (English only) that closed `days_ago` days ago."""
    closes_at = timezone.now() - datetime.timedelta(days=days_ago)
    return OpenCallPageFactory(
        parent=call_index(),
        opens_at=closes_at - datetime.timedelta(days=30),
        closes_at=closes_at,
        **fields,
    )


def offline(*arguments, importtime=False):
    """`python -m applications.offline ARGUMENTS` as on the offline machine: in a process of its
    own, from the checkout, with no Django settings in its environment."""
    environment = {key: value for key, value in os.environ.items() if not key.startswith("DJANGO_")}
    command = [sys.executable, *(["-X", "importtime"] if importtime else [])]
    return subprocess.run(
        [*command, "-m", "applications.offline", *map(str, arguments)],
        cwd=Path(settings.BASE_DIR),
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
    )
