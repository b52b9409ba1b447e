from datetime import UTC, datetime
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from home import backups


class Command(BaseCommand):
    help = (
        "Write one archive with a PostgreSQL dump, the media files (not the image renditions, "
        "made again on use) and a manifest of checksums. Without --output: a new archive in "
        "BACKUP_DIR, keeping the BACKUP_KEEP newest there."
    )
    # A backup must run even when a system check fails after an upgrade.
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument("--output", help="the archive to write (default: in BACKUP_DIR)")
        parser.add_argument("--database", default="default", help="the database alias")

    def handle(self, *args, output=None, database="default", **options):
        folder = None
        if output is None:
            folder = Path(settings.BACKUP_DIR)
            stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
            output = folder / f"sheltercity-{stamp}.tar"
        output = Path(output)
        if output.exists():
            raise CommandError(f"{output} exists already; choose another name.")
        try:
            manifest = backups.write_backup(output, alias=database)
        except backups.BackupError as error:
            raise CommandError(str(error)) from None
        size = output.stat().st_size
        media = len(manifest["members"]) - 1
        self.stdout.write(
            f"Wrote {output} ({size / 1024 / 1024:.1f} MB): the database and {media} media "
            f"files, PostgreSQL {manifest['postgresql']['server']}, "
            f"site version {manifest['site_version'] or 'unknown'}."
        )
        if folder is not None:
            for path in backups.prune(folder, settings.BACKUP_KEEP):
                self.stdout.write(f"Removed {path} (BACKUP_KEEP={settings.BACKUP_KEEP}).")
