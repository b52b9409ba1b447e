import time
from contextlib import contextmanager
from importlib import import_module
from importlib.util import find_spec

from django.apps import apps
from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from home.locales import sync_locales_with_settings

# The libraries of the `demo` dependency group (pyproject.toml), left out of a production
# install: the demo modules import them, so this command imports those modules only here.
DEMO_LIBRARIES = ("factory", "wagtail_factories", "fpdf", "uharfbuzz", "yaml")


def missing_demo_libraries():
    missing = []
    for name in DEMO_LIBRARIES:
        try:
            found = find_spec(name) is not None
        except ImportError:
            found = False
        if not found:
            missing.append(name)
    return missing


@contextmanager
def no_flush_per_commit():
    """On SQLite (`make run`), do not wait for the disk after every commit while the demo loads:
    it commits thousands of times, each some milliseconds of flushing on a plain disk. SQLite
    keeps the file consistent if the process stops (the OS or power failing could damage it:
    `make clean` starts again). Other databases are left as they are."""
    if connection.vendor != "sqlite":
        yield
        return
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA synchronous")
        (previous,) = cursor.fetchone()
        cursor.execute("PRAGMA synchronous = OFF")
    try:
        yield
    finally:
        with connection.cursor() as cursor:
            cursor.execute(f"PRAGMA synchronous = {int(previous)}")


class Command(BaseCommand):
    help = (
        "Load the demonstration content: the same every time, never duplicated, never "
        "overwriting an editor's changes. Each app contributes its own `demo` module, in "
        "INSTALLED_APPS order, so `home` never imports the domain apps. Needs the `demo` "
        "dependency group (uv sync --group demo)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--if-empty",
            action="store_true",
            help="Do nothing when the site already has a home page (what `make run` uses).",
        )

    def handle(self, *args, if_empty=False, **options):
        from home.models import HomePage

        if if_empty and HomePage.objects.exists():
            self.stdout.write("The site has content already; demo content not loaded.")
            return
        missing = missing_demo_libraries()
        if missing:
            raise CommandError(
                f"The demo content needs {', '.join(missing)}, from the demo dependency group: "
                "install the demo group: uv sync --group demo"
            )
        started = time.monotonic()
        with no_flush_per_commit():
            self.load()
        self.stdout.write(
            self.style.SUCCESS(
                f"Demonstration content loaded in {time.monotonic() - started:.0f} s."
            )
        )

    def load(self):
        sync_locales_with_settings()
        # Not one big transaction: Wagtail and wagtail-localize finish some work in on-commit
        # hooks that must see each page as saved. A run cut short is completed by the next one.
        for app in apps.get_app_configs():
            module_name = f"{app.name}.demo"
            if find_spec(app.name) is None or find_spec(module_name) is None:
                continue
            self.stdout.write(f"Demo content: {app.label}")
            step = time.monotonic()
            import_module(module_name).load(log=lambda line: self.stdout.write(f"  {line}"))
            self.stdout.write(f"  {app.label}: done in {time.monotonic() - step:.0f} s")
