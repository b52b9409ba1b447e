"""`/.well-known/sheltercity-mirror.pub`: the public key that signs the static mirror, as the
`.pub` file minisign writes (`minisign -Vm MANIFEST -p sheltercity-mirror.pub`). Whoever checks
a mirror takes the key from here (or the footer), never from the mirror itself. Without a
signing key in the settings there is no file (404)."""

from django.http import Http404, HttpResponse
from django.utils.cache import patch_cache_control
from django.views.decorators.http import require_safe

from mirrors.signing import public_key_file_text


@require_safe
def public_key(request):
    text = public_key_file_text()
    if text is None:
        raise Http404("no mirror signing key configured")
    response = HttpResponse(text, content_type="text/plain; charset=utf-8")
    # As /.well-known/security.txt (home/wellknown.py).
    patch_cache_control(response, public=True, max_age=24 * 60 * 60)
    return response
