"""The search page on PostgreSQL: languages, stemming, files, filters, excerpts, promotions."""

import re

import pytest
from django.core.files.base import ContentFile
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.rich_text import RichText

from home.text import BLOCK_BREAK
from resources.factories import ResourceDocumentFactory, ResourcePageFactory
from resources.models import ResourceDownload
from search.backends import field_texts
from search.engine import PAGE_SIZE
from tests.resources.conftest import demo_resource, pdf_bytes
from tests.search.conftest import result_titles, search

# Every language's stemmer: the word searched for is not the word written on the page.
STEMMING = [
    ("en", "Choose a long password and keep it to yourself.", "passwords"),
    ("fr", "Le chiffrement du disque protège vos données.", "chiffrer"),
    ("es", "Cambie su contraseña cada año.", "contraseñas"),
    ("pt", "Guarde a senha num lugar seguro.", "senhas"),
    ("ru", "Никогда не сообщайте свой пароль.", "паролей"),
    ("ar", "غيّر كلمة المرور بانتظام.", "مرور"),
]


@pytest.mark.django_db
@pytest.mark.parametrize(("language", "text", "query"), STEMMING)
def test_words_are_stemmed_in_the_readers_language(client, standard_page, language, text, query):
    standard_page(language, "Zqxv stemming test page", text)
    response = search(client, language, q=query)
    assert response.status_code == 200
    assert "Zqxv stemming test page" in result_titles(response)


@pytest.mark.django_db
def test_a_language_without_a_stemmer_still_finds_words_as_written(client, standard_page):
    """The stemmer is the page's language's: the Spanish word is not stemmed as English."""
    page = standard_page("en", "Zqxv Spanish word in English", "Una contraseña.")
    assert "Zqxv Spanish word in English" in result_titles(search(client, "en", q="contraseña"))
    assert page.title not in result_titles(search(client, "es", q="contraseña"))


@pytest.mark.django_db
def test_results_are_in_the_readers_language_unless_every_language_is_asked(client, standard_page):
    standard_page("en", "Zqxv shelter in English", "A quiet zqxvword place.")
    standard_page("fr", "Zqxv refuge en français", "Un lieu zqxvword calme.")

    french = search(client, "fr", q="zqxvword")
    assert result_titles(french) == ["Zqxv refuge en français"]

    everywhere = search(client, "fr", q="zqxvword", languages="all")
    assert sorted(result_titles(everywhere)) == [
        "Zqxv refuge en français",
        "Zqxv shelter in English",
    ]
    html = everywhere.content.decode()
    # Each result is labelled with its language, the English one marked as English.
    assert '<bdi lang="en">English</bdi>' in html
    assert 'lang="en" dir="auto"><a href="/en/' in html


@pytest.mark.django_db
def test_the_demo_is_searchable_in_every_language(client):
    resource = demo_resource("strong-passwords")
    for language, query in [("en", "passwords"), ("fr", "passe"), ("es", "contraseñas")]:
        response = search(client, language, q=query)
        assert resource[language].title in result_titles(response), language


@pytest.mark.django_db
def test_a_resource_is_found_by_words_only_in_its_pdf(client):
    library = demo_resource("strong-passwords")["en"].get_parent()
    document = ResourceDocumentFactory(
        title="Field notes",
        language="en",
        file=ContentFile(pdf_bytes(text="The quokkalike procedure is explained"), "notes.pdf"),
    )
    document._set_document_file_metadata()  # what Wagtail's upload does: reads the PDF's text
    document.save()
    document.file.close()
    resource = ResourcePageFactory(
        parent=library, locale=library.locale, title="Zqxv field notes", summary="Notes."
    )
    ResourceDownload.objects.create(page=resource, document=document)
    resource.save_revision().publish()

    response = search(client, "en", q="quokkalike")
    assert result_titles(response) == ["Zqxv field notes"]
    # The excerpt is the passage of the PDF, the word marked.
    assert "<mark>quokkalike</mark> procedure" in response.content.decode()

    # A file replaced by one without the word: the resource is indexed again.
    document.file.save("notes2.pdf", ContentFile(pdf_bytes(text="Nothing to see")), save=False)
    document._set_document_file_metadata()
    document.save()
    document.file.close()
    assert result_titles(search(client, "en", q="quokkalike")) == []


