"""The archive the selection team downloads: the sealed applications of one call in one ZIP.

- `call.json`: the call (title, translation key, opening and closing times), when the archive
  was made and how many applications it holds;
- `README.txt`: what the archive is and the command that opens it;
- `sealed/<received_on>-<id>.sealed`: each application as the server keeps it, sealed to the
  programme's public key (sealing.py). Nothing in the archive is readable without the secret key.

The standard library only, and nothing of Django or the site: the offline tool
(`python -m applications.offline`) reads archives with it on a machine that has Python and
PyNaCl alone.
"""

import datetime
import io
import json
import re
import zipfile
import zlib

FORMAT = "sheltercity-applications-archive/1"
CALL_FILE = "call.json"
README_FILE = "README.txt"
SEALED_FOLDER = "sealed/"
SEALED_SUFFIX = ".sealed"
# What a sealed item's name may be: the folder, a day and a number, the suffix. Nothing else in
# an archive is read, so a crafted archive cannot point the reader at another path.
SEALED_NAME = re.compile(r"^sealed/[0-9]{4}-[0-9]{2}-[0-9]{2}-[0-9]{1,20}\.sealed$")

README = """\
Sealed applications to the Shelter City call "{title}"

This archive holds {count} application(s) to this call, exported from the website on
{exported_at}. Each file under sealed/ is one application (its answers and its
attachment), encrypted to the programme's public key as it arrived: only the programme's
secret key opens it. call.json says which call this is.

Open it on the selection team's offline machine, which keeps the secret key, in the folder
that holds the `applications` folder of the website's code:

    python3 -m applications.offline decrypt {archive_name} --key applications.key --out FOLDER

Each application becomes a text file to read, a JSON file of its answers, and its attachment,
in FOLDER. Keep FOLDER on the offline machine and delete it when the selection is over.
"""


class NotAnArchive(ValueError):
    """The file is not an archive of sealed applications (or is damaged): says which and why."""


def sealed_name(received_on, number):
    """The name of one sealed application in the archive: the day it came and its number."""
    return f"{SEALED_FOLDER}{received_on}-{number}{SEALED_SUFFIX}"


def archive_name(call_info, exported_at):
    """A file name for the archive of `call_info`, made at `exported_at`."""
    stamp = exported_at.strftime("%Y-%m-%d-%H%M")
    return f"applications-{str(call_info['key'])[:8]}-{stamp}.zip"


def write_archive_to(target, call_info, items, exported_at=None):
    """Write the archive of `call_info` ({title, key, opens_at, closes_at}) and `items`
    ((file name, sealed bytes), names from `sealed_name`) into the binary file `target`; the
    number of items written. The items are read one at a time, so a large call is never held
    in memory whole."""
    exported_at = exported_at or datetime.datetime.now(datetime.UTC)
    moment = exported_at.timetuple()[:6]
    count = 0
    with zipfile.ZipFile(target, "w") as archive:
        names = set()
        for name, sealed in items:
            if not SEALED_NAME.match(name) or name in names:
                raise ValueError(f"{name!r} is not a new sealed item's name (sealed_name)")
            names.add(name)
            # Sealed bytes look random: stored as they are, compressing them gains nothing.
            archive.writestr(zipfile.ZipInfo(name, moment), bytes(sealed), zipfile.ZIP_STORED)
            count += 1
        call = {
            "format": FORMAT,
            "title": call_info["title"],
            "key": str(call_info["key"]),
            "opens_at": call_info.get("opens_at"),
            "closes_at": call_info.get("closes_at"),
            "exported_at": exported_at.isoformat(),
            "count": count,
        }
        text = json.dumps(call, ensure_ascii=False, indent=2) + "\n"
        archive.writestr(zipfile.ZipInfo(CALL_FILE, moment), text, zipfile.ZIP_DEFLATED)
        readme = README.format(
            title=call["title"],
            count=count,
            exported_at=exported_at.strftime("%Y-%m-%d %H:%M %Z").strip(),
            archive_name=archive_name(call_info, exported_at),
        )
        archive.writestr(zipfile.ZipInfo(README_FILE, moment), readme, zipfile.ZIP_DEFLATED)
    return count


def write_archive(call_info, items, exported_at=None):
    """The archive of `call_info` and `items` as bytes (`write_archive_to`)."""
    buffer = io.BytesIO()
    write_archive_to(buffer, call_info, items, exported_at)
    return buffer.getvalue()


def read_archive(path):
    """(call info, items) of the archive at `path`: the call as `call.json` holds it, and an
    iterator of (file name, sealed bytes) in the order of their names. An item the ZIP cannot
    give back intact (its checksum fails) comes with None in place of its bytes, so that one
    damaged item does not hide the others. NotAnArchive when `path` is not such an archive."""
    try:
        with zipfile.ZipFile(path) as archive:
            names = archive.namelist()
            if CALL_FILE not in names:
                raise NotAnArchive(f"{path}: a ZIP file, but not an archive of applications")
            try:
                call = json.loads(archive.read(CALL_FILE))
            except (ValueError, zipfile.BadZipFile):
                raise NotAnArchive(f"{path}: its {CALL_FILE} is damaged") from None
    except FileNotFoundError:
        raise NotAnArchive(f"{path}: no such file") from None
    except IsADirectoryError:
        raise NotAnArchive(f"{path}: a folder, not an archive") from None
    except (zipfile.BadZipFile, OSError) as error:
        raise NotAnArchive(f"{path}: not a ZIP file, or a damaged one ({error})") from None
    if not isinstance(call, dict) or call.get("format") != FORMAT:
        raise NotAnArchive(f"{path}: an archive, but not of applications of this format")
    sealed = sorted(name for name in names if SEALED_NAME.match(name))
    return call, _items(path, sealed)


def _items(path, names):
    with zipfile.ZipFile(path) as archive:
        for name in names:
            try:
                sealed = archive.read(name)
            except (zipfile.BadZipFile, zlib.error, OSError, EOFError):
                sealed = None
            yield name, sealed
