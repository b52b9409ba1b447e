"""Hostile requests (issue 15): bodies Django cannot parse get the 400 page wherever they are
sent, and no reader gets a cookie, whatever cookies they send. The application form (issue 19),
the one public page that takes a POST and sets a cookie, gets hostile bodies, headers and
methods too: never a 500, never a stored application."""

import pytest
from django.contrib.sessions.backends.db import SessionStore
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test.client import encode_multipart
from django.utils import translation
from django.utils.translation import gettext
from wagtail.models import Page, PageViewRestriction, get_page_models

from applications.models import SealedApplication
from opencall.models import OpenCallPage
from resources.models import ResourceDocument
from sheltercity.middleware import is_readable_csrf_cookie
from tests.applications.conftest import pdf_bytes, valid_answers
from tests.public_pages import application_form_path

# The demo's open call's application form in English (checked below against the demo).
APPLICATION_FORM = "/en/calls/current-call/apply/"

# Every path a POST may be sent to: outside the language prefixes (no view: the 404 view's CSRF
# check used to read the body), inside them, the search view (GET only), the admin's login and
# the application form.
POST_PATHS = [
    "/documents/x",
    "/static/x",
    "/media/x",
    "/xx/",
    "/",
    "/en/",
    "/fr/about/",
    "/ar/no-such-page/",
    "/en/search/",
    "/admin/login/",
    "/admin/pages/",
    APPLICATION_FORM,
]

UNPARSEABLE_BODIES = {
    "multipart without a boundary": ("multipart/form-data", b"--x\r\nbroken"),
    "multipart with an empty boundary": ("multipart/form-data; boundary=", b"--x\r\n"),
    "multipart with a boundary too long": ("multipart/form-data; boundary=" + "b" * 300, b"--b"),
    "multipart with a boundary of spaces": ("multipart/form-data; boundary=   ", b"--\r\n"),
}


@pytest.fixture
def csrf_client(client):
    """A client holding a well-formed CSRF cookie, as a browser that visited the admin does, and
    checked as a browser is (so that a POST without a token is refused)."""
    client.cookies["csrftoken"] = "a" * 32
    client.handler.enforce_csrf_checks = True
    return client


@pytest.mark.parametrize("path", POST_PATHS)
@pytest.mark.parametrize("body", list(UNPARSEABLE_BODIES), ids=str)
def test_an_unparseable_body_gets_the_400_page_everywhere(csrf_client, db, path, body):
    content_type, data = UNPARSEABLE_BODIES[body]
    response = csrf_client.generic("POST", path, data, content_type=content_type)
    assert response.status_code == 400
    assert "400.html" in [template.name for template in response.templates]  # the site's page
    assert "<h1>" in response.content.decode()
    assert "Set-Cookie" not in response.headers
    assert not response.cookies
    assert not SealedApplication.objects.exists()


def test_the_application_form_path_is_the_demo_s(db):
    assert application_form_path("en") == APPLICATION_FORM


@pytest.mark.parametrize(
    "path", ["/documents/x", "/xx/", "/en/", "/admin/login/", APPLICATION_FORM]
)
def test_the_400_page_for_an_unparseable_body_is_in_the_readers_language(csrf_client, db, path):
    response = csrf_client.generic(
        "POST", path.replace("/en/", "/fr/"), b"x", content_type="multipart/form-data"
    )
    assert response.status_code == 400
    if path.startswith("/en/"):
        assert "Requête incorrecte" in response.content.decode()


