"""The production stack end to end (tests/stack/conftest.py starts it): the front cache keeps
public pages, drops them when an editor publishes, never keeps the admin or an editor's pages,
gives readers no cookie, outlives a PostgreSQL restart, and the front holds slow clients off
gunicorn."""

import socket
import time
import uuid

import pytest
import requests
from django.contrib.auth import get_user_model
from django.test import Client
from wagtail.models import Page

from home.models import HomePage, StandardPage
from opencall.models import OpenCallPage
from resources.models import ResourcePage
from tests.accounts.helpers import sign_in

# django_db: so that pytest-django sets up the test database (the stack copies the demo from
# it) even when only these tests run; transactional, so that no transaction wraps a test while
# its connection points at the stack's database (tests/stack/conftest.py, `as_editor`).
pytestmark = [pytest.mark.stack, pytest.mark.django_db(transaction=True)]

# How long an edit may take to show through the cache.
PUBLISH_DEADLINE = 1.0


def shows(front, path, text, deadline=PUBLISH_DEADLINE):
    """Whether `text` is in the page at `path` through the front within `deadline` seconds."""
    give_up = time.monotonic() + deadline
    while True:
        response = front(path)
        if response.status_code == 200 and text in response.text:
            return True
        if time.monotonic() > give_up:
            return False
        time.sleep(0.05)


def cached(front, *paths):
    """Request each path until the cache holds it; each second request must be a hit."""
    for path in paths:
        front(path)
        response = front(path)
        assert response.headers["X-Cache"] == "HIT", (path, response.headers)


def path_of(page):
    return page.specific.get_url()


def publish_title(page, title):
    page = page.specific
    page.title = title
    page.save_revision().publish()
    return page


def test_second_request_is_served_from_the_cache(front):
    first = front("/en/about/")
    second = front("/en/about/")
    assert first.status_code == second.status_code == 200
    assert "public" in second.headers["Cache-Control"]
    assert second.headers["X-Cache"] == "HIT"
    assert "Age" in second.headers
    assert second.text == first.text
    assert second.headers["Content-Encoding"] == "gzip"  # compressed by Varnish


def test_a_published_resource_shows_at_once_on_its_page_its_library_and_the_home_page(
    as_editor, front
):
    resource = (
        ResourcePage.objects.live()
        .filter(locale__language_code="en")
        .order_by("-first_published_at")
        .first()
    )
    library, home = resource.get_parent(), HomePage.objects.get(locale__language_code="en")
    paths = [path_of(resource), path_of(library), path_of(home)]
    cached(front, *paths)
    assert resource.title in front(path_of(home)).text  # the home page lists it

    title = f"Corrected advice {uuid.uuid4().hex[:8]}"
    publish_title(resource, title)

    for path in paths:
        assert shows(front, path, title), path


def test_a_changed_call_shows_at_once_in_the_feeds_and_the_banner_of_every_page(as_editor, front):
    call = OpenCallPage.objects.live().filter(locale__language_code="en").first()
    index = call.get_parent()
    feeds = [path_of(index) + "feed/rss/", path_of(index) + "feed/atom/"]
    cached(front, *feeds, "/en/about/", "/fr/")

    publish_title(call, f"Call for defenders {uuid.uuid4().hex[:8]}")

    for path in feeds:
        assert shows(front, path, call.title), path
    # Every page shows the call's status: the whole site was dropped from the cache.
    for path in ("/en/about/", "/fr/"):
        assert front(path).headers["X-Cache"] == "MISS", path


def test_a_renamed_menu_page_shows_at_once_in_the_menu_of_every_page(as_editor, front):
    """The menu is in every page the front cache keeps and in the shared cache (Redis) that
    gunicorn renders from: both let go of it when the page is published."""
    about = StandardPage.objects.live().get(locale__language_code="en", slug="about")
    cached(front, "/en/library/", "/en/cities/")
    title = f"About us {uuid.uuid4().hex[:8]}"
    publish_title(about, title)
    for path in ("/en/library/", "/en/cities/"):
        assert shows(front, path, f">{title}</a>"), path


def test_the_admin_and_signed_in_editors_are_never_served_from_the_cache(as_editor, front):
    for _ in range(2):
        response = front("/admin/login/")
        assert response.headers["X-Cache"] == "PASS"
        assert "public" not in response.headers["Cache-Control"]

    editor = get_user_model().objects.create_superuser(
        f"editor-{uuid.uuid4().hex[:8]}", "editor@example.org", "a long password for tests"
    )
    session = sign_in(Client(), editor).cookies["sessionid"].value
    cookie = {"Cookie": f"sessionid={session}"}
    # A real session: gunicorn shows the dashboard, not the sign-in form.
    dashboard = front("/admin/", headers=cookie)
    assert dashboard.status_code == 200
    assert 'name="password"' not in dashboard.text

    cached(front, "/en/about/")  # a reader's copy is in the cache...
    for _ in range(2):
        response = front("/en/about/", headers=cookie)
        assert response.status_code == 200
        assert response.headers["X-Cache"] == "PASS"  # ...the editor never gets it
        assert "public" not in response.headers.get("Cache-Control", "")


