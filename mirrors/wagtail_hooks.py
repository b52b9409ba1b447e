from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from mirrors.models import Mirror


class MirrorViewSet(SnippetViewSet):
    """The mirrors readers are shown in the footer, in Settings beside the site settings (what
    every page's footer shows). Drag the rows of the list to change their order (Wagtail's
    reordering, from `Orderable.sort_order`)."""

    model = Mirror
    icon = "globe"
    menu_label = _("Mirrors")
    add_to_settings_menu = True
    list_display = ["address", "run_by", "note"]
    search_fields = ["address", "run_by", "note"]


register_snippet(MirrorViewSet)