@pytest.mark.parametrize(
    "path", ["/documents/x", "/xx/", "/en/", "/admin/login/", APPLICATION_FORM]
)
def test_other_bad_bodies_are_refused_never_a_500(csrf_client, db, path):
    """Bodies Django parses (to nothing, or too much): refused by the CSRF check (403), by the
    field limit (400), or not found (404, or the redirect of an unknown path to a language)."""
    bodies = [
        # A boundary the body does not use, a body cut short, too many fields, not a form.
        ("multipart/form-data; boundary=abc", b"--zzz\r\nbroken"),
        ("multipart/form-data; boundary=abc", b'--abc\r\nContent-Disposition: form-data; name="'),
        ("application/x-www-form-urlencoded", b"a=1&" * 1500),
        ("application/x-www-form-urlencoded", b"%ZZ=%%&\xff\xfe=\x00"),
        ("application/json", b'{"csrfmiddlewaretoken": '),
    ]
    for content_type, data in bodies:
        response = csrf_client.generic("POST", path, data, content_type=content_type)
        status = response.status_code
        assert status in (302, 400, 403, 404), (content_type, data[:40], status)
    assert not SealedApplication.objects.exists()


# --- The application form: hostile bodies, headers and methods ----------------------------------

CSRF_SECRET = "b" * 32  # a well-formed CSRF cookie, sent back as the token
BOUNDARY = "HostileBoundary"
MULTIPART = f"multipart/form-data; boundary={BOUNDARY}"


@pytest.fixture
def form_client(client):
    """A client sending the form as a browser does, checked as a browser is: the CSRF cookie,
    and its token in the `X-CSRFToken` header (so that the token is there whatever the body)."""
    client.cookies["csrftoken"] = CSRF_SECRET
    client.defaults["HTTP_X_CSRFTOKEN"] = CSRF_SECRET
    client.handler.enforce_csrf_checks = True
    return client


@pytest.fixture
def call(db):
    """The demo's open call in English, whose form is at APPLICATION_FORM."""
    calls = OpenCallPage.objects.live().in_language("en")
    return next(call for call in calls if call.get_url() + "apply/" == APPLICATION_FORM)


def application(call, **changes):
    """A whole, valid application to `call` with a PDF attached, encoded as a browser sends it."""
    data = valid_answers(call, **changes)
    data["attachment"] = SimpleUploadedFile("cv.pdf", pdf_bytes(), "application/pdf")
    return encode_multipart(BOUNDARY, data)


def cut(body, before):
    return body[: body.index(before)]


# name: call -> (content type, body)
HOSTILE_BODIES = {
    "multipart cut short in the answers": lambda call: (
        MULTIPART,
        cut(application(call), b'name="threats"'),
    ),
    "multipart cut short in the attachment": lambda call: (
        MULTIPART,
        cut(application(call), b"%%EOF"),
    ),
    "an answer of 3 MB": lambda call: (MULTIPART, application(call, work="x" * 3_000_000)),
    "an answer longer than the form takes": lambda call: (
        MULTIPART,
        application(call, name="x" * 10_000),
    ),
    "2000 fields": lambda call: ("application/x-www-form-urlencoded", b"name=x&" * 2000),
    "NUL bytes in the answers": lambda call: (
        MULTIPART,
        application(call, name="Amina\x00", threats="a\x00b"),
    ),
    "NUL bytes in a field's name": lambda call: (
        MULTIPART,
        application(call).replace(b'name="name"', b'name="na\x00me"'),
    ),
    "bytes that are not UTF-8": lambda call: (
        "application/x-www-form-urlencoded",
        b"name=%FF%FE&work=\xff\xfe&country=%C0%AF",
    ),
    "the answers as JSON": lambda call: ("application/json", b'{"name": "Amina", "work": 1}'),
    "the answers as plain text": lambda call: ("text/plain", b"name=Amina&work=x"),
}


@pytest.mark.parametrize("body", list(HOSTILE_BODIES), ids=str)
def test_a_hostile_body_to_the_application_form_gets_a_message_and_stores_nothing(
    form_client, call, body
):
    content_type, data = HOSTILE_BODIES[body](call)
    response = form_client.generic("POST", APPLICATION_FORM, data, content_type=content_type)
    assert response.status_code == 400, response.status_code
    html = response.content.decode()
    templates = [template.name for template in response.templates]
    # The site's 400 page, or the form again with what to correct.
    assert "400.html" in templates or 'id="form-errors"' in html, templates
    assert not SealedApplication.objects.exists()


