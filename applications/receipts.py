"""Receipt codes: random (never derived from what the applicant wrote), easy to read aloud and
copy by hand, and stored only as a SHA-256 digest beside the sealed application, for deletion on
demand. The code itself travels inside the sealed application, so the selection team can match
an applicant's code to their application."""

import hashlib
import secrets

# Crockford's base32 alphabet: no I, L, O or U, so no 1/I/L or 0/O confusion.
ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
GROUPS, GROUP_LENGTH = 4, 4  # 16 characters, 80 random bits
CONFUSABLE = str.maketrans({"I": "1", "L": "1", "O": "0"})


def new_code():
    characters = "".join(secrets.choice(ALPHABET) for _ in range(GROUPS * GROUP_LENGTH))
    return "-".join(
        characters[start : start + GROUP_LENGTH]
        for start in range(0, len(characters), GROUP_LENGTH)
    )


def normalise(code):
    """The code as generated, from what someone typed (any case, spaces or dashes, O for 0), or
    None when it cannot be a receipt code."""
    letters = "".join(
        character for character in (code or "").upper() if character not in " -\t"
    ).translate(CONFUSABLE)
    if len(letters) != GROUPS * GROUP_LENGTH or set(letters) - set(ALPHABET):
        return None
    return "-".join(
        letters[start : start + GROUP_LENGTH] for start in range(0, len(letters), GROUP_LENGTH)
    )


def digest(code):
    """What the database keeps of a receipt code (normalised first)."""
    return hashlib.sha256(normalise(code).encode("ascii")).hexdigest()
