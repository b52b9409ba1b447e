"""Text typed by editors, cleaned of what a reader cannot see.

A right-to-left override (U+202E) reverses what follows it: "report" + U+202E + "fdp.exe" is
shown as "reportexe.pdf". Other bidi controls, zero-width characters and control characters
hide or reorder text the same way.

Django already removes every one of them from an uploaded file's name (`Storage.get_valid_name`,
`django.utils.text.get_valid_filename`, which keeps only letters, digits, `-`, `_` and `.`);
`strip_invisible` removes the same characters from a title without touching its spaces and
punctuation.

`text_for_indexing` flattens rich text for search, keeping where its blocks end.
"""

import re
import unicodedata
from html import unescape

from django.utils.html import strip_tags


def strip_invisible(text):
    """`text` without format characters (Unicode category Cf: U+200B-U+200F, U+202A-U+202E,
    U+2060-U+2069, U+061C, U+FEFF, U+00AD...) and control characters (Cc; tabs and line breaks
    become spaces), stripped of white space at both ends."""
    kept = []
    for char in text:
        category = unicodedata.category(char)
        if category == "Cf":
            continue
        if category == "Cc":
            if char.isspace():
                kept.append(" ")
            continue
        kept.append(char)
    return "".join(kept).strip()


# Between two blocks of text (two StreamField blocks, two paragraphs, a heading and what follows
# it, two list items): U+2029 PARAGRAPH SEPARATOR, white space to every search engine, and a mark
# that search excerpts show as a break, so that "…and updates" + "A long PIN…" is not read as
# one sentence ("…and updates A long PIN…").
BLOCK_BREAK = "\u2029"
_BLOCK_END = re.compile(
    r"(</(?:p|h\d|li|blockquote|ul|ol|div|figcaption)>|<br\s*/?>|<hr\s*/?>)", re.I
)


def text_for_indexing(html):
    """The text of rich text `html`, its blocks separated by BLOCK_BREAK: Wagtail's
    `wagtail.rich_text.get_text_for_indexing` separates them with a plain space, which search
    excerpts cannot tell from a space between two words."""
    text = unescape(strip_tags(_BLOCK_END.sub(lambda match: match.group() + BLOCK_BREAK, html)))
    return re.sub(rf"\s*{BLOCK_BREAK}[\s{BLOCK_BREAK}]*", BLOCK_BREAK, text).strip()
