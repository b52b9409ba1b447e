"""The onion address in the response headers, and the requests that come in through it.

See mirrors/onion.py for the address itself and mirrors/README-onion.md for the set-up.
"""

from django.conf import settings
from django.core.exceptions import DisallowedHost
from django.middleware.security import SecurityMiddleware as DjangoSecurityMiddleware

from mirrors.onion import is_onion_request, onion_origin

HSTS = "Strict-Transport-Security"


class SecurityMiddleware(DjangoSecurityMiddleware):
    """Django's SecurityMiddleware, except for requests that come in through the onion address.

    Tor hands those to Varnish over plain HTTP: the connection is already encrypted end to end
    by tor, and no certificate is needed (or usual) for an onion address. Django's redirect to
    https (SECURE_SSL_REDIRECT) would send Tor Browser to an https onion address nothing
    answers, and HSTS (SECURE_HSTS_SECONDS) would make it refuse the plain one for a year,
    whatever header a client sent to look secure. So for those requests, and only those: no
    redirect, no `Strict-Transport-Security`. Everything else (nosniff, referrer policy,
    cross-origin opener policy) is Django's, for every request.

    Django's deploy checks look for its own class by name in MIDDLEWARE: mirrors/checks.py runs
    them with this one standing in for it.
    """

    def process_request(self, request):
        if is_onion_request(request):
            return None
        return super().process_request(request)

    def process_response(self, request, response):
        response = super().process_response(request, response)
        if is_onion_request(request):
            response.headers.pop(HSTS, None)
        return response


def onion_location_middleware(get_response):
    """`Onion-Location: <onion origin><path and query>` on every response outside
    ADMIN_URL_PREFIXES, when ONION_LOCATION is set: Tor Browser then offers the reader the
    same page at the onion address (it reads the header on https pages only). Not on requests
    that came in through the onion address already, nor on a request for a host the site does
    not serve (its 400 names no path of ours).

    The header depends on the request's host: Varnish keeps each host's copy of a page apart
    (deploy/varnish/default.vcl, `vcl_hash`), so a cached page carries the header of its own
    host only."""

    def middleware(request):
        response = get_response(request)
        origin = onion_origin()
        if (
            origin
            and not request.path.startswith(settings.ADMIN_URL_PREFIXES)
            and not is_onion_request(request)
            and _host_is_served(request)
        ):
            response.headers["Onion-Location"] = origin + request.get_full_path()
        return response

    return middleware


def _host_is_served(request):
    try:
        request.get_host()
    except DisallowedHost:
        return False
    return True
