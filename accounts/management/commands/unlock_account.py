from django.core.management.base import BaseCommand

from accounts import throttle


class Command(BaseCommand):
    help = "Lift the sign-in lock of a username and forget its failed sign-ins."

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, *args, username, **options):
        if throttle.unlock(username):
            self.stdout.write(self.style.SUCCESS(f"{username} can sign in again."))
        else:
            self.stdout.write(f"{username} had no failed sign-ins on record.")
