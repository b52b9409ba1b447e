"""History by language: a translator sees the history of their own languages' content only.

Wagtail shows a snippet's history, and lists it in the site history report, to anyone with a
permission on the snippet's model, which covers every language at once (page history is
already limited by each language's tree). Here the translated snippets' history views and the
site history report leave out the languages the user does not work in
(`editorial.roles.user_works_in`).
"""

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.shortcuts import get_object_or_404
from django.urls import path
from wagtail.admin.auth import require_admin_access
from wagtail.admin.views.reports.audit_logging import LogEntriesView
from wagtail.models import ModelLogEntry

from editorial.roles import translated_snippet_models, user_languages, user_works_in


def snippet_history(model):
    """The history view of `model`'s snippet viewset, for users who work in the language of
    the snippet asked for; 403 for others."""
    upstream = model.snippet_viewset.history_view

    def view(request, pk, *args, **kwargs):
        instance = get_object_or_404(model.objects.select_related("locale"), pk=pk)
        if not user_works_in(request.user, instance.locale.language_code):
            raise PermissionDenied
        return upstream(request, pk, *args, **kwargs)

    return view


def admin_urls():
    """Registered before the snippet viewsets' own URLs (editorial/wagtail_hooks.py), at the
    same addresses."""
    return [
        path(
            f"snippets/{model._meta.app_label}/{model._meta.model_name}/history/<str:pk>/",
            snippet_history(model),
            name=f"editorial_history_{model._meta.app_label}_{model._meta.model_name}",
        )
        for model in translated_snippet_models()
    ]


class SiteHistoryView(LogEntriesView):
    """Wagtail's site history report, without the translated snippets of other languages."""

    def filter_queryset(self, queryset):
        queryset = super().filter_queryset(queryset)
        user = self.request.user
        if queryset.model is not ModelLogEntry or user.is_superuser:
            return queryset
        languages = user_languages(user)
        for model in translated_snippet_models():
            own = model.objects.filter(locale__language_code__in=languages).values_list(
                "pk", flat=True
            )
            queryset = queryset.exclude(
                Q(content_type=ContentType.objects.get_for_model(model))
                & ~Q(object_id__in=[str(pk) for pk in own])
            )
        return queryset


def site_history_urls():
    """For the project's URLconf, before Wagtail's admin: the report at Wagtail's addresses
    (Wagtail's own `reports/` URLs come before any hook's)."""
    return [
        path(
            "admin/reports/site-history/",
            require_admin_access(SiteHistoryView.as_view()),
            name="editorial_site_history",
        ),
        path(
            "admin/reports/site-history/results/",
            require_admin_access(SiteHistoryView.as_view(results_only=True)),
            name="editorial_site_history_results",
        ),
    ]
