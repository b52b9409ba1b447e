"""An applicant with JavaScript off (Tor Browser "Safest") applies to the open call from a
phone, in English and in Arabic, attaching a PDF; the selection team downloads the sealed
applications and opens them offline with the key pair: every answer and the attachment are
there, intact."""

import datetime
import json
import time

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from django.utils import timezone

from applications.sealing import secret_key_text
from editorial.roles import SELECTION_TEAM
from home.demo.tools import demo_key
from opencall.models import OpenCallPage
from tests.accounts.helpers import sign_in
from tests.applications.conftest import pdf_bytes
from tests.applications.helpers import offline, secret_key

from .test_home import assert_accessible

pytestmark = pytest.mark.browser

ANSWERS = {
    "en": {
        "name": "Rosa Example-B1",
        "contact": "rosa_b1.77",
        "organisation": "Valley Water Defenders-B1",
        "work": "We defend the valley's water from a mine-B1.",
        "threats": "Our radio was burned down-B1.",
        "languages": "Spanish (native), English (basic)-B1",
        "availability_details": "From March on-B1",
    },
    "ar": {
        "name": "ليلى مثال-ب١",
        "contact": "layla_b1.55",
        "organisation": "جمعية حماية الصحفيين-ب١",
        "work": "أوثق الاعتقالات التعسفية-ب١",
        "threats": "تهديدات بالقتل عبر الهاتف-ب١",
        "languages": "العربية (الأم)، الإنجليزية (جيدة)-ب١",
        "availability_details": "متاحة من مارس-ب١",
    },
}


@pytest.fixture
def open_now(demo_site):
    now = timezone.now()
    OpenCallPage.objects.filter(translation_key=demo_key("opencall:current")).update(
        opens_at=now - datetime.timedelta(days=5), closes_at=now + datetime.timedelta(days=20)
    )


def fill_in(tab, answers):
    for name, value in answers.items():
        tab.fill(f"[name={name}]", value)
    tab.select_option("[name=country]", "CO")
    tab.check("[name=contact_method][value=signal]")
    tab.check("[name=passport][value=expiring]")
    tab.check("[name=availability][value=part]")
    tab.locator("[name=cities]").nth(1).check()
    for box in tab.locator("input[name^=confirm_]").all():
        box.check()


@pytest.mark.parametrize("language", ["en", "ar"])
def test_an_applicant_without_javascript_applies_and_the_team_opens_it_offline(
    browser, demo_site, open_now, screenshot, tmp_path, language, django_user_model
):
    context = browser.new_context(
        java_script_enabled=False, viewport={"width": 360, "height": 800}, locale=language
    )
    tab = context.new_page()
    tab.goto(f"{demo_site.url}/{language}/calls/current-call/")
    tab.locator(f"a[href='/{language}/calls/current-call/apply/']").click()
    tab.wait_for_url(f"{demo_site.url}/{language}/calls/current-call/apply/")
    opened = time.monotonic()
    assert tab.locator("html").get_attribute("lang") == language
    screenshot(tab, f"application-form-{language}-360")
    answers = ANSWERS[language]
    fill_in(tab, answers)
    city = tab.locator("[name=cities]").nth(1).evaluate("box => box.labels[0].innerText")
    attachment = tmp_path / "support letter.pdf"
    attachment.write_bytes(pdf_bytes(f"Support letter {language}"))
    tab.set_input_files("[name=attachment]", str(attachment))
    time.sleep(max(0, 3.2 - (time.monotonic() - opened)))  # a form sent sooner is refused
    tab.locator(".application-form button[type=submit]").click()
    tab.wait_for_selector(".receipt__code")
    code = tab.locator(".receipt__code").inner_text().strip()
    assert len(code) == 19
    screenshot(tab, f"application-received-{language}-360")
    context.close()

    # The selection team downloads the call's sealed applications and opens them offline.
    member = django_user_model.objects.create_user(username="selection", password="unused")
    member.groups.add(Group.objects.get(name=SELECTION_TEAM))
    team = sign_in(Client(), member)
    call = OpenCallPage.objects.get(
        translation_key=demo_key("opencall:current"), locale__language_code="en"
    )
    archive = tmp_path / "sealed.zip"
    response = team.get(f"/admin/applications/{call.translation_key}/download/")
    assert response.status_code == 200
    archive.write_bytes(response.getvalue())
    key = tmp_path / "applications.key"
    key.write_text(secret_key_text(secret_key()))
    out = tmp_path / "opened"
    result = offline("decrypt", archive, "--key", key, "--out", out)
    assert result.returncode == 0, result.stderr
    (opened_json,) = out.glob("*.json")
    application = json.loads(opened_json.read_text())
    assert application["receipt"] == code
    assert application["language"] == language
    values = {answer["name"]: answer["value"] for answer in application["answers"]}
    for name, value in answers.items():
        assert values[name] == value
    assert values["country"] == "Colombia (CO)"
    assert values["contact_method"] == "Signal"
    assert values["cities"] == [city]
    assert all(values[name] is True for name in values if name.startswith("confirm_"))
    (readable,) = out.glob("*.txt")
    assert answers["threats"] in readable.read_text()
    (pdf,) = out.glob("*.pdf")
    assert pdf.read_bytes() == attachment.read_bytes()


def test_the_application_form_is_accessible(page, open_now, demo_site):
    page.goto(f"{demo_site.url}/ar/calls/current-call/apply/")
    assert_accessible(page)
    # Sent empty, past the browser's own checks: the server's messages, listed and linked.
    page.evaluate("document.querySelector('.application-form').noValidate = true")
    page.locator(".application-form button[type=submit]").click()
    page.wait_for_selector(".form-errors")
    assert page.locator(".form-errors li").count() > 5
    assert_accessible(page)
