from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.core.management.base import BaseCommand, CommandError

from mirrors import offline, signing


class Command(BaseCommand):
    help = (
        "Rebuild the offline library (one ZIP per language) of every language whose library "
        "changed since its archive was made, or that has none. Run by a timer "
        "(deploy/systemd/sheltercity-offline.timer); publishing never waits for it."
    )

    def add_arguments(self, parser):
        parser.add_argument("--all", action="store_true", help="rebuild every language")
        parser.add_argument(
            "--language", action="append", choices=[code for code, _ in settings.LANGUAGES]
        )

    def handle(self, *args, all=False, language=None, **options):
        try:
            key = signing.signing_key()
        except ImproperlyConfigured as error:
            raise CommandError(str(error)) from None
        if key is None:
            self.stderr.write(
                "No MIRROR_SIGNING_KEY: the archives are made without a signed manifest."
            )
        languages = language or ([code for code, _ in settings.LANGUAGES] if all else None)
        rows = offline.build_stale(key=key, languages=languages)
        for row in rows:
            self.stdout.write(
                f"{row.language}: {row.filename}, {row.resource_count} resources, "
                f"{row.size / 1024 / 1024:.1f} MB, SHA-256 {row.sha256}"
            )
        if not rows:
            self.stdout.write("Every offline library is up to date.")
