from importlib import import_module
from importlib.util import find_spec

from django.apps import apps
from django.core.management.base import BaseCommand

from home.locales import sync_locales_with_settings


class Command(BaseCommand):
    help = (
        "Load the demonstration content: the same every time, never duplicated, never "
        "overwriting an editor's changes. Each app contributes its own `demo` module, in "
        "INSTALLED_APPS order, so `home` never imports the domain apps."
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
        sync_locales_with_settings()
        # Not one big transaction: Wagtail and wagtail-localize finish some work in on-commit
        # hooks that must see each page as saved. A run cut short is completed by the next one.
        for app in apps.get_app_configs():
            module_name = f"{app.name}.demo"
            if find_spec(app.name) is None or find_spec(module_name) is None:
                continue
            self.stdout.write(f"Demo content: {app.label}")
            import_module(module_name).load(log=lambda line: self.stdout.write(f"  {line}"))
        self.stdout.write(self.style.SUCCESS("Demonstration content loaded."))
