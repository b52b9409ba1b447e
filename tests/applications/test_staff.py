"""The selection team's side of the admin (applications/staff.py): the count of each call's
applications per day, the sealed archive of a call (decrypted here with the test key, as the
offline machine would), deletion by receipt code; the "Selection team" group that alone holds
the permission; and Wagtail's refusal, with no menu item, for every editorial role."""

import datetime
import io
import json
import logging
import re
import uuid
import zipfile

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from django.utils import timezone
from wagtail.users.models import UserProfile

from applications import archive, sealing
from applications.models import SealedApplication
from editorial.roles import EDITORS, SELECTION_TEAM, reviewers_name, setup_roles, translators_name
from home.demo.tools import demo_key
from opencall.models import OpenCallPage
from tests.accounts.helpers import sign_in
from tests.applications.helpers import PDF, closed_call, offline, secret_key, store_application
from tests.editorial.helpers import refused

pytestmark = pytest.mark.django_db

INDEX = "/admin/applications/"
# The menu item, in the sidebar's data.
MENU_ITEM = '"name": "applications", "label": "Applications"'
PERMISSION = ("applications", "select_applications")
# The list's queries: the admin's own twelve (the session read, and saved with its savepoint:
# four; the user, their second factor, their two kinds of permissions, their profile, the page
# and collection permissions and the locales for the sidebar: eight) and the list's two (the
# counts per call and day, the calls' titles), however many calls and days there are. Counted,
# not guessed.
INDEX_QUERIES = 14


@pytest.fixture
def person(django_user_model):
    def make(group, language=None):
        user = django_user_model.objects.create_user(
            username=group.lower().replace(" ", "-"), password="pw"
        )
        user.groups.add(Group.objects.get(name=group))
        if language:
            profile = UserProfile.get_for_user(user)
            profile.preferred_language = language
            profile.save()
        return user

    return make


@pytest.fixture
def team(client, person):
    """A client signed in as a member of the selection team."""
    return sign_in(client, person(SELECTION_TEAM))


@pytest.fixture
def current_call():
    """The demo's open call, by language."""
    pages = OpenCallPage.objects.filter(translation_key=demo_key("opencall:current"))
    return {page.locale.language_code: page for page in pages.select_related("locale")}


def days_ago(days):
    return timezone.localdate() - datetime.timedelta(days=days)


def sections(html):
    """Each call's section of the list: its title and its (day, count) rows and total."""
    found = {}
    for section in re.findall(r"<section.*?</section>", html, re.S):
        title = re.sub(r"<[^>]+>", "", re.search(r"<h3[^>]*>(.*?)</h3>", section, re.S)[1])
        days = re.findall(r'<time datetime="([0-9-]+)">.*?</time></td>\s*<td>(\d+)</td>', section)
        total = re.search(r"Total</th>\s*<td>(\d+)</td>", section)[1]
        found[title.strip()] = ([(day, int(count)) for day, count in days], int(total))
    return found


def test_only_the_selection_team_holds_the_permission_with_admin_access():
    group = Group.objects.get(name=SELECTION_TEAM)
    assert sorted(group.permissions.values_list("content_type__app_label", "codename")) == [
        PERMISSION,
        ("wagtailadmin", "access_admin"),
    ]
    holders = Group.objects.filter(
        permissions__content_type__app_label=PERMISSION[0], permissions__codename=PERMISSION[1]
    )
    assert list(holders.values_list("name", flat=True)) == [SELECTION_TEAM]
    # setup_roles puts it right: a permission added by hand is taken away again.
    group.permissions.add(Permission.objects.get(codename="add_page"))
    call_command("setup_roles", stdout=io.StringIO())
    assert group.permissions.count() == 2
    assert setup_roles()[SELECTION_TEAM] == group


