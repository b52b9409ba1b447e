from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from resources.downloads import before_serve
from resources.models import Topic
from resources.reports import DownloadsView, OverdueReviewsView


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    menu_label = _("Topics")
    menu_order = 310
    add_to_admin_menu = True
    list_display = ["name", "slug"]
    search_fields = ["name"]


register_snippet(TopicViewSet)


# After Wagtail's own check of private collections, so that a refused request is not counted.
hooks.register("before_serve_document", before_serve, order=100)


@hooks.register("register_admin_urls")
def report_urls():
    return [
        path(
            "reports/overdue-reviews/",
            OverdueReviewsView.as_view(),
            name="resources_overdue_reviews",
        ),
        path(
            "reports/overdue-reviews/results/",
            OverdueReviewsView.as_view(results_only=True),
            name="resources_overdue_reviews_results",
        ),
        path("reports/downloads/", DownloadsView.as_view(), name="resources_downloads"),
        path(
            "reports/downloads/results/",
            DownloadsView.as_view(results_only=True),
            name="resources_downloads_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def overdue_reviews_menu_item():
    return MenuItem(
        _("Resources due for review"),
        reverse("resources_overdue_reviews"),
        name="overdue-reviews",
        icon_name="time",
        order=900,
    )


@hooks.register("register_reports_menu_item")
def downloads_menu_item():
    return MenuItem(
        _("Downloads"),
        reverse("resources_downloads"),
        name="downloads",
        icon_name="download",
        order=910,
    )
