from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.models import Page

from editorial.review import ReviewError, submit_for_review


@require_POST
def submit(request, page_id):
    page = get_object_or_404(Page, pk=page_id).specific
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    try:
        state = submit_for_review(page, request.user)
    except ReviewError as error:
        messages.error(
            request,
            _("“%(page)s” could not be submitted for review: %(reason)s")
            % {"page": page.title, "reason": error},
        )
    else:
        messages.success(
            request,
            _("“%(page)s” is waiting for review: %(workflow)s.")
            % {"page": page.title, "workflow": state.workflow.name},
        )
    return redirect("wagtailadmin_pages:edit", page.pk)
