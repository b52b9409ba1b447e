"""The signed list of a mirror's files: `MANIFEST` (SHA-256, size and path of every file),
`MANIFEST.minisig` (its minisign signature) and `sheltercity-mirror.pub` (the public key, a
convenience: trust the key the live site publishes, not this copy).

MANIFEST is UTF-8 text: header lines starting with `#` (what it is, when it was made, how to
check it), then one line per file, sorted by path: `sha256<TAB>size<TAB>path`, the path
relative to the mirror's folder with `/` between its parts. So the standard tools check it too:

    minisign -Vm MANIFEST -P <public key>
    grep -v '^#' MANIFEST | awk -F '\\t' '{print $1 "  " $3}' | sha256sum --check --quiet

A manifest is read as hostile until its signature is checked, and even then: a path that is
absolute, has `..` or `.` parts, or names anything but a regular file found inside the folder
(symbolic links are not followed) is reported, never opened. Files are hashed in chunks.

No Django here: a partner can verify a mirror with this module, signing.py and PyNaCl alone.
"""

import hashlib
import os
import stat
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath

from mirrors import signing

MANIFEST = "MANIFEST"
SIGNATURE = "MANIFEST.minisig"
PUBLIC_KEY = "sheltercity-mirror.pub"
NOT_LISTED = {MANIFEST, SIGNATURE}  # at the top of the folder only


def _sha256(path):
    with open(path, "rb") as file:
        return hashlib.file_digest(file, "sha256").hexdigest()


def _walk(directory):
    """({relative posix path: size} of the regular files under `directory`, [paths that are
    neither files nor folders: links, sockets...]), links not followed."""
    files, others = {}, []
    for folder, subfolders, names in os.walk(directory):
        base = Path(folder)
        for name in [*subfolders, *names]:
            path = base / name
            relative = path.relative_to(directory).as_posix()
            info = path.lstat()
            if stat.S_ISREG(info.st_mode):
                if relative not in NOT_LISTED:
                    files[relative] = info.st_size
            elif not stat.S_ISDIR(info.st_mode):
                others.append(relative)
    return files, sorted(others)


def _header(comment, made):
    return [
        "# Shelter City mirror: every file of this folder with its SHA-256 and size in bytes,",
        "# except MANIFEST and MANIFEST.minisig (its signature).",
        f"# {comment}",
        f"# Made {made}.",
        "# Check the signature with the public key the live site publishes (in its footer and",
        "# at /.well-known/sheltercity-mirror.pub), never with a key found in the mirror:",
        "#   minisign -Vm MANIFEST -P <public key>",
        "# then every file:",
        "#   grep -v '^#' MANIFEST | awk -F '\\t' '{print $1 \"  \" $3}' | sha256sum -c --quiet",
        "# or: manage.py verify_mirror <this folder> --public-key <public key>",
        "# sha256<TAB>size<TAB>path",
    ]


