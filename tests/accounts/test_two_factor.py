"""The second factor through the admin's own views: who must have one, that nothing of the admin
answers before it is given, enrolment, codes from the app and recovery codes, new recovery codes,
and a superuser resetting someone's second factor. Bad input gets a message, never a 500."""

import re
from urllib.parse import parse_qs, urlsplit

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from accounts import throttle, twofactor
from accounts.policy import two_factor_required
from editorial.roles import reviewers_name, translators_name
from tests.accounts.helpers import code_for, give_second_factor, sign_in

pytestmark = pytest.mark.django_db

VERIFY = "/admin/two-factor/verify/"
ENROL = "/admin/two-factor/enrol/"


def redirected_to(response):
    assert response.status_code == 302, response.status_code
    parts = urlsplit(response["Location"])
    return parts.path, parse_qs(parts.query).get("next", [None])[0]


def test_the_urls_are_where_the_tests_look():
    assert reverse("accounts_verify") == VERIFY
    assert reverse("accounts_enrol") == ENROL


def test_who_must_have_a_second_factor(chief, editor, reviewer, selector, translator, settings):
    assert two_factor_required(chief)
    assert two_factor_required(editor)  # publishes English
    assert two_factor_required(reviewer)  # publishes French
    assert two_factor_required(selector)  # can delete applications
    assert not two_factor_required(translator)  # only submits for review
    settings.ADMIN_2FA_REQUIRED_FOR_ALL = True
    assert two_factor_required(translator)


@pytest.mark.parametrize("who", ["chief", "editor", "reviewer", "selector"])
def test_a_publisher_without_a_second_factor_is_sent_to_enrolment(client, request, who):
    client.force_login(request.getfixturevalue(who))  # the password step, done
    for path in ("/admin/", "/admin/pages/", "/admin/users/", "/admin/two-factor/"):
        assert redirected_to(client.get(path)) == (ENROL, path)
    # A form posted meanwhile does nothing either.
    response = client.post("/admin/pages/", {"title": "x"})
    assert redirected_to(response) == (ENROL, "/admin/")
    assert client.get(ENROL).status_code == 200


def test_a_translator_is_not_made_to_but_is_asked_once_they_have_one(client, translator):
    client.force_login(translator)
    assert client.get("/admin/").status_code == 200
    give_second_factor(translator)
    assert redirected_to(client.get("/admin/")) == (VERIFY, "/admin/")


def test_required_for_every_admin_user_by_setting(client, translator, settings):
    settings.ADMIN_2FA_REQUIRED_FOR_ALL = True
    client.force_login(translator)
    assert redirected_to(client.get("/admin/pages/")) == (ENROL, "/admin/pages/")


def test_with_a_device_the_admin_waits_for_the_code(client, editor):
    give_second_factor(editor)
    client.force_login(editor)
    for path in ("/admin/", "/admin/pages/", "/admin/two-factor/", ENROL):
        response = client.get(path)
        if path == ENROL:  # enrolment is over: it leads to the code
            assert response.status_code == 302 and response["Location"] == VERIFY
        else:
            assert redirected_to(response) == (VERIFY, path)
    # Signing out is always possible.
    assert client.post("/admin/logout/").status_code == 302


def test_public_pages_are_not_stopped(client, editor):
    client.force_login(editor)
    assert client.get("/en/").status_code == 200


def test_anonymous_users_go_to_the_password_first(client):
    response = client.get(VERIFY)
    assert response.status_code == 302 and response["Location"].startswith("/admin/login/")
    response = client.get(ENROL)
    assert response.status_code == 302 and response["Location"].startswith("/admin/login/")


def secret_on(page):
    text = re.search(r'id="two-factor-secret"[^>]*>([A-Z2-7 ]+)<', page).group(1)
    return twofactor.base64.b32decode(text.replace(" ", ""))


