"""Page tree fixtures shared by every test.

`load_demo` runs once per test session into the test database: the demonstration site is the
richest page tree there is (every page type, every language, translated through
wagtail-localize), and testing on it also tests the loader. Tests that need pages of another
shape add them with the factories under `english_home` or `home_pages[...]`.

Every test starts from that demo site. Ordinary database tests run in a transaction that is
rolled back. Transactional tests (browser tests through `live_server`, `transaction=True`)
commit, and pytest-django empties every table after each of them; so right after loading the
demo the test database is copied to a PostgreSQL template database, and before any database
test that follows a transactional one the test database is dropped and created again from that
template (a file copy inside PostgreSQL, well under a second, instead of loading the demo again).
"""

import io
import sys
import threading

import pytest
from django.core.cache import caches
from django.core.management import call_command
from django.db import connections
from pytest_django.fixtures import validate_django_db
from wagtail.models import Locale

from home import frontend_cache
from home.models import HomePage
from tests.accounts.helpers import sign_in

# How pytest-django tells that a test uses the database, and that it commits.
DATABASE_FIXTURES = {"django_db_setup", "live_server"}
TRANSACTIONAL_FIXTURES = {"transactional_db", "live_server", "django_db_reset_sequences"}


class DemoTemplate:
    """The test database as `load_demo` left it, kept as the template database
    `<test database>_demo` (one per pytest-xdist worker: each has its own test database)."""

    def __init__(self, alias="default"):
        self.alias = alias
        self.blocker = None  # pytest-django's django_db_blocker, once the database is set up
        self.saved = False
        self.emptied = False  # a transactional test ran since the last copy

    def execute(self, *statements):
        """Run `statements` ({database} and {template} quoted) connected to the maintenance
        database, never to the test database: CREATE DATABASE ... TEMPLATE needs its source
        free of connections."""
        connections.close_all()
        connection = connections[self.alias]
        name = connection.settings_dict["NAME"]
        names = {
            "database": connection.ops.quote_name(name),
            "template": connection.ops.quote_name(f"{name}_demo"),
        }
        with self.blocker.unblock(), connection._nodb_cursor() as cursor:
            for statement in statements:
                cursor.execute(statement.format(**names))

    def save(self, blocker):
        self.blocker = blocker
        if connections[self.alias].vendor != "postgresql":
            return  # not what `make test` runs: there the browser tests load the demo each time
        self.execute(
            "DROP DATABASE IF EXISTS {template} WITH (FORCE)",
            "CREATE DATABASE {template} TEMPLATE {database}",
        )
        self.saved = True

    def restore(self):
        """A fresh copy of the demo as the test database. WITH (FORCE) ends the connections
        the live server's threads may still hold."""
        from django.contrib.contenttypes.models import ContentType

        self.execute(
            "DROP DATABASE {database} WITH (FORCE)",
            "CREATE DATABASE {database} TEMPLATE {template}",
        )
        # What this process remembers of the emptied database (content type ids, cached site
        # root paths) goes with it.
        ContentType.objects.clear_cache()
        for cache in caches.all(initialized_only=True):
            cache.clear()
        self.emptied = False

    def discard(self):
        if self.saved:
            self.execute("DROP DATABASE IF EXISTS {template} WITH (FORCE)")
            self.saved = False
        self.end_other_sessions()

    def end_other_sessions(self):
        """pytest-django drops the test database next, which PostgreSQL refuses while another
        session is connected to it (a thread's connection the test run left open): such
        sessions are ended first, and named on stderr so that the test that left one can be
        found."""
        connection = connections[self.alias]
        if connection.vendor != "postgresql" or self.blocker is None:
            return
        connections.close_all()
        with self.blocker.unblock(), connection._nodb_cursor() as cursor:
            cursor.execute(
                "SELECT pg_terminate_backend(pid), application_name, state, left(query, 300) "
                "FROM pg_stat_activity WHERE datname = %s AND pid <> pg_backend_pid()",
                [connection.settings_dict["NAME"]],
            )
            for _ended, application, state, query in cursor.fetchall():
                # Past pytest's capture: the run's output shows it even when all passed.
                sys.__stderr__.write(
                    f"Ended a session left on the test database: {application!r} {state}: {query}\n"
                )


_demo_template = DemoTemplate()


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        call_command("load_demo", stdout=io.StringIO())
    _demo_template.save(django_db_blocker)
    yield
    _demo_template.discard()


@pytest.fixture(scope="session")
def demo_template(django_db_setup):
    return _demo_template


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item):
    """Before any fixture of the test (pytest-django's transaction among them): a database
    test gets a fresh copy of the demo when a transactional test has emptied the database."""
    marker = item.get_closest_marker("django_db")
    fixtures = set(getattr(item, "fixturenames", ()))
    if not marker and not fixtures & DATABASE_FIXTURES:
        return
    fresh = item.get_closest_marker("fresh_demo") is not None
    if (_demo_template.emptied or fresh) and _demo_template.saved:
        _demo_template.restore()
    transaction, reset_sequences, *_ = validate_django_db(marker) if marker else (False, False)
    if transaction or reset_sequences or fixtures & TRANSACTIONAL_FIXTURES:
        _demo_template.emptied = True


@pytest.fixture(autouse=True)
def nothing_pending_for_the_front_cache(monkeypatch):
    """Every test starts with no purge waiting for a commit (home/frontend_cache.py collects
    them per thread): a test that rolls back or never commits leaves its own behind."""
    monkeypatch.setattr(frontend_cache, "_pending", threading.local())


@pytest.fixture(autouse=True)
def empty_shared_cache():
    """Every test starts with an empty cache: the fragments an earlier test kept (home.caching)
    may hold pages its rolled-back transaction made."""
    caches["default"].clear()


@pytest.fixture
def locales(db):
    return {locale.language_code: locale for locale in Locale.objects.all()}


@pytest.fixture
def home_pages(db):
    """The home page of each language, by language code."""
    return {page.locale.language_code: page for page in HomePage.objects.select_related("locale")}


@pytest.fixture
def english_home(home_pages):
    return home_pages["en"]


@pytest.fixture
def admin_client(client, admin_user):
    """pytest-django's superuser client, signed in with both factors (a superuser must have a
    second factor: accounts/policy.py)."""
    return sign_in(client, admin_user)
