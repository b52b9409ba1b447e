from django.apps import AppConfig


class OpenCallConfig(AppConfig):
    name = "opencall"
    verbose_name = "Open call"
    default_auto_field = "django.db.models.BigAutoField"
