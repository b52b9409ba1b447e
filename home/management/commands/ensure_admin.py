import secrets

from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from environ import Env


class Command(BaseCommand):
    help = (
        "Make sure an administrator account exists. Uses DJANGO_SUPERUSER_USERNAME, "
        "DJANGO_SUPERUSER_PASSWORD and DJANGO_SUPERUSER_EMAIL when set; otherwise creates `admin` "
        "with a generated password, printed once. The password must pass the site's password "
        "policy (AUTH_PASSWORD_VALIDATORS). As a superuser, the admin sets up two-factor "
        "authentication at the first sign-in (accounts/policy.py)."
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
            password = secrets.token_urlsafe(18)  # 24 characters from a 64-letter alphabet
        try:
            validate_password(password, User(username=username, email=email))
        except ValidationError as error:
            raise CommandError(
                "DJANGO_SUPERUSER_PASSWORD is refused: " + " ".join(error.messages)
            ) from error
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
        self.stdout.write(
            "At the first sign-in the admin asks you to set up two-factor authentication: "
            "have an authenticator app on your phone ready (FreeOTP, Aegis, Google Authenticator…)."
        )
