"""Excerpts: the passage with the words searched for, marked in every language, escaped."""

import pytest

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
