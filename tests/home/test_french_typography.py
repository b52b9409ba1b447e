"""French typography: a no-break space (U+00A0, the convention here for every sign) before
: ; ? ! and inside « guillemets », in the interface translations and the French demo texts.
A plain space there lets a line break leave the sign alone at the start of a line."""

import re
from pathlib import Path

import polib
import pytest
import yaml
from django.conf import settings

ROOT = Path(settings.BASE_DIR)
# A plain space (or none, after a letter) before a high sign, or beside a guillemet.
BAD = re.compile(r" [:;?!»]|« |«(?=[^\s\u00a0])|(?<=[^\s\u00a0])»|(?<=[^\W\d_])[;?!](?=\s|$)")


def problems(text):
    return [text[max(0, m.start() - 20) : m.end() + 20] for m in BAD.finditer(text)]


def test_the_pattern_finds_what_it_should():
    assert problems("Attention : fichier")
    assert problems("Prêt ?") and problems("Prêt?") and problems("« mot »")
    assert not problems("Attention\u00a0: fichier, prêt\u00a0? «\u00a0mot\u00a0»")
    assert not problems("https://example.org/?q=1 à 23:59")


def test_french_interface_translations():
    catalogue = polib.pofile(str(ROOT / "locale/fr/LC_MESSAGES/django.po"))
    found = {}
    for entry in catalogue:
        for text in [entry.msgstr, *entry.msgstr_plural.values()]:
            if problems(text):
                found[entry.msgid] = problems(text)
    assert found == {}


def french_texts(node, path=""):
    """Every string under an `fr` key of a demo data file."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "fr":
                yield from ((path, text) for text in strings(value))
            else:
                yield from french_texts(value, f"{path}.{key}")
    elif isinstance(node, list):
        for index, item in enumerate(node):
            yield from french_texts(item, f"{path}[{index}]")


def strings(node):
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict | list):
        for value in node.values() if isinstance(node, dict) else node:
            yield from strings(value)


DEMO_FILES = sorted(ROOT.glob("*/demo/**/*.yaml"))


def test_there_are_demo_files_to_check():
    assert len(DEMO_FILES) > 10


@pytest.mark.parametrize("path", DEMO_FILES, ids=lambda path: str(path.relative_to(ROOT)))
def test_french_demo_texts(path):
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    found = [(where, problems(text)) for where, text in french_texts(data) if problems(text)]
    assert found == []