def write_manifest(directory: Path, key, comment: str, now=None) -> Path:
    """Write sheltercity-mirror.pub, MANIFEST and MANIFEST.minisig into `directory`, signed
    with `key` (a nacl SigningKey; the settings' key when None). `comment` names the site, one
    line (it goes into the header and the signature's trusted comment). Return MANIFEST's path.
    A file name with a tab, a line break or a backslash or not in UTF-8, a symbolic link or a
    special file is refused (ValueError): the manifest could not list it faithfully."""
    directory = Path(directory)
    key = signing.required_key(key)
    if "\n" in comment or "\r" in comment or "\t" in comment:
        raise ValueError("The manifest's comment must be one line without tabs.")
    made = (now or datetime.now(UTC)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    (directory / PUBLIC_KEY).write_text(signing.public_key_file_text(key), encoding="utf-8")
    files, others = _walk(directory)
    if others:
        raise ValueError(f"Not a regular file, cannot be listed: {', '.join(others)}")
    lines = _header(comment, made)
    for relative in sorted(files):
        if any(character in relative for character in "\t\n\r\\"):
            raise ValueError(f"A file name with a tab, a line break or a backslash: {relative!r}")
        try:
            relative.encode("utf-8")
        except UnicodeEncodeError:
            raise ValueError(f"A file name not in UTF-8: {relative!r}") from None
        lines.append(f"{_sha256(directory / relative)}\t{files[relative]}\t{relative}")
    text = "\n".join(lines) + "\n"
    manifest = directory / MANIFEST
    manifest.write_text(text, encoding="utf-8", newline="\n")
    trusted = f"{comment}\tsigned:{made}\tfile:{MANIFEST}"
    (directory / SIGNATURE).write_text(signing.sign(text.encode(), trusted, key), encoding="utf-8")
    return manifest


def _safe(relative):
    """Whether a path read from a manifest stays inside the folder: relative, `/` between
    non-empty parts, none of them `.` or `..`, no NUL or backslash."""
    if not relative or "\0" in relative or "\\" in relative:
        return False
    parts = relative.split("/")
    return not PurePosixPath(relative).is_absolute() and all(
        part not in ("", ".", "..") for part in parts
    )


@dataclass
class Result:
    problems: list[str] = field(default_factory=list)
    files: int = 0  # how many the manifest lists
    trusted_comment: str | None = None  # once the signature is verified
    key_id: str | None = None


def check_directory(directory: Path, public_key_text: str) -> Result:
    """Verify the mirror in `directory` against its MANIFEST, signed by `public_key_text`
    (the base64 key or the .pub file text; a malformed key raises signing.MalformedPublicKey).
    Every problem names its file."""
    directory = Path(directory)
    key_number, _verify_key = signing.parse_public_key(public_key_text)
    result = Result(key_id=signing.key_id_hex(key_number))
    problems = result.problems
    try:
        data = (directory / MANIFEST).read_bytes()
    except OSError as error:
        problems.append(f"{MANIFEST}: cannot be read ({error.strerror}); nothing was checked.")
        return result
    try:
        signature = (directory / SIGNATURE).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        problems.append(f"{SIGNATURE}: missing or unreadable; MANIFEST is not signed.")
    else:
        try:
            result.trusted_comment = signing.verify(data, signature, public_key_text)
        except signing.BadSignature as error:
            problems.append(f"{SIGNATURE}: {error}")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        problems.append(f"{MANIFEST}: not UTF-8 text.")
        return result

    listed = {}
    for number, line in enumerate(text.split("\n"), start=1):
        if not line or line.startswith("#"):
            continue
        fields = line.split("\t")
        if (
            len(fields) != 3
            or len(fields[0]) != 64
            or any(c not in "0123456789abcdef" for c in fields[0])
            or not fields[1].isascii()
            or not fields[1].isdigit()
        ):
            problems.append(f"{MANIFEST}: line {number} is not sha256<TAB>size<TAB>path.")
            continue
        digest, size, relative = fields[0], int(fields[1]), fields[2]
        if not _safe(relative):
            name = relative or "(an empty path)"
            problems.append(f"{name}: a path outside the mirror (line {number}), not read.")
        elif relative in listed:
            problems.append(f"{relative}: listed twice in {MANIFEST} (line {number}).")
        else:
            listed[relative] = (digest, size)
    result.files = len(listed)

    found, others = _walk(directory)
    for relative in others:
        problems.append(f"{relative}: not a regular file (a link or a special file).")
    for relative, (digest, size) in sorted(listed.items()):
        if relative not in found:
            if relative not in others:
                problems.append(f"{relative}: missing.")
        elif found[relative] != size:
            problems.append(f"{relative}: changed ({found[relative]} bytes, listed {size}).")
        else:
            try:
                same = _sha256(directory / relative) == digest
            except OSError as error:
                problems.append(f"{relative}: cannot be read ({error.strerror}).")
            else:
                if not same:
                    problems.append(
                        f"{relative}: changed (its SHA-256 differs from the manifest's)."
                    )
    for relative in sorted(set(found) - set(listed)):
        problems.append(f"{relative}: not in {MANIFEST} (added).")
    return result


def verify_directory(directory: Path, public_key_text: str) -> list[str]:
    """The problems found checking the mirror in `directory` (see check_directory); none
    when it is the faithful copy of what the key's owner signed."""
    return check_directory(directory, public_key_text).problems
