"""The translation status report: each state produced for real, filters, CSV, the dashboard."""

import csv
import io

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext

from editorial.roles import translators_name
from editorial.status import IN_PROGRESS, MISSING, OUT_OF_DATE, UP_TO_DATE, WAITING, page_rows
from home.factories import StandardPageFactory
from tests.editorial.helpers import FRENCH, act, as_user, submit, translate_everything

TITLE = "Zqxv night safety"
# The admin page itself (session, user, menus; the second factor's device; the session saved
# again, which restarts its idle clock: savepoint, update, release), the user's groups (which
# languages they see) and the matrix: pages, locales, sources, progress, workflows, content
# types, and each snippet model.
REPORT_QUERIES = 28


def cell(language):
    row = next(row for row in page_rows([language]) if row.title == TITLE)
    return row.cells[language]


@pytest.mark.django_db
def test_each_state_as_the_journey_goes(client, people, french_draft, locales):
    assert cell("es").state == MISSING
    assert cell("es").url.startswith("/admin/localize/submit/page/")

    translate_everything(
        french_draft, locales["fr"], lambda text: FRENCH[text] if text == TITLE else None
    )
    in_progress = cell("fr")
    assert in_progress.state == IN_PROGRESS
    assert 0 < in_progress.percent < 100
    assert in_progress.url == f"/admin/pages/{french_draft.pk}/edit/"

    translate_everything(french_draft, locales["fr"], lambda text: FRENCH.get(text, text))
    assert cell("fr").percent == 100
    submit(client, people["translator"], french_draft)
    assert cell("fr").state == WAITING

    act(client, people["reviewer"], french_draft, "approve")
    assert cell("fr").state == UP_TO_DATE

    english = french_draft.get_translation(locales["en"])
    english.introduction = "Walk home in pairs, and text a friend."
    english.save_revision().publish()
    out_of_date = cell("fr")
    assert out_of_date.state == OUT_OF_DATE
    assert out_of_date.url.startswith("/admin/localize/update/")


@pytest.mark.django_db
def test_the_report_filters_and_exports(client, people, french_draft):
    as_user(client, people["editor"])
    response = client.get(
        "/admin/reports/translations/", {"language": "fr", "state": "in_progress"}
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert TITLE in html
    assert 'lang="es"' not in html  # one language's column

    response = client.get("/admin/reports/translations/", {"language": "fr", "export": "csv"})
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows[0] == ["title", "type", "section", "fr"]
    ours = next(row for row in rows if row[0] == TITLE)
    assert ours[1:3] == ["Standard page", "zqxv-night-safety"]
    assert ours[3].startswith("in_progress ")

    for params in ({"language": "xx"}, {"state": "<b>"}, {"section": "nowhere"}):
        assert client.get("/admin/reports/translations/", params).status_code == 200


@pytest.mark.django_db
def test_the_dashboard_counts_the_users_languages(client, django_user_model, french_draft):
    translator = django_user_model.objects.create_user(username="t", password="pw")
    translator.groups.add(Group.objects.get(name=translators_name("fr")))
    html = as_user(client, translator).get("/admin/").content.decode()
    assert "Translations: Français" in html
    assert "/admin/reports/translations/?state=in_progress" in html


@pytest.mark.django_db
def test_the_report_reads_a_fixed_number_of_queries(client, people, home_pages):
    """Five pages more, and as many queries: the matrix is read in bulk, not cell by cell."""
    as_user(client, people["editor"])

    def queries():
        with CaptureQueriesContext(connection) as context:
            assert client.get("/admin/reports/translations/").status_code == 200
        return len(context.captured_queries)

    before = queries()
    for n in range(5):
        StandardPageFactory(parent=home_pages["en"], title=f"Zqxv page {n}")
    assert queries() == before == REPORT_QUERIES


@pytest.mark.django_db
def test_a_translator_sees_and_exports_their_languages_only(client, people, french_draft):
    as_user(client, people["translator"])  # Translators (fr)
    rows = list(
        csv.reader(
            io.StringIO(
                client.get("/admin/reports/translations/", {"export": "csv"}).content.decode()
            )
        )
    )
    assert rows[0] == ["title", "type", "section", "fr"]
    # Asking for another language's column is an invalid filter, ignored: still French only.
    html = client.get("/admin/reports/translations/", {"language": "ar"}).content.decode()
    assert 'lang="ar"' not in html
