from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from home import backups


class Command(BaseCommand):
    help = (
        "Restore an archive written by `backup`: every member is checked against the manifest "
        "first, then the database and MEDIA_ROOT are restored. Both must be empty unless --force."
    )
    # The database is empty before a restore: checks that read it cannot run.
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument("archive", help="the archive written by `manage.py backup`")
        parser.add_argument("--database", default="default", help="the database alias")
        parser.add_argument(
            "--force",
            action="store_true",
            help="drop the database's tables first, and write over files in MEDIA_ROOT",
        )
        parser.add_argument(
            "--check", action="store_true", help="only verify the archive; restore nothing"
        )

    def handle(self, *args, archive, database="default", force=False, check=False, **options):
        try:
            if check:
                manifest = backups.verify(archive)
            else:
                manifest = backups.restore(archive, alias=database, force=force)
        except backups.BackupError as error:
            raise CommandError(str(error)) from None
        files = len(manifest["members"]) - 1
        if check:
            self.stdout.write(
                f"{archive}: every member matches the manifest (the database and {files} media "
                f"files, written {manifest.get('created')})."
            )
            return
        self.stdout.write(
            f"Restored the database and {files} media files from {archive} "
            f"(written {manifest.get('created')}, site version "
            f"{manifest.get('site_version') or 'unknown'})."
        )
        missing, unknown = backups.migration_differences(manifest, alias=database)
        if unknown:
            self.stdout.write(
                f"The backup has migrations this code does not know ({', '.join(unknown[:5])}"
                f"{'…' if len(unknown) > 5 else ''}): run the site version it was made with."
            )
        if missing:
            self.stdout.write(f"{len(missing)} newer migrations to apply: run `manage.py migrate`.")
        self.stdout.write(
            "Image renditions are made again on first use"
            + (
                "; rebuild the search index: `manage.py update_index`."
                if settings.ELASTICSEARCH_URL
                else "."
            )
        )
        from django.core.cache import caches

        for cache in caches.all():
            cache.clear()  # cached menus and site paths of the database that was there before
