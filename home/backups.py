"""Backups that restore: one tar archive with a PostgreSQL dump, the media files and a manifest.

Layout of an archive (plain tar: the dump is compressed by pg_dump, and images and documents
are compressed formats already; uncompressed, a damaged byte stays in one member, which the
manifest then names):

- `database.dump`: `pg_dump --format=custom` of DATABASE_URL, one consistent snapshot, without
  the rows of the image renditions table (resized copies Wagtail makes again on first use);
- `media/...`: every file under MEDIA_ROOT except `images/`, the renditions' folder;
- `MANIFEST.json`, last: path, size and SHA-256 of every other member, the date, the site's
  version (its git commit), the PostgreSQL versions and the applied migrations.

The dump is taken first and the media copied after it, so every file the dump refers to is in
the archive unless it was deleted in between. Restoring checks every member against the
manifest before it touches anything, then restores into an empty database (`pg_restore
--no-owner --no-acl`, one transaction) and an empty media folder.
"""

import hashlib
import json
import os
import re
import shutil
import subprocess
import tarfile
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath

from django.conf import settings
from django.db import connections
from django.db.migrations.loader import MigrationLoader
from django.db.migrations.recorder import MigrationRecorder

FORMAT = "sheltercity-backup"
FORMAT_VERSION = 1
MANIFEST = "MANIFEST.json"
DATABASE_MEMBER = "database.dump"
MEDIA_PREFIX = "media/"
RENDITIONS_FOLDER = "images"  # Wagtail's renditions (original_images/ holds the uploads)
ARCHIVE_NAME = re.compile(r"^sheltercity-\d{8}-\d{6}\.tar$")
CHUNK = 1024 * 1024


class BackupError(Exception):
    """What went wrong, in words an operator can act on."""


@dataclass
class Member:
    path: str
    size: int
    sha256: str


# --- PostgreSQL tools ---------------------------------------------------------------------------


def postgres_tool(name):
    """Debian keeps each version's tools in /usr/lib/postgresql/<version>/bin: the newest one
    there (pg_dump must be at least the server's version), else the one on PATH."""
    versions = []
    for candidate in Path("/usr/lib/postgresql").glob(f"*/bin/{name}"):
        try:
            versions.append((int(candidate.parent.parent.name), candidate))
        except ValueError:
            continue
    if versions:
        return str(max(versions)[1])
    found = shutil.which(name)
    if found:
        return found
    raise BackupError(
        f"{name} not found: install PostgreSQL's client tools (apt-get install postgresql-client)."
    )


def postgres_environment(alias):
    """libpq's environment variables for a Django database: the password never on a command
    line (where `ps` shows it)."""
    connection = connections[alias]
    if connection.vendor != "postgresql":
        raise BackupError(
            f"Backups are made of PostgreSQL databases; this site's database is "
            f"{connection.vendor} ({connection.settings_dict['NAME']}). On SQLite (make run) stop "
            f"the server and copy the database file and MEDIA_ROOT instead."
        )
    config = connection.settings_dict
    variables = {
        "PGDATABASE": config["NAME"],
        "PGHOST": config.get("HOST") or "",
        "PGPORT": str(config.get("PORT") or ""),
        "PGUSER": config.get("USER") or "",
        "PGPASSWORD": config.get("PASSWORD") or "",
        "PGSSLMODE": (config.get("OPTIONS") or {}).get("sslmode", ""),
    }
    environment = {key: value for key, value in os.environ.items() if not key.startswith("PG")}
    environment.update({key: value for key, value in variables.items() if value})
    return environment


def run_tool(command, environment):
    result = subprocess.run(command, env=environment, capture_output=True, text=True)  # noqa: S603
    if result.returncode != 0:
        message = result.stderr.strip() or f"exit status {result.returncode}"
        raise BackupError(f"{Path(command[0]).name} failed: {message}")
    return result.stdout


# --- Writing ------------------------------------------------------------------------------------