def test_the_list_counts_each_call_s_applications_per_day(team, current_call):
    call = current_call["en"]
    for day in (days_ago(0), days_ago(0), days_ago(2), days_ago(5)):
        store_application(call, day=day)
    older = closed_call(20, title="Zqxv older call")
    store_application(older, day=days_ago(25))
    deleted_key = uuid.uuid4()
    for _ in range(2):
        store_application(
            call_key=deleted_key, closes_at=timezone.now(), day=days_ago(1), attachment=None
        )

    response = team.get(INDEX)
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    html = response.content.decode()
    assert sections(html) == {
        call.title: (
            [(days_ago(n).isoformat(), count) for n, count in ((0, 2), (2, 1), (5, 1))],
            4,
        ),
        "a deleted call": ([(days_ago(1).isoformat(), 2)], 2),
        "Zqxv older call": ([(days_ago(25).isoformat(), 1)], 1),
    }
    # The call with the newest application first.
    assert html.index(call.title) < html.index("a deleted call") < html.index("Zqxv older call")
    for key in (call.translation_key, deleted_key, older.translation_key):
        assert f'href="/admin/applications/{key}/download/"' in html
    assert "Download the sealed applications" in html
    assert "Delete an application by its receipt code" in html
    assert MENU_ITEM in team.get("/admin/").content.decode()


def test_the_list_names_each_call_in_the_user_s_language(client, person, current_call):
    store_application(current_call["en"])
    french_only_in_english = closed_call(3, title="Zqxv English only")
    store_application(french_only_in_english)
    client = sign_in(client, person(SELECTION_TEAM, language="fr"))
    titles = set(sections(client.get(INDEX).content.decode()))
    assert titles == {current_call["fr"].title, "Zqxv English only"}
    assert current_call["fr"].title != current_call["en"].title


def test_an_empty_list_says_so(team):
    SealedApplication.objects.all().delete()
    html = team.get(INDEX).content.decode()
    assert sections(html) == {}
    assert "No application has been received" in html


@pytest.mark.parametrize("calls", [1, 4])
def test_the_list_makes_the_same_queries_for_one_call_and_for_many(
    team, django_assert_num_queries, calls
):
    for number in range(calls):
        call = closed_call(number + 1, title=f"Zqxv call {number}")
        for day in range(number * 3 + 1):
            store_application(call, day=days_ago(day + number))
    team.get(INDEX)
    with django_assert_num_queries(INDEX_QUERIES):
        response = team.get(INDEX)
    assert len(sections(response.content.decode())) == calls


def test_the_download_is_the_call_s_archive_and_decrypts_offline(team, current_call, tmp_path):
    call = current_call["en"]
    stored = [
        store_application(call, day=days_ago(2), attachment=("cv.pdf", PDF), language="ar"),
        store_application(call, day=days_ago(0)),
        store_application(call, day=days_ago(2)),
    ]
    other = store_application(closed_call(2))
    response = team.get(f"/admin/applications/{call.translation_key}/download/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    assert re.fullmatch(
        r'attachment; filename="applications-[0-9a-f]{8}-[0-9-]{15}\.zip"',
        response["Content-Disposition"],
    )
    assert "no-store" in response["Cache-Control"]
    content = b"".join(response.streaming_content)

    path = tmp_path / "download.zip"
    path.write_bytes(content)
    call_info, items = archive.read_archive(path)
    assert call_info["title"] == call.title
    assert call_info["key"] == str(call.translation_key)
    assert call_info["closes_at"] == call.closes_at.isoformat()
    assert call_info["count"] == 3
    items = list(items)
    # Oldest first; each file named for its day and row.
    assert [name for name, _sealed in items] == [
        archive.sealed_name(row.received_on, row.pk)
        for row, _code, _sealed in sorted(stored, key=lambda s: (s[0].received_on, s[0].pk))
    ]
    opened = [sealing.open_sealed(secret_key(), sealed) for _name, sealed in items]
    assert sorted(opened, key=lambda a: a["receipt"]) == sorted(
        ({"format": sealing.FORMAT, **application} for _row, _code, application in stored),
        key=lambda a: a["receipt"],
    )
    assert other[2]["receipt"] not in {application["receipt"] for application in opened}

    # And with the offline tool, as the selection team opens it.
    key_file = tmp_path / "applications.key"
    key_file.write_text(sealing.secret_key_text(secret_key()))
    result = offline("decrypt", path, "--key", key_file, "--out", tmp_path / "out")
    assert result.returncode == 0, result.stderr
    _row, code, application = stored[0]
    stem = f"{application['received_on']}-{code}"
    assert (tmp_path / "out" / f"{stem}-cv.pdf").read_bytes() == PDF
    decrypted = json.loads((tmp_path / "out" / f"{stem}.json").read_text())
    assert decrypted["answers"] == application["answers"]


