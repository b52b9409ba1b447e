import pytest
from django.contrib.auth.models import Group
from wagtail.models import Page

from editorial.roles import EDITORS, reviewers_name, translators_name
from home.factories import StandardPageFactory
from home.models import StandardPage
from tests.editorial.helpers import as_user


@pytest.fixture
def member(django_user_model):
    def make(group_name, username=None):
        user = django_user_model.objects.create_user(
            username=username or group_name.lower().replace(" ", "-"), password="pw"
        )
        user.groups.add(Group.objects.get(name=group_name))
        return user

    return make


@pytest.fixture
def about(home_pages):
    """The demo's standard page "about" in each language, by language code."""
    english = StandardPage.objects.get(locale__language_code="en", slug="about")
    return {page.locale.language_code: page for page in english.get_translations(inclusive=True)}


@pytest.fixture
def people(django_user_model):
    def person(name, group):
        user = django_user_model.objects.create_user(username=name, password="pw")
        user.groups.add(Group.objects.get(name=group))
        return user

    return {
        "editor": person("editor", EDITORS),
        "translator": person("translator", translators_name("fr")),
        "reviewer": person("reviewer", reviewers_name("fr")),
        "other_reviewer": person("reviewer-es", reviewers_name("es")),
    }


@pytest.fixture
def french_draft(client, people, home_pages, locales):
    """An English page an editor published and asked a French translation of (a French draft,
    not live)."""
    english = StandardPageFactory(
        parent=home_pages["en"], title="Zqxv night safety", introduction="Walk home in pairs."
    )
    response = as_user(client, people["editor"]).post(
        f"/admin/localize/submit/page/{english.pk}/", {"locales": [locales["fr"].pk]}
    )
    assert response.status_code == 302
    french = Page.objects.get(translation_key=english.translation_key, locale=locales["fr"])
    assert not french.live
    return french.specific