def site_version():
    """The git commit the site runs, when it runs from a git checkout."""
    try:
        result = subprocess.run(  # noqa: S603
            ["git", "-C", str(settings.BASE_DIR), "rev-parse", "HEAD"],  # noqa: S607
            capture_output=True,
            text=True,
            timeout=10,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    if result.returncode != 0:
        return None
    return result.stdout.strip() or None


def applied_migrations(alias):
    recorder = MigrationRecorder(connections[alias])
    return sorted(f"{app}.{name}" for app, name in recorder.applied_migrations())


def media_files(media_root):
    """(relative POSIX path, absolute path) of every file to keep, in a stable order."""
    media_root = Path(media_root)
    if not media_root.is_dir():
        return []
    found = []
    for folder, subfolders, files in os.walk(media_root):
        relative_folder = Path(folder).relative_to(media_root)
        if relative_folder == Path("."):
            subfolders[:] = [name for name in subfolders if name != RENDITIONS_FOLDER]
        subfolders.sort()
        for name in sorted(files):
            path = Path(folder) / name
            if path.is_file() and not path.is_symlink():
                found.append(((relative_folder / name).as_posix(), path))
    return found


def add_file(archive, path, name):
    """Add one file, hashing exactly the bytes written to the archive."""
    digest = hashlib.sha256()
    with open(path, "rb") as source:
        size = os.fstat(source.fileno()).st_size
        info = tarfile.TarInfo(name)
        info.size = size
        info.mtime = int(os.fstat(source.fileno()).st_mtime)
        info.mode = 0o644

        class Hashing:
            def read(self, amount=-1):
                data = source.read(amount)
                digest.update(data)
                return data

        archive.addfile(info, Hashing())
    return Member(name, size, digest.hexdigest())


def write_backup(output, alias="default"):
    """Write the archive to `output` (a path; written beside it, then renamed into place) and
    return the manifest."""
    output = Path(output)
    environment = postgres_environment(alias)
    pg_dump = postgres_tool("pg_dump")
    from wagtail.images import get_image_model

    renditions = get_image_model().get_rendition_model()._meta.db_table
    with connections[alias].cursor() as cursor:
        cursor.execute("SHOW server_version")
        server_version = cursor.fetchone()[0]
    output.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="sheltercity-backup-") as workdir:
        dump = Path(workdir) / DATABASE_MEMBER
        run_tool(
            [pg_dump, "--format=custom", f"--exclude-table-data={renditions}", f"--file={dump}"],
            environment,
        )
        manifest = {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "created": datetime.now(UTC).replace(microsecond=0).isoformat(),
            "site_version": site_version(),
            "postgresql": {
                "server": server_version,
                "pg_dump": run_tool([pg_dump, "--version"], environment).strip(),
            },
            "migrations": applied_migrations(alias),
            "renditions": "left out: Wagtail makes them again from the original images",
            "members": [],
        }
        partial = output.with_name(f".{output.name}.partial")
        try:
            with tarfile.open(partial, "w", format=tarfile.PAX_FORMAT) as archive:
                members = [add_file(archive, dump, DATABASE_MEMBER)]
                dump.unlink()
                for relative, path in media_files(settings.MEDIA_ROOT):
                    members.append(add_file(archive, path, MEDIA_PREFIX + relative))
                manifest["members"] = [member.__dict__ for member in members]
                data = json.dumps(manifest, indent=2, ensure_ascii=False).encode()
                info = tarfile.TarInfo(MANIFEST)
                info.size = len(data)
                info.mtime = int(datetime.now(UTC).timestamp())
                info.mode = 0o644
                archive.addfile(info, _BytesReader(data))
            partial.chmod(0o600)  # the dump holds editors' accounts
            partial.replace(output)
        finally:
            partial.unlink(missing_ok=True)
    return manifest


class _BytesReader:
    def __init__(self, data):
        self.data, self.position = data, 0

    def read(self, amount=-1):
        end = len(self.data) if amount < 0 else self.position + amount
        chunk = self.data[self.position : end]
        self.position += len(chunk)
        return chunk


def prune(folder, keep):
    """Remove all but the `keep` newest archives this command named in `folder` (0: keep all)."""
    if keep <= 0:
        return []
    archives = sorted(path for path in Path(folder).iterdir() if ARCHIVE_NAME.match(path.name))
    removed = archives[:-keep]
    for path in removed:
        path.unlink()
    return removed


# --- Reading and checking -----------------------------------------------------------------------


def open_archive(path):
    path = Path(path)
    if not path.exists():
        raise BackupError(f"{path}: no such file.")
    if not path.is_file():
        raise BackupError(f"{path}: not a file.")
    try:
        return tarfile.open(path, "r:")
    except (tarfile.TarError, OSError) as error:
        raise BackupError(f"{path}: not a backup archive (not a tar file: {error}).") from None


def read_manifest(archive, path):
    try:
        member = archive.getmember(MANIFEST)
        data = archive.extractfile(member).read()
    except KeyError:
        raise BackupError(f"{path}: not a backup archive ({MANIFEST} is missing).") from None
    except (tarfile.TarError, OSError, EOFError) as error:
        raise BackupError(f"{path}: the archive is damaged or truncated ({error}).") from None
    try:
        manifest = json.loads(data)
    except (UnicodeDecodeError, ValueError):
        raise BackupError(
            f"{path}: {MANIFEST} is not valid JSON: the archive is damaged."
        ) from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BackupError(f"{path}: {MANIFEST} is not the manifest of a Shelter City backup.")
    if manifest.get("format_version") != FORMAT_VERSION:
        raise BackupError(
            f"{path}: backup format version {manifest.get('format_version')!r}; this site reads "
            f"version {FORMAT_VERSION}."
        )
    members = manifest.get("members")
    try:
        listed = {
            entry["path"]: Member(entry["path"], int(entry["size"]), str(entry["sha256"]))
            for entry in members
        }
    except (TypeError, KeyError, ValueError):
        raise BackupError(f"{path}: {MANIFEST} lists its members wrongly.") from None
    if DATABASE_MEMBER not in listed:
        raise BackupError(f"{path}: {MANIFEST} lists no {DATABASE_MEMBER}.")
    return manifest, listed


