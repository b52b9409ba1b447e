"""An excerpt of a result's text around the words searched for, with those words marked.

Each engine stems differently, so the marking is done here, the same for all: a word is marked
when it begins like a searched word once that word's last letters are set aside ("passwords"
marks "password", "contraseñas" "contraseña", "паролей" "пароль"; "passe" marks "passé" but not
"pas" or "passage"), ignoring the Arabic article and the conjunctions written with it. Every
piece of text is escaped before it is marked. Where one block of the page ends and the next
begins with no punctuation between them (a heading and its paragraph), a " · " separates them.
"""

import re

from django.utils.html import escape
from django.utils.safestring import mark_safe

from home.text import BLOCK_BREAK

WORD = re.compile(r"\w+")
MAX_SCANNED = 100_000  # characters of a text read to find the words (a PDF may be long)
BEFORE, AFTER = 12, 30  # words shown before and after the first match
ARABIC_PREFIXES = ("وال", "بال", "كال", "فال", "لل", "ال")
PUNCTUATION = re.compile(r"[.!?:;,…؟؛،。]")


def _bare(word):
    word = word.casefold()
    for prefix in ARABIC_PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 2:
            return word[len(prefix) :]
    return word


def _stem(term):
    """The beginning of a searched word that its other forms share, roughly: all of a short
    word, less one letter up to six letters, less two beyond."""
    term = _bare(term)
    if len(term) <= 3:
        return term
    return term[: len(term) - (1 if len(term) <= 6 else 2)]


class Marker:
    def __init__(self, terms):
        self.stems = {_stem(term) for term in terms if term}

    def matches(self, word):
        bare = _bare(word)
        return any(
            bare == stem
            or (
                len(stem) >= 3
                and bare.startswith(stem)
                # A short beginning allows a short ending only: "pass" does not mark "passage".
                and len(bare) <= len(stem) + (2 if len(stem) < 5 else 5)
            )
            for stem in self.stems
        )


def excerpt(texts, terms):
    """HTML: a window of the first of `texts` that contains a searched word (else the start of
    the first text), the searched words in <mark>."""
    texts = [text for text in texts if text and text.strip()]
    if not texts:
        return ""
    marker = Marker(terms)
    for text in texts:
        words = list(WORD.finditer(text[:MAX_SCANNED]))
        hit = next((i for i, word in enumerate(words) if marker.matches(word.group())), None)
        if hit is not None:
            return _render(text, words, max(0, hit - BEFORE), hit + AFTER, marker)
    text = texts[0]
    return _render(text, list(WORD.finditer(text[:MAX_SCANNED])), 0, BEFORE + AFTER, marker)


def _gap(text):
    """What lies between two words, white space collapsed; where a block of the page ends
    (BLOCK_BREAK) with no punctuation to say so (after a heading, a list item), " · " keeps
    the two blocks from reading as one sentence."""
    if BLOCK_BREAK in text and not PUNCTUATION.search(text):
        text = text.replace(BLOCK_BREAK, " · ", 1)
    return re.sub(r"\s+", " ", text)


def _render(text, words, first, last, marker):
    shown = words[first:last]
    if not shown:
        return ""
    html = ["… "] if first > 0 else []
    cursor = shown[0].start()
    for word in shown:
        html.append(escape(_gap(text[cursor : word.start()])))
        token = escape(word.group())
        html.append(f"<mark>{token}</mark>" if marker.matches(word.group()) else token)
        cursor = word.end()
    html.append(" …" if last < len(words) else escape(text[cursor:].strip()[:1]))
    return mark_safe("".join(html))  # noqa: S308 (every piece of text is escaped above)
