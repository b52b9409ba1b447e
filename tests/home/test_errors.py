"""Unknown and malformed addresses get the localized 404 (or 400), never a 500."""

import pytest
from django.test import RequestFactory
from django.utils import translation
from django.views.defaults import server_error

from home.models import HomePage

NOT_FOUND = {
    "en": "Page not found",
    "fr": "Page introuvable",
    "es": "Página no encontrada",
    "pt": "Página não encontrada",
    "ru": "Страница не найдена",
    "ar": "الصفحة غير موجودة",
}


@pytest.mark.parametrize("language", list(NOT_FOUND))
def test_unknown_path_gives_the_404_in_that_language(client, db, language):
    response = client.get(f"/{language}/no-such-page/")
    assert response.status_code == 404
    html = response.content.decode()
    assert NOT_FOUND[language] in html
    assert f'<html lang="{language}"' in html
    assert '<meta name="robots" content="noindex">' in html
    assert f'href="/{language}/"' in html  # back to that language's home


def test_unknown_language_prefix_ends_in_the_readers_404(client, db):
    response = client.get("/xx/", HTTP_ACCEPT_LANGUAGE="fr", follow=True)
    assert response.redirect_chain == [("/fr/xx/", 302)]
    assert response.status_code == 404
    assert "Page introuvable" in response.content.decode()


@pytest.mark.parametrize(
    "path",
    [
        "/en/%01control/",
        "/en/%E2%80%AEreversed/",
        "/en/" + "a" * 3000 + "/",
        "/en/about/" + "deep/" * 200,
        "/en/<script>alert(1)</script>/",
        "/en/'%20OR%201=1--/",
        "/en/about/%FF%FE/",
        "/en/%D8%B9%D8%B1%D8%A8%D9%8A/",
        "/en//about//",
        "/en/.%2e/.%2e/etc/passwd",
        "/fr/about/%20/",
    ],
)
def test_malformed_paths_are_not_found(client, db, path):
    response = client.get(path)
    assert response.status_code == 404
    assert "<script>alert(1)</script>" not in response.content.decode()


@pytest.mark.parametrize(
    "url", ["/en/%00/", "/en/about/%00", "/en/?q=%00", "/fr/?%00=1", "/ar/about/?a=b&c=%00d"]
)
def test_nul_characters_get_a_400_in_the_readers_language(client, db, url):
    response = client.get(url)
    assert response.status_code == 400
    html = response.content.decode()
    assert "<h1>" in html
    if url.startswith("/fr/"):
        assert "Requête incorrecte" in html


@pytest.mark.parametrize(
    "query", ["?page=abc", "?page=-1", "?" + "x=1&" * 500, "?q=" + "é" * 5000, "?a[]=1&a[]=2"]
)
def test_odd_query_strings_on_a_page_are_ignored(client, db, query):
    assert client.get("/en/" + query).status_code == 200


def test_server_error_page_is_in_the_readers_language(client, db, monkeypatch):
    def broken(self, request, *args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(HomePage, "serve", broken)
    client.raise_request_exception = False
    response = client.get("/ru/")
    assert response.status_code == 500
    html = response.content.decode()
    assert '<html lang="ru" dir="ltr">' in html and "Что-то пошло не так" in html


def test_server_error_page_renders_without_touching_the_database(db, django_assert_num_queries):
    with translation.override("ar"), django_assert_num_queries(0):
        response = server_error(RequestFactory().get("/ar/"))
    assert response.status_code == 500
    html = response.content.decode()
    assert '<html lang="ar" dir="rtl">' in html and 'href="/ar/"' in html


def test_too_many_query_parameters_get_a_400_not_a_500(client, db):
    response = client.get("/en/?" + "x=1&" * 2000)
    assert response.status_code == 400
    assert "<h1>Bad request</h1>" in response.content.decode()


def test_admin_paths_are_not_language_prefixed(client, db):
    response = client.get("/admin/")
    assert response.status_code == 302 and response["Location"].startswith("/admin/login/")


def test_a_404_in_the_admin_stays_a_404(admin_client):
    response = admin_client.get("/admin/pages/999999/edit/")
    assert response.status_code == 404
    assert admin_client.get("/documents/999999/missing.pdf").status_code == 404
