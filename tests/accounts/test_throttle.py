"""Sign-in throttling by account, through Wagtail's sign-in form: the lock, its message, its
growth, unlocking, what is stored (no IP address, not even the username as typed) and for how
long, and hostile form bodies (never a 500)."""

import io
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone

from accounts import throttle
from accounts.models import LoginThrottle
from tests.accounts.conftest import PASSWORD
from tests.accounts.helpers import sign_in

pytestmark = pytest.mark.django_db

LOGIN = "/admin/login/"
LOCKED = "Too many failed sign-ins for this account"


def attempt(client, username, password):
    return client.post(LOGIN, {"username": username, "password": password})


def signed_in(response):
    return response.status_code == 302


def test_five_wrong_passwords_lock_the_account_even_for_the_right_one(client, editor, settings):
    assert settings.LOGIN_THROTTLE_FAILURES == 5
    for _ in range(4):
        response = attempt(client, "editor", "wrong password!")
        assert response.status_code == 200 and LOCKED not in response.content.decode()
    response = attempt(client, "editor", "wrong password!")
    assert LOCKED in response.content.decode()
    response = attempt(client, "editor", PASSWORD)
    assert response.status_code == 200 and LOCKED in response.content.decode()
    assert "_auth_user_id" not in client.session
    record = LoginThrottle.objects.get()
    assert record.failures == 5  # refused attempts while locked are not checked or counted


def test_the_message_is_translated(client, editor):
    for _ in range(5):
        attempt(client, "editor", "wrong password!")
    response = client.post(
        LOGIN, {"username": "editor", "password": PASSWORD}, HTTP_ACCEPT_LANGUAGE="fr"
    )
    assert "Trop de connexions" in response.content.decode()


def test_an_unknown_username_is_locked_the_same_way(client):
    for _ in range(5):
        response = attempt(client, "nobody-here", "wrong password!")
    assert LOCKED in response.content.decode()


def test_the_lock_doubles_and_stops_at_a_day(settings):
    assert throttle.lock_length(4) is None
    assert throttle.lock_length(5) == timedelta(minutes=15)
    assert throttle.lock_length(6) == timedelta(minutes=30)
    assert throttle.lock_length(7) == timedelta(minutes=60)
    assert throttle.lock_length(500) == timedelta(days=1)


def test_a_lock_runs_out_and_the_next_failure_locks_twice_as_long(client, editor):
    now = timezone.now()
    for _ in range(5):
        throttle.record_failure("editor", now=now)
    assert throttle.locked_until("editor", now=now) == now + timedelta(minutes=15)
    later = now + timedelta(minutes=16)
    assert throttle.locked_until("editor", now=later) is None
    until = throttle.record_failure("editor", now=later)
    assert until == later + timedelta(minutes=30)


def test_the_right_password_clears_the_count(client, editor):
    for _ in range(4):
        attempt(client, "editor", "wrong password!")
    assert signed_in(attempt(client, "editor", PASSWORD))
    assert not LoginThrottle.objects.exists()
    client.logout()
    for _ in range(4):
        attempt(client, "editor", "wrong password!")
    assert signed_in(attempt(client, "editor", PASSWORD))


def test_case_and_spaces_do_not_make_a_new_count(client, editor):
    for name in ("editor", "EDITOR", " Editor ", "eDiToR", "editor"):
        attempt(client, name, "wrong password!")
    assert LOCKED in attempt(client, "editor", PASSWORD).content.decode()


def test_only_a_keyed_hash_a_counter_and_two_moments_are_kept(client):
    attempt(client, "someone@example.org", "my secret password")
    field_names = {field.name for field in LoginThrottle._meta.get_fields()}
    assert field_names == {"id", "key", "failures", "locked_until", "updated_at"}
    record = LoginThrottle.objects.get()
    assert "someone" not in record.key and len(record.key) == 64
    assert record.key == throttle.key_for("someone@example.org")
    stored = " ".join(str(value) for value in LoginThrottle.objects.values_list().get())
    assert "127.0.0.1" not in stored and "example.org" not in stored


def test_records_no_lock_needs_are_deleted_at_the_next_attempt(client):
    long_ago = timezone.now() - timedelta(days=2)
    for _ in range(5):
        throttle.record_failure("old-one", now=long_ago)
    throttle.record_failure("old-two", now=long_ago)
    LoginThrottle.objects.create(  # still locked: kept
        key=throttle.key_for("locked-one"),
        failures=30,
        locked_until=timezone.now() + timedelta(hours=3),
        updated_at=long_ago,
    )
    attempt(client, "someone", "wrong password!")
    keys = set(LoginThrottle.objects.values_list("key", flat=True))
    assert keys == {throttle.key_for("someone"), throttle.key_for("locked-one")}


def test_the_purge_command(client):
    long_ago = timezone.now() - timedelta(days=2)
    throttle.record_failure("old", now=long_ago)
    throttle.record_failure("recent")
    out = io.StringIO()
    call_command("purge_login_throttles", stdout=out)
    assert "Deleted 1" in out.getvalue()
    assert LoginThrottle.objects.count() == 1
    call_command("purge_login_throttles", "--all", stdout=out)
    assert not LoginThrottle.objects.exists()


def test_the_unlock_command(client, editor):
    for _ in range(5):
        attempt(client, "editor", "wrong password!")
    out = io.StringIO()
    call_command("unlock_account", "Editor", stdout=out)
    assert "can sign in again" in out.getvalue()
    assert signed_in(attempt(client, "editor", PASSWORD))
    call_command("unlock_account", "editor", stdout=out)
    assert "no failed sign-ins" in out.getvalue()


def test_a_superuser_unlocks_an_editor_in_the_admin(client, chief, editor):
    for _ in range(5):
        attempt(client, "editor", "wrong password!")
    sign_in(client, chief)
    page = client.get("/admin/sign-in-security/").content.decode()
    assert "Locked until" in page
    assert client.get(f"/admin/sign-in-security/{editor.pk}/unlock/").status_code == 405
    response = client.post(f"/admin/sign-in-security/{editor.pk}/unlock/", follow=True)
    assert "editor can sign in again" in response.content.decode()
    assert throttle.locked_until("editor") is None
    client.logout()
    assert signed_in(attempt(client, "editor", PASSWORD))


HOSTILE = {
    "nothing": {},
    "no-password": {"username": "editor"},
    "no-username": {"password": "wrong password!"},
    "empty": {"username": "", "password": ""},
    "huge-username": {"username": "e" * 200_000, "password": "wrong password!"},
    "huge-password": {"username": "editor", "password": "p" * 200_000},
    "unicode": {"username": "محرّر😀\u202e𝓮", "password": "пароль密码"},
    "nul": {"username": "edi\x00tor", "password": "x\x00"},
    "lists": {"username": ["editor", "chief"], "password": ["a", "b"]},
    "html": {"username": "<script>alert(1)</script>", "password": "x"},
}


@pytest.mark.parametrize("body", HOSTILE.values(), ids=HOSTILE.keys())
def test_hostile_login_bodies_get_the_form_back(client, editor, body):
    response = client.post(LOGIN, body)
    assert response.status_code in (200, 400)
    assert "_auth_user_id" not in client.session
    assert "<script>alert(1)</script>" not in response.content.decode()


def test_a_raw_undecodable_body_is_not_a_500(client):
    response = client.post(
        LOGIN,
        b"username=%ff%fe&password=\xff\xfe",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code in (200, 400)