@pytest.mark.django_db
def test_filters_by_type_and_topic_with_counts(client, standard_page):
    resource = demo_resource("strong-passwords")["en"]
    standard_page("en", "Zqxv passwords policy", "How we handle passwords.")
    response = search(client, "en", q="passwords")
    facets = {facet["name"]: facet["options"] for facet in response.context["search"].facets}
    types = {option["value"]: option["count"] for option in facets["type"]}
    assert types["page"] == 1
    assert types["resource"] >= 1
    assert types[""] == types["resource"] + types["page"] + types["city"] + types["call"]
    topics = {option["value"]: option["count"] for option in facets["topic"]}
    assert topics["digital-security"] >= 1

    only_pages = search(client, "en", q="passwords", type="page")
    assert result_titles(only_pages) == ["Zqxv passwords policy"]
    by_topic = search(client, "en", q="passwords", topic="digital-security")
    assert resource.title in result_titles(by_topic)
    assert "Zqxv passwords policy" not in result_titles(by_topic)


@pytest.mark.django_db
def test_resources_show_their_format_and_languages(client):
    response = search(client, "en", q="passwords", type="resource")
    html = response.content.decode()
    assert "search-result__meta" in html
    assert '<bdi lang="fr">Français</bdi>' in html
    assert "Guide" in html or "Checklist" in html


@pytest.mark.django_db
def test_the_excerpt_marks_the_words_and_escapes_the_text(client, standard_page):
    standard_page(
        "en",
        "Zqxv markup page",
        "Never paste <b>passwords</b> into chat. Keep your password safe & sound.",
    )
    response = search(client, "en", q="<script>alert(1)</script> passwords zqxv")
    html = response.content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; passwords zqxv" in html  # shown back as text
    response = search(client, "en", q="passwords", type="page")
    html = response.content.decode()
    assert "&lt;b&gt;<mark>passwords</mark>&lt;/b&gt;" in html
    assert "Keep your <mark>password</mark> safe &amp; sound." in html


@pytest.mark.django_db
def test_promoted_results_come_first_in_the_readers_language(client):
    resource = demo_resource("two-factor-authentication")
    query = Query.get("Passe")
    SearchPromotion.objects.create(query=query, page=resource["en"], description="Start here.")
    SearchPromotion.objects.create(
        query=query, external_link_url="https://example.org/guide", external_link_text="A guide"
    )

    response = search(client, "fr", q="passe")
    promoted = response.context["search"].promotions
    assert promoted[0].pk == resource["fr"].pk  # the French translation of the promoted page
    assert promoted[1].external_link_url == "https://example.org/guide"
    html = response.content.decode()
    assert html.index(resource["fr"].title) < html.index("search-results")
    # Not repeated among the results.
    assert resource["fr"].title not in result_titles(response)


@pytest.mark.django_db
def test_an_unpublished_promoted_page_is_not_shown(client):
    resource = demo_resource("backup-plan")
    query = Query.get("zqxvpromo")
    SearchPromotion.objects.create(query=query, page=resource["en"])
    resource["en"].unpublish()
    assert search(client, "en", q="zqxvpromo").context["search"].promotions == []


@pytest.mark.django_db
def test_pages_of_results(client, standard_page):
    for number in range(PAGE_SIZE + 3):
        standard_page("en", f"Zqxv paged {number:02}", "zqxvpaged")
    first = search(client, "en", q="zqxvpaged")
    assert len(first.context["search"].results) == PAGE_SIZE
    assert first.context["search"].result_count == PAGE_SIZE + 3
    second = search(client, "en", q="zqxvpaged", page="2")
    assert len(second.context["search"].results) == 3
    assert "page=1" in second.content.decode()


