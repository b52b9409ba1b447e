from django import template
from wagtail.models import Page, WorkflowState

from editorial.review import is_out_of_date, translation_of

register = template.Library()


@register.inclusion_tag("editorial/review_panel.html", takes_context=True)
def review_panel(context, instance):
    """Above the translation editor: where the page is in its review, the button that sends
    it to its reviewers, and the one that brings in the source page's new text."""
    if not isinstance(instance, Page):
        return {"show": False}
    request = context["request"]
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
