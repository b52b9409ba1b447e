"""The translation actions above wagtail-localize's editor (templates/editorial/review_panel.html).
The translation status report is in reports.py; the views that take the place of
wagtail-localize's are in localize_overrides.py."""

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.admin import messages as admin_messages
from wagtail.models import Page

from editorial.review import ReviewError, bring_in_changes, submit_for_review, translation_of


def _on_translation(request, page_id, act, failure):
    """Run `act(page)` on a page the user may edit; it returns the success message, or raises
    ReviewError, shown with `failure`. Back to the page's editor either way."""
    page = get_object_or_404(Page, pk=page_id).specific
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    try:
        messages.success(request, act(page))
    except ReviewError as error:
        messages.error(request, failure % {"page": page.title, "reason": error})
    return redirect("wagtailadmin_pages:edit", page.pk)


@require_POST
def submit(request, page_id):
    """A translator (or editor) sends a translation to its language's reviewers."""

    def act(page):
        state = submit_for_review(page, request.user)
        return _("“%(page)s” is waiting for review: %(workflow)s.") % {
            "page": page.title,
            "workflow": state.workflow.name,
        }

    failure = _("“%(page)s” could not be submitted for review: %(reason)s")
    return _on_translation(request, page_id, act, failure)


@require_POST
def sync(request, page_id):
    """A translator brings the source page's published changes into their translation."""

    def act(page):
        translation = translation_of(page)
        if translation is None:
            raise ReviewError(_("it is not a translation"))
        bring_in_changes(translation)
        return _("The changes are in the editor: translate what is new, then submit for review.")

    failure = _("The changes could not be brought into “%(page)s”: %(reason)s")
    return _on_translation(request, page_id, act, failure)


# The query parameter of the editor's address that the comparison links to, so that opening the
# editor from it does not lead back to the comparison.
FROM_COMPARISON = "review"
# The revisions whose comparison a reviewer has been shown (in their admin session): the
# comparison comes first once per revision, then the editor opens as usual (its "Edit" link,
# a reload).
COMPARED = "editorial_compared_revisions"


def compare_first(request, page):
    """`before_edit_page`, run before wagtail-localize's editor: a reviewer opening a live
    translation with someone else's changes waiting lands first on Wagtail's comparison of the
    live version with the latest revision, with a button to the editor (and its Publish)."""
    if request.method != "GET" or FROM_COMPARISON in request.GET:
        return None
    if page.locale.language_code == settings.LANGUAGE_CODE or not page.live:
        return None
    latest = page.get_latest_revision()
    if latest is None or latest.pk == page.live_revision_id or latest.user_id == request.user.pk:
        return None
    if not page.permissions_for_user(request.user).can_publish():
        return None
    compared = request.session.get(COMPARED, [])
    if latest.pk in compared:
        return None
    request.session[COMPARED] = [*compared[-49:], latest.pk]
    editor = reverse("wagtailadmin_pages:edit", args=[page.pk]) + f"?{FROM_COMPARISON}=edit"
    admin_messages.info(
        request,
        _(
            "Before you publish: this is what changed since the live version of “%(page)s” "
            "(in red what readers see now, in green what they will see)."
        )
        % {"page": page.get_admin_display_title()},
        buttons=[admin_messages.button(editor, _("Open the editor to publish"))],
    )
    return redirect("wagtailadmin_pages:revisions_compare", page.pk, "live", str(latest.pk))
