"""The selection team's tool, run on an offline machine that has Python and PyNaCl only:

    python3 -m applications.offline keygen --out DIR
    python3 -m applications.offline decrypt ARCHIVE --key DIR/applications.key --out FOLDER

`keygen` makes the programme's key pair: the public key goes to the web server
(APPLICATIONS_PUBLIC_KEY), the secret key never leaves the offline machine. `decrypt` opens an
archive the admin gave (archive.py) into one readable text file per application, a JSON file of
its answers and its attachment beside them.

Imports the standard library, PyNaCl (through sealing.py), archive.py and receipts.py, never
Django: run it from a copy of the website's code, no installation needed. Everything it writes
is new (it refuses to write over a file) and readable by its owner only.

What an application holds comes from whoever sealed it: anyone with the public key can seal, so
nothing in it is trusted to name a path. Files are named from the day and the receipt code once
both are checked, and the attachment's name is reduced to letters, digits, dots and dashes.
"""

import argparse
import base64
import binascii
import datetime
import hashlib
import json
import os
import sys
from pathlib import Path

from applications import archive, receipts, sealing

SECRET_FILE = "applications.key"  # noqa: S105 (a file name)
PUBLIC_FILE = "applications.pub"
PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700


class Refused(Exception):
    """What the tool will not do, said in one line."""


def say(problem, name=""):
    """One line on stderr: what went wrong (and with which item)."""
    text = str(problem).rstrip(".")
    print(f"{name}: {text}." if name else f"{text}.", file=sys.stderr)


def write_new(path, content, mode=PRIVATE_FILE):
    """Write `content` (str or bytes) to the new file `path`, readable by its owner only;
    Refused when it exists."""
    data = content.encode() if isinstance(content, str) else content
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
    except FileExistsError:
        raise Refused(f"{path} exists already: it is left as it is") from None
    with os.fdopen(descriptor, "wb") as file:
        file.write(data)
    os.chmod(path, mode)  # whatever the umask


def make_folder(path):
    path.mkdir(mode=PRIVATE_FOLDER, parents=True, exist_ok=True)


# keygen


def keygen(out):
    folder = Path(out)
    secret_path, public_path = folder / SECRET_FILE, folder / PUBLIC_FILE
    for path in (secret_path, public_path):
        if path.exists():
            raise Refused(
                f"{path} exists already: it may be the key that opens applications already "
                "received. Choose another folder (or move that one away knowingly)."
            )
    make_folder(folder)
    secret, public = sealing.generate()
    public_text = sealing.public_key_text(public)
    write_new(secret_path, sealing.secret_key_text(secret))
    write_new(public_path, public_text + "\n", mode=0o644)
    print(
        "A new key pair for applications.\n"
        "\n"
        "The public key. Set this line in the web server's environment (it is not secret):\n"
        "\n"
        f"APPLICATIONS_PUBLIC_KEY={public_text}\n"
        "\n"
        f"Its fingerprint: {sealing.fingerprint(public)}. The application form shows the\n"
        "fingerprint of the key it seals to: check now and then that it is this one.\n"
        "\n"
        f"{public_path}\n"
        "  The same public key, to copy to the server.\n"
        f"{secret_path}\n"
        "  The secret key. It opens every application sealed to this public key, so it never\n"
        "  leaves this offline machine: no network, no cloud, no email. Keep a backup on a\n"
        "  second offline medium (a USB stick kept somewhere else): without the secret key, no\n"
        "  application sealed to this public key can ever be opened."
    )


# decrypt


def read_secret_key(path):
    try:
        text = Path(path).read_text()
    except (OSError, UnicodeDecodeError) as error:
        raise Refused(f"{path}: the secret key cannot be read ({error})") from None
    try:
        return sealing.secret_key_from_text(text)
    except sealing.BadKey as problem:
        raise Refused(f"{path}: {problem}") from None


def value_text(value):
    """An answer as the text file shows it."""
    if value is True:
        return "yes"
    if value is False:
        return "no"
    if value is None or value == "" or value == []:
        return "(no answer)"
    if isinstance(value, list):
        return ", ".join(str(item) for item in value)
    return str(value)


def readable(application, attachment_line):
    """The text file of one application: the call, the day, the language, the receipt code,
    the attachment, then each question and its answer."""
    call = application.get("call") or {}
    lines = [
        f"Call: {call.get('title', '')}",
        f"Received on: {application['received_on']}",
        f"Language: {application.get('language', '')}",
        f"Receipt code: {application['receipt']}",
        f"Attachment: {attachment_line}",
        "",
    ]
    for answer in application.get("answers") or []:
        lines.append(f"{answer.get('label') or answer.get('name')}:")
        lines.extend(f"    {line}" for line in value_text(answer.get("value")).splitlines())
        lines.append("")
    return "\n".join(lines)


