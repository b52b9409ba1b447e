"""Who is told what: translators when the source changes, reviewers when a translation waits."""

import pytest
from django.contrib.auth.models import Group
from django.core import mail

from editorial.roles import reviewers_name, translators_name
from tests.editorial.helpers import FRENCH, submit, translate_everything


@pytest.fixture
def translators(django_user_model):
    def make(code, email):
        user = django_user_model.objects.create_user(
            username=email.split("@")[0], email=email, password="pw"
        )
        user.groups.add(Group.objects.get(name=translators_name(code)))
        return user

    return make


@pytest.mark.django_db
def test_translators_are_told_when_the_source_changes(translators, about):
    translators("fr", "fr-translator@example.org")
    translators("ar", "ar-translator@example.org")
    english = about["en"]
    english.introduction = english.introduction + " Zqxv a new sentence."
    mail.outbox.clear()
    english.save_revision().publish()

    sent = {message.to[0]: message for message in mail.outbox}
    assert set(sent) == {"fr-translator@example.org", "ar-translator@example.org"}
    french = sent["fr-translator@example.org"]
    assert (
        french.subject == f"À mettre à jour\u00a0: «\u00a0{english.title}\u00a0»"
    )  # in their language
    assert "«\u00a0Intégrer les modifications\u00a0»" in french.body
    assert f"/admin/pages/{about['fr'].pk}/edit/" in french.body


@pytest.mark.django_db
def test_publishing_without_a_text_change_tells_no_one(translators, about):
    translators("fr", "fr-translator@example.org")
    mail.outbox.clear()
    about["en"].save_revision().publish()
    assert mail.outbox == []


@pytest.mark.django_db
def test_reviewers_are_told_when_a_translation_waits(client, people, french_draft, locales):
    people["reviewer"].email = "fr-reviewer@example.org"
    people["reviewer"].save()
    people["other_reviewer"].email = "es-reviewer@example.org"
    people["other_reviewer"].save()
    translate_everything(french_draft, locales["fr"], lambda text: FRENCH.get(text, text))
    mail.outbox.clear()
    submit(client, people["translator"], french_draft)
    recipients = {address for message in mail.outbox for address in message.to}
    assert "fr-reviewer@example.org" in recipients
    assert "es-reviewer@example.org" not in recipients
    assert reviewers_name("fr")
