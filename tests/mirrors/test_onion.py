"""The onion address (mirrors/onion.py, mirrors/middleware.py): `Onion-Location` exactly when
ONION_LOCATION is set, never on the admin or on the onion host itself; the onion host served
over plain HTTP with production's redirect and HSTS on for the site's own host."""

import subprocess
import sys

import pytest
from django.core import checks
from wagtail.contrib.frontend_cache.backends import http

from home import frontend_cache
from mirrors.checks import check_onion_location, check_security_middleware
from mirrors.onion import onion_host_error, onion_location_errors
from tests.accounts.helpers import sign_in
from tests.mirrors.onion_addresses import MISTYPED_ONION_HOST, ONION, ONION_HOST, OTHER_ONION_HOST

pytestmark = pytest.mark.django_db


@pytest.fixture
def onion(settings):
    settings.ONION_LOCATION = ONION
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, ONION_HOST]
    return settings


@pytest.fixture
def production_like(onion):
    """What production.py sets for HTTPS, behind nginx's X-Forwarded-Proto."""
    onion.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    onion.SECURE_SSL_REDIRECT = True
    onion.SECURE_HSTS_SECONDS = 31_536_000
    return onion


def test_every_public_response_names_the_same_path_and_query_at_the_onion_address(client, onion):
    response = client.get("/fr/about/?x=1&mot=caf%C3%A9")
    assert response.status_code == 200
    assert response["Onion-Location"] == f"{ONION}/fr/about/?x=1&mot=caf%C3%A9"
    missing = client.get("/fr/no-such-page/")
    assert missing.status_code == 404
    assert missing["Onion-Location"] == f"{ONION}/fr/no-such-page/"
    redirect = client.get("/")  # to the reader's language
    assert redirect.status_code == 302
    assert redirect["Onion-Location"] == f"{ONION}/"


def test_no_onion_location_without_the_setting(client, settings):
    settings.ONION_LOCATION = ""
    response = client.get("/fr/about/")
    assert response.status_code == 200
    assert "Onion-Location" not in response


def test_no_onion_location_for_an_invalid_setting(client, settings):
    settings.ONION_LOCATION = "http://not-an-onion.example.org"
    assert "Onion-Location" not in client.get("/fr/about/")


def test_no_onion_location_on_the_admin(client, onion, admin_user):
    assert "Onion-Location" not in client.get("/admin/login/")
    admin_client = sign_in(client, admin_user)
    response = admin_client.get("/admin/")
    assert response.status_code == 200
    assert "Onion-Location" not in response


def test_the_onion_host_is_served_without_pointing_to_itself(client, onion):
    response = client.get("/fr/about/", HTTP_HOST=ONION_HOST)
    assert response.status_code == 200
    assert "Onion-Location" not in response
    # A host that is not the site's onion address is refused as before.
    assert client.get("/fr/about/", HTTP_HOST=OTHER_ONION_HOST).status_code == 400


def test_the_onion_host_is_never_redirected_to_https_nor_given_hsts(client, production_like):
    plain = client.get("/fr/about/", HTTP_HOST=ONION_HOST)
    assert plain.status_code == 200
    assert "Strict-Transport-Security" not in plain
    # Even when the client says it came over https (tor passes any header on to Varnish).
    claimed = client.get("/fr/about/", HTTP_HOST=ONION_HOST, HTTP_X_FORWARDED_PROTO="https")
    assert claimed.status_code == 200
    assert "Strict-Transport-Security" not in claimed
    # The rest of Django's SecurityMiddleware still applies there.
    assert plain["X-Content-Type-Options"] == "nosniff"
    assert plain["Referrer-Policy"] == "no-referrer"


def test_the_site_s_own_host_is_still_redirected_and_given_hsts(client, production_like):
    redirect = client.get("/fr/about/?x=1")
    assert redirect.status_code == 301
    assert redirect["Location"] == "https://testserver/fr/about/?x=1"
    secure = client.get("/fr/about/", HTTP_X_FORWARDED_PROTO="https")
    assert secure.status_code == 200
    assert secure["Strict-Transport-Security"].startswith("max-age=31536000")
    assert secure["Onion-Location"] == f"{ONION}/fr/about/"


# --- The setting's check ---------------------------------------------------------------------


def test_a_v3_onion_origin_passes_the_check(settings):
    for value in (ONION, f"https://{ONION_HOST}", f"http://{ONION_HOST.upper()}", ""):
        settings.ONION_LOCATION = value
        assert check_onion_location() == [], value


