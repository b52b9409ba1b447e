"""Lists of names in running text: each language's own list format, HTML escaped right."""

import pytest
from django.template import Context, Template
from django.utils import translation
from django.utils.safestring import mark_safe

from home.lists import html_list, own_name, text_list


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "a, b and c"),  # British: no serial comma
        ("fr", "a, b et c"),
        ("es", "a, b y c"),
        ("pt", "a, b e c"),
        ("ru", "a, b и c"),
        ("ar", "a وb وc"),
    ],
)
def test_each_language_joins_with_its_own_words(language, expected):
    with translation.override(language):
        assert text_list(["a", "b", "c"]) == expected
        assert text_list(["a"]) == "a"
        assert text_list([]) == ""


def test_alternatives():
    with translation.override("fr"):
        assert text_list(["PDF", "EPUB", "MP3"], style="or") == "PDF, EPUB ou MP3"


def test_items_are_escaped_unless_safe_and_the_result_is_safe():
    with translation.override("fr"):
        result = html_list(["<b>&", mark_safe("<bdi>X</bdi>"), "c"])
    assert result == "&lt;b&gt;&amp;, <bdi>X</bdi> et c"
    assert hasattr(result, "__html__")


def test_an_item_that_looks_like_a_placeholder_stays_an_item():
    with translation.override("en"):
        assert html_list(["\x001\x00", "x"]) == "\x001\x00 and x"


def test_the_filter_in_a_template():
    template = Template(
        "{% load list_tags %}{{ names|as_list }}|{{ codes|language_names|as_list }}"
        '|{{ orgs|isolated|as_list:"or" }}'
    )
    with translation.override("ar"):
        html = template.render(
            Context({"names": ["<i>", "b"], "codes": ["fr", "en"], "orgs": ["Front Line", "ب"]})
        )
    assert html == (
        "&lt;i&gt; وb"
        '|<bdi lang="en">English</bdi> و<bdi lang="fr">Français</bdi>'
        "|<bdi>Front Line</bdi> أو <bdi>ب</bdi>"
    )


def test_own_name_marks_the_language():
    assert own_name("ru") == '<bdi lang="ru">Русский</bdi>'