@pytest.mark.django_db
def test_an_empty_query_shows_where_to_browse(client):
    response = search(client, "fr")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'href="/fr/library/?topic=digital-security"' in html
    assert 'href="/fr/cities/"' in html
    assert "search-results" not in html


@pytest.mark.django_db
def test_no_result_suggests_every_language_and_browsing(client):
    response = search(client, "fr", q="zqxvnothing", type="resource")
    html = response.content.decode()
    assert "languages=all" in html
    assert 'href="?q=zqxvnothing"' in html  # the same search without its filters
    assert 'href="/fr/library/"' in html


@pytest.mark.django_db
def test_every_page_has_the_search_field_in_its_header(client):
    html = client.get("/ar/library/").content.decode()
    assert 'action="/ar/search/"' in html
    assert 'data-suggest="/ar/search/suggest/"' in html


@pytest.mark.django_db
def test_the_language_switcher_keeps_the_search(client):
    html = search(client, "fr", q="mots de passe", type="resource").content.decode()
    assert 'href="/ar/search/?q=mots+de+passe&amp;type=resource" lang="ar"' in html


@pytest.mark.django_db
def test_editors_search_every_language_in_the_admin(admin_client):
    """Wagtail's admin search goes through the same backend, in every language at once."""
    response = admin_client.get("/admin/pages/search/", {"q": "contraseñas"})
    assert response.status_code == 200
    assert demo_resource("strong-passwords")["es"].title in response.content.decode()


@pytest.mark.django_db
def test_editors_manage_promoted_results_in_the_admin(admin_client):
    assert admin_client.get("/admin/searchpicks/").status_code == 200
    assert admin_client.get("/admin/searchpicks/add/").status_code == 200


@pytest.mark.django_db
def test_blocks_of_a_page_are_kept_apart_in_its_excerpt(client, standard_page):
    page = standard_page("fr", "Zqxv page en blocs", "")
    page.body = [
        ("heading", {"text": "Écran de verrouillage et mises à jour", "level": "h2"}),
        ("paragraph", RichText("<p>Un code zqxv long protège.</p><h3>Sauvegardes</h3>")),
        ("paragraph", RichText("<ul><li>Chiffrez</li><li>Copiez</li></ul>")),
    ]
    page.save_revision().publish()
    texts = dict(field_texts(page))
    assert texts["body"].split(BLOCK_BREAK) == [
        "Écran de verrouillage et mises à jour",
        "Un code zqxv long protège.",
        "Sauvegardes",
        "Chiffrez",
        "Copiez",
    ]
    response = search(client, "fr", q="zqxv", type="page")
    (result,) = response.context["search"].results
    assert result.excerpt == (
        "Écran de verrouillage et mises à jour · Un code <mark>zqxv</mark> long protège. "
        "Sauvegardes · Chiffrez · Copiez"
    )
    # The index sees the words apart too: the heading's last word is found alone.
    assert "Zqxv page en blocs" in result_titles(search(client, "fr", q="jour zqxv"))


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "resource", "page", "plural"),
    [("en", "Resource", "Page", "Resources"), ("fr", "Ressource", "Page", "Ressources")],
)
def test_each_result_is_labelled_with_its_type_in_the_singular(
    client, standard_page, language, resource, page, plural
):
    standard_page(language, "Zqxv password page", "Keep your passwords and mots de passe safe.")
    html = search(client, language, q="passwords" if language == "en" else "passe").content.decode()
    labels = re.findall(r'<p class="search-result__type">([^<·]+)', html)
    assert resource in [label.strip() for label in labels]
    assert plural not in [label.strip() for label in labels]
    html = search(client, language, q="zqxv", type="page").content.decode()
    assert re.findall(r'<p class="search-result__type">([^<·]+)', html)[0].strip() == page
    assert f">{plural}" in html  # the type filter still names them in the plural
