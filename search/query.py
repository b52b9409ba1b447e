"""What is searched for: the reader's text, cleaned, and the words in it.

Whatever is typed is searched as words, never as syntax: quotes, operators, brackets, SQL or
Lucene syntax and emoji are dropped with the rest of the punctuation, so no query can make the
engine fail, and the work per query is bounded (a fixed length, a fixed number of words, and no
regular expression that can backtrack).
"""

import re
import unicodedata

MAX_QUERY_LENGTH = 200  # characters kept of what was typed
MAX_TERMS = 12  # words searched for

WORD = re.compile(r"\w+")
# Joiners that are part of how words are written (Persian, Indic scripts, emoji sequences).
KEPT_FORMAT_CHARACTERS = {"\u200c", "\u200d"}


def clean_query(raw):
    """The text to search for and to show back: normalised (NFC), control and bidirectional
    override characters dropped, white space collapsed, cut to MAX_QUERY_LENGTH."""
    text = unicodedata.normalize("NFC", raw[: MAX_QUERY_LENGTH * 4])
    text = "".join(
        " " if char.isspace() else char
        for char in text
        if not unicodedata.category(char).startswith("C") or char in KEPT_FORMAT_CHARACTERS
    )
    return " ".join(text.split())[:MAX_QUERY_LENGTH].strip()


def query_terms(text):
    """The words of `text` (letters and digits in any script; combining marks such as Arabic
    vowel signs removed), at most MAX_TERMS."""
    bare = "".join(char for char in text if unicodedata.category(char) != "Mn")
    return [word for word in WORD.findall(bare) if word.strip("_")][:MAX_TERMS]
