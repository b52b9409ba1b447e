from django.apps import AppConfig


class EditorialConfig(AppConfig):
    """How editors and translators work: roles per language, a review workflow per language,
    what is missing or out of date in each language. It reads the domain apps; none of them
    imports it."""

    name = "editorial"
    verbose_name = "Editorial workflow"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.core import checks

        from editorial import signals  # noqa: F401
        from editorial.checks import check_translatable_snippets

        checks.register(check_translatable_snippets, checks.Tags.models)
