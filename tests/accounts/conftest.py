import pytest
from django.contrib.auth.models import Group

from editorial.roles import EDITORS, SELECTION_TEAM, reviewers_name, translators_name

PASSWORD = "a-long-enough-passphrase"


@pytest.fixture
def member(django_user_model):
    """A user in one of the editorial groups, with a password that passes the policy."""

    def make(group_name=None, username=None, **extra):
        name = username or (group_name or "someone").lower().replace(" ", "-").strip("()")
        user = django_user_model.objects.create_user(username=name, password=PASSWORD, **extra)
        if group_name:
            user.groups.add(Group.objects.get(name=group_name))
        return user

    return make


@pytest.fixture
def editor(member):
    return member(EDITORS, "editor")


@pytest.fixture
def selector(member):
    """A member of the selection team, who can delete applications."""
    return member(SELECTION_TEAM, "selector")


@pytest.fixture
def reviewer(member):
    return member(reviewers_name("fr"), "reviewer")


@pytest.fixture
def translator(member):
    return member(translators_name("fr"), "translator")


@pytest.fixture
def chief(django_user_model):
    return django_user_model.objects.create_superuser("chief", "chief@example.org", PASSWORD)