def test_the_same_application_sent_as_a_browser_does_is_received(form_client, call):
    """What the hostile requests are measured against: sent whole, with the same client, the
    application is received."""
    response = form_client.generic(
        "POST", APPLICATION_FORM, application(call), content_type=MULTIPART
    )
    assert response.status_code == 200
    assert "receipt__code" in response.content.decode()
    assert SealedApplication.objects.count() == 1


@pytest.mark.parametrize("method", ["PUT", "DELETE", "PATCH"])
def test_other_methods_on_the_application_form_are_refused(form_client, call, method):
    response = form_client.generic(method, APPLICATION_FORM, application(call), MULTIPART)
    assert response.status_code == 405
    assert response["Allow"] == "GET, HEAD, POST"
    assert not SealedApplication.objects.exists()


def test_a_nul_byte_in_the_application_form_s_address_gets_the_400_page(form_client, call):
    response = form_client.generic(
        "POST", APPLICATION_FORM + "?x=%00", application(call), MULTIPART
    )
    assert response.status_code == 400
    assert "400.html" in [template.name for template in response.templates]
    assert not SealedApplication.objects.exists()


# name: (cookies, extra request headers and options), each with a whole valid application
CSRF_FAILURES = {
    "no CSRF cookie": ({}, {"HTTP_X_CSRFTOKEN": CSRF_SECRET}),
    "a malformed CSRF cookie": ({"csrftoken": "not a token!"}, {"HTTP_X_CSRFTOKEN": CSRF_SECRET}),
    "the cookie without its token": ({"csrftoken": CSRF_SECRET}, {}),
    "a token that is not the cookie's": (
        {"csrftoken": CSRF_SECRET},
        {"HTTP_X_CSRFTOKEN": "c" * 32},
    ),
    "another site's Origin": (
        {"csrftoken": CSRF_SECRET},
        {"HTTP_X_CSRFTOKEN": CSRF_SECRET, "HTTP_ORIGIN": "https://evil.example"},
    ),
    "HTTPS without a Referer": (
        {"csrftoken": CSRF_SECRET},
        {"HTTP_X_CSRFTOKEN": CSRF_SECRET, "secure": True},
    ),
}


@pytest.mark.parametrize("language", ["fr", "ar"])
@pytest.mark.parametrize("failure", list(CSRF_FAILURES), ids=str)
def test_a_form_the_csrf_check_refuses_gets_the_403_page_in_the_readers_language(
    client, call, failure, language
):
    cookies, extra = CSRF_FAILURES[failure]
    client.handler.enforce_csrf_checks = True
    for name, value in cookies.items():
        client.cookies[name] = value
    path = application_form_path(language)
    response = client.generic("POST", path, application(call), MULTIPART, **extra)
    assert response.status_code == 403
    assert "403_csrf.html" in [template.name for template in response.templates]
    html = response.content.decode()
    assert f'<html lang="{language}"' in html
    with translation.override(language):
        assert gettext("Go to the home page") in html
    assert not response.cookies
    assert not SealedApplication.objects.exists()


def consume(response):
    """Read a streaming response (a download) to its end, which closes its file the way the
    test client means (`response.close()` called again would close the test's connection)."""
    if response.streaming:
        b"".join(response.streaming_content)


def public_urls():
    """A live page of every page type (read from Wagtail's registry, so a new type is covered),
    and what else a reader reaches: search, suggestions, a 404, the feeds, a call's calendar
    and a document download."""
    urls = []
    for model in get_page_models():
        if model is Page:
            continue
        page = model.objects.live().public().filter(locale__language_code="en").first()
        assert page is not None, f"no live {model.__name__} in the demo"
        urls.append(page.url)
    call = next(url for url in urls if url.startswith("/en/calls/") and url != "/en/calls/")
    document = ResourceDocument.objects.order_by("pk").first()
    return [
        *urls,
        "/ar/",
        "/en/search/?q=password",
        "/en/search/suggest/?q=pa",
        "/en/no-such-page/",
        "/en/library/?page=abc",
        "/en/calls/feed/rss/",
        "/en/calls/feed/atom/",
        f"{call}calendar/",
        document.url,
    ]


