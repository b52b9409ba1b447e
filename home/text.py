"""Text typed by editors, cleaned of what a reader cannot see.

A right-to-left override (U+202E) reverses what follows it: "report" + U+202E + "fdp.exe" is
shown as "reportexe.pdf". Other bidi controls, zero-width characters and control characters
hide or reorder text the same way.

Django already removes every one of them from an uploaded file's name (`Storage.get_valid_name`,
`django.utils.text.get_valid_filename`, which keeps only letters, digits, `-`, `_` and `.`);
`strip_invisible` removes the same characters from a title without touching its spaces and
punctuation.
"""

import unicodedata


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
