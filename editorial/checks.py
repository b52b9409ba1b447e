"""System checks: every translatable snippet says whether the language roles translate it.

The translatable snippets that editorial/ covers (roles' permissions, the edit view guarded by
language, the status report) are not listed here: each model declares it,
`translated_by_language_roles = True` (or `False` to leave it out on purpose), and
`roles.translated_snippet_models()` reads them from Wagtail's snippet registry. These checks
make sure a new translatable snippet (or a translatable setting) cannot be forgotten.
"""

from django.apps import apps
from django.core import checks
from wagtail.models import TranslatableMixin
from wagtail.snippets.models import get_snippet_models

from editorial.roles import TRANSLATED_BY_ROLES


def registered_translatable_models():
    """Translatable models registered with Wagtail: snippets, and settings
    (wagtail.contrib.settings) when that app is installed."""
    registered = list(get_snippet_models())
    if apps.is_installed("wagtail.contrib.settings"):
        from wagtail.contrib.settings.registry import registry

        registered += [model for model in registry if model not in registered]
    return [model for model in registered if issubclass(model, TranslatableMixin)]


def declaration_errors(models, snippets):
    """Errors for the `models` that are translatable but do not declare
    `translated_by_language_roles` (True or False), or that declare True but are not
    translatable snippets (among `snippets`)."""
    errors = []
    for model in models:
        declared = getattr(model, TRANSLATED_BY_ROLES, None)
        translatable = issubclass(model, TranslatableMixin)
        if declared is True and not (translatable and model in snippets):
            errors.append(
                checks.Error(
                    f"{model._meta.label} sets `{TRANSLATED_BY_ROLES} = True` but is not a "
                    "translatable snippet: editorial/ covers translatable snippets only.",
                    hint=(
                        "Make it a TranslatableMixin model registered as a snippet (like "
                        f"home.SiteSettings), or set `{TRANSLATED_BY_ROLES} = False`."
                    ),
                    obj=model,
                    id="editorial.E002",
                )
            )
        elif translatable and not isinstance(declared, bool):
            errors.append(
                checks.Error(
                    f"{model._meta.label} is translatable but does not say whether the "
                    "language roles (editorial/) translate it.",
                    hint=(
                        f"Set `{TRANSLATED_BY_ROLES} = True` on the model so that translators "
                        "and reviewers get its permissions, its edit view is guarded by language "
                        "and the translation status report lists it; or `= False` to leave it "
                        "out on purpose."
                    ),
                    obj=model,
                    id="editorial.E001",
                )
            )
    return errors


def check_translatable_snippets(app_configs=None, **kwargs):
    """editorial.E001 and E002 over Wagtail's registered snippets and settings, and every model
    that declares `translated_by_language_roles = True`."""
    models = registered_translatable_models()
    models += [
        model
        for model in apps.get_models()
        if getattr(model, TRANSLATED_BY_ROLES, None) is True and model not in models
    ]
    if app_configs is not None:
        models = [model for model in models if model._meta.app_config in app_configs]
    return declaration_errors(models, get_snippet_models())
