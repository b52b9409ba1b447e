"""The static mirror of the public site (`manage.py export_mirror DIR`).

Every public page of every language, reached from each language's pages and search page
(mirrors.export), the pages the filters lead to (one per option of each filter, drawn as links
in a copy), the documents, images and stylesheet, and a first page (`index.html`) that lists
the languages and says how to check the copy. The files are listed with their size and SHA-256
in `MANIFEST`, signed with the programme's key (mirrors.manifest, mirrors.signing).
"""

import os
import shutil
import tempfile
from dataclasses import dataclass
from datetime import UTC
from pathlib import Path

from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.models import Site

from home.wagtail_overrides import published_pages
from mirrors import manifest, signing
from mirrors.export import Export, rewrite
from mirrors.mode import MirrorMode


class MirrorError(Exception):
    """Why a mirror was not written (said to the operator as it is)."""


@dataclass
class Language:
    code: str
    name: str
    bidi: bool
    home_file: str


def default_site():
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site is None:
        raise MirrorError("There is no default Wagtail site to copy.")
    return site


def public_urls(site):
    """The URL path of every public page of `site`, in every language, and each language's
    search page (which, in a copy, says there is no search and where to browse)."""
    urls = []
    for page in published_pages().filter(depth__gt=1).iterator(2000):
        site_id, _root, path = page.get_url_parts() or (None, None, None)
        if site_id == site.pk and path:
            urls.append(path)
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            urls.append(reverse("search"))
    return urls


def signature_files(key):
    """The files that check a copy signed with `key` (mirrors.manifest writes them last), by
    the URL its pages link them with; none for an unsigned copy."""
    if key is None:
        return {}
    names = (manifest.MANIFEST, manifest.SIGNATURE, manifest.PUBLIC_KEY)
    return {f"/{name}": name for name in names}


def key_context(key):
    """What components/mirror/check.html shows of the key a copy is signed with."""
    return {
        "public_key": signing.public_key_text(key) if key else None,
        "key_id": signing.key_id_text(key) if key else None,
    }


def about_url(code):
    """Where a copy says, in one language, what it is and how to check it (a dot: never a
    page's slug)."""
    return f"/{code}/about-this-copy.html"


def languages_of(export):
    """The languages whose home page the copy holds, in the settings' order."""
    found = []
    for code, name in settings.LANGUAGES:
        home = export.file_of(f"/{code}/")
        if home is not None:
            found.append(Language(code, name, translation.get_language_info(code)["bidi"], home))
    return found


def export_mirror(directory, *, key=None, made_at=None, site=None):
    """Write the mirror into `directory` (new or empty) and sign its manifest with `key` (a
    nacl SigningKey; None: unsigned). Returns the finished `Export`."""
    directory = Path(directory)
    site = site or default_site()
    made_at = made_at or timezone.now()
    mode = MirrorMode(made_at=made_at, site_url=site.root_url)
    # The copy's own files, written after the pages: its first page, the same in each language
    # (what every page's notice links to), and what checks it.
    own = {"/": "index.html"}
    own |= {about_url(code): about_url(code).lstrip("/") for code, _name in settings.LANGUAGES}
    own |= signature_files(key)
    export = Export(directory, site, mode, public_urls(site), files=own)
    export.run()
    languages = languages_of(export)
    context = {
        "languages": languages,
        "made_at": made_at,
        "site_url": site.root_url,
        **key_context(key),
    }
    pages = [(settings.LANGUAGE_CODE, "/")]
    pages += [(language.code, about_url(language.code)) for language in languages]
    for code, url in pages:
        name = own[url]
        with translation.override(code):
            text = render_to_string("mirror/index.html", context)
        text = rewrite(text, lambda link, url=url, name=name: export.link(link, url, name))
        (directory / name).write_text(text, encoding="utf-8")
        export.written[name] = url
    if key is not None:
        made = made_at.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")
        manifest.write_manifest(directory, key, f"Shelter City mirror of {site.root_url}, {made}")
    return export


def export_into(destination, *, replace=False, **options):
    """Export into `destination`: written beside it first, then moved into place, so that a
    mirror being served is never half-written. An existing, non-empty `destination` is only
    replaced when `replace` is given."""
    destination = Path(destination).absolute()
    if destination.exists() and any(destination.iterdir()) and not replace:
        raise MirrorError(f"{destination} is not empty: give --replace to replace it.")
    destination.parent.mkdir(parents=True, exist_ok=True)
    building = Path(tempfile.mkdtemp(prefix=f".{destination.name}.", dir=destination.parent))
    try:
        export = export_mirror(building, **options)
        # mkdtemp makes a private folder; a mirror is public, readable by the web server.
        os.chmod(building, 0o755)  # noqa: S103
        if destination.exists():
            old = destination.with_name(f".{destination.name}.old")
            shutil.rmtree(old, ignore_errors=True)
            destination.rename(old)
            building.rename(destination)
            shutil.rmtree(old, ignore_errors=True)
        else:
            building.rename(destination)
    except BaseException:
        shutil.rmtree(building, ignore_errors=True)
        raise
    export.directory = destination
    return export
