from django.conf import settings
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component

from editorial import history, localize_overrides, views
from editorial.localize_overrides import BEFORE_WAGTAIL_LOCALIZE
from editorial.reports import TranslationStatusView
from editorial.roles import languages_of
from editorial.status import STATES, counts, page_rows, snippet_rows


# Before wagtail-localize's, whose sync page one of them takes the place of (localize_overrides).
@hooks.register("register_admin_urls", order=BEFORE_WAGTAIL_LOCALIZE)
def register_admin_urls():
    return [
        *localize_overrides.admin_urls(),
        *history.admin_urls(),
        path("editorial/submit/<int:page_id>/", views.submit, name="editorial_submit"),
        path("editorial/sync/<int:page_id>/", views.sync, name="editorial_sync_translation"),
        path("reports/translations/", TranslationStatusView.as_view(), name="editorial_status"),
        path(
            "reports/translations/results/",
            TranslationStatusView.as_view(results_only=True),
            name="editorial_status_results",
        ),
    ]


# Before wagtail-localize's, which opens its translation editor (localize_overrides).
hooks.register(
    "before_edit_snippet",
    localize_overrides.guard_snippet_translation_editor,
    order=BEFORE_WAGTAIL_LOCALIZE,
)


# Before wagtail-localize's, which answers a translation's edit page with its editor.
hooks.register("before_edit_page", views.compare_first, order=BEFORE_WAGTAIL_LOCALIZE)

# wagtail-localize's "Convert to alias page", for those who may publish the page (override 7).
hooks.register("construct_page_action_menu", localize_overrides.hide_convert_to_alias)


@hooks.register("register_reports_menu_item")
def translation_status_menu_item():
    return MenuItem(
        _("Translation status"),
        reverse("editorial_status"),
        name="translation-status",
        icon_name="globe",
        order=800,
    )


class TranslationStatusPanel(Component):
    """The dashboard's count of translation states in the user's languages."""

    name = "translation_status"
    order = 150
    template_name = "editorial/status_panel.html"

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context=None):
        languages = languages_of(self.user)
        names = dict(settings.LANGUAGES)
        tally = counts(page_rows(languages) + snippet_rows(languages), languages)
        return {
            "languages": [names[code] for code in languages],
            "counts": [(key, label, tally.get(key, 0)) for key, label in STATES.items()],
            "report_url": reverse("editorial_status"),
        }


@hooks.register("construct_homepage_panels")
def add_translation_status_panel(request, panels):
    if languages_of(request.user):
        panels.append(TranslationStatusPanel(request.user))
