"""Every place where this project changes how wagtail-localize behaves, in one module.

Each override below says what wagtail-localize does, why it is changed here, and the upstream
issue (looked up as of 2026-12). tests/editorial/test_localize_overrides.py fails when the
upstream code an override stands on changes: a fingerprint of that code (its source, or its
template file), and its behaviour where that is cheap to check. When one fails after an
upgrade, reread the upstream change, recheck the override named in the message (is it still
needed? does it still work?), then update the fingerprint. `CHECKED_AGAINST` is the
wagtail-localize version they were last checked against.

1. **Sync never publishes** (`SyncForm`, `SyncView`, served by `admin_urls` at upstream's own
   address). Upstream: "Sync translated pages" (`UpdateTranslationsView`) has a "Publish
   immediately" box that publishes every language's translation at once
   (`save_target(publish=True)`), for anyone with `wagtail_localize.submit_translation`, with
   no page publish permission and no workflow. Here each language's translation goes live only
   through its reviewers, and synced or machine-translated text would otherwise go live
   unreviewed. So the same view is served without that field, at the same address
   (`localize/update/<id>/`, registered before wagtail-localize's so Django resolves it first;
   every `{% url "wagtail_localize:update_translations" %}` link leads to it). Upstream issue:
   none found as of 2026-12 (related, open: wagtail-localize#634 "Support draft translation
   and synchronised publishing"; #789 and PR #910 ask for the opposite, publish-and-sync).
2. **A draft of a live translation leaves the live page alone** (`save_draft`). Upstream:
   `Translation.save_target(publish=False)` (`TranslationSource.create_or_update_translation`)
   writes the translated fields to the page's row (`translation.save()`) before saving the
   revision, so on a live page the draft is what readers get, unreviewed. Here the row is put
   back as it was, the new revision kept as the latest. Upstream issue: wagtail-localize#655
   (open, "Support draft translation of live articles without publishing immediately"); none
   describes the row being overwritten as of 2026-12.
3. **A review panel above the translation editor**
   (templates/wagtail_localize/admin/edit_translation.html, which extends upstream's template
   of the same name and puts `{% review_panel instance %}` before its `content` block).
   Upstream: the translation editor can only publish; it has no "submit for review" and does
   not show the page's workflow. Here translators cannot publish, so the panel saves a draft
   (override 2) and starts the language's workflow (editorial/review.py). Upstream issue:
   wagtail-localize#676 (open: translations and workflows "feel disconnected"); none asks for
   "submit for review" in the editor as of 2026-12.
4. **Snippet translations are guarded by language** (`guard_snippet_translation_editor`, a
   `before_edit_snippet` hook registered before wagtail-localize's). Upstream: its own
   `before_edit_snippet` hook answers with its translation editor for any user with the
   snippet's change permission, in every language, and its "Publish" saves the snippet live.
   Snippet permissions are per model, so here the guard runs first and refuses, or turns a
   translator's "Publish" into an email to the language's reviewers (editorial/snippets.py).
   Upstream issue: none found as of 2026-12.
5. **Translations of live pages start as drafts**
   (`WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False`, in site/settings/base.py with the
   other settings). Upstream default: a translation of a live page is published when it is
   created, with the source language's text under the other language's address. Upstream
   documents the setting; issue wagtail-localize#655 (open). Known limit upstream: the setting
   does not apply to "Synchronise content from another locale" (wagtail-localize#743, open).

Built on wagtail-localize's internals without changing them (fingerprinted with override 1):
"Bring in the changes" (editorial/review.py `bring_in_changes`) runs the part of upstream's
sync that needs no publishing (`TranslationSource.update_from_db`,
`update_target_view_restrictions`) for one translation, so a translator can sync their own.
"""

from django.db import transaction
from django.urls import path
from wagtail_localize.views.update_translations import (
    UpdateTranslationsForm,
    UpdateTranslationsView,
)

from editorial.snippets import refusal

CHECKED_AGAINST = "1.14.5"

# Hook order for the hooks that must run before wagtail-localize's (registered with the default
# order, 0): URL patterns are resolved in order, and the first `before_edit_snippet` hook
# returning a response wins.
BEFORE_WAGTAIL_LOCALIZE = -1


# --- 1. Sync never publishes -------------------------------------------------------------------


class SyncForm(UpdateTranslationsForm):
    """wagtail-localize's sync form without "Publish immediately", whatever is posted."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        del self.fields["publish_translations"]

    def clean(self):
        return {**super().clean(), "publish_translations": False}


class SyncView(UpdateTranslationsView):
    """wagtail-localize's "Sync translated pages", at its own address, except that it never
    publishes (override 1)."""

    template_name = "editorial/sync.html"

    def get_form(self):
        return SyncForm(self.request.POST if self.request.method == "POST" else None)


def admin_urls():
    """The admin URLs that take the place of wagtail-localize's: registered (wagtail_hooks.py)
    with `BEFORE_WAGTAIL_LOCALIZE`, under the same path as upstream's `localize/` include."""
    return [
        path(
            "localize/update/<int:translation_source_id>/",
            SyncView.as_view(),
            name="editorial_sync",
        ),
    ]


# --- 2. A draft of a live translation leaves the live page alone -------------------------------

# What saving a revision changes on the row, kept when the live content is put back.
REVISION_BOOKKEEPING = ["latest_revision_id", "latest_revision_created_at", "draft_title"]


def save_draft(translation, page, user):
    """A draft revision of `page` from its translation as it stands, the live page untouched
    (override 2). Raises ValidationError as `save_target` does, with nothing saved."""
    before = None
    if page.live:
        row = type(page).objects.get(pk=page.pk)
        before = type(page).from_serializable_data(row.serializable_data())
    with transaction.atomic():
        translation.save_target(user=user, publish=False)
        if before is not None:
            draft = type(page).objects.get(pk=page.pk)
            for name in REVISION_BOOKKEEPING:
                setattr(before, name, getattr(draft, name))
            before.has_unpublished_changes = True
            before.save(clean=False)


# --- 3. A review panel above the translation editor --------------------------------------------
# No code here: a template override must be where Django's loader finds it first,
# templates/wagtail_localize/admin/edit_translation.html (the panel: editorial_tags.review_panel).


# --- 4. Snippet translations are guarded by language -------------------------------------------


def guard_snippet_translation_editor(request, instance):
    """`before_edit_snippet`, run before wagtail-localize's (override 4): a response refusing
    the edit, or None to let wagtail-localize's editor (or Wagtail's form) answer."""
    return refusal(request, instance)


# --- 5. Translations of live pages start as drafts ---------------------------------------------
# No code here: WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False is in site/settings/base.py
# with the other settings.
