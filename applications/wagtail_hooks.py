from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from applications.staff import ApplicationsView, DownloadView, may_select


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path("applications/", ApplicationsView.as_view(), name="applications_index"),
        path(
            "applications/<uuid:call_key>/download/",
            DownloadView.as_view(),
            name="applications_download",
        ),
    ]


class SelectionTeamMenuItem(MenuItem):
    def is_shown(self, request):
        return may_select(request.user)


@hooks.register("register_admin_menu_item")
def applications_menu_item():
    return SelectionTeamMenuItem(
        _("Applications"),
        reverse("applications_index"),
        name="applications",
        icon_name="form",
        order=250,
    )