@pytest.mark.parametrize(
    ("value", "said"),
    [
        (ONION_HOST, "http://"),  # no scheme
        (f"ftp://{ONION_HOST}", "http://"),
        (f"http://{ONION_HOST}/en/", "origin only"),
        (f"http://{ONION_HOST}?x=1", "origin only"),
        ("http://expyuzz4wqqyqhjn.onion", "56 characters"),  # a v2 address
        (f"http://{MISTYPED_ONION_HOST}", "checksum"),
        ("http://sheltercity.example.org", "does not end in .onion"),
        (f"http://{'1' * 56}.onion", "a-z and the digits 2-7"),
        (f"http://user:secret@{ONION_HOST}", "user name or password"),
        ("http://[::1", "not a URL"),
    ],
)
def test_a_wrong_onion_location_is_a_clear_check_error(settings, value, said):
    settings.ONION_LOCATION = value
    (error,) = check_onion_location()
    assert error.id == "mirrors.E001" and error.level == checks.ERROR
    assert said in error.msg and "/var/lib/tor/sheltercity/hostname" in error.hint


def test_the_checksum_is_tor_s():
    """Published v3 addresses (the Tor Project's, DuckDuckGo's) pass; one character changed
    fails. test_tor.py checks an address tor itself makes."""
    for published in (
        "2gzyxa5ihm7nsggfxnu52rck2vv4rvmdlkiu3zzui5du4xyclen53wid.onion",
        "duckduckgogg42xjoc72x3sjasowoarfbgcmvfimaftt6twagswzczad.onion",
    ):
        assert onion_host_error(published) is None
    assert onion_host_error(ONION_HOST) is None
    assert "checksum" in onion_host_error(MISTYPED_ONION_HOST)
    assert onion_location_errors(f"http://www.{ONION_HOST}") == []  # a subdomain of the service


# --- Settings ------------------------------------------------------------------------------


def production_settings(**env):
    """ALLOWED_HOSTS and MIDDLEWARE as production.py makes them from `env`."""
    script = (
        "import django; django.setup(); from django.conf import settings; "
        "print(settings.ALLOWED_HOSTS)"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        env={
            "DJANGO_SETTINGS_MODULE": "sheltercity.settings.production",
            "SECRET_KEY": "x" * 60,
            "ALLOWED_HOSTS": "sheltercity.example.org",
            "PATH": "/usr/bin:/bin",
            **env,
        },
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout.strip()


def test_the_onion_host_is_added_to_allowed_hosts_in_production():
    assert production_settings(ONION_LOCATION=f"{ONION}/") == str(
        ["sheltercity.example.org", ONION_HOST]
    )
    assert production_settings() == str(["sheltercity.example.org"])


def test_django_s_deploy_checks_still_see_the_security_middleware(settings):
    """The subclass stands in for Django's class in Django's checks of its settings."""
    settings.SECURE_HSTS_SECONDS = 31_536_000  # as production.py
    settings.SECURE_HSTS_INCLUDE_SUBDOMAINS = settings.SECURE_HSTS_PRELOAD = True
    settings.SECURE_SSL_REDIRECT = True
    assert check_security_middleware() == []
    settings.SECURE_HSTS_SECONDS = 0
    settings.SECURE_SSL_REDIRECT = False
    assert {message.id for message in check_security_middleware()} == {
        "security.W004",
        "security.W008",
    }
    settings.MIDDLEWARE = [
        name for name in settings.MIDDLEWARE if name != "mirrors.middleware.SecurityMiddleware"
    ]
    assert [message.id for message in check_security_middleware()] == ["mirrors.W001"]


# --- The front cache ------------------------------------------------------------------------


def test_varnish_purges_reach_the_onion_host_s_copies_too(settings, monkeypatch):
    """Varnish keeps the onion address's copies under its own host: each purge is sent for it
    as well (home/frontend_cache.py)."""
    sent = []
    monkeypatch.setattr(http, "urlopen", lambda request, **kwargs: sent.append(request))
    monkeypatch.setattr(frontend_cache, "urlopen", lambda request, **kw: sent.append(request))
    backend = frontend_cache.VarnishBackend({"LOCATION": "http://127.0.0.1:6081"})

    settings.ONION_LOCATION = ""
    backend.purge("http://sheltercity.example.org/fr/about/?x=1")
    assert [(r.get_method(), r.full_url, r.headers["Host"]) for r in sent] == [
        ("PURGE", "http://127.0.0.1:6081/fr/about/?x=1", "sheltercity.example.org")
    ]

    sent.clear()
    settings.ONION_LOCATION = ONION
    backend.purge("http://sheltercity.example.org/fr/about/?x=1")
    backend.purge_site({"sheltercity.example.org"})
    assert [(r.full_url, r.headers["Host"]) for r in sent] == [
        ("http://127.0.0.1:6081/fr/about/?x=1", "sheltercity.example.org"),
        ("http://127.0.0.1:6081/fr/about/?x=1", ONION_HOST),
        ("http://127.0.0.1:6081/", "sheltercity.example.org"),
        ("http://127.0.0.1:6081/", ONION_HOST),
    ]
    assert all(r.headers.get("X-purge-scope") == "host" for r in sent[2:])
