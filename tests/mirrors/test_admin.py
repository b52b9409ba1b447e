"""The mirrors snippet in the admin: only the Editors (and superusers) add, change, delete and
reorder mirrors; one language's translators and reviewers are refused and change nothing
(editorial/roles.py, `edited_by_editors`). Bad addresses are refused with a clear message."""

import pytest
from django.contrib.auth.models import Group

from editorial.roles import EDITORS, editors_snippet_models, reviewers_name, translators_name
from mirrors.models import Mirror
from tests.accounts.helpers import sign_in
from tests.editorial.helpers import refused
from tests.mirrors.onion_addresses import MISTYPED_ONION_HOST, ONION_HOST

pytestmark = pytest.mark.django_db

BASE = "/admin/snippets/mirrors/mirror/"


@pytest.fixture
def person(django_user_model):
    def make(group):
        user = django_user_model.objects.create_user(username=group.lower(), password="pw")
        if group != "superuser":
            user.groups.add(Group.objects.get(name=group))
        else:
            user.is_superuser = user.is_staff = True
            user.save()
        return user

    return make


def form(address, run_by="", note=""):
    return {"address": address, "run_by": run_by, "note": note}


def state():
    return list(Mirror.objects.values_list("pk", "address", "run_by", "note", "sort_order"))


@pytest.mark.parametrize("group", [EDITORS, "superuser"])
def test_editors_add_change_reorder_and_delete_mirrors(client, person, group):
    client = sign_in(client, person(group))
    assert client.get(BASE).status_code == 200
    response = client.post(BASE + "add/", form("https://new.example.org/", "Zqxv"))
    assert response.status_code == 302, response.content.decode()[:2000]
    new = Mirror.objects.get(address="https://new.example.org/")
    assert new.sort_order == max(Mirror.objects.values_list("sort_order", flat=True))  # last
    response = client.post(f"{BASE}edit/{new.pk}/", form(new.address, "Zqxv", "Weekly"))
    assert response.status_code == 302
    assert Mirror.objects.get(pk=new.pk).note == "Weekly"
    # Dragged to the top of the list (Wagtail's reorder view).
    assert client.post(f"{BASE}reorder/{new.pk}/?position=0").status_code == 200
    assert Mirror.objects.first() == new
    assert client.post(f"{BASE}delete/{new.pk}/").status_code == 302
    assert not Mirror.objects.filter(pk=new.pk).exists()


@pytest.mark.parametrize(
    "group", [translators_name("fr"), reviewers_name("fr"), reviewers_name("en")]
)
def test_one_language_s_translators_and_reviewers_may_not_touch_mirrors(client, person, group):
    client = sign_in(client, person(group))
    mirror = Mirror.objects.first()
    before = state()
    assert refused(client.get(BASE))
    assert refused(client.post(BASE + "add/", form("https://evil.example.org/")))
    assert refused(client.post(f"{BASE}edit/{mirror.pk}/", form("https://evil.example.org/")))
    assert refused(client.post(f"{BASE}reorder/{mirror.pk}/?position=2"))
    assert refused(client.post(f"{BASE}delete/{mirror.pk}/"))
    assert state() == before


def test_only_the_editors_group_holds_the_mirror_permissions():
    assert Mirror in editors_snippet_models()
    holders = set(
        Group.objects.filter(permissions__content_type__app_label="mirrors").values_list(
            "name", flat=True
        )
    )
    assert holders == {EDITORS}


@pytest.mark.parametrize(
    ("address", "message"),
    [
        ("ftp://files.example.org/", "must start with https://"),
        ("http://expyuzz4wqqyqhjn.onion/", "This is not a working onion address"),
        (f"http://{MISTYPED_ONION_HOST}/", "This is not a working onion address"),
        ("https://user:secret@example.org/", "must not contain a user name or password"),
        ("https://sheltercity.mirror.example.org/", "already exists"),  # the demo's
    ],
)
def test_a_bad_address_is_refused_with_a_clear_message(client, person, address, message):
    client = sign_in(client, person(EDITORS))
    before = state()
    response = client.post(BASE + "add/", form(address))
    assert response.status_code == 200
    assert message in response.content.decode()
    assert state() == before


def test_a_good_onion_address_is_accepted(client, person):
    client = sign_in(client, person(EDITORS))
    response = client.post(BASE + "add/", form(f"http://{ONION_HOST}/"))
    assert response.status_code == 302
    assert Mirror.objects.get(address=f"http://{ONION_HOST}/").is_onion
