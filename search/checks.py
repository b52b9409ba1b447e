"""Start-up checks: every page type says whether readers find it in search.

A page type declares `search_result_type` (a home.models.SearchResultType, or None to stay out
of search). One that says neither would silently be missing from search, so the site refuses
to start until it does (Django's system checks run on `runserver`, `migrate`, `check`...).
"""

from django.core import checks
from wagtail.models import Page, get_page_models

from home.models import SearchResultType

MISSING = object()


def undeclared_page_types(models):
    return [
        model
        for model in models
        if model is not Page and getattr(model, "search_result_type", MISSING) is MISSING
    ]


@checks.register(checks.Tags.models)
def check_search_result_types(app_configs=None, models=None, **kwargs):
    models = get_page_models() if models is None else models
    errors = [
        checks.Error(
            f"The page type {model._meta.label} does not say whether readers find it in search.",
            hint=(
                "Set `search_result_type = SearchResultType(key, label, order=...)` on the model "
                "to list it in search results, or `search_result_type = None` to leave it out."
            ),
            obj=model,
            id="sitesearch.E001",
        )
        for model in undeclared_page_types(models)
    ]
    declared = [
        (model, kind)
        for model in models
        if isinstance(kind := getattr(model, "search_result_type", None), SearchResultType)
    ]
    keys = {}
    for model, kind in declared:
        if kind.key in keys and keys[kind.key] is not model:
            errors.append(
                checks.Error(
                    f"{model._meta.label} and {keys[kind.key]._meta.label} both use the search "
                    f"result type '{kind.key}'.",
                    hint="Give each page type its own key: it is the search page's `type` value.",
                    obj=model,
                    id="sitesearch.E002",
                )
            )
        keys.setdefault(kind.key, model)
    return errors
