"""Admin reports: resources whose review is overdue, and downloads per file (daily totals)."""

import datetime

from django.db.models import Q, Sum
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import LocaleFilter, WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, LocaleColumn, NumberColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.coreutils import get_content_languages

from resources.models import ResourceDocument, ResourcePage

RECENT_DAYS = 30


class OverdueReviewsFilterSet(WagtailFilterSet):
    locale = LocaleFilter(
        label=_("Language"),
        choices=lambda: list(get_content_languages().items()),
        empty_label=None,
        null_label=_("All"),
        null_value=None,
    )

    class Meta:
        model = ResourcePage
        fields = ["locale"]


class OverdueReviewsView(ReportView):
    """Every resource, in every language, whose review date has passed: oldest first."""

    page_title = _("Resources due for review")
    header_icon = "time"
    index_url_name = "resources_overdue_reviews"
    index_results_url_name = "resources_overdue_reviews_results"
    filterset_class = OverdueReviewsFilterSet
    columns = [
        TitleColumn("title", label=_("Resource"), url_name="wagtailadmin_pages:edit"),
        LocaleColumn(),
        DateColumn("last_reviewed", label=_("Last reviewed on")),
        DateColumn("review_due", label=_("Review due on")),
    ]
    list_export = ["title", "locale", "last_reviewed", "review_due", "full_url"]
    export_headings = {
        "title": _("Resource"),
        "locale": _("Language"),
        "last_reviewed": _("Last reviewed on"),
        "review_due": _("Review due on"),
        "full_url": _("Address"),
    }

    def get_queryset(self):
        return (
            ResourcePage.objects.filter(review_due__lt=timezone.localdate())
            .select_related("locale")
            .defer_streamfields()
            .order_by("review_due", "title")
        )


class DownloadsView(ReportView):
    """How often each file was downloaded: in all, and in the last 30 days."""

    page_title = _("Downloads")
    header_icon = "download"
    index_url_name = "resources_downloads"
    index_results_url_name = "resources_downloads_results"
    columns = [
        TitleColumn("title", label=_("File"), url_name="wagtaildocs:edit"),
        Column("language", label=_("Language"), accessor="get_language_display"),
        NumberColumn("recent", label=_("Last 30 days")),
        NumberColumn("total", label=_("In all")),
    ]
    list_export = ["title", "language", "recent", "total"]
    export_headings = {
        "title": _("File"),
        "language": _("Language"),
        "recent": _("Last 30 days"),
        "total": _("In all"),
    }

    def get_queryset(self):
        since = timezone.localdate() - datetime.timedelta(days=RECENT_DAYS)
        return ResourceDocument.objects.annotate(
            total=Coalesce(Sum("download_counts__count"), 0),
            recent=Coalesce(
                Sum("download_counts__count", filter=Q(download_counts__day__gt=since)), 0
            ),
        ).order_by("-recent", "-total", "title")
