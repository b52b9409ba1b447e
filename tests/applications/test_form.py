"""The application form of an open call: what it asks, when it is open, what it refuses, and that
what it stores is the sealed application alone."""

import datetime
import io
import re

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from PIL import Image
from pypdf import PdfWriter
from pypdf.generic import DictionaryObject, NameObject, TextStringObject
from wagtail.contrib.routable_page.templatetags.wagtailroutablepage_tags import routablepageurl

from applications import receipts
from applications.keys import public_key
from applications.models import SealedApplication
from applications.sealing import fingerprint, open_sealed
from applications.views import criteria_of
from cities.models import CityPage

from .conftest import aged_token, move_call, pdf_bytes, valid_answers
from .helpers import secret_key

RECEIPT = re.compile(r"[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}")


def apply_url(call):
    return call.url + "apply/"


def post(client, call, data, files=None):
    return client.post(apply_url(call), {**data, **(files or {})})


def receipt_of(response):
    return RECEIPT.search(response.content.decode()).group(0)


def test_the_form_asks_what_the_call_needs_in_the_readers_language(client, open_call):
    call = open_call["en"]
    response = client.get(apply_url(call))
    assert response.status_code == 200
    html = response.content.decode()
    for name in ("name", "country", "contact_method", "contact", "organisation", "work"):
        assert f'name="{name}"' in html
    for name in ("threats", "languages", "passport", "cities", "availability", "attachment"):
        assert f'name="{name}"' in html
    criteria = criteria_of(call)
    assert criteria
    for criterion_id, text in criteria:
        assert f'name="confirm_{criterion_id}"' in html
        assert text in html
    for city in call.localized_cities():
        assert city.title in html
    assert 'enctype="multipart/form-data"' in html
    assert "<script" not in html.split("</header>")[-1]  # works with JavaScript off
    # The fingerprint of the key it seals to, for the selection team to compare with theirs.
    assert fingerprint(public_key()) in html
    arabic = client.get(apply_url(open_call["ar"]))
    assert arabic.status_code == 200
    assert 'lang="ar"' in arabic.content.decode()
    for city in open_call["ar"].localized_cities():
        assert city.title in arabic.content.decode()


def test_only_the_form_sets_a_cookie_and_no_copy_of_it_is_kept(client, open_call):
    call = open_call["en"]
    response = client.get(apply_url(call))
    assert set(response.cookies) == {"csrftoken"}
    assert "no-store" in response.headers["Cache-Control"]
    assert "private" in response.headers["Cache-Control"]
    assert response.headers["Referrer-Policy"] == "same-origin"
    assert '<meta name="referrer" content="same-origin">' in response.content.decode()
    page = client.get(call.url)
    assert not page.cookies
    assert page.headers["Referrer-Policy"] == "no-referrer"
    assert '<meta name="referrer" content="no-referrer">' in page.content.decode()


def test_the_call_page_links_the_form_while_open(client, open_call):
    call = open_call["en"]
    html = client.get(call.url).content.decode()
    assert f'href="{apply_url(call)}"' in html
    assert routablepageurl({"request": None}, call, "apply") == apply_url(call)


@pytest.mark.parametrize("when", ["before", "after"])
def test_before_opening_and_after_closing_the_form_refuses(client, open_call, when):
    now = timezone.now()
    day = datetime.timedelta(days=1)
    if when == "before":
        move_call(open_call, now + day, now + 10 * day)
        words = "not open yet"
    else:
        move_call(open_call, now - 10 * day, now - day)
        words = "no longer accepted"
    call = open_call["en"]
    response = client.get(apply_url(call))
    assert response.status_code == 200
    assert words in response.content.decode()
    assert 'name="work"' not in response.content.decode()
    response = post(client, call, valid_answers(call))
    assert response.status_code == 403
    assert words in response.content.decode()
    assert not SealedApplication.objects.exists()


def test_without_a_public_key_the_form_is_refused(client, open_call, settings):
    settings.APPLICATIONS_PUBLIC_KEY = ""
    call = open_call["en"]
    response = client.get(apply_url(call))
    assert response.status_code == 503
    assert "cannot be sent through this website" in response.content.decode()
    assert not response.cookies
    response = post(client, call, valid_answers(call))
    assert response.status_code == 503
    assert not SealedApplication.objects.exists()
    assert apply_url(call) not in client.get(call.url).content.decode()
    settings.APPLICATIONS_PUBLIC_KEY = "bm90IGEga2V5"  # base64, but not 32 bytes
    assert client.get(apply_url(call)).status_code == 503


def test_a_call_that_takes_applications_elsewhere_has_no_form(client, open_call):
    call = open_call["en"]
    call.takes_applications_here = False
    call.save_revision().publish()
    assert client.get(apply_url(call)).status_code == 404
    html = client.get(call.url).content.decode()
    assert call.application_url in html


