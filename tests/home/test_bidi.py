"""Text in another direction than the page's keeps its place: language names in their own
script, file types and sizes, the call's .ics marker, addresses and numbers are isolated (<bdi>
or dir); lists of names use the reader's list format. Checked on the demo's Arabic pages."""

import re

import pytest

from home.factories import StandardPageFactory
from tests.resources.conftest import demo_resource

pytestmark = pytest.mark.django_db


def test_a_resource_pages_files_isolate_their_language_type_and_size(client):
    html = client.get(demo_resource("strong-passwords")["ar"].url).content.decode()
    downloads = re.search(r'<section class="downloads".*?</section>', html, re.S).group(0)
    assert '<dd><bdi lang="en">English</bdi></dd>' in downloads
    assert '<dd><bdi dir="ltr">PDF</bdi></dd>' in downloads
    assert re.search(r"<dd><bdi>[^<]+</bdi></dd>", downloads)  # the size
    assert re.search(r'<p class="download__title" lang="en"><a dir="auto"', downloads)


def test_the_calls_calendar_link_keeps_its_extension_left_to_right(client):
    html = client.get("/ar/calls/current-call/").content.decode()
    assert '(<bdi dir="ltr">.ics</bdi>)</a>' in html
    assert "(.ics)" not in html


def test_the_switchers_home_page_marker_is_in_the_readers_language(client, english_home):
    StandardPageFactory(parent=english_home, title="Only in English", slug="only-english")
    html = client.get("/en/only-english/").content.decode()
    assert '<bdi>العربية</bdi> <small lang="en">(home page)</small>' in html


def test_arabic_lists_use_arabic_conjunctions(client):
    html = client.get("/ar/cities/").content.decode()
    languages = re.findall(r"<dt>لغات العمل</dt>\s*<dd>([^<]+)</dd>", html)
    assert languages and all(", " not in names for names in languages)
    assert any(" و" in names for names in languages)
    assert re.search(r"<dd><bdi>[^<]+</bdi>", html)  # host organisations, isolated


def test_helpline_numbers_and_addresses_stay_left_to_right_with_french_spacing(client):
    html = client.get("/fr/").content.decode()
    assert re.search(r'Téléphone\u00a0: <a href="tel:[^"]+" dir="ltr">', html)
    assert re.search(r'E-mail\u00a0: <a href="mailto:[^"]+" dir="ltr">', html)


def test_the_checksum_commands_stay_left_to_right_as_alternatives(client):
    html = client.get(demo_resource("strong-passwords")["ar"].url).content.decode()
    assert (
        '<code dir="ltr">sha256sum</code> أو <code dir="ltr">shasum -a 256</code> أو '
        '<code dir="ltr">certutil -hashfile</code>'
    ) in html


def test_the_words_a_reader_searched_for_keep_their_order_in_an_arabic_sentence(client):
    html = client.get("/ar/search/?q=Signal+PIN").content.decode()
    count = re.search(r'<p class="result-count"[^>]*>(.*?)</p>', html, re.S).group(1)
    assert "<bdi>Signal PIN</bdi>" in count
    html = client.get("/ar/search/?q=%3Cb%3Ex").content.decode()  # typed markup stays text
    assert "<bdi>&lt;b&gt;x</bdi>" in html
