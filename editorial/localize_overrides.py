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

6. **Every route on one translation is limited to its language** (`guarded_by_language`,
   served by `admin_urls` at upstream's own addresses). Upstream: the segment edits, override
   edits, PO download and upload, machine translation, preview and "stop translating"
   (`/admin/localize/translate/<id>/…`) check only that the user can edit the target
   (`user_can_edit_instance`): for a snippet that is the model's change permission, which
   Wagtail grants for every language at once, so a French translator could upload a PO file
   into the Arabic site settings or disable their translation. Here each of them first asks
   `editorial.roles.user_works_in` for the translation's target language and answers 403
   otherwise, for pages and snippets alike. Upstream issue: none found as of 2026-12
   (wagtail-localize has no per-language permissions; the nearest, wagtail-localize#108, added
   one "can manage translations" permission for every language).
7. **"Convert to alias" is a publication** (`convert_to_alias`, same address). Upstream: any
   user who can edit the page may replace its translation with the source language's text, live
   at once, and the translation record is deleted. Here it needs the page's publish permission
   (that language's Reviewers; the Editors for the source language's tree), the same review as
   any change that goes live; the action menu item is hidden from others
   (`hide_convert_to_alias`). Upstream issue: none found as of 2026-12.
8. **The Translations report lists the user's languages only** (`TranslationsReportView`, same
   address). Upstream lists every translation of every language to anyone with admin access.
   Upstream issue: none found as of 2026-12.

Built on wagtail-localize's internals without changing them (fingerprinted with override 1):
"Bring in the changes" (editorial/review.py `bring_in_changes`) runs the part of upstream's
sync that needs no publishing (`TranslationSource.update_from_db`,
`update_target_view_restrictions`) for one translation, so a translator can sync their own.
"""

from functools import wraps

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.urls import path
from django.utils.translation import gettext as _
from wagtail.models import Page
from wagtail_localize.models import Translation
from wagtail_localize.views import convert, edit_translation, report
from wagtail_localize.views.update_translations import (
    UpdateTranslationsForm,
    UpdateTranslationsView,
)

from editorial.roles import user_languages, user_works_in
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
    with `BEFORE_WAGTAIL_LOCALIZE`, under the same paths as upstream's `localize/` include, so
    Django resolves these first and every upstream link (`{% url "wagtail_localize:…" %}`, the
    editor's own requests) leads here."""
    one_translation = "localize/translate/<int:translation_id>/"
    guarded = [
        ("strings/<int:string_segment_id>/edit/", edit_translation.edit_string_translation),
        ("overrides/<int:overridable_segment_id>/edit/", edit_translation.edit_override),
        ("pofile/download/", edit_translation.download_pofile),
        ("pofile/upload/", edit_translation.upload_pofile),
        ("machine_translate/", edit_translation.machine_translate),
        ("preview/", edit_translation.preview_translation),
        ("preview/<str:mode>/", edit_translation.preview_translation),
        ("disable/", edit_translation.stop_translation),
    ]
    return [
        path(
            "localize/update/<int:translation_source_id>/",
            SyncView.as_view(),
            name="editorial_sync",
        ),
        *(
            path(one_translation + route, guarded_by_language(view), name=guarded_name(route))
            for route, view in guarded
        ),
        path(
            "localize/page/<int:page_id>/convert_to_alias/",
            convert_to_alias,
            name="editorial_convert_to_alias",
        ),
        path(
            "localize/reports/translations/",
            TranslationsReportView.as_view(),
            name="editorial_localize_report",
        ),
        path(
            "localize/reports/translations/results/",
            TranslationsReportView.as_view(results_only=True),
            name="editorial_localize_report_results",
        ),
    ]


def guarded_name(route):
    """A URL name for a guarded route ("editorial_guard_pofile_upload"): only for tests and
    debugging; links use upstream's names, which resolve to the same addresses."""
    words = [part for part in route.split("/") if part and not part.startswith("<")]
    return "editorial_guard_" + "_".join(words)


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


# --- 6. Every route on one translation is limited to its language ------------------------------


def guarded_by_language(view):
    """`view` (an upstream view taking `translation_id`), answered only for users who work in
    the translation's target language (override 6); 403 for others, before anything is read
    or changed."""

    @wraps(view)
    def guarded(request, translation_id, *args, **kwargs):
        translation = get_object_or_404(
            Translation.objects.select_related("target_locale"), pk=translation_id
        )
        if not user_works_in(request.user, translation.target_locale.language_code):
            raise PermissionDenied
        return view(request, translation_id, *args, **kwargs)

    return guarded


# --- 7. "Convert to alias" is a publication ----------------------------------------------------


def may_convert_to_alias(user, page):
    return user_works_in(user, page.locale.language_code) and (
        page.permissions_for_user(user).can_publish()
    )


def convert_to_alias(request, page_id):
    """Upstream's view, for those who may publish the page in its language (override 7).
    Others are sent back to the page with the reason."""
    page = get_object_or_404(Page.objects.select_related("locale"), pk=page_id)
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    if not may_convert_to_alias(request.user, page):
        messages.error(
            request,
            _(
                "Only the reviewers of %(language)s may replace this translation with the "
                "original text: it goes live at once. Ask them, or edit the translation and "
                "submit it for review."
            )
            % {"language": page.locale.get_display_name()},
        )
        return redirect("wagtailadmin_pages:edit", page.pk)
    return convert.convert_to_alias(request, page_id)


def hide_convert_to_alias(menu_items, request, context):
    """`construct_page_action_menu`: no "Convert to alias page" for those it would refuse."""
    page = context.get("page")
    if page is None or may_convert_to_alias(request.user, page):
        return
    menu_items[:] = [item for item in menu_items if item.name != "localize-convert-to-alias"]


# --- 8. The Translations report lists the user's languages only --------------------------------


class TranslationsReportView(report.TranslationsReportView):
    """Upstream's report of translations, limited to the languages the user works in (every
    language for superusers and editors) (override 8)."""

    def get_queryset(self):
        return (
            super()
            .get_queryset()
            .filter(target_locale__language_code__in=user_languages(self.request.user))
            .order_by("-created_at", "pk")
        )
