"""Sending a translation to its language's reviewers.

wagtail-localize's editor saves each translated segment as it is typed, but makes no page
revision until something publishes. A translator cannot publish, so "Submit for review" saves
the translation as a draft revision (`Translation.save_target(publish=False)`, the live row
kept: editorial/localize_overrides.py) and starts the page's workflow (or resumes it when a
reviewer asked for changes). The reviewer approves or rejects it in Wagtail's own screens;
approval publishes that revision.
"""

from django.core.exceptions import FieldDoesNotExist, ObjectDoesNotExist, ValidationError
from django.db import transaction
from django.utils.html import strip_tags
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from wagtail.models import WorkflowState
from wagtail_localize.models import StringSegment, Translation
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

from editorial import localize_overrides


class ReviewError(Exception):
    """Why a page could not be submitted, for the editor."""


def translation_of(instance):
    """The enabled wagtail-localize translation that `instance` (a page or a snippet) is the
    target of, or None."""
    return (
        Translation.objects.filter(
            source__object_id=instance.translation_key,
            target_locale_id=instance.locale_id,
            enabled=True,
        )
        .select_related("source")
        .first()
    )


def save_draft(translation, page, user):
    """A draft revision of `page` from its translation as it stands, the live page untouched
    (wagtail-localize would write it into the live row: editorial/localize_overrides.py)."""
    try:
        localize_overrides.save_draft(translation, page, user)
    except ValidationError as error:
        raise ReviewError("; ".join(error.messages)) from error


def published_since_sync(published_at, synced_at):
    """The rule of "out of date": the source was published after its translations last
    synced (wagtail-localize's `TranslationSource.last_updated_at`)."""
    return bool(published_at and published_at > synced_at)


def is_out_of_date(translation):
    """Whether the source page was published again since `translation` was last synced."""
    source = translation.source
    return published_since_sync(
        source.get_source_instance().last_published_at, source.last_updated_at
    )


@transaction.atomic
def bring_in_changes(translation):
    """wagtail-localize's sync, for a translator: the source's published text becomes what is
    to translate (new segments appear in the editor, removed ones go). The source is shared by
    every language, so their translations all see the new text; no page is changed or
    published."""
    try:
        translation.source.update_from_db()
    except ObjectDoesNotExist as error:
        raise ReviewError(_("the page it was translated from no longer exists")) from error
    translation.source.update_target_view_restrictions(translation.target_locale)


def submit_for_review(page, user):
    """Save `page`'s translation as a draft and put it in its workflow. Returns the workflow
    state."""
    workflow = page.get_workflow()
    if workflow is None:
        raise ReviewError(_("no review workflow covers this page"))
    state = page.current_workflow_state
    if state is not None and state.status == WorkflowState.STATUS_IN_PROGRESS:
        return state  # waiting for its reviewers already
    translation = translation_of(page)
    if translation is not None:
        save_draft(translation, page, user)
        page = type(page).objects.get(pk=page.pk)
    if state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        state.resume(user)
        return state
    return workflow.start(page, user)


def pending_changes(translation):
    """What publishing `translation` would change in its live target (a snippet: they have no
    revisions to compare): (field, live text, text to publish) for each field whose translated
    texts differ, the texts in the editor's order. Shown to the reviewer above the Publish
    button; pages use Wagtail's revision comparison instead (`compare_first`)."""
    target = translation.get_target_instance()
    live = {}
    for segment in extract_segments(target):
        if isinstance(segment, StringSegmentValue):
            live.setdefault(segment.path, []).append(segment.string.data)
    pending = {}
    segments = (
        StringSegment.objects.filter(source=translation.source)
        .annotate_translation(translation.target_locale)
        .select_related("context", "string")
        .order_by("order")
    )
    for segment in segments:
        pending.setdefault(segment.context.path, []).append(
            segment.translation if segment.translation is not None else segment.string.data
        )
    changes = []
    for path in [*pending, *(path for path in live if path not in pending)]:
        before, after = live.get(path, []), pending.get(path, [])
        if before != after:
            changes.append((field_label(target, path), text_of(before), text_of(after)))
    return changes


def field_label(instance, path):
    """The name an editor knows for the field a segment path starts with ("helplines.…")."""
    name = path.split(".", 1)[0]
    try:
        return capfirst(instance._meta.get_field(name).verbose_name)
    except FieldDoesNotExist:
        return path


def text_of(texts):
    return " · ".join(strip_tags(text) for text in texts)
