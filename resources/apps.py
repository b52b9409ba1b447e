from django.apps import AppConfig


class ResourcesConfig(AppConfig):
    """The resource library (self-care and digital-security material). Its models, pages and
    downloads arrive with the resource library issue; the app is registered from the start so
    the layout and the order of migrations are settled."""

    name = "resources"
    verbose_name = "Resource library"
    default_auto_field = "django.db.models.BigAutoField"
