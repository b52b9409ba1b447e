import os
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.core.management.base import BaseCommand, CommandError
from nacl.signing import SigningKey

from mirrors import signing


def write_secret(path, seed_text):
    """Write the secret key to a new file only its owner can read; never over an existing one."""
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        raise CommandError(
            f"{path} exists already: it may be the key that signed published mirrors. "
            "Choose another file (or remove that one knowingly)."
        ) from None
    except OSError as error:
        raise CommandError(f"{path} cannot be written: {error.strerror}.") from None
    with os.fdopen(descriptor, "w") as file:
        file.write(seed_text + "\n")


class Command(BaseCommand):
    requires_system_checks = []  # no model, no database: works before the site is set up
    help = (
        "The Ed25519 key that signs the static mirror (minisign format). `generate` makes a new "
        "one; `show` prints the settings' public key and key ID; `dev-key` makes the "
        "development key `make run` uses (what setup_site runs)."
    )

    def add_arguments(self, parser):
        actions = parser.add_subparsers(dest="action", required=True)
        generate = actions.add_parser("generate", help="Make a new secret key.")
        generate.add_argument(
            "--output",
            metavar="FILE",
            help="Write the secret key to this new file (mode 0600) for MIRROR_SIGNING_KEY_FILE; "
            "without it, print it for MIRROR_SIGNING_KEY.",
        )
        actions.add_parser("show", help="Print the public key and key ID of the settings' key.")
        actions.add_parser(
            "dev-key",
            help="In development settings, make MIRROR_SIGNING_KEY_DEV_FILE when it is the key "
            "in use and does not exist yet; otherwise do nothing.",
        )

    def handle(self, *args, action, **options):
        getattr(self, action.replace("-", "_"))(**options)

    def describe(self, key):
        self.stdout.write(f"Public key: {signing.public_key_text(key)}")
        self.stdout.write(f"Key ID: {signing.key_id_text(key)}")

    def generate(self, output=None, **options):
        key = SigningKey.generate()
        seed = signing.seed_text(key)
        if output:
            path = Path(output).absolute()
            write_secret(path, seed)
            self.stdout.write(f"Secret key written to {path} (readable by its owner only).")
            self.stdout.write("Put in the environment of the machine that exports the mirror:")
            self.stdout.write(f"MIRROR_SIGNING_KEY_FILE={path}")
        else:
            self.stdout.write(
                "Secret key (keep it secret; put it in the environment of the machine that "
                "exports the mirror, or use --output FILE to keep it out of the terminal):"
            )
            self.stdout.write(f"MIRROR_SIGNING_KEY={seed}")
        self.describe(key)
        self.stdout.write(
            "The live site publishes the public key at /.well-known/sheltercity-mirror.pub "
            "once its settings hold the key."
        )

    def show(self, **options):
        try:
            self.describe(signing.required_key())
        except (signing.NoSigningKey, ImproperlyConfigured) as error:
            raise CommandError(str(error)) from None

    def dev_key(self, **options):
        path = settings.MIRROR_SIGNING_KEY_DEV_FILE
        if not path or settings.MIRROR_SIGNING_KEY or path != settings.MIRROR_SIGNING_KEY_FILE:
            return
        path = Path(path)
        if path.exists():
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        write_secret(path, signing.seed_text(SigningKey.generate()))
        self.stdout.write(
            f"A development key to sign mirrors, {path}: for this checkout only (key ID "
            f"{signing.key_id_text()})."
        )
