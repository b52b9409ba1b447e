"""What a reader's browser gets: security headers on every response, no cookie (but the one
the application form needs: tests/public_pages.py)."""

import re
import subprocess
import sys

import pytest

from applications.sealing import generate, public_key_text
from tests.public_pages import APPLICATION_FORM, application_form_path, public_urls

PUBLIC_URLS = [
    "/en/",
    "/ar/about/",
    "/fr/no-such-page/",
    "/",
    "/en/%00/",
    "/es/?q=x",
    "/fr/search/?q=mots",
    "/ru/search/suggest/?q=па",
]


def csp_directives(response):
    policy = response["Content-Security-Policy"]
    return {part.split()[0]: part.split()[1:] for part in policy.split("; ")}


@pytest.mark.parametrize("url", PUBLIC_URLS)
def test_security_headers_on_every_public_response(client, db, url):
    response = client.get(url)
    directives = csp_directives(response)
    assert directives["default-src"] == ["'none'"]
    assert directives["script-src"] == ["'self'"]
    assert directives["style-src"] == ["'self'"]
    assert directives["img-src"] == ["'self'"]
    assert directives["frame-ancestors"] == ["'none'"]
    assert directives["form-action"] == ["'self'"]
    assert "unsafe-inline" not in response["Content-Security-Policy"]
    assert "unsafe-eval" not in response["Content-Security-Policy"]
    assert response["Referrer-Policy"] == "no-referrer"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"
    assert "camera=()" in response["Permissions-Policy"]
    assert "geolocation=()" in response["Permissions-Policy"]


@pytest.mark.parametrize("url", PUBLIC_URLS)
def test_no_cookie_for_anonymous_readers(client, db, url):
    response = client.get(url, HTTP_ACCEPT_LANGUAGE="ar")
    assert "Set-Cookie" not in response.headers
    assert not response.cookies


def assert_only_the_csrf_cookie_for_the_browser_session(response):
    """The application form's one cookie: Django's CSRF cookie, unreadable by scripts, sent
    with same-site requests only, and forgotten when the browser closes."""
    assert list(response.cookies) == ["csrftoken"], response.cookies.output()
    cookie = response.cookies["csrftoken"]
    assert len(cookie.value) == 32
    assert cookie["httponly"] is True
    assert cookie["samesite"] == "Lax"
    assert cookie["path"] == "/"
    assert cookie["max-age"] == "" and cookie["expires"] == "", cookie.output()
    assert cookie["domain"] == ""


@pytest.mark.parametrize("language", ["en", "ar"])
def test_only_the_application_form_sets_a_cookie_and_sends_the_same_origin_referrer(
    client, db, language
):
    """Every public page type and variant: no cookie and `no-referrer`, with one exception, the
    application form: its CSRF cookie, and `same-origin` so that its POST carries the Origin and
    Referer the CSRF check needs. Every one keeps the same Content-Security-Policy."""
    for url in public_urls(language):
        response = client.get(url.path)
        assert response.status_code == url.status, url
        assert csp_directives(response)["default-src"] == ["'none'"], url
        assert csp_directives(response)["form-action"] == ["'self'"], url
        if url.name == APPLICATION_FORM:
            assert_only_the_csrf_cookie_for_the_browser_session(response)
            assert response["Referrer-Policy"] == "same-origin"
            assert "no-store" in response["Cache-Control"]
            assert "private" in response["Cache-Control"]
        else:
            assert not response.cookies, (url, response.cookies.output())
            assert response["Referrer-Policy"] == "no-referrer", url


def test_the_application_form_keeps_the_csrf_cookie_a_reader_already_has(client, db):
    """A second tab, or the same form opened again, keeps the cookie the first one got, so
    that the first tab's form can still be sent."""
    path = application_form_path("fr")
    first = client.get(path, HTTP_ACCEPT_LANGUAGE="fr")
    again = client.get(path)
    assert_only_the_csrf_cookie_for_the_browser_session(again)
    assert again.cookies["csrftoken"].value == first.cookies["csrftoken"].value


def test_the_csrf_refusal_of_the_form_sets_no_cookie(client, db):
    client.handler.enforce_csrf_checks = True
    response = client.post(application_form_path("ar"), {"name": "x"})
    assert response.status_code == 403
    assert "403_csrf.html" in [template.name for template in response.templates]
    assert not response.cookies
    assert response["Referrer-Policy"] == "same-origin"
    assert "no-store" in response["Cache-Control"]


def test_pages_load_nothing_from_another_origin(client, db):
    html = client.get("/en/").content.decode()
    # What the browser loads by itself (src, and <link href>: stylesheets, icons, alternates) is
    # this site's. Links a reader chooses to follow (<a href>: helplines' websites, the mirrors
    # in the footer) may lead elsewhere.
    loaded = re.findall(r"""\ssrc=["']([^"']*)""", html)
    loaded += re.findall(r"""<link\s[^>]*?href=["']([^"']*)""", html)
    for srcset in re.findall(r"""\ssrcset=["']([^"']*)""", html):
        loaded += [candidate.split()[0] for candidate in srcset.split(",") if candidate.strip()]
    assert loaded
    for url in loaded:
        if url.startswith(("http://", "https://", "//")):
            assert url.startswith("http://testserver/"), url
    # Scripts only from this site's static files (the search suggestions), never inline.
    scripts = re.findall(r"<script[^>]*>", html)
    assert scripts == ['<script src="/static/js/search-suggest.js" defer>']
    assert "style=" not in html


