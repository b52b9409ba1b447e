from django import template
from wagtail.models import Page, WorkflowState

from editorial.review import is_out_of_date, pending_changes, translation_of
from editorial.roles import group_names, may_publish_in

register = template.Library()


@register.inclusion_tag("editorial/review_panel.html", takes_context=True)
def review_panel(context, instance):
    """Above the translation editor: where the page is in its review, the button that sends
    it to its reviewers, and the one that brings in the source page's new text."""
    request = context["request"]
    if not isinstance(instance, Page):
        return snippet_review(request, instance)
    workflow = instance.get_workflow()
    state = instance.current_workflow_state
    perms = instance.permissions_for_user(request.user)
    translation = translation_of(instance)
    return {
        "show": workflow is not None,
        "page": instance,
        "workflow": workflow,
        "state": state,
        "waiting": state is not None and state.status == WorkflowState.STATUS_IN_PROGRESS,
        "needs_changes": state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES,
        "comment": state.current_task_state.comment if state and state.current_task_state else "",
        "can_submit": perms.can_edit(),
        "out_of_date": translation is not None and is_out_of_date(translation),
        "source_locale": translation.source.locale if translation else None,
        "request": request,
    }


def snippet_review(request, instance):
    """For a snippet's translation, to those who publish it in its language: what publishing
    would change in the live snippet (a snippet has no revisions to compare)."""
    language = instance.locale.language_code
    user = request.user
    if not (user.is_superuser or may_publish_in(group_names(user), language)):
        return {"show": False}
    translation = translation_of(instance)
    if translation is None:
        return {"show": False}
    return {
        "show": True,
        "snippet": instance,
        "language": instance.locale.get_display_name(),
        "changes": pending_changes(translation),
    }
