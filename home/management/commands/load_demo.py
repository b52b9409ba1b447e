import time
from contextlib import ExitStack, contextmanager, suppress
from importlib import import_module
from importlib.util import find_spec

from django.apps import apps
from django.core.exceptions import ObjectDoesNotExist
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.db.models.signals import post_save
from django.test.utils import override_settings
from modelcluster.fields import ParentalKey
from wagtail.models import ReferenceIndex
from wagtail.search.index import get_indexed_models
from wagtail.search.signal_handlers import (
    post_save_signal_handler as search_post_save_signal_handler,
)
from wagtail.search.tasks import insert_or_update_object_task
from wagtail.signal_handlers import update_reference_index_on_save
from wagtail.tasks import update_reference_index_task

from home.locales import sync_locales_with_settings
from home.models import HomePage

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


@contextmanager
def indexes_updated_once():
    """While the demo loads, update the search index and Wagtail's reference index once per
    saved object, at the end, rather than after every save.

    Building a translated page saves it and its revisions many times; each save would run both
    indexing tasks, which read the object back from the database. Their result depends only on
    the object as it ends up, so `update_indexes` writes them once at the end. Objects deleted
    meanwhile are skipped (their delete handlers stay connected). It runs even when the load
    stops halfway, since a later run does not save again what exists.
    """
    connected = [
        *((search_post_save_signal_handler, model) for model in get_indexed_models()),
        *((update_reference_index_on_save, model) for model in ReferenceIndex.tracked_models),
    ]
    # Signal.disconnect says whether it was connected (a model may opt out of auto-update).
    handlers = [
        (handler, model)
        for handler, model in connected
        if post_save.disconnect(handler, sender=model)
    ]
    saved = {}

    def remember(sender, instance, raw=False, **kwargs):
        if not raw:
            saved.setdefault((sender, str(instance.pk)))

    post_save.connect(remember, weak=False, dispatch_uid="load_demo.indexes_updated_once")
    try:
        yield
    finally:
        post_save.disconnect(dispatch_uid="load_demo.indexes_updated_once")
        for handler, model in handlers:
            post_save.connect(handler, sender=model)
        update_indexes(
            saved,
            search={m for h, m in handlers if h is search_post_save_signal_handler},
            references={m for h, m in handlers if h is update_reference_index_on_save},
        )


def update_indexes(saved, *, search, references):
    """Bring the search index and the reference index up to date for the objects in `saved`
    ((model, pk) pairs in the order first saved), for the models whose handlers were held back
    (the sets `search` and `references`). Each index is written once per object, as its own
    handler would after the last save:

    - search: each object saved, through the same task as Wagtail's handler
      (`insert_or_update_object_task`), once, in the order first saved;
    - references: a child row of a page or snippet (a ParentalKey) is indexed as part of its
      parent, as Wagtail's task does; each parent once, however many children were saved.
    """
    by_model = {}
    for model, pk in saved:
        by_model.setdefault(model, []).append(pk)
    parents = {}
    for model, pks in by_model.items():
        if model in search:
            for pk in pks:
                with suppress(ObjectDoesNotExist):  # deleted since
                    insert_or_update_object_task.call(
                        model._meta.app_label, model._meta.model_name, pk
                    )
        if model in references:
            parental_key = next(
                (field for field in model._meta.get_fields() if isinstance(field, ParentalKey)),
                None,
            )
            if parental_key is None:
                parents.setdefault(model, {}).update(dict.fromkeys(pks))
            else:
                parent_pks = model.objects.filter(pk__in=pks).values_list(parental_key.attname)
                parents.setdefault(parental_key.related_model, {}).update(
                    dict.fromkeys(str(pk) for (pk,) in parent_pks)
                )
    for model, pks in parents.items():
        for pk in pks:
            with suppress(ObjectDoesNotExist):  # deleted since
                update_reference_index_task.call(model._meta.app_label, model._meta.model_name, pk)


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
        # DEBUG's query log times every query and, on SQLite, quotes its parameters with one more
        # query: not wanted for tens of thousands of them.
        with override_settings(DEBUG=False), no_flush_per_commit(), indexes_updated_once():
            self.load()
        self.stdout.write(
            self.style.SUCCESS(
                f"Demonstration content loaded in {time.monotonic() - started:.0f} s."
            )
        )

    def load(self):
        sync_locales_with_settings()
        modules = [
            (app.label, import_module(f"{app.name}.demo"))
            for app in apps.get_app_configs()
            if find_spec(app.name) is not None and find_spec(f"{app.name}.demo") is not None
        ]
        log = lambda line: self.stdout.write(f"  {line}")  # noqa: E731
        with ExitStack() as background:
            # Work that needs no database (the library's PDFs) starts first, to run beside the
            # apps' loading; `prepare` is optional.
            for _label, module in modules:
                if hasattr(module, "prepare"):
                    background.enter_context(module.prepare(log=log))
            # Not one big transaction: Wagtail and wagtail-localize finish some work in on-commit
            # hooks that must see each page as saved. A run cut short is completed by the next.
            for label, module in modules:
                self.stdout.write(f"Demo content: {label}")
                step = time.monotonic()
                module.load(log=log)
                self.stdout.write(f"  {label}: done in {time.monotonic() - step:.0f} s")
