from django import template
from wagtail.models import Page, WorkflowState

register = template.Library()


@register.inclusion_tag("editorial/review_panel.html", takes_context=True)
def review_panel(context, instance):
    """Above the translation editor: where the page is in its review, and the button that
    sends it to its reviewers."""
    if not isinstance(instance, Page):
        return {"show": False}
    request = context["request"]
    workflow = instance.get_workflow()
    state = instance.current_workflow_state
    perms = instance.permissions_for_user(request.user)
    return {
        "show": workflow is not None,
        "page": instance,
        "workflow": workflow,
        "state": state,
        "waiting": state is not None and state.status == WorkflowState.STATUS_IN_PROGRESS,
        "needs_changes": state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES,
        "comment": state.current_task_state.comment if state and state.current_task_state else "",
        "can_submit": perms.can_edit(),
        "request": request,
    }
