"""The demo's static mirror read from its files with no server (tests/mirrors/crawl.py): every
public page of every language reached from index.html, no broken link, nothing that needs a
server or JavaScript, the documents' checksums, the library's topic and format pages, the
frozen call, its application form left on the live site, and the search page that has no
search."""

import hashlib
import shutil
from collections import Counter
from urllib.parse import urlencode, urlsplit

import pytest
from django.conf import settings
from django.utils import formats, timezone, translation
from django.utils.timesince import timeuntil
from django.utils.translation import gettext
from wagtail.models import Site

from home.wagtail_overrides import published_pages
from mirrors import manifest, signing
from mirrors.export import file_for, url_key
from mirrors.mode import MirrorMode, exporting
from opencall.models import OpenCallPage
from resources.models import ResourceDownload, ResourceIndexPage, ResourcePage, Topic
from resources.models.pages import PAGE_SIZE
from tests.mirrors.onion_addresses import ONION, ONION_HOST
from tests.public_pages import application_form_path

from .crawl import target_of

pytestmark = pytest.mark.django_db

LANGUAGES = [code for code, _name in settings.LANGUAGES]


def file_of_page(page, query=None):
    """The mirror's file for a page (and a query), from the page's own URL."""
    site = Site.objects.get(is_default_site=True)
    site_id, _root, path = page.get_url_parts()
    assert site_id == site.pk
    return file_for(url_key(path, urlencode(query or {})))


def text_of(soup, selector):
    found = soup.select_one(selector)
    return " ".join(found.get_text(" ").split()) if found else ""


def test_the_index_leads_to_every_language(mirror):
    index = mirror.crawl.reached["index.html"]
    linked = {
        target_of(a["href"], "index.html") for a in index.select(".mirror-index__languages a")
    }
    assert linked == {f"{code}/index.html" for code in LANGUAGES}
    assert index.html["lang"] == settings.LANGUAGE_CODE


def test_every_public_page_of_every_language_is_reached(mirror):
    expected = Counter()
    missing = []
    for page in published_pages().filter(depth__gt=1).specific(defer=True):
        name = file_of_page(page)
        expected[page.locale.language_code] += 1
        if name not in mirror.crawl.reached:
            missing.append(f"{page.url_path} ({page.locale.language_code}): {name}")
    for code in LANGUAGES:
        with translation.override(code):
            name = file_for(url_key(f"/{code}/search/"))
        if name not in mirror.crawl.reached:
            missing.append(f"the search page in {code}: {name}")
    assert not missing, "Not reached from index.html:\n" + "\n".join(missing)
    # Every language has its pages, not only a home page.
    assert all(expected[code] > 10 for code in LANGUAGES), expected
    # And each reached page is the page it should be: its <html lang> is its language.
    for code in LANGUAGES:
        assert mirror.crawl.reached[f"{code}/index.html"].html["lang"] == code


def test_no_link_is_broken_and_none_leaves_for_the_live_site(mirror):
    assert not mirror.export.broken
    assert not mirror.crawl.broken, "\n".join(
        f"{link.source}: <{link.tag} {link.attribute}={link.url!r}>"
        for link in mirror.crawl.broken[:30]
    )
    live = Site.objects.get(is_default_site=True).root_url
    # The one page a copy links at the live site: the open call's application form.
    forms = {live + application_form_path(code) for code in LANGUAGES}
    to_the_site = [
        link
        for link in mirror.crawl.external
        if urlsplit(link.url).netloc == urlsplit(live).netloc
        and not (link.tag == "link" and {"canonical", "alternate"} & set(link.rel))
        and link.url not in forms
    ]
    assert not to_the_site, [(link.source, link.url) for link in to_the_site[:10]]
    # Every file written is reached from index.html: nothing in the copy is an orphan.
    written = {
        path.relative_to(mirror.directory).as_posix()
        for path in mirror.directory.rglob("*")
        if path.is_file()
    }
    assert written == set(mirror.crawl.reached)