def anonymous_session_key():
    session = SessionStore()
    session["kept"] = True  # an anonymous session with data, as a page's password pass makes
    session.create()
    return session.session_key


COOKIE_SETS = {
    "no cookie": dict,
    "malformed csrftoken": lambda: {"csrftoken": "not a token!"},
    "csrftoken too short": lambda: {"csrftoken": "abc"},
    "csrftoken of the wrong alphabet": lambda: {"csrftoken": "é" * 32},
    "well-formed csrftoken": lambda: {"csrftoken": "a" * 32},
    "garbage sessionid": lambda: {"sessionid": "garbage"},
    "unknown sessionid": lambda: {"sessionid": "z" * 32},
    "valid anonymous sessionid": lambda: {"sessionid": anonymous_session_key()},
    "both malformed": lambda: {"csrftoken": "%%%", "sessionid": "<script>"},
}


@pytest.mark.parametrize("cookies", list(COOKIE_SETS), ids=str)
def test_no_cookie_is_ever_set_for_a_reader(client, db, cookies):
    values = COOKIE_SETS[cookies]()
    urls = public_urls()
    for url in urls:
        client.cookies.clear()
        for name, value in values.items():
            client.cookies[name] = value
        response = client.get(url, HTTP_ACCEPT_LANGUAGE="fr")
        consume(response)  # a download is a file response: closes the file
        assert response.status_code in (200, 404), (url, response.status_code)
        assert "Set-Cookie" not in response.headers, (url, response.headers.get("Set-Cookie"))
        assert not response.cookies, url


@pytest.mark.parametrize("cookies", list(COOKIE_SETS), ids=str)
def test_the_application_form_sets_its_csrf_cookie_and_no_other(client, db, cookies):
    """The exception to the rule above (tests/public_pages.py): whatever the reader sends, the
    form sets Django's CSRF cookie, one it can read back, and nothing else; a well-formed one
    the reader already has is kept (another tab's form stays valid)."""
    values = COOKIE_SETS[cookies]()
    for name, value in values.items():
        client.cookies[name] = value
    response = client.get(APPLICATION_FORM, HTTP_ACCEPT_LANGUAGE="fr")
    assert response.status_code == 200
    assert list(response.cookies) == ["csrftoken"], response.cookies.output()
    sent = response.cookies["csrftoken"].value
    assert is_readable_csrf_cookie(sent)
    if is_readable_csrf_cookie(values.get("csrftoken", "")):
        assert sent == values["csrftoken"]


def test_no_cookie_for_a_signed_in_editor_reading_the_site(client, admin_user):
    client.force_login(admin_user)
    for url in public_urls():
        response = client.get(url)
        consume(response)
        assert "Set-Cookie" not in response.headers, url


def test_the_private_page_sign_in_is_the_admins(client, db):
    response = client.get("/fr/_util/login/?next=/fr/about/")
    assert response.status_code == 302
    assert response["Location"] == "/admin/login/?next=/fr/about/"
    assert "Set-Cookie" not in response.headers


def test_a_page_for_signed_in_users_sends_readers_to_the_admins_sign_in(client, english_home):
    about = english_home.get_children().live().get(slug="about")
    PageViewRestriction.objects.create(page=about, restriction_type=PageViewRestriction.LOGIN)
    response = client.get("/en/about/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/?next=")
    assert "Set-Cookie" not in response.headers


def test_the_admin_still_sets_its_csrf_cookie_for_a_malformed_one(client, db):
    client.cookies["csrftoken"] = "not a token!"
    response = client.get("/admin/login/")
    assert response.status_code == 200
    assert len(response.cookies["csrftoken"].value) == 32