def test_a_deleted_call_s_archive_says_so_and_an_unknown_call_is_not_found(team):
    key = uuid.uuid4()
    closes_at = timezone.now() - datetime.timedelta(days=3)
    store_application(call_key=key, closes_at=closes_at)
    response = team.get(f"/admin/applications/{key}/download/")
    assert response.status_code == 200
    with zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content))) as opened:
        call = json.loads(opened.read("call.json"))
    assert call["title"] == "a deleted call"
    assert call["closes_at"] == closes_at.isoformat()
    assert call["count"] == 1
    assert team.get(f"/admin/applications/{uuid.uuid4()}/download/").status_code == 404
    assert team.get("/admin/applications/not-a-key/download/").status_code == 404


def test_deleting_by_receipt_code(team, current_call, caplog):
    call = current_call["en"]
    row, code, _sealed = store_application(call)
    kept, kept_code, _sealed = store_application(call)
    caplog.set_level(logging.DEBUG)

    typed = code.lower().replace("-", " ").replace("0", "o")  # as an applicant might write it
    response = team.post(INDEX, {"receipt": typed})
    assert response.status_code == 302
    assert response["Location"] == INDEX
    assert not SealedApplication.objects.filter(pk=row.pk).exists()
    assert SealedApplication.objects.filter(pk=kept.pk).exists()
    html = team.get(INDEX).content.decode()
    assert "The application with that receipt code has been deleted." in html

    # Again: none found, nothing else deleted.
    response = team.post(INDEX, {"receipt": code})
    assert response.status_code == 404
    assert "No application has this receipt code." in response.content.decode()
    assert SealedApplication.objects.filter(pk=kept.pk).exists()

    for code_seen in (code, kept_code, code.replace("-", "")):
        assert code_seen not in caplog.text
        assert code_seen.lower() not in caplog.text.lower()


@pytest.mark.parametrize("typed", ["", "ABCD-EFGH", "ABCD-EFGH-JKMN-PQRU", "x" * 41])
def test_what_is_not_a_receipt_code_is_refused_with_a_message(team, current_call, typed):
    store_application(current_call["en"])
    before = SealedApplication.objects.count()
    response = team.post(INDEX, {"receipt": typed})
    assert response.status_code == 400
    html = response.content.decode()
    assert "error-message" in html or "w-field--error" in html
    assert (
        "This field is required." in html
        or "This is not a receipt code" in html
        or "at most 40 characters" in html
    )
    assert SealedApplication.objects.count() == before


# Every editorial role, and the "Moderators" group Wagtail's own migrations make.
@pytest.mark.parametrize(
    "group",
    [EDITORS, translators_name("fr"), reviewers_name("fr"), reviewers_name("en"), "Moderators"],
)
def test_everyone_else_is_refused_and_sees_no_menu_item(client, person, current_call, group):
    row, code, _sealed = store_application(current_call["en"])
    client = sign_in(client, person(group))
    response = client.get(INDEX, follow=True)
    assert response.redirect_chain == [("/admin/", 302)]
    assert "Sorry, you do not have permission to access this area." in response.content.decode()
    assert "Applications received" not in response.content.decode()
    download = client.get(f"/admin/applications/{row.call_key}/download/")
    assert refused(download)
    assert not download.has_header("Content-Disposition")
    assert refused(client.post(INDEX, {"receipt": code}))
    assert SealedApplication.objects.filter(pk=row.pk).exists()
    dashboard = client.get("/admin/")
    assert dashboard.status_code == 200
    assert MENU_ITEM not in dashboard.content.decode()


def test_someone_signed_out_is_sent_to_sign_in(client, current_call):
    row, _code, _sealed = store_application(current_call["en"])
    for url in (INDEX, f"/admin/applications/{row.call_key}/download/"):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith("/admin/login/")
