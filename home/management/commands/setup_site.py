from django.core.management import call_command
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = (
        "What `make run` does before serving, in one process (each new one spends seconds "
        "importing Wagtail): the system checks and `migrate`, then `load_demo --if-empty`, then "
        "`ensure_admin`, the development key that signs mirrors (`mirror_key dev-key`), the "
        "development key pair applications are sealed to (`applications_dev_key`), and the "
        "offline libraries that are missing or out of date (`build_offline_libraries`)."
    )

    def handle(self, *args, **options):
        output = {"stdout": options.get("stdout"), "stderr": options.get("stderr")}
        call_command("migrate", interactive=False, skip_checks=False, verbosity=1, **output)
        call_command("load_demo", if_empty=True, **output)
        call_command("ensure_admin", **output)
        # Only with the development settings (MIRROR_SIGNING_KEY_DEV_FILE): a no-op otherwise.
        call_command("mirror_key", "dev-key", **output)
        call_command("applications_dev_key", **output)
        # Each language's offline library, when missing or out of date (a timer does it in
        # production, deploy/systemd/sheltercity-offline.timer).
        call_command("build_offline_libraries", **output)
