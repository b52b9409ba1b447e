"""The index follows the pages: publishing, drafts, privacy, moves, deletion, translation."""

import io

import pytest
from django.core.management import call_command
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction
from wagtail.search.models import IndexEntry

from tests.search.conftest import result_titles, search


@pytest.mark.django_db
def test_publishing_and_unpublishing_update_results_at_once(client, standard_page):
    page = standard_page("en", "Zqxv lifecycle", "zqxvlife", live=False)
    assert result_titles(search(client, q="zqxvlife")) == []

    page.save_revision().publish()
    assert result_titles(search(client, q="zqxvlife")) == ["Zqxv lifecycle"]

    page.refresh_from_db()
    page.unpublish()
    assert result_titles(search(client, q="zqxvlife")) == []


@pytest.mark.django_db
def test_a_draft_change_is_not_searchable_until_published(client, standard_page):
    page = standard_page("en", "Zqxv draft", "zqxvbefore")
    page.introduction = "zqxvafter"
    page.save_revision()  # a draft: the live page still says zqxvbefore
    assert result_titles(search(client, q="zqxvafter")) == []
    assert result_titles(search(client, q="zqxvbefore")) == ["Zqxv draft"]

    page.get_latest_revision().publish()
    assert result_titles(search(client, q="zqxvafter")) == ["Zqxv draft"]
    assert result_titles(search(client, q="zqxvbefore")) == []


@pytest.mark.django_db
def test_private_pages_never_appear(client, standard_page):
    parent = standard_page("en", "Zqxv private section", "zqxvprivate")
    standard_page("en", "Zqxv private child", "zqxvprivate", parent=parent)
    PageViewRestriction.objects.create(
        page=parent, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )
    assert result_titles(search(client, q="zqxvprivate")) == []
    assert search(client, q="zqxvpriv", languages="all").context["search"].result_count == 0


@pytest.mark.django_db
def test_a_moved_page_is_found_at_its_new_address(client, standard_page):
    first = standard_page("en", "Zqxv section one")
    second = standard_page("en", "Zqxv section two")
    page = standard_page("en", "Zqxv moving", "zqxvmove", parent=first)
    page.move(second, pos="last-child")
    response = search(client, q="zqxvmove")
    assert [result.url for result in response.context["search"].results] == [
        "/en/zqxv-section-two/zqxv-moving/"
    ]


@pytest.mark.django_db
def test_a_deleted_page_leaves_the_index(client, standard_page):
    page = standard_page("en", "Zqxv deleted", "zqxvgone")
    assert IndexEntry.objects.filter(object_id=str(page.pk)).exists()
    page.delete()
    assert not IndexEntry.objects.filter(object_id=str(page.pk)).exists()
    assert result_titles(search(client, q="zqxvgone")) == []


@pytest.mark.django_db
def test_a_translation_is_indexed_with_its_languages_stemmer(client, standard_page, locales):
    page = standard_page("en", "Zqxv translated", "Zqxvencryption")
    french = page.copy_for_translation(locales["fr"])
    french.title = "Zqxv traduit"
    french.introduction = "Le zqxvchiffrement du disque."
    french.save_revision().publish()
    assert result_titles(search(client, "fr", q="zqxvchiffrer")) == ["Zqxv traduit"]
    assert result_titles(search(client, "en", q="zqxvchiffrer")) == []


@pytest.mark.django_db
def test_aliases_are_not_results(client, standard_page, locales):
    page = standard_page("en", "Zqxv aliased", "zqxvalias")
    page.copy_for_translation(locales["fr"], alias=True)
    assert result_titles(search(client, "fr", q="zqxvalias")) == []
    assert result_titles(search(client, "fr", q="zqxvalias", languages="all")) == ["Zqxv aliased"]


@pytest.mark.django_db
def test_update_index_rebuilds_everything(client, standard_page):
    standard_page("en", "Zqxv rebuilt", "zqxvrebuild")
    IndexEntry.objects.all().delete()
    assert result_titles(search(client, q="zqxvrebuild")) == []
    call_command("update_index", stdout=io.StringIO())
    assert result_titles(search(client, q="zqxvrebuild")) == ["Zqxv rebuilt"]
    assert result_titles(search(client, "es", q="contraseñas"))  # the demo, stemmed again


@pytest.mark.django_db
def test_the_search_query_can_use_the_index_on_title_and_body(client, standard_page):
    """search/migrations/0001: Wagtail's backend matches `(title || body) @@ query`, an
    expression its own indexes cannot serve; the project's index on that expression can. Fails
    if the backend's query changes shape. Sequential scans are priced out here: on a few rows
    PostgreSQL would rather read the table, as it should."""
    standard_page("en", "Zqxv indexed", "zqxvindexed")
    with CaptureQueriesContext(connection) as queries:
        assert result_titles(search(client, q="zqxvindexed")) == ["Zqxv indexed"]
    matching = [query["sql"] for query in queries.captured_queries if "@@" in query["sql"]]
    assert len(matching) == 1
    expression = '("wagtailsearch_indexentry"."title" || "wagtailsearch_indexentry"."body") @@'
    assert expression in matching[0]
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute(
            f"EXPLAIN SELECT id FROM wagtailsearch_indexentry WHERE {expression} "  # noqa: S608
            "to_tsquery('english', 'zqxvindexed')"
        )
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert "search_indexentry_title_body_gin" in plan
