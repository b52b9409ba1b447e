"""/.well-known/security.txt (RFC 9116): how to report a vulnerability."""

from datetime import UTC, datetime, timedelta

import pytest

from home.models import SiteSettings


def fields(response):
    text = response.content.decode()
    return [tuple(line.split(": ", 1)) for line in text.splitlines() if line]


def test_security_txt_names_a_contact_and_an_expiry_within_a_year(client, settings):
    settings.SECURITY_CONTACT = ["mailto:security@example.org", "https://example.org/report"]
    settings.SECURITY_POLICY = "https://example.org/security-policy"
    response = client.get("/.well-known/security.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert "Set-Cookie" not in response.headers
    found = fields(response)
    assert ("Contact", "mailto:security@example.org") in found
    assert ("Contact", "https://example.org/report") in found
    assert ("Policy", "https://example.org/security-policy") in found
    assert ("Canonical", "http://testserver/.well-known/security.txt") in found
    (expires,) = [value for name, value in found if name == "Expires"]
    when = datetime.strptime(expires, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
    now = datetime.now(UTC)
    assert now < when < now + timedelta(days=365)
    assert dict(found)["Preferred-Languages"].startswith("en, ")


def test_without_a_setting_the_sites_contact_email_is_the_contact(client, settings, db):
    settings.SECURITY_CONTACT = []
    email = SiteSettings.for_language("en").contact_email
    assert email, "the demo's site settings have a contact email"
    assert ("Contact", f"mailto:{email}") in fields(client.get("/.well-known/security.txt"))


def test_with_no_contact_at_all_there_is_no_file(client, settings, db):
    settings.SECURITY_CONTACT = []
    SiteSettings.objects.update(contact_email="")
    assert client.get("/.well-known/security.txt").status_code == 404


@pytest.mark.parametrize("method", ["post", "put", "delete"])
def test_it_is_read_only(client, settings, method):
    settings.SECURITY_CONTACT = ["mailto:security@example.org"]
    assert getattr(client, method)("/.well-known/security.txt").status_code == 405
