"""Roles per language: a translator edits their language's pages and is refused elsewhere; only
reviewers (and editors, for the source language) publish; each language has its workflow."""

import io

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import call_command
from wagtail.models import GroupPagePermission, Workflow, WorkflowPage
from wagtail.test.utils.form_data import nested_form_data, streamfield
from wagtail_localize.models import StringTranslation, Translation

from editorial.roles import EDITORS, reviewers_name, setup_roles, translators_name
from home.models import StandardPage
from resources.models import Topic
from tests.editorial.helpers import as_user, refused


def edit_form(page, title):
    return nested_form_data(
        {
            "title": title,
            "slug": page.slug,
            "introduction": page.introduction,
            "body": streamfield([]),
        }
    )


@pytest.mark.django_db
def test_setup_roles_is_idempotent_and_made_by_load_demo():
    counts = (Group.objects.count(), GroupPagePermission.objects.count(), Workflow.objects.count())
    call_command("setup_roles", stdout=io.StringIO())
    setup_roles()
    assert (
        Group.objects.count(),
        GroupPagePermission.objects.count(),
        Workflow.objects.count(),
    ) == counts
    assert (
        Group.objects.filter(name__in=[EDITORS, "Translators (fr)", "Reviewers (ar)"]).count() == 3
    )


@pytest.mark.django_db
def test_each_language_tree_has_its_reviewers_workflow(home_pages, about):
    for code, home in home_pages.items():
        workflow = home.get_workflow()
        assert workflow.name.endswith(f"({code})")
        task = workflow.tasks.get().specific
        assert list(task.groups.values_list("name", flat=True)) == [reviewers_name(code)]
        assert WorkflowPage.objects.get(page=home).workflow == workflow
    assert about["fr"].get_workflow().name == "Review in Français (fr)"


@pytest.mark.django_db
def test_a_translator_edits_their_language_and_is_refused_elsewhere(client, member, about):
    client.force_login(member(translators_name("fr")))

    mine = about["fr"]
    response = client.get(f"/admin/pages/{mine.pk}/edit/", follow=True)
    assert response.status_code == 200
    assert "Sorry, you do not have permission" not in response.content.decode()

    theirs = about["es"]
    response = client.get(f"/admin/pages/{theirs.pk}/edit/")
    assert response.status_code == 302
    refused = client.get(response["Location"])
    assert "Sorry, you do not have permission to access this area." in refused.content.decode()

    before = StandardPage.objects.get(pk=theirs.pk).latest_revision_id
    response = client.post(f"/admin/pages/{theirs.pk}/edit/", edit_form(theirs, "Hijacked"))
    assert response.status_code == 302
    assert StandardPage.objects.get(pk=theirs.pk).latest_revision_id == before
    assert StandardPage.objects.get(pk=theirs.pk).title != "Hijacked"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("group", "language", "can_edit", "can_publish"),
    [
        (translators_name("fr"), "fr", True, False),
        (translators_name("fr"), "es", False, False),
        (reviewers_name("fr"), "fr", True, True),
        (reviewers_name("fr"), "ar", False, False),
        (EDITORS, "en", True, True),
        (EDITORS, "fr", True, False),  # translations are published by their reviewers
    ],
)
def test_who_may_edit_and_publish_where(member, about, group, language, can_edit, can_publish):
    permissions = about[language].permissions_for_user(member(group))
    assert permissions.can_edit() is can_edit
    assert permissions.can_publish() is can_publish


def topic_url(topic):
    return f"/admin/snippets/resources/topic/edit/{topic.pk}/"


@pytest.fixture
def topics(locales):
    """A demo topic in each language, its French translation made through wagtail-localize."""
    english = Topic.objects.filter(locale=locales["en"]).order_by("pk").first()
    return {code: english.get_translation(locale) for code, locale in locales.items()}


def translate_topic_name(topic, text):
    translation = Translation.objects.get(
        source__object_id=topic.translation_key, target_locale=topic.locale, enabled=True
    )
    segment = translation.source.stringsegment_set.get(context__path="name")
    StringTranslation.objects.update_or_create(
        translation_of=segment.string,
        locale=topic.locale,
        context=segment.context,
        defaults={"data": text},
    )


@pytest.mark.django_db
def test_snippet_translations_are_published_by_their_languages_reviewers(client, member, topics):
    """Snippets have no tree and no workflow: their edit view is guarded by language, so only a
    reviewer of the language puts a translated topic live."""
    french = topics["fr"]
    translate_topic_name(french, "Zqxv sécurité")

    translator = as_user(client, member(translators_name("fr")))
    assert translator.get(topic_url(french)).status_code == 200  # wagtail-localize's editor
    reviewer = member(reviewers_name("fr"))
    reviewer.email = "fr-reviewer@example.org"
    reviewer.save()
    mail.outbox.clear()
    response = translator.post(topic_url(french), {"action": "publish"}, follow=True)
    assert "Only the reviewers of Français publish this translation" in response.content.decode()
    assert Topic.objects.get(pk=french.pk).name == french.name
    (asked,) = mail.outbox  # the French reviewers are asked to publish it, in French
    assert asked.to == ["fr-reviewer@example.org"]
    assert asked.subject == f"À relire\u00a0: «\u00a0{french}\u00a0»"
    assert topic_url(french) in asked.body
    assert refused(translator.get(topic_url(topics["es"])))
    assert refused(translator.get(topic_url(topics["en"])))
    assert refused(translator.post(topic_url(topics["en"]), {"name": "Hijacked"}))
    assert Topic.objects.get(pk=topics["en"].pk).name == topics["en"].name

    editor = as_user(client, member(EDITORS))
    assert editor.get(topic_url(topics["en"])).status_code == 200
    editor.post(topic_url(french), {"action": "publish"})
    assert Topic.objects.get(pk=french.pk).name == french.name

    assert refused(
        as_user(client, member(reviewers_name("es"))).post(topic_url(french), {"action": "publish"})
    )
    response = as_user(client, reviewer).post(topic_url(french), {"action": "publish"})
    assert response.status_code == 302
    assert Topic.objects.get(pk=french.pk).name == "Zqxv sécurité"

    # A snippet made outside wagtail-localize opens in Wagtail's own form, which would lose a
    # translator's text on refusal: it is for the language's reviewers only.
    Translation.objects.filter(source__object_id=french.translation_key).update(enabled=False)
    assert as_user(client, reviewer).get(topic_url(french)).status_code == 200
    assert refused(as_user(client, member(translators_name("fr"), "fr2")).get(topic_url(french)))
