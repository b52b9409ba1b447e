"""While PostgreSQL cannot be reached (issue 15): a 503 with `Retry-After`, not a 500, from a
page that needs no query; an editor's failed save says that nothing was saved and keeps the
form. "Down" is real: the connection is pointed at a local port nothing listens on."""

import socket
from contextlib import contextmanager

import pytest
from django.db import connections
from django.test import RequestFactory

from home.models import StandardPage
from home.views import RETRY_AFTER_SECONDS, service_unavailable

TITLES = {
    "en": "The site is briefly unavailable",
    "fr": "Le site est momentanément indisponible",
    "es": "El sitio no está disponible por un momento",
    "pt": "O site está momentaneamente indisponível",
    "ru": "Сайт временно недоступен",
    "ar": "الموقع غير متاح مؤقتًا",
}


def closed_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]  # free once the probe is closed: nothing listens there


@contextmanager
def unreachable_database():
    """The `default` connection replaced by one to a port where no server listens (the shared
    test server keeps running); the real one is put back after."""
    working = connections["default"]
    down = working.__class__(
        {**working.settings_dict, "HOST": "127.0.0.1", "PORT": closed_port()}, alias="default"
    )
    connections["default"] = down
    try:
        yield
    finally:
        down.close()
        connections["default"] = working
    assert connections["default"].cursor() is not None  # the test database answers again


@pytest.fixture
def database_down(db):
    with unreachable_database():
        yield


def assert_service_unavailable(response, language="en"):
    assert response.status_code == 503
    assert response["Retry-After"] == str(RETRY_AFTER_SECONDS)
    html = response.content.decode()
    assert f'<html lang="{language}"' in html
    assert TITLES[language] in html
    assert "Set-Cookie" not in response.headers
    return html


@pytest.mark.parametrize(
    "url",
    [
        "/en/",  # the call status middleware queries first
        "/fr/about/",
        "/es/cities/",
        "/pt/library/?topic=x",
        "/ru/search/?q=пароль",
        "/ar/no-such-page/",
        "/en/calls/feed/rss/",
        "/documents/1/file.pdf",
    ],
)
def test_readers_get_a_503_while_the_database_is_down(client, database_down, url):
    client.raise_request_exception = False  # the test client re-raises what handler500 handled
    language = url.split("/")[1] if url.split("/")[1] in TITLES else "en"
    html = assert_service_unavailable(client.get(url), language)
    assert "try again in a few minutes" in html or language != "en"


def test_the_503_page_needs_no_query(db, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = service_unavailable(RequestFactory().get("/ar/library/"))
    html = assert_service_unavailable(response, "ar")
    assert 'dir="rtl"' in html and 'href="/ar/"' in html


def test_an_editors_failed_save_says_nothing_was_saved_and_keeps_the_form(admin_client):
    about = StandardPage.objects.get(locale__language_code="fr", slug="about")
    url = f"/admin/pages/{about.pk}/edit/"
    assert admin_client.get(url).status_code == 200
    sent = {"title": "Un titre <b>changé</b>", "slug": "about", "action-publish": "1"}
    with unreachable_database():
        response = admin_client.post(url, sent)
    html = assert_service_unavailable(response)
    assert "Nothing was saved." in html
    assert "Going back in your browser" in html
    # The form as it was sent, to send again once the database is back.
    assert f'<form method="post" action="{url}">' in html
    assert '<input type="hidden" name="title" value="Un titre &lt;b&gt;changé&lt;/b&gt;">' in html
    assert '<input type="hidden" name="action-publish" value="1">' in html
    about.refresh_from_db()
    assert about.title != sent["title"]  # nothing was written


def test_a_failed_save_in_french_is_told_in_french(admin_client):
    with unreachable_database():
        response = admin_client.post("/fr/about/", {"x": "1"})
    html = assert_service_unavailable(response, "fr")
    assert "Rien n’a été enregistré." in html
