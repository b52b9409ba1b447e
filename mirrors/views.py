"""What the live site serves of the copies: the public key that signs them, and each language's
offline library."""

from django.core.files.storage import default_storage
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import redirect
from django.utils.cache import patch_cache_control
from django.views.decorators.http import require_safe

from mirrors.models import OfflineLibrary
from mirrors.offline import FOLDER
from mirrors.signing import public_key_file_text

ARCHIVE_SECONDS = 24 * 60 * 60  # a name is never reused: the file under it never changes


@require_safe
def public_key(request):
    """`/.well-known/sheltercity-mirror.pub`: the public key that signs the static mirror, as
    the `.pub` file minisign writes (`minisign -Vm MANIFEST -p sheltercity-mirror.pub`).
    Whoever checks a mirror takes the key from here (or the footer), never from the mirror
    itself. Without a signing key in the settings there is no file (404)."""
    text = public_key_file_text()
    if text is None:
        raise Http404("no mirror signing key configured")
    response = HttpResponse(text, content_type="text/plain; charset=utf-8")
    # As /.well-known/security.txt (home/wellknown.py).
    patch_cache_control(response, public=True, max_age=24 * 60 * 60)
    return response


@require_safe
def offline_library(request, filename):
    """An offline library's ZIP, as a download. The name carries the language and the moment it
    was made; an older name of a language leads to its newest archive. Nothing about the
    reader is kept (no count: a count per language would say little and cost a write)."""
    row = OfflineLibrary.objects.filter(file=f"{FOLDER}/{filename}").first()
    if row is None:
        prefix = filename.rsplit("-", 2)[0]  # shelter-city-library-<lang>
        language = prefix.removeprefix("shelter-city-library-")
        current = OfflineLibrary.objects.filter(language=language).exclude(file="").first()
        if current is None or prefix == filename:
            raise Http404
        return redirect("offline_library", filename=current.filename)
    try:
        opened = default_storage.open(row.file, "rb")
    except FileNotFoundError:
        raise Http404 from None
    response = FileResponse(
        opened, as_attachment=True, filename=row.filename, content_type="application/zip"
    )
    response["Cache-Control"] = f"public, max-age={ARCHIVE_SECONDS}"
    response["Cross-Origin-Resource-Policy"] = "same-origin"
    return response