def test_enrolment_shows_a_qr_code_and_the_secret_then_the_recovery_codes(client, editor):
    client.force_login(editor)
    page = client.get(ENROL, {"next": "/admin/pages/"}).content.decode()
    assert "<svg" in page and "<script" not in page.split("<main", 1)[1]
    key = secret_on(page)
    # The same secret until it is confirmed (a reload does not invalidate the phone's entry).
    assert secret_on(client.get(ENROL).content.decode()) == key
    response = client.post(ENROL, {"code": code_for(key), "next": "/admin/pages/"})
    assert response.status_code == 200
    codes = re.findall(r"<li><code>([a-z2-7]{8})</code></li>", response.content.decode())
    assert len(codes) == 10
    assert set(
        StaticToken.objects.filter(device__user=editor).values_list("token", flat=True)
    ) == set(codes)
    assert 'href="/admin/pages/"' in response.content.decode()
    assert TOTPDevice.objects.get(user=editor).confirmed
    assert client.get("/admin/pages/").status_code == 200  # verified in this session


@pytest.mark.parametrize(
    "data",
    [
        {},
        {"code": ""},
        {"code": "123"},
        {"code": "x" * 100_000},
        {"code": "٣٤٥٦٧٨"},
        {"code": "12345\x00"},
        {"code": "'; DROP TABLE users; --"},
        {"code": ["1", "2"]},
        {"code": "<script>alert(1)</script>"},
    ],
    ids=["missing", "empty", "short", "huge", "arabic-digits", "nul", "sql", "list", "html"],
)
def test_enrolment_refuses_bad_codes_with_a_message(client, editor, data):
    client.force_login(editor)
    client.get(ENROL)
    response = client.post(ENROL, data)
    assert response.status_code in (200, 400)
    if response.status_code == 200:
        assert (
            'class="error-message"' in response.content.decode()
            or "error" in response.content.decode()
        )
        assert "<script>alert(1)</script>" not in response.content.decode()
    assert not TOTPDevice.objects.filter(user=editor, confirmed=True).exists()
    assert not StaticDevice.objects.filter(user=editor).exists()


def test_a_wrong_enrolment_code_says_so(client, editor):
    client.force_login(editor)
    client.get(ENROL)
    response = client.post(ENROL, {"code": "000000"})
    assert "That code is not right" in response.content.decode()


@pytest.fixture
def enrolled(editor):
    """The editor with an app (its key) and recovery codes, signed in with the password only."""
    device = give_second_factor(editor)
    codes = twofactor.new_recovery_codes(editor)
    return editor, device, codes


def test_the_code_from_the_app_opens_the_admin(client, enrolled):
    editor, device, _codes = enrolled
    client.force_login(editor)
    response = client.post(VERIFY, {"code": code_for(device.bin_key), "next": "/admin/pages/"})
    assert response.status_code == 302 and response["Location"] == "/admin/pages/"
    assert client.get("/admin/pages/").status_code == 200
    assert client.get(VERIFY).status_code == 302  # nothing left to verify


def test_a_code_is_accepted_once(client, enrolled):
    editor, device, _codes = enrolled
    code = code_for(device.bin_key)
    client.force_login(editor)
    assert client.post(VERIFY, {"code": code}).status_code == 302
    client.logout()
    client.force_login(editor)
    response = client.post(VERIFY, {"code": code})
    assert response.status_code == 200 and "not right" in response.content.decode()


def test_a_recovery_code_works_once(client, enrolled):
    editor, _device, codes = enrolled
    client.force_login(editor)
    response = client.post(VERIFY, {"code": codes[0].upper()}, follow=True)
    assert response.redirect_chain[-1][0] == "/admin/"
    assert "Recovery codes left: 9" in response.content.decode()
    client.logout()
    client.force_login(editor)
    response = client.post(VERIFY, {"code": codes[0]})
    assert response.status_code == 200 and "not right" in response.content.decode()
    assert client.get("/admin/pages/").status_code == 302


def test_a_wrong_code_is_refused_and_repeated_ones_slowed_down(client, enrolled):
    editor, device, _codes = enrolled
    client.force_login(editor)
    response = client.post(VERIFY, {"code": "000000"})
    assert response.status_code == 200 and "That code is not right" in response.content.decode()
    # django-otp's growing delay: right after a wrong code, even the right one waits.
    response = client.post(VERIFY, {"code": code_for(device.bin_key)})
    assert "Too many wrong codes" in response.content.decode()
    assert client.get("/admin/pages/").status_code == 302


