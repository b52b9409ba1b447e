from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from applications import offline, sealing


class Command(BaseCommand):
    requires_system_checks = []
    help = (
        "In development settings with APPLICATIONS_PUBLIC_KEY unset, make the checkout's own "
        "key pair (APPLICATIONS_PUBLIC_KEY_DEV_FILE and the secret key beside it) when it does "
        "not exist yet; otherwise do nothing. What setup_site runs. A real key pair is made "
        "offline: `python -m applications.offline keygen`."
    )

    def handle(self, *args, **options):
        public_file = settings.APPLICATIONS_PUBLIC_KEY_DEV_FILE
        if not public_file or settings.APPLICATIONS_PUBLIC_KEY:
            return
        public_path = Path(public_file)
        secret_path = public_path.with_suffix(".key")
        if public_path.exists():
            return
        public_path.parent.mkdir(parents=True, exist_ok=True)
        secret, public = sealing.generate()
        try:
            offline.write_new(secret_path, sealing.secret_key_text(secret))
        except offline.Refused as problem:  # a secret key left without its public half
            raise CommandError(
                f"{problem}. Delete it to make a new development key pair."
            ) from None
        public_path.write_text(sealing.public_key_text(public) + "\n")
        self.stdout.write(
            f"Development key pair for applications: {public_path} and {secret_path} "
            "(development only: never seal real applications to it)."
        )