def test_an_application_is_stored_sealed_with_its_call_and_day_only(client, open_call):
    call = open_call["en"]
    pdf = pdf_bytes("Letter of support-Q7")
    response = post(
        client,
        call,
        valid_answers(call),
        {"attachment": SimpleUploadedFile("My letter (2).pdf", pdf, "application/pdf")},
    )
    assert response.status_code == 200, response.content.decode()[:3000]
    assert "no-store" in response.headers["Cache-Control"]
    code = receipt_of(response)
    application = SealedApplication.objects.get()
    assert application.call_key == call.translation_key
    assert application.received_on == timezone.localdate()
    assert application.receipt_digest == receipts.digest(code)
    assert len(application.sealed) % 1024 == 48  # padded to 16 KiB, plus the box's 48 bytes
    opened = open_sealed(secret_key(), application.sealed)
    assert opened["receipt"] == code
    assert opened["language"] == "en"
    answers = {answer["name"]: answer["value"] for answer in opened["answers"]}
    assert answers["name"] == "Amina Testapplicant-Q7"
    assert answers["country"] == "Kenya (KE)"
    assert answers["contact_method"] == "Signal"
    assert answers["work"] == "I document forced evictions along the coast-Q7.\nSince 2019."
    assert answers["passport"].startswith("I have a passport valid")
    assert answers["cities"] == [call.localized_cities()[0].title]
    for criterion_id, _text in criteria_of(call):
        assert answers[f"confirm_{criterion_id}"] is True
    attachment = opened["attachment"]
    assert attachment["name"] == "My-letter-2-.pdf"
    assert attachment["size"] == len(pdf)
    assert "Letter of support-Q7" not in str(application.sealed)


def test_an_arabic_application_is_received_in_arabic(client, open_call):
    call = open_call["ar"]
    response = post(client, call, valid_answers(call, name="أمينة"))
    assert response.status_code == 200
    code = receipt_of(response)
    opened = open_sealed(secret_key(), SealedApplication.objects.get().sealed)
    assert opened["receipt"] == code
    assert opened["language"] == "ar"
    assert opened["call"]["key"] == str(call.translation_key)
    labels = {answer["name"]: answer["label"] for answer in opened["answers"]}
    assert labels["name"] == "Your name or a pseudonym"  # the selection team's language
    assert {answer["name"]: answer["value"] for answer in opened["answers"]}["name"] == "أمينة"


def test_receipt_codes_are_random_not_derived_from_the_answers(client, open_call):
    call = open_call["en"]
    codes = {receipt_of(post(client, call, valid_answers(call))) for _ in range(2)}
    assert len(codes) == 2
    assert SealedApplication.objects.count() == 2


def refused(response, *words, stored=0):
    assert response.status_code == 400, response.status_code
    html = response.content.decode()
    assert "Your application was not sent" in html
    for word in words:
        assert word in html, word
    assert SealedApplication.objects.count() == stored
    return html


def test_missing_confirmations_are_named_and_nothing_is_stored(client, open_call):
    call = open_call["en"]
    data = valid_answers(call)
    first = f"confirm_{criteria_of(call)[0][0]}"
    del data[first]
    html = refused(post(client, call, data), "Tick this to apply")
    assert f'href="#id_{first}"' in html
    # What was typed is kept in the form, so nothing is lost.
    assert "Coastal Land Rights Watch-Q7" in html


def test_missing_answers_are_named(client, open_call):
    call = open_call["en"]
    refused(post(client, call, {"token": aged_token(call)}), "This field is required.")


def test_a_city_that_is_not_the_calls_is_refused(client, open_call):
    call = open_call["en"]
    others = CityPage.objects.live().exclude(
        translation_key__in=[city.translation_key for city in call.localized_cities()]
    )
    foreign = others.first()
    assert foreign is not None
    refused(
        post(client, call, valid_answers(call, cities=[str(foreign.translation_key)])),
        "Select a valid choice",
    )
    refused(post(client, call, valid_answers(call, cities=["' OR 1=1 --"])), "valid choice")


def png_bytes():
    buffer = io.BytesIO()
    Image.new("RGB", (8, 8), "teal").save(buffer, format="PNG")
    return buffer.getvalue()


def pdf_with_javascript():
    writer = PdfWriter()
    writer.add_blank_page(200, 200)
    writer.root_object[NameObject("/OpenAction")] = DictionaryObject(
        {
            NameObject("/S"): NameObject("/JavaScript"),
            NameObject("/JS"): TextStringObject("app.alert(1);"),
        }
    )
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("name", "content", "words"),
    [
        ("photo.pdf", png_bytes, "Only a PDF file"),
        ("letter.docx", lambda: pdf_bytes(), "Only a PDF file"),
        ("setup.pdf", lambda: b"MZ\x90\x00" + b"\x00" * 200, "Only a PDF file"),
        ("broken.pdf", lambda: b"%PDF-1.4\n" + b"\x00garbage" * 50, "cannot be opened"),
        ("script.pdf", pdf_with_javascript, "active content"),
    ],
)
def test_a_disguised_or_hostile_attachment_is_refused(client, open_call, name, content, words):
    call = open_call["en"]
    upload = SimpleUploadedFile(name, content(), "application/pdf")
    refused(post(client, call, valid_answers(call), {"attachment": upload}), words)


