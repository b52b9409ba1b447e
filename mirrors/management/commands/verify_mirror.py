from pathlib import Path

from django.core.exceptions import ImproperlyConfigured
from django.core.management.base import BaseCommand, CommandError

from mirrors import signing
from mirrors.manifest import check_directory


def public_key_argument(value):
    """The key's text from --public-key: a file holding it (the .pub file), else the key."""
    path = Path(value)
    try:
        if path.is_file():
            return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise CommandError(f"{value} cannot be read as a public key: {error}.") from None
    return value


class Command(BaseCommand):
    requires_system_checks = []  # no model, no database: works before the site is set up
    help = (
        "Check a copy of the static mirror against its signed MANIFEST: the signature, then the "
        "SHA-256 and size of every file, and no file missing or added. Exit status 0 when it is "
        "faithful; 1 with one line per problem otherwise."
    )

    def add_arguments(self, parser):
        parser.add_argument("directory", help="The mirror's folder (where MANIFEST is).")
        parser.add_argument(
            "--public-key",
            metavar="KEY_OR_FILE",
            help="The public key (base64, as `minisign -P` takes it) or a .pub file; by "
            "default the settings' key. Use the key the live site publishes, never one found "
            "in the mirror.",
        )

    def handle(self, *args, directory, public_key=None, **options):
        if public_key:
            key_text = public_key_argument(public_key)
        else:
            try:
                key_text = signing.public_key_file_text()
            except ImproperlyConfigured as error:
                raise CommandError(str(error)) from None
            if key_text is None:
                raise CommandError(
                    "No public key: pass --public-key with the key the live site publishes at "
                    "/.well-known/sheltercity-mirror.pub (no signing key in the settings)."
                )
        folder = Path(directory)
        if not folder.is_dir():
            raise CommandError(f"{directory} is not a folder.")
        try:
            result = check_directory(folder, key_text)
        except signing.MalformedPublicKey as error:
            raise CommandError(str(error)) from None
        if result.problems:
            for problem in result.problems:
                self.stderr.write(problem)
            count = len(result.problems)
            raise CommandError(
                f"{directory} is not a faithful copy: {count} problem{'s' if count > 1 else ''}.",
                returncode=1,
            )
        self.stdout.write(f"verified {result.files} files, key ID {result.key_id}")
        self.stdout.write(f"trusted comment: {result.trusted_comment}")
