"""The production stack, started once per test session with scripts/stack.py's own `Stack`:
nginx -> Varnish -> gunicorn (production settings, 2 workers) -> PostgreSQL + Redis, real ones.

The stack has a PostgreSQL cluster of its own (the PostgreSQL restart test restarts it), holding
a copy of the demo as the test database has it (pg_dump of the demo template, restored). Tests
change it as an editor would, in this process: `as_editor` points Django's connection at the
stack's database and Wagtail's frontend cache at the stack's Varnish, so a publish here is seen
by gunicorn and purges Varnish as it does in production. These tests use no pytest-django
database fixture: what they change is committed, in the stack's database only.

Skipped, saying what to install, only when nginx, Varnish or Redis is missing.
"""

import importlib.util
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest
import requests
from django.conf import settings
from django.db import connections

from tests.mirrors.onion_addresses import ONION

REPO = Path(__file__).resolve().parents[2]

_spec = importlib.util.spec_from_file_location("stack_script", REPO / "scripts" / "stack.py")
stack_script = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(stack_script)


def copy_demo_database(source, stack):
    """The test session's demo database (its template, as load_demo left it) into the stack's."""
    bindir = stack_script.postgres_bindir()
    name = f"{source['NAME']}_demo" if _demo_saved() else source["NAME"]
    target = stack.services["postgres"]
    host, port = source["HOST"] or "127.0.0.1", str(source["PORT"] or 5432)
    with tempfile.NamedTemporaryFile(suffix=".dump") as dump:
        dump_command = [str(bindir / "pg_dump"), "-h", host, "-p", port, "-U", source["USER"]]
        subprocess.run([*dump_command, "-Fc", "-f", dump.name, "-d", name], check=True)
        restore = [str(bindir / "pg_restore"), "--no-owner", "-j", "2", "-h", "127.0.0.1"]
        target_options = ["-p", str(target.port), "-U", "postgres", "-d", target.database]
        subprocess.run([*restore, *target_options, dump.name], check=True)


def _demo_saved():
    from tests.conftest import _demo_template

    return _demo_template.saved


@pytest.fixture(scope="session")
def stack(django_db_setup):
    missing = stack_script.missing_binaries()
    if missing:
        pytest.skip(f"the stack needs {', '.join(missing)}: apt-get install -y {' '.join(missing)}")
    source = dict(connections["default"].settings_dict)
    if connections["default"].vendor != "postgresql":
        pytest.skip("the stack tests copy the demo from the PostgreSQL test database")
    workdir = Path(tempfile.mkdtemp(prefix="sheltercity-stack-"))
    instance = stack_script.Stack(
        workdir,
        workers=2,
        # The test process signs editors in: their sessions must be readable by gunicorn.
        # Documents: the files load_demo wrote for this session.
        # An onion address, as tor would hand its requests to Varnish (tests/stack/test_onion.py).
        # Applications sealed to the test key pair (tests/applications/conftest.py opens them).
        env={
            "SECRET_KEY": settings.SECRET_KEY,
            "MEDIA_ROOT": str(settings.MEDIA_ROOT),
            "ONION_LOCATION": ONION,
            "APPLICATIONS_PUBLIC_KEY": settings.APPLICATIONS_PUBLIC_KEY,
        },
    )
    try:
        instance.services["postgres"].start()
        copy_demo_database(source, instance)
        instance.start(prepare=("collectstatic --no-input --verbosity 0",))
        yield instance
    finally:
        instance.stop()
        shutil.rmtree(workdir, ignore_errors=True)


@pytest.fixture
def as_editor(stack, django_db_blocker, settings):
    """This process's database connection on the stack's database, its shared cache on the
    stack's Redis (an editor's change starts a new generation of home.caching there, as a
    publish in the admin does), and purges sent to the stack's Varnish, as in production
    (FRONTEND_CACHE_URL)."""
    connection = connections["default"]
    saved = dict(connection.settings_dict)
    postgres = stack.services["postgres"]
    connection.close()
    connection.settings_dict.update(
        {"HOST": "127.0.0.1", "PORT": str(postgres.port), "NAME": postgres.database}
    )
    connection.settings_dict.update({"USER": "postgres", "PASSWORD": ""})
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": f"redis://127.0.0.1:{stack.ports['redis']}/0",
        }
    }
    settings.WAGTAILFRONTENDCACHE = {
        "varnish": {
            "BACKEND": "home.frontend_cache.VarnishBackend",
            "LOCATION": f"http://127.0.0.1:{stack.ports['varnish']}",
        }
    }
    with django_db_blocker.unblock():
        try:
            yield stack
        finally:
            connection.close()
            connection.settings_dict.clear()
            connection.settings_dict.update(saved)


@pytest.fixture
def front(stack):
    """Requests to the front (nginx), as a reader's browser sends them: no cookie kept between
    requests, gzip accepted."""
    session = requests.Session()
    session.headers["Accept-Encoding"] = "gzip"
    session.cookies.set_policy(_NoCookies())

    def get(path, **options):
        options.setdefault("timeout", 10)
        options.setdefault("allow_redirects", False)
        return session.get(stack.url + path, **options)

    return get


class _NoCookies:
    """A cookie policy that keeps nothing (requests would otherwise send back what it got)."""

    netscape = True
    rfc2965 = hide_cookie2 = False

    def set_ok(self, cookie, request):
        return False

    def return_ok(self, cookie, request):
        return False

    def domain_return_ok(self, domain, request):
        return False

    def path_return_ok(self, path, request):
        return False
