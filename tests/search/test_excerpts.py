"""Excerpts: the passage with the words searched for, marked in every language, escaped."""

import pytest

from home.text import BLOCK_BREAK, text_for_indexing
from search.excerpts import MAX_SCANNED, excerpt


@pytest.mark.parametrize(
    ("text", "terms", "expected"),
    [
        ("Keep your password safe.", ["passwords"], "Keep your <mark>password</mark> safe."),
        ("Una contraseña larga.", ["contraseñas"], "Una <mark>contraseña</mark> larga."),
        ("Никому не говорите пароль.", ["паролей"], "Никому не говорите <mark>пароль</mark>."),
        ("غيّر الكلمات", ["كلمة"], "غيّر <mark>الكلمات</mark>"),
        ("Le chiffrement du disque.", ["chiffrer"], "Le <mark>chiffrement</mark> du disque."),
        ("Mot de passe, pas de passage.", ["passe"], "Mot de <mark>passe</mark>, pas de passage."),
        (
            "a <b>password</b> & more",
            ["password"],
            "a &lt;b&gt;<mark>password</mark>&lt;/b&gt; &amp; more",
        ),
    ],
)
def test_words_are_marked_in_their_other_forms(text, terms, expected):
    assert excerpt([text], terms) == expected


def test_the_passage_around_the_first_match_of_the_first_text_that_has_one():
    summary = "A summary without the word."
    body = " ".join(["filler"] * 100) + " the quokka appears here " + " ".join(["tail"] * 100)
    html = excerpt([summary, body], ["quokka"])
    assert html.startswith("… filler")
    assert "<mark>quokka</mark> appears here" in html
    assert html.endswith(" …")
    assert len(html.split()) < 60


def test_without_a_match_the_start_of_the_first_text():
    assert excerpt(["", "First words here.", "Other"], ["absent"]) == "First words here."


def test_a_very_long_text_is_read_up_to_a_bound():
    text = "word " * (MAX_SCANNED // 5) + "needle"
    assert "<mark>" not in excerpt([text], ["needle"])


def test_rich_text_keeps_its_paragraphs_headings_and_list_items_apart():
    html = (
        "<h3>Lock screen</h3><p>A long PIN.</p><p>Then<br/>updates</p>"
        "<ul><li>one</li><li>two</li></ul>"
    )
    assert text_for_indexing(html).split(BLOCK_BREAK) == [
        "Lock screen",
        "A long PIN.",
        "Then",
        "updates",
        "one",
        "two",
    ]
    assert text_for_indexing(html).split() == [
        "Lock",
        "screen",
        "A",
        "long",
        "PIN.",
        "Then",
        "updates",
        "one",
        "two",
    ]  # white space to every search engine: no two words run together


def test_a_block_that_ends_without_punctuation_is_not_run_into_the_next():
    text = BLOCK_BREAK.join(["Lock screen and updates", "A long PIN is the first barrier.", "Next"])
    html = excerpt([text], ["pin"])
    assert html == "Lock screen and updates · A long <mark>PIN</mark> is the first barrier. Next"