def safe_member_path(name):
    """A member's name as a relative path that stays inside the folder it is written to."""
    path = PurePosixPath(name)
    if path.is_absolute() or ".." in path.parts or not path.parts:
        raise BackupError(f"{name}: a member outside the archive's folders; refused.")
    return path


def verify(path):
    """Check every member against the manifest (size and SHA-256; nothing missing, nothing
    added, nothing but plain files). Returns the manifest."""
    with open_archive(path) as archive:
        manifest, listed = read_manifest(archive, path)
        seen = set()
        try:
            for info in archive:
                if info.name == MANIFEST:
                    continue
                if not info.isfile():
                    raise BackupError(f"{path}: {info.name} is not a plain file; refused.")
                safe_member_path(info.name)
                expected = listed.get(info.name)
                if expected is None:
                    raise BackupError(f"{path}: {info.name} is not in {MANIFEST}; refused.")
                if info.name in seen:
                    raise BackupError(f"{path}: {info.name} appears twice; refused.")
                seen.add(info.name)
                digest = hashlib.sha256()
                size = 0
                source = archive.extractfile(info)
                while chunk := source.read(CHUNK):
                    digest.update(chunk)
                    size += len(chunk)
                if size != expected.size or digest.hexdigest() != expected.sha256:
                    raise BackupError(
                        f"{path}: {info.name} does not match its checksum in {MANIFEST}: the "
                        f"archive is damaged or was changed. Nothing was restored."
                    )
        except (tarfile.TarError, OSError, EOFError) as error:
            raise BackupError(
                f"{path}: the archive is damaged or truncated ({error}). Nothing was restored."
            ) from None
        missing = sorted(set(listed) - seen)
        if missing:
            raise BackupError(
                f"{path}: {missing[0]} is in {MANIFEST} but not in the archive (truncated?). "
                f"Nothing was restored."
            )
    return manifest


# --- Restoring ----------------------------------------------------------------------------------


def database_tables(alias):
    connection = connections[alias]
    with connection.cursor() as cursor:
        return connection.introspection.table_names(cursor)


def media_is_empty(media_root):
    media_root = Path(media_root)
    return not media_root.exists() or not any(
        path.is_file() or path.is_symlink() for path in media_root.rglob("*")
    )


def drop_tables(alias):
    connection = connections[alias]
    tables = database_tables(alias)
    if tables:
        with connection.cursor() as cursor:
            quoted = ", ".join(connection.ops.quote_name(table) for table in tables)
            cursor.execute(f"DROP TABLE IF EXISTS {quoted} CASCADE")


def restore(path, alias="default", force=False):
    """Verify, then restore the database and the media files. Returns the manifest."""
    manifest = verify(path)
    environment = postgres_environment(alias)
    pg_restore = postgres_tool("pg_restore")
    media_root = Path(settings.MEDIA_ROOT)
    if not force:
        tables = database_tables(alias)
        if tables:
            raise BackupError(
                f"The database {connections[alias].settings_dict['NAME']} is not empty "
                f"({len(tables)} tables). Restore into an empty database, or add --force to "
                f"drop its tables first. Nothing was changed."
            )
        if not media_is_empty(media_root):
            raise BackupError(
                f"The media folder {media_root} is not empty. Restore into an empty folder, or "
                f"add --force to write over it. Nothing was changed."
            )
    else:
        drop_tables(alias)
    connections[alias].close()  # pg_restore works alone; Django reconnects when needed
    with open_archive(path) as archive, tempfile.TemporaryDirectory() as workdir:
        dump = Path(workdir) / DATABASE_MEMBER
        with archive.extractfile(DATABASE_MEMBER) as source, open(dump, "wb") as target:
            shutil.copyfileobj(source, target, CHUNK)
        run_tool(
            [
                pg_restore,
                "--no-owner",
                "--no-acl",
                "--exit-on-error",
                "--single-transaction",
                f"--dbname={environment['PGDATABASE']}",
                str(dump),
            ],
            environment,
        )
        dump.unlink()
        for info in archive:
            if not info.name.startswith(MEDIA_PREFIX):
                continue
            relative = safe_member_path(info.name[len(MEDIA_PREFIX) :])
            target_path = media_root.joinpath(*relative.parts)
            target_path.parent.mkdir(parents=True, exist_ok=True)
            with archive.extractfile(info) as source, open(target_path, "wb") as target:
                shutil.copyfileobj(source, target, CHUNK)
    return manifest


def migration_differences(manifest, alias="default"):
    """(migrations the code has that the backup lacks, migrations the backup has that the code
    does not know)."""
    loader = MigrationLoader(None, ignore_no_migrations=True)
    known = {f"{app}.{name}" for app, name in loader.disk_migrations}
    in_backup = set(manifest.get("migrations") or [])
    return sorted(known - in_backup), sorted(in_backup - known)