def check_identity(application):
    """(received_on, receipt) of an opened application, checked to name files safely."""
    receipt = str(application.get("receipt", ""))
    if receipts.normalise(receipt) != receipt:
        raise sealing.CannotOpen("opened, but its receipt code is not one the website makes")
    try:
        received_on = datetime.date.fromisoformat(str(application.get("received_on", "")))
    except ValueError:
        raise sealing.CannotOpen("opened, but its day of arrival is not a date") from None
    return received_on.isoformat(), receipt


def attachment_content(attachment):
    """The attachment's bytes, or None when they fail their SHA-256 (or are not base64)."""
    try:
        content = base64.b64decode(attachment.get("data", ""), validate=True)
    except (binascii.Error, ValueError, TypeError):
        return None
    if hashlib.sha256(content).hexdigest() != attachment.get("sha256"):
        return None
    return content


def decrypt_one(secret_key, sealed, folder):
    """Write one application's files: (whether an attachment was written, the problems that
    left part of it unwritten). Raises CannotOpen or Refused when nothing of it is written."""
    if sealed is None:
        raise sealing.CannotOpen("damaged in the archive (its checksum fails)")
    application = sealing.open_sealed(secret_key, sealed)
    received_on, receipt = check_identity(application)
    stem = f"{received_on}-{receipt}"
    text_path, json_path = folder / f"{stem}.txt", folder / f"{stem}.json"
    attachment = application.get("attachment")
    attachment_path = content = None
    problems = []
    if isinstance(attachment, dict):
        attachment_path = folder / f"{stem}-{sealing.safe_file_name(attachment.get('name'))}"
        content = attachment_content(attachment)
    for path in (text_path, json_path, attachment_path):
        if path is not None and path.exists():
            raise Refused(f"{path} exists already: this application is left as it is")
    if attachment_path is None:
        attachment_line = "none"
    elif content is None:
        attachment_line = "damaged (it fails its SHA-256 check), not written"
        problems.append("its attachment fails its SHA-256 check: not written")
    else:
        attachment_line = f"{attachment_path.name} ({len(content)} bytes, SHA-256 checked)"
    answers = {key: value for key, value in application.items() if key != "attachment"}
    if isinstance(attachment, dict):
        answers["attachment"] = {
            **{key: value for key, value in attachment.items() if key != "data"},
            "file": attachment_path.name if content is not None else None,
        }
    try:
        text = readable(application, attachment_line)
    except (AttributeError, KeyError, TypeError):
        raise sealing.CannotOpen("opened, but its answers are not in the expected shape") from None
    write_new(text_path, text)
    write_new(json_path, json.dumps(answers, ensure_ascii=False, indent=2) + "\n")
    if content is not None:
        write_new(attachment_path, content)
    return content is not None, problems


def decrypt(archive_path, key_path, out):
    """Decrypt every application of the archive into `out`; the exit status (1 when any
    application, or part of one, could not be written)."""
    secret_key = read_secret_key(key_path)
    try:
        call, items = archive.read_archive(archive_path)
    except archive.NotAnArchive as problem:
        raise Refused(str(problem)) from None
    folder = Path(out)
    make_folder(folder)
    total = written = attachments = partial = 0
    for name, sealed in items:
        total += 1
        try:
            with_attachment, problems = decrypt_one(secret_key, sealed, folder)
        except (sealing.CannotOpen, Refused) as problem:
            say(problem, name)
            continue
        written += 1
        attachments += with_attachment
        partial += bool(problems)
        for problem in problems:
            say(problem, name)
    failed = total - written + partial
    print(
        f"{call.get('title') or 'A call'}: {written} of {total} application(s) decrypted into "
        f"{folder}, with {attachments} attachment(s)."
    )
    if failed:
        print(f"{failed} application(s) with a problem: see the lines above.")
    print("Keep the folder on this machine, and delete it when the selection is over.")
    return 1 if failed else 0


def main(argv=None):
    parser = argparse.ArgumentParser(
        prog="python3 -m applications.offline",
        description="The selection team's offline tool: make the key pair applications are "
        "sealed to, and open an archive of sealed applications downloaded from the admin.",
    )
    commands = parser.add_subparsers(dest="command", required=True)
    keygen_parser = commands.add_parser(
        "keygen", help=f"Make a new key pair: DIR/{SECRET_FILE} and DIR/{PUBLIC_FILE}."
    )
    keygen_parser.add_argument("--out", required=True, metavar="DIR", help="a folder")
    decrypt_parser = commands.add_parser(
        "decrypt", help="Open every application of an archive into readable files."
    )
    decrypt_parser.add_argument("archive", metavar="ARCHIVE", help="the downloaded ZIP file")
    decrypt_parser.add_argument(
        "--key", required=True, metavar="FILE", help=f"the secret key ({SECRET_FILE})"
    )
    decrypt_parser.add_argument(
        "--out", required=True, metavar="DIR", help="where to write (made when missing)"
    )
    options = parser.parse_args(argv)
    try:
        if options.command == "keygen":
            keygen(options.out)
            return 0
        return decrypt(options.archive, options.key, options.out)
    except Refused as problem:
        say(problem)
        return 1
    except OSError as error:
        say(error.strerror, error.filename or "")
        return 1


if __name__ == "__main__":
    sys.exit(main())
