"""Offline libraries: for each language, one ZIP with the library in that language, to carry on
a phone or a USB stick and read with no connection.

Inside `shelter-city-library-<lang>/`: `index.html` (every resource of the language, by topic),
each resource's page as the site shows it (mirrors.export, in offline mode: no menu, no
language switcher, no search), its files, the stylesheet, and a `MANIFEST` of checksums signed
like the static mirror's. Links to what the archive does not hold (another language, another
section) keep their address on the live site.

Publishing a resource only marks its language's archive as out of date (`mark_changed`: one
query, in the same transaction); `manage.py build_offline_libraries`, run by a timer
(deploy/systemd/sheltercity-offline.timer), rebuilds the archives that are out of date. The
library page offers the archive with its size, date and SHA-256 (mirrors_tags), and says when an
update is on its way.
"""

import hashlib
import shutil
import tempfile
import zipfile
from datetime import UTC
from pathlib import Path

from django.conf import settings
from django.core.files.base import File
from django.core.files.storage import default_storage
from django.template.loader import render_to_string
from django.utils import timezone, translation
from wagtail.contrib.frontend_cache.utils import purge_page_from_cache

from home import frontend_cache
from mirrors import manifest
from mirrors.export import Export, rewrite
from mirrors.mirror import default_site, key_context, signature_files
from mirrors.mode import MirrorMode
from mirrors.models import OfflineLibrary
from resources.models import ResourceIndexPage, ResourcePage, Topic

FOLDER = "offline"  # in the default storage
# Archives keep a fixed date inside (the ZIP format's earliest), so that two builds of the
# same content are the same bytes.
ZIP_DATE = (1980, 1, 1, 0, 0, 0)


def archive_name(language, made_at):
    return f"shelter-city-library-{language}-{made_at.astimezone(UTC):%Y%m%d-%H%M%S}.zip"


def library_for(language):
    return (
        ResourceIndexPage.objects.live()
        .public()
        .filter(locale__language_code=language)
        .order_by("path")
        .first()
    )


def mark_changed(*languages):
    """Say that the archives of `languages` no longer hold the library as published (a resource
    of that language was published, unpublished or deleted, or a file it offers changed): one
    query, two the first time a language is marked."""
    now = timezone.now()
    updated = OfflineLibrary.objects.filter(language__in=languages).update(changed_at=now)
    if updated < len(languages):  # a language marked for the first time
        OfflineLibrary.objects.bulk_create(
            [OfflineLibrary(language=code, changed_at=now) for code in languages],
            ignore_conflicts=True,
        )


def stale_languages():
    """The languages whose archive is missing or older than their last change."""
    rows = {row.language: row for row in OfflineLibrary.objects.all()}
    return [
        code
        for code, _name in settings.LANGUAGES
        if code not in rows or not rows[code].file or rows[code].is_out_of_date
    ]


def build(language, *, key=None, made_at=None):
    """Build `language`'s archive now and store it; returns the OfflineLibrary row (None when
    the language has no published library: an old archive is then removed)."""
    made_at = made_at or timezone.now()
    started_at = timezone.now()
    library = library_for(language)
    row, _created = OfflineLibrary.objects.get_or_create(language=language)
    if library is None:
        _replace_file(row, None)
        return None
    site = default_site()
    resources = list(
        ResourcePage.objects.child_of(library).published().select_related("topic").order_by("title")
    )
    urls = [resource.get_url() for resource in resources]
    library_url = library.get_url()
    held = set(urls)

    def follow(key):
        path = key.partition("?")[0]
        return key in held or path.startswith(
            (settings.STATIC_URL, settings.MEDIA_URL, "/documents/")
        )

    folder = f"shelter-city-library-{language}"
    with tempfile.TemporaryDirectory(prefix="offline-") as temporary:
        root = Path(temporary) / folder
        mode = MirrorMode(made_at=made_at, site_url=site.root_url, offline=True)
        own = {"/": "index.html", library_url: "index.html", **signature_files(key)}
        export = Export(root, site, mode, urls, follow=follow, files=own)
        export.run()
        with translation.override(language):
            text = render_to_string(
                "mirror/offline_index.html",
                {
                    "library": library,
                    "groups": _by_topic(resources, library.locale_id),
                    "count": len(resources),
                    "made_at": made_at,
                    "site_url": site.root_url,
                    **key_context(key),
                    "LANGUAGE_BIDI": translation.get_language_bidi(),
                },
            )
        text = rewrite(text, lambda url: export.link(url, library_url, "index.html"))
        (root / "index.html").write_text(text, encoding="utf-8")
        if key is not None:
            manifest.write_manifest(
                root, key, f"Shelter City offline library ({language}), {made_at:%Y-%m-%d}"
            )
        archive = Path(temporary) / archive_name(language, made_at)
        _zip(root, archive, folder)
        digest = hashlib.sha256()
        with archive.open("rb") as opened:
            for chunk in iter(lambda: opened.read(1024 * 1024), b""):
                digest.update(chunk)
        with archive.open("rb") as opened:
            stored = default_storage.save(f"{FOLDER}/{archive.name}", File(opened))
        _replace_file(row, stored)
    row.size = default_storage.size(stored)
    row.sha256 = digest.hexdigest()
    row.made_at = made_at
    row.resource_count = len(resources)
    # A change published while this was built is newer than `started_at`: still out of date.
    if row.changed_at is None or row.changed_at <= started_at:
        row.changed_at = made_at
    row.save()  # a new generation of the shared cache: the library pages show the new file
    if frontend_cache.enabled():
        purge_page_from_cache(library)
    return row


def _by_topic(resources, locale_id):
    """The resources grouped by topic (in the library's language when translated), topics in
    alphabetical order, resources without a topic last."""
    topics = {topic.translation_key: topic for topic in Topic.objects.filter(locale_id=locale_id)}
    groups = {}
    for resource in resources:
        topic = resource.topic
        if topic is not None:
            topic = topics.get(topic.translation_key, topic)
        groups.setdefault(topic.name if topic else "", []).append(resource)
    named = sorted((name, items) for name, items in groups.items() if name)
    return [*named, ("", groups[""])] if "" in groups else named


def _zip(root, archive, folder):
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as out:
        for path in sorted(root.rglob("*")):
            if path.is_file():
                name = f"{folder}/{path.relative_to(root).as_posix()}"
                info = zipfile.ZipInfo(name, ZIP_DATE)
                info.compress_type = zipfile.ZIP_DEFLATED
                info.external_attr = 0o644 << 16
                with path.open("rb") as source, out.open(info, "w") as target:
                    shutil.copyfileobj(source, target, 1024 * 1024)


def _replace_file(row, stored):
    """Point `row` at `stored` and remove the archive it pointed at before."""
    old = row.file
    row.file = stored or ""
    if stored is None:
        row.size, row.sha256, row.made_at, row.resource_count = 0, "", None, 0
        row.save()
    if old and old != stored:
        default_storage.delete(old)


def build_stale(*, key=None, languages=None):
    """Rebuild what is out of date (or `languages`); returns the rows built."""
    built = []
    for language in languages or stale_languages():
        row = build(language, key=key)
        if row is not None:
            built.append(row)
    return built
