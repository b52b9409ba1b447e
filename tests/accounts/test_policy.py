"""The password policy, the admin session's lifetime (a working day without admin activity;
readers get no cookie and public pages leave the session alone) and the first admin that
`make run` creates."""

from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.contrib.sessions.models import Session
from django.core.exceptions import ValidationError
from django.core.management import CommandError
from django.utils import timezone

from tests.accounts.helpers import sign_in
from tests.home.test_commands import ensure_admin_output

pytestmark = pytest.mark.django_db

WORKING_DAY = 9 * 60 * 60


def test_passwords_have_at_least_twelve_characters():
    with pytest.raises(ValidationError, match="at least 12 characters"):
        validate_password("Tr0ub4dor&3")  # 11
    validate_password("Tr0ub4dor&3x")


def test_the_admin_refuses_a_short_password(client, chief):
    sign_in(client, chief)
    response = client.post(
        "/admin/users/new/",
        {
            "username": "newcomer",
            "email": "newcomer@example.org",
            "first_name": "New",
            "last_name": "Comer",
            "password1": "Sh0rt&sweet",
            "password2": "Sh0rt&sweet",
        },
    )
    assert response.status_code == 200
    assert "at least 12 characters" in response.content.decode()
    assert not get_user_model().objects.filter(username="newcomer").exists()


def test_an_admin_session_lasts_a_working_day_from_the_last_admin_request(client, settings, editor):
    assert settings.SESSION_COOKIE_AGE == WORKING_DAY
    sign_in(client, editor)
    key = client.session.session_key
    Session.objects.filter(session_key=key).update(expire_date=timezone.now() + timedelta(hours=1))
    response = client.get("/admin/")
    assert response.status_code == 200
    assert "sessionid" in response.cookies  # saved again: the idle clock restarted
    expires = Session.objects.get(session_key=key).expire_date
    assert abs((expires - timezone.now()).total_seconds() - WORKING_DAY) < 60
    # Once a working day has passed without an admin request, the session is over.
    Session.objects.filter(session_key=key).update(
        expire_date=timezone.now() - timedelta(seconds=1)
    )
    response = client.get("/admin/")
    assert response.status_code == 302 and response["Location"].startswith("/admin/login/")


@pytest.mark.parametrize("url", ["/en/", "/ar/", "/fr/library/", "/en/search/?q=passwords"])
def test_public_pages_set_no_cookie_and_leave_the_session_alone(client, editor, url):
    anonymous = client.get(url)
    assert anonymous.status_code == 200
    assert "Set-Cookie" not in anonymous.headers and not anonymous.cookies
    sign_in(client, editor)
    key = client.session.session_key
    before = Session.objects.get(session_key=key).expire_date
    signed_in = client.get(url)
    assert signed_in.status_code == 200
    assert "sessionid" not in signed_in.cookies
    assert Session.objects.get(session_key=key).expire_date == before


def test_the_generated_admin_password_passes_the_policy_and_leads_to_enrolment(client, monkeypatch):
    for name in ("DJANGO_SUPERUSER_USERNAME", "DJANGO_SUPERUSER_PASSWORD"):
        monkeypatch.delenv(name, raising=False)
    output = ensure_admin_output()
    password = output.split("admin / ")[1].split()[0]
    user = get_user_model().objects.get(username="admin")
    assert len(password) >= 12
    validate_password(password, user)
    assert "two-factor authentication" in output
    # The newcomer signs in in the browser and is led to set up the second factor.
    response = client.post("/admin/login/", {"username": "admin", "password": password})
    assert response.status_code == 302
    response = client.get(response["Location"])
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/two-factor/enrol/")


def test_a_short_password_from_the_environment_is_refused(monkeypatch):
    monkeypatch.setenv("DJANGO_SUPERUSER_USERNAME", "chief-editor")
    monkeypatch.setenv("DJANGO_SUPERUSER_PASSWORD", "short-pw")
    with pytest.raises(CommandError, match="at least 12 characters"):
        ensure_admin_output()
    assert not get_user_model().objects.filter(username="chief-editor").exists()
