import time

from django.core.exceptions import ImproperlyConfigured
from django.core.management.base import BaseCommand, CommandError

from mirrors import signing
from mirrors.mirror import MirrorError, export_into


class Command(BaseCommand):
    help = (
        "Write a static mirror of the public site into DIR: every public page of every "
        "language, the documents, images and stylesheet, with links relative to each file, and "
        "a MANIFEST of every file signed with MIRROR_SIGNING_KEY. It works from any host, any "
        "path prefix and file://."
    )

    def add_arguments(self, parser):
        parser.add_argument("directory", help="where to write the mirror (new or empty)")
        parser.add_argument(
            "--replace",
            action="store_true",
            help="replace DIR when it holds a mirror already (written beside it, then swapped)",
        )
        parser.add_argument(
            "--unsigned",
            action="store_true",
            help="write no signature (a copy nobody can check: for trying things out only)",
        )

    def handle(self, *args, directory, replace=False, unsigned=False, **options):
        try:
            key = None if unsigned else signing.required_key()
        except (signing.NoSigningKey, ImproperlyConfigured) as error:
            raise CommandError(f"{error} Or give --unsigned to try without one.") from None
        started = time.monotonic()
        try:
            export = export_into(directory, replace=replace, key=key)
        except MirrorError as error:
            raise CommandError(str(error)) from None
        seconds = time.monotonic() - started
        files = sorted(export.directory.rglob("*"))
        size = sum(path.stat().st_size for path in files if path.is_file())
        pages = sum(1 for name in export.written if name.endswith(".html"))
        self.stdout.write(
            f"Wrote {export.directory}: {pages} pages, {sum(1 for p in files if p.is_file())} "
            f"files, {size / 1024 / 1024:.1f} MB, in {seconds:.0f} s"
            + ("; unsigned." if unsigned else f"; signed with key ID {signing.key_id_text(key)}.")
        )
        if export.broken:
            lines = [
                f"  {key} (linked from {', '.join(sorted(map(str, referrers))) or 'the start'})"
                for key, referrers in sorted(export.broken.items())
            ]
            raise CommandError(
                f"{len(export.broken)} links lead nowhere in the copy:\n" + "\n".join(lines)
            )
