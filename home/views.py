import secrets
import sys

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import BadRequest
from django.db import InterfaceError, OperationalError, connection
from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from django.template import loader
from django.utils import translation
from django.views.defaults import server_error as django_server_error

# What Django raises (its own classes, wrapping psycopg's) when the database cannot be reached
# or stops answering: the connection is refused or lost, the server is shutting down.
DATABASE_UNAVAILABLE = (OperationalError, InterfaceError)
# Seconds a reader or a crawler is asked to wait before trying again.
RETRY_AFTER_SECONDS = 120


class BadParameter(BadRequest):
    """A request parameter the reader can correct (a page number that is not a number...). Its
    message, written for the reader and translated, is shown on the 400 page; any other bad
    request keeps the page's general text."""


def bad_request(request, exception):
    """Django's default 400 view renders without the request; the site's pages need it (menu,
    language switcher, footer), so the page is rendered here in the reader's language."""
    message = str(exception) if isinstance(exception, BadParameter) else ""
    return render(request, "400.html", {"message": message}, status=400)


def service_unavailable(request):
    """The 503 page while the database is unreachable: a static template (no query), in the
    language of the URL, with `Retry-After`. A form sent to the admin is told that nothing was
    saved and is offered again, as it was sent, to send once the database is back."""
    language = translation.get_language_from_path(request.path_info) or translation.get_language()
    sent_a_form = request.method == "POST" and request.path.startswith(settings.ADMIN_URL_PREFIXES)
    context = {
        "saving": request.method not in ("GET", "HEAD", "OPTIONS"),
        "form_fields": list(request.POST.lists()) if sent_a_form else [],
        "form_action": request.get_full_path() if sent_a_form else "",
        "had_files": sent_a_form and bool(request.FILES),
    }
    with translation.override(language):
        response = HttpResponse(loader.render_to_string("503.html", context), status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response


def server_error(request):
    """Django's 500 view, but a 503 (`service_unavailable`) when the error being handled is the
    database being unreachable: raised in a middleware, it never reaches a middleware's
    `process_exception`."""
    error = sys.exc_info()[1]
    if isinstance(error, DATABASE_UNAVAILABLE):
        return service_unavailable(request)
    return django_server_error(request)


def healthz(request):
    """For the proxy's probe and monitoring: 200 when the database answers `SELECT 1` and the
    cache keeps what it is given, else 503. Says which part failed and nothing else; never
    cached (Varnish passes it too)."""
    checks = {"database": _database_answers(), "cache": _cache_answers()}
    healthy = all(checks.values())
    body = {"status": "ok" if healthy else "unavailable"}
    body.update({name: "ok" if passed else "unavailable" for name, passed in checks.items()})
    response = JsonResponse(body, status=200 if healthy else 503)
    response["Cache-Control"] = "no-store"
    return response


def _database_answers():
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            return cursor.fetchone() == (1,)
    except DATABASE_UNAVAILABLE:
        return False


def _cache_answers():
    key, value = "healthz", secrets.token_hex(8)
    try:
        cache.set(key, value, timeout=10)
        return cache.get(key) == value
    except Exception:  # any cache backend's own connection errors
        return False
