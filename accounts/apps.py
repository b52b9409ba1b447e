from django.apps import AppConfig


class AccountsConfig(AppConfig):
    """The editors' accounts: a second factor at sign-in (TOTP with recovery codes, on
    django-otp), sign-in throttling by account and the admin session's lifetime. Readers never
    sign in; nothing here runs for a public page."""

    name = "accounts"
    verbose_name = "Accounts"
    default_auto_field = "django.db.models.BigAutoField"
