import secrets

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from environ import Env


class Command(BaseCommand):
    help = (
        "Make sure an administrator account exists. Uses DJANGO_SUPERUSER_USERNAME, "
        "DJANGO_SUPERUSER_PASSWORD and DJANGO_SUPERUSER_EMAIL when set; otherwise creates `admin` "
        "with a generated password, printed once."
    )

    def handle(self, *args, **options):
        env = Env()
        User = get_user_model()
        username = env.str("DJANGO_SUPERUSER_USERNAME", default="admin")
        password = env.str("DJANGO_SUPERUSER_PASSWORD", default="")
        email = env.str("DJANGO_SUPERUSER_EMAIL", default="admin@example.org")

        existing = User.objects.filter(is_superuser=True).order_by("pk").first()
        if existing is not None:
            self.stdout.write(
                f"Admin login: {existing.get_username()} (password as set before; change it "
                f"with `uv run python manage.py changepassword {existing.get_username()}`)"
            )
            return
        generated = not password
        if generated:
            password = secrets.token_urlsafe(12)
        User.objects.create_superuser(username=username, email=email, password=password)
        if generated:
            self.stdout.write(self.style.SUCCESS(f"Admin login created: {username} / {password}"))
            self.stdout.write("This password is shown only this once: note it now.")
        else:
            self.stdout.write(
                self.style.SUCCESS(
                    f"Admin login created: {username} (password from DJANGO_SUPERUSER_PASSWORD)"
                )
            )