def test_no_form_and_no_script_in_any_page(mirror):
    pages = mirror.crawl.pages()
    assert len(pages) > 500
    with_form = [name for name, soup in pages.items() if soup.find("form")]
    assert not with_form, with_form[:10]
    # Structured data (JSON-LD on city and call pages) is data a browser never runs.
    with_script = [
        name
        for name, soup in pages.items()
        if any(script.get("type") != "application/ld+json" for script in soup.find_all("script"))
    ]
    assert not with_script, with_script[:10]
    assert not any(soup.find(True, attrs={"onclick": True}) for soup in pages.values())


def test_every_document_checksum_shown_is_the_file_linked(mirror):
    checked = 0
    for name, soup in mirror.crawl.pages().items():
        for item in soup.select(".download"):
            link = item.select_one(".download__title a")
            shown = item.select_one(".checksum").get_text().strip()
            target = target_of(link["href"], name)
            assert target is not None, (name, link["href"])
            digest = hashlib.sha256((mirror.directory / target).read_bytes()).hexdigest()
            assert digest == shown, f"{name}: {target}"
            checked += 1
    downloads = ResourceDownload.objects.filter(page__in=ResourcePage.objects.live().public())
    assert checked == downloads.count() > 0


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_library_has_a_page_per_topic_and_per_format(mirror, language):
    library = ResourceIndexPage.objects.live().get(locale__language_code=language)
    resources = ResourcePage.objects.child_of(library).live().public()
    for name, values in (
        ("topic", Counter(resources.values_list("topic__slug", flat=True))),
        ("format", Counter(resources.values_list("format", flat=True))),
    ):
        assert values
        for value, count in values.items():
            file = file_of_page(library, {name: value})
            soup = mirror.crawl.reached.get(file)
            assert soup is not None, f"{file} not reached"
            assert len(soup.select(".resource-card")) == min(count, PAGE_SIZE), file
            if count > PAGE_SIZE:
                assert file_of_page(library, {name: value, "page": 2}) in mirror.crawl.reached
    # The library's own page draws its filters as links, each option's count beside it.
    soup = mirror.crawl.reached[file_of_page(library)]
    browse = soup.select_one("nav.mirror-browse")
    assert browse is not None and not soup.find("select")
    topics = Counter(resources.values_list("topic__slug", flat=True))
    linked = {
        a["href"].split(".topic-")[1].removesuffix(".html")
        for a in browse.select("a")
        if ".topic-" in a["href"]
    }
    assert linked == set(topics)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_call_shows_its_status_frozen_at_the_export(mirror, language):
    now = timezone.now()
    call = OpenCallPage.objects.live().get(
        locale__language_code=language, opens_at__lte=now, closes_at__gt=now
    )
    soup = mirror.crawl.reached[file_of_page(call)]
    with translation.override(language):
        date = formats.date_format(timezone.localtime(mirror.made_at), "DATE_FORMAT")
        frozen = gettext("On %(date)s, when this copy of the site was made:") % {"date": date}
        countdown = timeuntil(call.closes_at, mirror.made_at)
    status = text_of(soup, ".call-status")
    assert text_of(soup, ".call-status__frozen") == " ".join(frozen.split())
    assert countdown not in status  # no time left, which a copy could not keep true
    # Every other page's banner dates what it says too.
    home = mirror.crawl.reached[f"{language}/index.html"]
    assert date in text_of(home, ".call-banner")


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_application_form_is_left_on_the_live_site(mirror, language):
    """A copy cannot send a form: the open call's page links the live site's, and says so; the
    form itself (`no-store`) is never copied."""
    now = timezone.now()
    call = OpenCallPage.objects.live().get(
        locale__language_code=language, opens_at__lte=now, closes_at__gt=now
    )
    form = application_form_path(language)
    live_form = Site.objects.get(is_default_site=True).root_url + form
    soup = mirror.crawl.reached[file_of_page(call)]
    assert [a["href"] for a in soup.select("#apply a.button")] == [live_form]
    with translation.override(language):
        sentence = gettext("The form works only on the live site, not in this copy of the site.")
    assert sentence in text_of(soup, "#apply")
    assert url_key(form) in mirror.export.left_live
    assert not (mirror.directory / file_for(url_key(form))).exists()
    assert not [path for path in mirror.directory.rglob("*") if path.name == "apply"]


