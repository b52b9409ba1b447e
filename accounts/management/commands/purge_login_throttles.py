from django.core.management.base import BaseCommand

from accounts import throttle


class Command(BaseCommand):
    help = (
        "Delete the failed sign-in records no lock needs any more (every sign-in attempt does "
        "it too); --all deletes every record, lifting every lock."
    )

    def add_arguments(self, parser):
        parser.add_argument("--all", action="store_true", help="also lift the current locks")

    def handle(self, *args, **options):
        if options["all"]:
            deleted, _ = throttle.LoginThrottle.objects.all().delete()
        else:
            deleted = throttle.forget_expired()
        self.stdout.write(f"Deleted {deleted} failed sign-in record(s).")
