"""Whatever is typed or put in the address: a page, never a 500, and bounded work."""

import pytest
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits

from search.query import MAX_QUERY_LENGTH, MAX_TERMS
from tests.search.conftest import result_titles, search

# The page around the results (menu, banner, language switcher, footer), the reader's locale
# and topics come from the shared cache (home/caching.py); what is left: promotions, the search
# itself, the results' topics, the page of results in full (1 per page type shown) and the day's
# count (3). Without results: promotions, the search and the day's count.
SEARCH_QUERIES = 7
NO_RESULT_QUERIES = 5

ODD_QUERIES = [
    '"passwords',
    "passwords AND NOT phone OR (",
    "((((password",
    "password)))]]}",
    "'; DROP TABLE wagtailcore_page; --",
    "title:passwords^5 OR body:* ~2 [a TO z] /regex.*/",
    "pass* & | ! : <-> \\ '",
    "🔐🔑 passwords 🙂",
    "🔐🔑",
    "كلمة المرور",
    "\u202epasswords\u202c",
    "пароль password كلمة contraseña 密码",
    "a" * 5000,
    "pass\x07word\x1b[31m",
    "   ",
    "%00%ff",
    "the and of",
]


@pytest.mark.django_db
@pytest.mark.parametrize("query", ODD_QUERIES)
def test_odd_queries_are_searched_as_text(client, query):
    response = search(client, "en", q=query)
    assert response.status_code == 200
    shown = response.context["search"].query
    assert len(shown) <= MAX_QUERY_LENGTH
    assert "\x00" not in shown and "\x1b" not in shown and "\u202e" not in shown
    assert len(response.context["search"].terms) <= MAX_TERMS


@pytest.mark.django_db
def test_syntax_around_words_still_finds_them(client):
    assert result_titles(search(client, "en", q='"passwords'))
    assert result_titles(search(client, "en", q="((((passwords"))
    assert result_titles(search(client, "en", q="🔐 passwords"))


@pytest.mark.django_db
def test_a_query_with_no_word_says_so(client):
    response = search(client, "en", q="🔐 ?! ***")
    assert "There is no word to look for" in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("params", "number"),
    [
        ({"page": "abc"}, 1),
        ({"page": "-3"}, None),
        ({"page": "99999"}, None),  # the last page
        ({"page": "1e9"}, 1),
        ({"page": ["2", "1"]}, 1),
    ],
)
def test_bad_page_numbers_give_a_sensible_page(client, params, number):
    response = search(client, "en", q="security", **params)
    assert response.status_code == 200
    results = response.context["search"].results
    assert results.number == (number or results.paginator.num_pages)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("params", "label"),
    [
        ({"type": "spaceship"}, "Type"),
        ({"topic": "<script>"}, "Topic"),
        ({"languages": "klingon"}, "Languages"),
    ],
)
def test_unknown_filters_are_ignored_and_named(client, params, label):
    response = search(client, "en", q="passwords", **params)
    assert response.status_code == 200
    assert result_titles(response)
    assert label in response.context["search"].ignored_filters
    assert "<script>" not in response.content.decode().split("<main", 1)[1]


@pytest.mark.django_db
def test_repeated_parameters_use_the_last_value(client):
    response = client.get("/en/search/?q=zzzz&q=passwords&type=city&type=resource")
    assert response.status_code == 200
    assert response.context["search"].query == "passwords"
    assert {result.result_type for result in response.context["search"].results} == {"resource"}


@pytest.mark.django_db
def test_post_is_refused(client):
    assert client.post("/en/search/", {"q": "passwords"}).status_code == 405


@pytest.mark.django_db
@pytest.mark.parametrize("number_of_pages", [1, 15])
def test_a_search_makes_the_same_queries_whatever_the_number_of_results(
    client, standard_page, django_assert_num_queries, number_of_pages
):
    for number in range(number_of_pages):
        standard_page("en", f"Zqxv counted {number}", "zqxvcounted")
    search(client, "en", q="zqxvcounted")  # Wagtail's and ContentType's caches warmed
    with django_assert_num_queries(SEARCH_QUERIES):
        response = search(client, "en", q="zqxvcounted")
    assert response.context["search"].result_count == number_of_pages


@pytest.mark.django_db
def test_a_search_with_no_result_makes_fewer_queries(client, django_assert_num_queries):
    search(client, "en", q="zqxvnothing")
    with django_assert_num_queries(NO_RESULT_QUERIES):
        search(client, "en", q="zqxvnothing")


@pytest.mark.django_db
def test_queries_are_counted_per_day_with_nothing_about_the_reader(client, settings):
    response = client.get(
        "/en/search/",
        {"q": "Passwords"},
        HTTP_USER_AGENT="Mozilla/5.0 test",
        REMOTE_ADDR="203.0.113.7",
        HTTP_REFERER="https://example.org/",
    )
    client.get("/en/search/", {"q": "passwords"})
    assert not response.cookies
    query = Query.objects.get(query_string="passwords")
    assert list(QueryDailyHits.objects.filter(query=query).values_list("hits", flat=True)) == [2]
    stored = {field.name for field in Query._meta.get_fields()} | {
        field.name for field in QueryDailyHits._meta.get_fields()
    }
    assert stored <= {"id", "query_string", "daily_hits", "editors_picks", "query", "date", "hits"}

    settings.SEARCH_QUERY_STATS = False
    client.get("/en/search/", {"q": "zqxvunrecorded"})
    assert not Query.objects.filter(query_string="zqxvunrecorded").exists()


@pytest.mark.django_db
def test_suggestions_as_json(client):
    response = client.get("/fr/search/suggest/", {"q": "mots de pa"})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    results = response.json()["results"]
    assert results
    assert all(result["url"].startswith("/fr/") for result in results)
    assert "Mots de passe" in results[0]["title"]


@pytest.mark.django_db
def test_a_nul_byte_is_refused_with_a_message(client):
    """The site refuses NUL bytes in any parameter (sheltercity.middleware), search included."""
    for path in ("/en/search/", "/en/search/suggest/"):
        response = client.get(path, {"q": "pass\x00word"})
        assert response.status_code == 400


@pytest.mark.django_db
@pytest.mark.parametrize("query", ["", "a", "🔐", "((", "x" * 5000, "pa\x07ss"])
def test_suggestions_for_odd_input_are_empty_or_sane(client, query):
    response = client.get("/en/search/suggest/", {"q": query})
    assert response.status_code == 200
    assert isinstance(response.json()["results"], list)