def test_a_closed_call_says_nothing_of_the_form_in_a_copy(mirror):
    call = OpenCallPage.objects.live().get(
        locale__language_code="en", closes_at__lte=timezone.now()
    )
    soup = mirror.crawl.reached[file_of_page(call)]
    assert not soup.select("#apply a")
    assert "This call is closed" in text_of(soup, "#apply")


def test_in_a_copy_the_call_names_the_form_s_onion_address_too(client, settings):
    settings.ONION_LOCATION = ONION
    call = OpenCallPage.objects.live().get(
        locale__language_code="ar", opens_at__lte=timezone.now(), closes_at__gt=timezone.now()
    )
    mode = MirrorMode(made_at=timezone.now(), site_url="https://sheltercity.example.org")
    with exporting(mode):
        html = client.get(call.url).content.decode()
    form = application_form_path("ar")
    assert f'class="button" href="https://sheltercity.example.org{form}"' in html
    assert f'<a href="{ONION}{form}" dir="ltr">{ONION_HOST}</a>' in html
    with translation.override("ar"):
        assert gettext("In Tor Browser:") in html


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_search_page_says_there_is_no_search_and_links_to_the_topics(mirror, language):
    name = file_for(url_key(f"/{language}/search/"))
    soup = mirror.crawl.reached[name]
    with translation.override(language):
        notice = gettext(
            "This copy of the site has no search: it is a set of files, with no server to look "
            "for words. Browse the library by topic instead."
        )
    assert " ".join(notice.split()) in text_of(soup, "main")
    assert not soup.select("main input, main select, main button")
    library = ResourceIndexPage.objects.live().get(locale__language_code=language)
    topic_pages = {
        file_of_page(library, {"topic": topic.slug})
        for topic in Topic.objects.filter(locale__language_code=language)
    }
    linked = {target_of(a["href"], name) for a in soup.select(".search-help__topics a")}
    assert linked == topic_pages
    assert linked <= set(mirror.crawl.reached)


def manifest_entries(directory):
    """path -> (SHA-256, size), read from the mirror's MANIFEST."""
    entries = {}
    for line in (directory / "MANIFEST").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            digest, size, path = line.split("\t")
            entries[path] = (digest, int(size))
    return entries


def test_the_manifest_lists_every_file_and_verifies(mirror):
    entries = manifest_entries(mirror.directory)
    files = {
        path.relative_to(mirror.directory).as_posix()
        for path in mirror.directory.rglob("*")
        if path.is_file()
    }
    assert set(entries) == files - {"MANIFEST", "MANIFEST.minisig"}
    assert manifest.verify_directory(mirror.directory, signing.public_key_text()) == []
    index = mirror.crawl.pages()["index.html"]
    assert signing.public_key_text() in index.get_text()


def test_every_document_checksum_shown_is_the_manifest_s(mirror):
    entries = manifest_entries(mirror.directory)
    checked = 0
    for name, soup in mirror.crawl.pages().items():
        for item in soup.select(".download"):
            target = target_of(item.select_one(".download__title a")["href"], name)
            assert entries[target][0] == item.select_one(".checksum").get_text().strip()
            checked += 1
    assert checked > 0


def test_one_flipped_byte_fails_verification_naming_the_file(mirror, tmp_path):
    copy = shutil.copytree(mirror.directory, tmp_path / "copy")
    document = next(path for path in sorted((copy / "documents").rglob("*")) if path.is_file())
    data = bytearray(document.read_bytes())
    data[len(data) // 2] ^= 0x01
    document.write_bytes(bytes(data))
    name = document.relative_to(copy).as_posix()
    assert manifest.verify_directory(copy, signing.public_key_text()) == [
        f"{name}: changed (its SHA-256 differs from the manifest's)."
    ]
