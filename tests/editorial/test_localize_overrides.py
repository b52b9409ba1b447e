"""The changes this project makes to wagtail-localize (editorial/localize_overrides.py), each
with a test that fails when the upstream code it stands on changes.

A fingerprint (SHA-256 of the upstream source or template, as installed) per upstream piece an
override relies on, recorded when the overrides were last checked; and, where it is cheap, the
upstream behaviour itself (that wagtail-localize still does what the override changes). When
one fails after an upgrade, the message says which override to recheck.
"""

import inspect
from pathlib import Path

import pytest
import wagtail_localize
from django.conf import settings
from django.template.loader import get_template
from django.urls import resolve, reverse
from wagtail import hooks
from wagtail.models import Page
from wagtail_localize import operations
from wagtail_localize import wagtail_hooks as localize_hooks
from wagtail_localize.models import StringTranslation, TranslationSource
from wagtail_localize.views import convert, edit_translation, report, update_translations

from editorial import localize_overrides
from editorial.localize_overrides import CHECKED_AGAINST, SyncForm, SyncView, save_draft
from tests.editorial.helpers import FRENCH, translate_everything
from tests.upstream import fingerprint, recheck, upstream_name

UPSTREAM_TEMPLATES = Path(wagtail_localize.__file__).parent / "templates"

# (override in localize_overrides.py, upstream piece, its fingerprint at CHECKED_AGAINST)
FINGERPRINTS = [
    ("1. sync never publishes; Bring in the changes", update_translations, "a6d520036bdc1630"),
    ("1. sync never publishes", localize_hooks.register_admin_urls, "df8da21aeecf01b3"),
    (
        "1. sync never publishes",
        "wagtail_localize/admin/update_translations.html",
        "793d659d6195ce34",
    ),
    (
        "2. a draft of a live translation leaves the live page alone",
        TranslationSource.create_or_update_translation,
        "4c68c20a8ba2648b",
    ),
    (
        "3. a review panel above the translation editor",
        "wagtail_localize/admin/edit_translation.html",
        "52b849c00b09876c",
    ),
    (
        "4. snippet translations are guarded by language",
        localize_hooks.before_edit_snippet,
        "c399298b8b5a2d52",
    ),
    (
        "5. translations of live pages start as drafts",
        operations.TranslationCreator.create_translations,
        "def7108273ab9e96",
    ),
    (
        "6. every route on one translation is limited to its language (the permission check)",
        edit_translation.user_can_edit_instance,
        "8140a3d27b2bbc26",
    ),
    (
        "6. every route on one translation is limited to its language (the routes guarded)",
        localize_hooks.register_admin_urls,
        "df8da21aeecf01b3",
    ),
    (
        "7. convert to alias is a publication",
        convert.convert_to_alias,
        "eac3f1fb14d11b25",
    ),
    (
        "8. the translations report lists the user's languages only",
        report.TranslationsReportView,
        "e247731bb6996a9e",
    ),
]


@pytest.mark.parametrize(
    ("override", "piece", "expected"),
    FINGERPRINTS,
    ids=[upstream_name(piece) for _override, piece, _expected in FINGERPRINTS],
)
def test_the_upstream_code_each_override_stands_on_is_unchanged(override, piece, expected):
    assert fingerprint(piece, UPSTREAM_TEMPLATES) == expected, recheck(
        f"wagtail-localize {wagtail_localize.__version__}",
        piece,
        CHECKED_AGAINST,
        override,
        "editorial/localize_overrides.py",
        UPSTREAM_TEMPLATES,
    )


# --- What upstream still does, that each override changes -------------------------------------


def test_1_upstreams_sync_address_leads_to_the_sync_that_never_publishes():
    url = reverse("wagtail_localize:update_translations", args=[1])
    assert resolve(url).func.view_class is SyncView, (
        "wagtail-localize's sync page is no longer answered by localize_overrides.SyncView: did "
        "upstream move it? Recheck override 1 (its address in admin_urls, and the hook order)."
    )
    assert url == reverse("editorial_sync", args=[1])


def test_1_upstreams_sync_form_still_publishes_and_ours_never_does():
    assert "publish_translations" in update_translations.UpdateTranslationsForm().fields, (
        "wagtail-localize's sync form has no 'publish_translations' any more: recheck override 1."
    )
    ours = SyncForm({"publish_translations": "on"})
    assert "publish_translations" not in ours.fields
    assert ours.is_valid() and ours.cleaned_data["publish_translations"] is False


@pytest.fixture
def live_french(french_draft, locales, django_capture_on_commit_callbacks):
    """A French translation published through wagtail-localize, and its Translation."""
    translation = translate_everything(
        french_draft, locales["fr"], lambda text: FRENCH.get(text, text)
    )
    with django_capture_on_commit_callbacks(execute=True):  # it publishes on commit
        translation.save_target(publish=True)
    page = Page.objects.get(pk=french_draft.pk).specific
    assert page.live and page.title == FRENCH["Zqxv night safety"]
    return page, translation


def retitle(page, title):
    StringTranslation.objects.filter(
        translation_of__data="Zqxv night safety", locale=page.locale
    ).update(data=title)


@pytest.mark.django_db
def test_2_upstream_still_writes_a_draft_into_the_live_row(live_french):
    page, translation = live_french
    retitle(page, "Zqxv nuit sûre")
    translation.save_target(publish=False)
    assert Page.objects.get(pk=page.pk).title == "Zqxv nuit sûre", (
        "wagtail-localize no longer writes a draft translation into the live page's row: "
        "override 2 (localize_overrides.save_draft) may not be needed any more."
    )


@pytest.mark.django_db
def test_2_our_draft_leaves_the_live_row_alone(live_french, people):
    page, translation = live_french
    retitle(page, "Zqxv nuit sûre")
    save_draft(translation, page, people["translator"])
    row = Page.objects.get(pk=page.pk)
    assert row.title == FRENCH["Zqxv night safety"] and row.live and row.has_unpublished_changes
    assert row.get_latest_revision_as_object().title == "Zqxv nuit sûre"


def test_3_the_editor_template_is_ours_on_upstreams():
    ours = get_template("wagtail_localize/admin/edit_translation.html").template
    assert ours.origin.name == str(
        settings.BASE_DIR / "templates/wagtail_localize/admin/edit_translation.html"
    )
    assert ours.source.startswith('{% extends "wagtail_localize/admin/edit_translation.html" %}')
    upstream = (UPSTREAM_TEMPLATES / "wagtail_localize/admin/edit_translation.html").read_text()
    assert "{% block content %}" in upstream, (
        "wagtail-localize's editor template has no 'content' block: recheck override 3."
    )


def test_4_the_snippet_guard_runs_before_upstreams_translation_editor():
    order = hooks.get_hooks("before_edit_snippet")
    ours = localize_overrides.guard_snippet_translation_editor
    assert localize_hooks.before_edit_snippet in order, (
        "wagtail-localize no longer opens its editor from before_edit_snippet: recheck override 4."
    )
    assert order.index(ours) < order.index(localize_hooks.before_edit_snippet)


@pytest.mark.django_db
def test_5_a_translation_of_a_live_page_starts_as_a_draft(french_draft, locales):
    assert settings.WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE is False
    assert "WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE" in inspect.getsource(operations), (
        "wagtail-localize no longer reads WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE: "
        "recheck override 5."
    )
    assert french_draft.get_translation(locales["en"]).live
    assert not french_draft.live