def test_an_oversized_attachment_is_refused_as_it_arrives(client, open_call, settings):
    settings.APPLICATIONS_ATTACHMENT_MAX_SIZE = 4096
    call = open_call["en"]
    big = pdf_bytes("x" * 200) + b"%" + b"0" * 8192
    upload = SimpleUploadedFile("big.pdf", big, "application/pdf")
    refused(post(client, call, valid_answers(call), {"attachment": upload}), "larger than 4.0")


@pytest.mark.parametrize("attachment_first", [True, False])
def test_the_size_limit_is_for_all_the_files_of_a_request(
    client, open_call, settings, attachment_first
):
    """A hundred files of the limit each would hold a hundred times the limit in memory: the
    limit is for all the files of a request together, and what goes over it is dropped."""
    call = open_call["en"]
    pdf = pdf_bytes("Support-Q7")
    settings.APPLICATIONS_ATTACHMENT_MAX_SIZE = len(pdf) + 1000
    junk = {
        f"junk{number}": SimpleUploadedFile(f"junk{number}.pdf", b"%" * 900, "application/pdf")
        for number in range(20)
    }
    upload = {"attachment": SimpleUploadedFile("support.pdf", pdf, "application/pdf")}
    files = {**upload, **junk} if attachment_first else {**junk, **upload}
    response = post(client, call, valid_answers(call), files)
    if attachment_first:  # the junk after it is dropped
        assert response.status_code == 200
        opened = open_sealed(secret_key(), SealedApplication.objects.get().sealed)
        assert opened["attachment"]["size"] == len(pdf)
    else:  # the junk used up the limit: the attachment no longer fits
        refused(response, "This file is larger than")


@pytest.mark.parametrize(
    ("token", "words"),
    [
        ("tampered", "may have been changed"),
        ("", "may have been changed"),
        ("other call", "may have been changed"),
        ("too fast", "too quickly"),
        ("expired", "open for too long"),
    ],
)
def test_a_bad_token_stores_nothing_and_renews_the_form(client, open_call, token, words, settings):
    call = open_call["en"]
    values = {
        "tampered": aged_token(call)[:-3] + "abc",
        "": "",
        "other call": aged_token(open_call["en"].get_parent().specific),
        "too fast": aged_token(call, seconds=0),
        "expired": aged_token(call, seconds=settings.APPLICATIONS_FORM_HOURS * 3600 + 60),
    }
    html = refused(post(client, call, valid_answers(call, token=values[token])), words)
    renewed = re.search(r'name="token" value="([^"]+)"', html).group(1)
    assert renewed != values[token]


def test_a_form_is_received_once(client, open_call):
    call = open_call["en"]
    data = valid_answers(call)
    assert post(client, call, data).status_code == 200
    refused_response = post(client, call, data)
    assert refused_response.status_code == 400
    assert "has been sent already" in refused_response.content.decode()
    assert SealedApplication.objects.count() == 1


def test_a_flood_is_answered_429_with_a_message(client, open_call, settings):
    settings.APPLICATIONS_PER_MINUTE = 2
    call = open_call["en"]
    assert post(client, call, valid_answers(call)).status_code == 200
    assert post(client, call, valid_answers(call)).status_code == 200
    response = post(client, call, valid_answers(call))
    assert response.status_code == 429
    assert int(response.headers["Retry-After"]) <= 60
    html = response.content.decode()
    assert "Too many applications" in html
    # Nothing typed is lost: the form comes back with the answers, to send again.
    assert "Coastal Land Rights Watch-Q7" in html
    assert 'value="amina_q7.42"' in html
    assert 'value="KE" selected' in html
    assert SealedApplication.objects.count() == 2


def test_the_receipt_is_emailed_only_when_asked_and_holds_no_answer(client, open_call):
    call = open_call["en"]
    email = {"contact_method": "email", "contact": "amina-q7@example.org"}
    post(client, call, valid_answers(call, **email))
    assert not mail.outbox
    response = post(client, call, valid_answers(call, send_receipt="on", **email))
    code = receipt_of(response)
    assert "emailed the code" in response.content.decode()
    (message,) = mail.outbox
    assert message.to == ["amina-q7@example.org"]
    assert code in message.body
    assert "<" not in message.body  # plain text: the closing moment written out, no markup
    for typed in ("Amina", "Coastal", "evictions", "arrests"):
        assert typed not in message.body + message.subject
    refused(
        post(client, call, valid_answers(call, send_receipt="on")),
        "only be emailed to an email",
        stored=2,
    )


@pytest.mark.parametrize(
    ("method", "contact"),
    [("email", "not an address"), ("signal", "call me maybe"), ("signal", "")],
)
def test_a_contact_that_cannot_work_is_refused(client, open_call, method, contact):
    call = open_call["en"]
    refused(post(client, call, valid_answers(call, contact_method=method, contact=contact)))


def test_other_methods_are_refused(client, open_call):
    call = open_call["en"]
    for method in ("put", "delete", "patch"):
        assert getattr(client, method)(apply_url(call)).status_code == 405
    assert not SealedApplication.objects.exists()
