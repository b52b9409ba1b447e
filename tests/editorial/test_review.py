"""The review workflow of a translation, through the admin's own views: an editor asks for a
French translation, a French translator fills it and submits it, a French reviewer approves it
(live) or asks for changes (back to the translator)."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import Page, WorkflowState
from wagtail_localize.models import TranslationSource

from editorial.roles import translators_name
from editorial.status import IN_PROGRESS, OUT_OF_DATE, UP_TO_DATE, page_rows
from tests.editorial.helpers import FRENCH, act, as_user, refused, submit, translate_everything


@pytest.mark.django_db
def test_submit_then_approve_publishes_the_translation(client, people, french_draft, locales):
    translate_everything(french_draft, locales["fr"], lambda text: FRENCH.get(text, text))
    assert submit(client, people["translator"], french_draft).status_code == 302
    french_draft.refresh_from_db()
    assert not french_draft.live
    state = french_draft.current_workflow_state
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.workflow.name == "Review in Français (fr)"

    # Only French reviewers may approve it.
    assert refused(act(client, people["other_reviewer"], french_draft, "approve"))
    assert refused(act(client, people["translator"], french_draft, "approve"))
    assert not Page.objects.get(pk=french_draft.pk).live
    assert act(client, people["reviewer"], french_draft, "approve").status_code in (200, 302)

    french = Page.objects.get(pk=french_draft.pk).specific
    assert french.live
    assert french.title == "Zqxv sécurité de nuit"
    assert french.introduction == "Rentrez à deux."
    assert client.get(french.url).status_code == 200


@pytest.mark.django_db
def test_reject_sends_it_back_to_the_translator(client, people, french_draft, locales):
    translate_everything(french_draft, locales["fr"], lambda text: FRENCH.get(text, text))
    submit(client, people["translator"], french_draft)
    act(client, people["reviewer"], french_draft, "reject", comment="Say « à pied ».")
    french_draft.refresh_from_db()
    state = french_draft.current_workflow_state
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert not french_draft.live

    editor = as_user(client, people["translator"]).get(f"/admin/pages/{french_draft.pk}/edit/")
    html = editor.content.decode()
    assert "Changes requested" in html and "Say « à pied »." in html

    submit(client, people["translator"], french_draft)
    french_draft.refresh_from_db()
    assert french_draft.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS


@pytest.mark.django_db
def test_a_translator_cannot_publish_from_the_translation_editor(
    client, people, french_draft, locales
):
    translate_everything(french_draft, locales["fr"], lambda text: FRENCH.get(text, text))
    response = as_user(client, people["translator"]).post(
        f"/admin/pages/{french_draft.pk}/edit/", {"action": "publish"}
    )
    assert refused(response)
    assert not Page.objects.get(pk=french_draft.pk).live


@pytest.mark.django_db
def test_the_translation_editor_shows_the_review_panel(client, people, french_draft):
    html = (
        as_user(client, people["translator"])
        .get(f"/admin/pages/{french_draft.pk}/edit/")
        .content.decode()
    )
    assert ">Review in Français</h2>" in html
    assert f'action="/admin/editorial/submit/{french_draft.pk}/"' in html


@pytest.mark.django_db
def test_a_translator_of_another_language_cannot_submit(client, django_user_model, french_draft):
    spanish = django_user_model.objects.create_user(username="es-translator", password="pw")
    spanish.groups.add(Group.objects.get(name=translators_name("es")))
    assert refused(submit(client, spanish, french_draft))
    french_draft.refresh_from_db()
    assert french_draft.current_workflow_state is None


@pytest.mark.django_db
def test_a_translation_published_with_gaps_tells_its_readers(client, people, french_draft, locales):
    # The title is translated, the introduction is not: the page shows the English text there.
    translate_everything(
        french_draft,
        locales["fr"],
        lambda text: FRENCH[text] if text == "Zqxv night safety" else None,
    )
    submit(client, people["translator"], french_draft)
    act(client, people["reviewer"], french_draft, "approve")
    french = Page.objects.get(pk=french_draft.pk).specific
    assert french.live and french.has_untranslated_parts
    html = client.get(french.url).content.decode()
    assert 'class="notice untranslated-notice" role="note"' in html
    assert "Certaines parties de cette page ne sont pas encore traduites" in html  # in French

    # Translated in full and published again: the notice goes.
    translate_everything(french, locales["fr"], lambda text: FRENCH.get(text, text))
    submit(client, people["translator"], french)
    act(client, people["reviewer"], french, "approve")
    french = Page.objects.get(pk=french_draft.pk).specific
    assert not french.has_untranslated_parts
    assert "untranslated-notice" not in client.get(french.url).content.decode()


@pytest.mark.django_db
def test_a_live_translation_stays_as_it_is_until_the_new_one_is_approved(
    client, people, french_draft, locales
):
    translate_everything(french_draft, locales["fr"], lambda text: FRENCH.get(text, text))
    submit(client, people["translator"], french_draft)
    act(client, people["reviewer"], french_draft, "approve")
    url = Page.objects.get(pk=french_draft.pk).url

    # A second round: the translator changes the title and submits it.
    retitled = {**FRENCH, "Zqxv night safety": "Zqxv nuit sûre"}
    translate_everything(french_draft, locales["fr"], lambda text: retitled.get(text, text))
    submit(client, people["translator"], french_draft)
    live = Page.objects.get(pk=french_draft.pk)
    assert live.title == "Zqxv sécurité de nuit"  # readers still see the approved one
    assert live.has_unpublished_changes
    assert "Zqxv sécurité de nuit" in client.get(url).content.decode()

    act(client, people["reviewer"], french_draft, "approve")
    assert Page.objects.get(pk=french_draft.pk).title == "Zqxv nuit sûre"
    assert "Zqxv nuit sûre" in client.get(url).content.decode()


@pytest.mark.django_db
def test_a_sync_never_publishes(client, people, french_draft, locales):
    """wagtail-localize's sync page offers "Publish immediately"; here it is gone, and a posted
    value is ignored: the synced French page keeps what its reviewer approved."""
    translate_everything(french_draft, locales["fr"], lambda text: FRENCH.get(text, text))
    submit(client, people["translator"], french_draft)
    act(client, people["reviewer"], french_draft, "approve")
    english = french_draft.get_translation(locales["en"])
    english.introduction = "Walk home in pairs, and text a friend."
    english.save_revision().publish()

    source = TranslationSource.objects.get(object_id=english.translation_key)
    url = reverse("wagtail_localize:update_translations", args=[source.pk])
    editor = as_user(client, people["editor"])
    page = editor.get(url)
    assert page.status_code == 200
    assert 'name="publish_translations"' not in page.content.decode()
    assert "Syncing does not publish" in page.content.decode()

    response = editor.post(url, {"publish_translations": "on"})
    assert response.status_code == 302
    french = Page.objects.get(pk=french_draft.pk).specific
    assert french.introduction == "Rentrez à deux."
    assert not french.has_unpublished_changes
    assert french.live_revision == french.latest_revision
    cell = next(row for row in page_rows(["fr"]) if row.title == english.title).cells["fr"]
    assert cell.state == IN_PROGRESS
    assert 0 < cell.percent < 100  # the new introduction is still to translate


@pytest.mark.django_db
def test_a_translator_brings_in_the_changes_of_their_language(
    client, people, french_draft, locales
):
    """Translators cannot use wagtail-localize's sync (a permission over every language): the
    panel above their editor offers it for their own translation, and only there."""
    translate_everything(french_draft, locales["fr"], lambda text: FRENCH.get(text, text))
    submit(client, people["translator"], french_draft)
    act(client, people["reviewer"], french_draft, "approve")
    english = french_draft.get_translation(locales["en"])
    url = f"/admin/editorial/sync/{french_draft.pk}/"
    translator = as_user(client, people["translator"])
    assert "Bring in the changes" not in translator.get(edit_url(french_draft)).content.decode()

    english.introduction = "Walk home in pairs, and text a friend."
    english.save_revision().publish()
    assert "Bring in the changes" in translator.get(edit_url(french_draft)).content.decode()
    spanish_translator = people["translator"].__class__.objects.create_user("es-tr", password="pw")
    spanish_translator.groups.add(Group.objects.get(name=translators_name("es")))
    assert refused(as_user(client, spanish_translator).post(url))
    assert cell_of(english.title).state == OUT_OF_DATE

    response = as_user(client, people["translator"]).post(url)
    assert response.status_code == 302
    assert cell_of(english.title).state == IN_PROGRESS
    french = Page.objects.get(pk=french_draft.pk).specific
    assert french.introduction == "Rentrez à deux."  # live as approved until reviewed again
    assert not french.has_unpublished_changes
    assert "Bring in the changes" not in translator.get(edit_url(french_draft)).content.decode()

    translate_everything(french_draft, locales["fr"], lambda text: "Rentrez à deux, écrivez.")
    submit(client, people["translator"], french_draft)
    act(client, people["reviewer"], french_draft, "approve")
    assert Page.objects.get(pk=french_draft.pk).specific.introduction == "Rentrez à deux, écrivez."
    assert cell_of(english.title).state == UP_TO_DATE


@pytest.mark.django_db
def test_bringing_in_changes_is_a_post(client, people, french_draft):
    response = as_user(client, people["translator"]).get(
        f"/admin/editorial/sync/{french_draft.pk}/"
    )
    assert response.status_code == 405


def edit_url(page):
    return f"/admin/pages/{page.pk}/edit/"


def cell_of(title):
    return next(row for row in page_rows(["fr"]) if row.title == title).cells["fr"]