@pytest.mark.parametrize(
    "data",
    [
        {},
        {"code": ""},
        {"code": "9" * 100_000},
        {"code": "пароль"},
        {"code": "\x00"},
        {"code": ["1", "2"]},
        {"next": "https://evil.example/"},
    ],
    ids=["missing", "empty", "huge", "cyrillic", "nul", "list", "only-next"],
)
def test_verification_refuses_bad_input_with_a_message(client, enrolled, data):
    editor, _device, _codes = enrolled
    client.force_login(editor)
    response = client.post(VERIFY, data)
    assert response.status_code in (200, 400)
    assert client.get("/admin/pages/").status_code == 302


def test_the_next_address_stays_on_this_site(client, enrolled):
    editor, device, _codes = enrolled
    client.force_login(editor)
    response = client.post(
        VERIFY, {"code": code_for(device.bin_key), "next": "https://evil.example/admin/"}
    )
    assert response.status_code == 302 and response["Location"] == "/admin/"


def test_new_recovery_codes_replace_the_old_ones(client, enrolled):
    editor, _device, old = enrolled
    sign_in(client, editor)
    page = client.get("/admin/two-factor/").content.decode()
    assert "Recovery codes left: 10" in page
    assert client.get("/admin/two-factor/recovery-codes/").status_code == 405
    response = client.post("/admin/two-factor/recovery-codes/")
    new = re.findall(r"<li><code>([a-z2-7]{8})</code></li>", response.content.decode())
    assert len(new) == 10 and not set(new) & set(old)
    client.logout()
    client.force_login(editor)
    assert client.post(VERIFY, {"code": new[1]}).status_code == 302
    client.logout()
    client.force_login(editor)
    assert "not right" in client.post(VERIFY, {"code": old[1]}).content.decode()


def test_a_superuser_resets_someones_second_factor(client, chief, enrolled):
    editor, _device, _codes = enrolled
    sign_in(client, chief)
    page = client.get("/admin/sign-in-security/").content.decode()
    assert "editor" in page
    url = f"/admin/sign-in-security/{editor.pk}/reset-two-factor/"
    assert client.get(url).status_code == 405
    response = client.post(url, follow=True)
    assert response.status_code == 200
    assert not TOTPDevice.objects.filter(user=editor).exists()
    assert not StaticDevice.objects.filter(user=editor).exists()
    assert client.post("/admin/sign-in-security/999999/reset-two-factor/").status_code == 404
    # The editor's next sign-in leads to enrolment.
    client.logout()
    client.force_login(editor)
    assert redirected_to(client.get("/admin/")) == (ENROL, "/admin/")


def test_only_superusers_reset_or_see_the_security_page(client, enrolled, reviewer):
    editor, _device, _codes = enrolled
    sign_in(client, reviewer)
    # Wagtail answers a refusal in the admin with a redirect to the dashboard and a message.
    response = client.get("/admin/sign-in-security/")
    assert response.status_code == 302 and response["Location"] == "/admin/"
    url = f"/admin/sign-in-security/{editor.pk}/reset-two-factor/"
    response = client.post(url)
    assert response.status_code == 302 and response["Location"] == "/admin/"
    assert TOTPDevice.objects.filter(user=editor).exists()


def test_the_security_page_reads_a_fixed_number_of_queries(client, chief, member):
    # Each account's second factor, obligation and lock are read for all accounts at once.
    sign_in(client, chief)

    def queries():
        with CaptureQueriesContext(connection) as context:
            page = client.get("/admin/sign-in-security/")
        assert page.status_code == 200
        return len(context.captured_queries), page.content.decode()

    before, _page = queries()
    for n in range(5):
        give_second_factor(member(reviewers_name("fr"), f"reviewer-{n}"))
    for n in range(3):
        throttle.record_failure(f"reviewer-{n}")
        for _attempt in range(5):
            throttle.record_failure(f"translator-{n}")
        member(translators_name("fr"), f"translator-{n}")
    after, page = queries()
    assert after == before
    assert "reviewer-4" in page and "translator-2" in page