def test_admin_gets_its_relaxations_only_under_the_admin(admin_client):
    response = admin_client.get("/admin/")
    directives = csp_directives(response)
    assert "'unsafe-inline'" in directives["style-src"]
    assert "'unsafe-inline'" in directives["script-src"]  # Wagtail's choosers need it
    assert directives["frame-ancestors"] == ["'self'"]  # its own live preview
    assert directives["connect-src"] == ["'self'"]
    assert response["Referrer-Policy"] == "same-origin"  # so the admin's POSTs carry an Origin
    public = admin_client.get("/en/")
    assert csp_directives(public)["style-src"] == ["'self'"]
    assert csp_directives(public)["script-src"] == ["'self'"]
    assert public["Referrer-Policy"] == "no-referrer"


def test_editor_preview_keeps_the_readers_policy_but_may_be_framed_by_the_admin(
    english_home, admin_user
):
    from django.test import RequestFactory

    original = RequestFactory().get("/admin/pages/1/edit/preview/")
    original.user = admin_user
    response = english_home.make_preview_request(original_request=original)
    assert response.status_code == 200
    directives = csp_directives(response)
    assert directives["frame-ancestors"] == ["'self'"]
    assert directives["style-src"] == ["'self'"]
    assert directives["script-src"] == ["'self'"]


def test_admin_login_works_with_its_csrf_origin_check(client, django_user_model):
    django_user_model.objects.create_superuser("chief", "chief@example.org", "a long passphrase")
    client.enforce_csrf_checks = True
    client.handler.enforce_csrf_checks = True
    page = client.get("/admin/login/")
    token = page.cookies["csrftoken"].value
    response = client.post(
        "/admin/login/",
        {"username": "chief", "password": "a long passphrase", "csrfmiddlewaretoken": token},
        HTTP_ORIGIN="http://testserver",
    )
    assert response.status_code == 302 and response["Location"] == "/admin/"


def test_editors_browsers_contact_no_third_party(settings):
    assert settings.WAGTAIL_ENABLE_UPDATE_CHECK is False
    assert settings.WAGTAIL_GRAVATAR_PROVIDER_URL is None
    assert settings.WAGTAILEMBEDS_FINDERS == []


def check_deploy(tmp_path, **env):
    """`manage.py check --deploy --fail-level WARNING` with production settings, as `make
    deploy-check` runs it, and `env` added."""
    env = {
        "DJANGO_SETTINGS_MODULE": "sheltercity.settings.production",
        "SECRET_KEY": "x" * 60 + "production-like-secret-key-for-the-check",
        "ALLOWED_HOSTS": "sheltercity.example.org",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        "PATH": "/usr/bin:/bin",
        **env,
    }
    return subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def test_production_settings_pass_check_deploy_with_no_warning(tmp_path):
    # A public key, as production has one (made offline; here a throwaway one).
    result = check_deploy(tmp_path, APPLICATIONS_PUBLIC_KEY=public_key_text(generate()[1]))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_production_settings_without_a_public_key_warn_that_the_forms_are_closed(tmp_path):
    result = check_deploy(tmp_path)
    assert result.returncode == 1
    assert re.findall(r"\((\w+\.\w+)\) ", result.stderr) == ["applications.W001"], result.stderr


def test_production_settings_refuse_a_malformed_public_key(tmp_path):
    result = check_deploy(tmp_path, APPLICATIONS_PUBLIC_KEY="not a key")
    assert result.returncode == 1
    assert re.findall(r"\((\w+\.\w+)\) ", result.stderr) == ["applications.E001"], result.stderr


def test_production_refuses_to_start_without_a_secret_key(tmp_path):
    env = {
        "DJANGO_SETTINGS_MODULE": "sheltercity.settings.production",
        "ALLOWED_HOSTS": "x.example.org",
        "PATH": "/usr/bin:/bin",
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "check"],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode != 0
    assert "Set SECRET_KEY" in result.stderr


def test_production_settings_send_hsts(tmp_path):
    code = (
        "import django; django.setup(); from django.conf import settings as s; "
        "print(s.SECURE_HSTS_SECONDS, s.SECURE_SSL_REDIRECT, s.SESSION_COOKIE_SECURE, s.DEBUG)"
    )
    env = {
        "DJANGO_SETTINGS_MODULE": "sheltercity.settings.production",
        "SECRET_KEY": "k" * 50,
        "ALLOWED_HOSTS": "x.example.org",
        "PATH": "/usr/bin:/bin",
    }
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    assert result.stdout.split() == ["31536000", "True", "True", "False"]