def public_paths():
    """One live page of each page type in each language, with their sub-paths, and the other
    public addresses: search, suggestions, a filtered library, a 404, a file, the health check."""
    paths = {"/", "/en/search/?q=phone", "/ar/search/?q=phone", "/en/search/suggest/?q=sa"}
    paths |= {"/en/no-such-page/", "/static/css/site.css", "/healthz"}
    seen = set()
    for page in Page.objects.live().filter(depth__gt=1).specific().order_by("path"):
        key = (type(page), page.locale_id)
        if key in seen:
            continue
        seen.add(key)
        url = page.get_url()
        paths |= {url + sub.lstrip("/") for sub in page.get_cached_paths()}
    library = ResourcePage.objects.live().filter(locale__language_code="en").first().get_parent()
    paths.add(path_of(library) + "?page=2")
    return sorted(paths)


def test_no_cookie_reaches_anonymous_readers_through_the_cache(as_editor, front):
    paths = public_paths()
    assert len(paths) > 30
    # What a reader's browser may still send: a language cookie, a stale CSRF cookie.
    reader_cookies = {"Cookie": "sheltercity_language=fr; csrftoken=stale"}
    for path in paths:
        for headers in ({}, reader_cookies, {}):
            response = front(path, headers=headers)
            assert response.status_code < 500, path
            assert "Set-Cookie" not in response.headers, (path, response.headers["Set-Cookie"])


def test_postgresql_restart_pages_keep_coming_and_the_application_recovers(as_editor, front):
    page = StandardPage.objects.live().get(locale__language_code="en", slug="about")
    title = f"About the programme {uuid.uuid4().hex[:8]}"
    publish_title(page, title)
    cached_paths = ["/en/about/", "/en/", "/fr/"]
    cached(front, *cached_paths)  # what readers asked for before...
    as_editor.services["postgres"].stop()  # `as_editor` is the stack; this connection ends too
    try:
        for path in cached_paths:
            response = front(path)  # ... keeps coming while the database is down
            assert response.status_code == 200, path
            assert response.headers["X-Cache"] == "HIT", path
            assert title in response.text or path != "/en/about/"
        assert front("/en/about/?not-cached").status_code == 503  # gunicorn: no database
    finally:
        as_editor.services["postgres"].start()

    # The application reconnects by itself: the first answer with the database back is a 200,
    # and none after it is a 5xx (new addresses, so gunicorn answers them, not the cache).
    give_up = time.monotonic() + 10
    while front("/healthz").status_code != 200:
        assert time.monotonic() < give_up, "gunicorn did not recover within 10 s"
        time.sleep(0.2)
    for number in range(12):
        response = front(f"/en/library/?page=1&after-restart={number}")
        assert response.status_code == 200
        assert response.headers["X-Cache"] == "MISS"
    assert title in front("/en/about/").text  # the edit saved before the restart is there
    from django.db import connection

    connection.close()
    assert StandardPage.objects.get(id=page.id).title == title


def truncated_post(port):
    """A connection sending a POST whose body stops short of its Content-Length, and then
    waits: what ties up a gunicorn sync worker until its timeout."""
    connection = socket.create_connection(("127.0.0.1", port), timeout=5)
    connection.sendall(
        b"POST /admin/login/ HTTP/1.1\r\nHost: localhost\r\n"
        b"Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 100000\r\n\r\n"
        + b"username=a&password="
        * 10
    )
    return connection


def test_truncated_posts_through_the_front_leave_every_page_answering(stack, front):
    hanging = [truncated_post(stack.ports["nginx"]) for _ in range(20)]
    try:
        # Addresses the cache has never seen: each goes to gunicorn (2 workers). A blocked
        # worker would make these time out.
        for number in range(10):
            response = front(f"/en/about/?while-hanging={number}", timeout=3)
            assert response.status_code == 200
            assert response.headers["X-Cache"] == "MISS"
        assert front("/healthz", timeout=3).status_code == 200
        # nginx still holds the twenty, waiting for the rest of their bodies.
        for connection in hanging:
            connection.settimeout(0.05)
            with pytest.raises(TimeoutError):
                connection.recv(1)
    finally:
        for connection in hanging:
            connection.close()


def test_the_same_posts_straight_to_gunicorn_block_it(stack):
    """What the front is for: the same twenty connections sent to gunicorn itself hold both of
    its sync workers, and a page no longer answers (until they are closed)."""
    hanging = [truncated_post(stack.ports["gunicorn"]) for _ in range(20)]
    try:
        with pytest.raises(requests.exceptions.Timeout):
            requests.get(stack.gunicorn_url + "/en/about/", timeout=3)
    finally:
        for connection in hanging:
            connection.close()
    assert requests.get(stack.gunicorn_url + "/en/about/", timeout=10).status_code == 200
