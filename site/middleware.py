import contextlib

from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings
from django.contrib.sessions.middleware import SessionMiddleware as DjangoSessionMiddleware
from django.core.exceptions import BadRequest
from django.http import UnreadablePostError
from django.http.multipartparser import MultiPartParserError
from django.middleware.csrf import CSRF_ALLOWED_CHARS, CSRF_SECRET_LENGTH, CSRF_TOKEN_LENGTH
from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware

from home.caching import site_for_request
from home.views import DATABASE_UNAVAILABLE, service_unavailable


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware, with the admin's relaxations added under the admin URL only.

    Public pages get `CONTENT_SECURITY_POLICY` as it is. Wagtail's editor still relies on inline
    scripts (choosers, date pickers), inline styles and `data:`/`blob:` images
    (wagtail/wagtail#1288), so responses under `ADMIN_URL_PREFIXES`, and only those, get
    `ADMIN_CONTENT_SECURITY_POLICY_UPDATE` merged in, and the editor may frame its own preview
    (`ADMIN_CONTENT_SECURITY_POLICY_REPLACE`).
    """

    def get_policy_parts(self, request, response, report_only=False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if report_only:
            return parts
        if request.path.startswith(settings.ADMIN_URL_PREFIXES):
            parts.update = {**(parts.update or {}), **settings.ADMIN_CONTENT_SECURITY_POLICY_UPDATE}
        if request.path.startswith(settings.ADMIN_URL_PREFIXES) or getattr(
            request, "is_dummy", False
        ):
            # Wagtail renders a preview through a dummy request for the page's own URL: it keeps
            # the readers' policy (so the preview shows what they get) but may be framed by the
            # editor, on this origin.
            parts.replace = {
                **(parts.replace or {}),
                **settings.ADMIN_CONTENT_SECURITY_POLICY_REPLACE,
            }
        return parts


class RejectMalformedInputMiddleware:
    """Answer 400 (in the reader's language) to a path or query string carrying a NUL character:
    no page, filter or search can contain one, and PostgreSQL refuses it in any query.

    A POST body is read here, once, for every path: a form body Django cannot parse (multipart
    without a boundary or with a broken one) is a 400 here. Read later, it is read first by
    the 404 or 500 view's CSRF check (`requires_csrf_token`) on paths no view matches
    (`/documents/x`, `/xx/`), where its error becomes a 500. Django's CSRF check reads the body
    of every POST that carries a CSRF cookie anyway (the admin's), so little more is read.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if "\x00" in request.path or any(
            "\x00" in key or any("\x00" in value for value in values)
            for key, values in request.GET.lists()
        ):
            raise BadRequest("NUL character in the request")
        if request.method == "POST":
            try:
                request.POST  # noqa: B018 (parses the body)
            except (MultiPartParserError, UnreadablePostError) as error:
                raise BadRequest("Unreadable request body") from error
        return self.get_response(request)


def is_readable_csrf_cookie(value):
    """What Django's CSRF middleware accepts as a cookie: a secret or a masked token, of its
    alphabet (`django.middleware.csrf._check_token_format`, private, hence this copy)."""
    return len(value) in (CSRF_SECRET_LENGTH, CSRF_TOKEN_LENGTH) and not set(value) - set(
        CSRF_ALLOWED_CHARS
    )


def unreadable_csrf_cookie_middleware(get_response):
    """Outside `ADMIN_URL_PREFIXES`, a `csrftoken` cookie Django cannot read is ignored, as if
    the reader had sent none.

    Django answers such a cookie with a new one on every response (its CSRF middleware, and the
    404 and 500 views' own CSRF check). Ignored, a CSRF cookie is only set where a page renders
    a POST form (`{% csrf_token %}`), and a reader's page has none (the one exception is the
    password form of a page an editor protects with Wagtail's page privacy). A POST that needs
    the token is refused as without a cookie. Must come before Django's CsrfViewMiddleware,
    which stays in MIDDLEWARE as it is (`check --deploy` looks for it by name).
    """

    def middleware(request):
        name = settings.CSRF_COOKIE_NAME
        if (
            not request.path.startswith(settings.ADMIN_URL_PREFIXES)
            and name in request.COOKIES
            and not is_readable_csrf_cookie(request.COOKIES[name])
        ):
            del request.COOKIES[name]
        return get_response(request)

    return middleware


class SessionMiddleware(DjangoSessionMiddleware):
    """Django's sessions, without deleting an unusable session cookie outside the admin.

    For a session cookie that names no session (garbage, expired, or an editor's after logging
    out), Django sends `Set-Cookie` to delete it, on every page. Outside `ADMIN_URL_PREFIXES` an
    empty session is left alone: no `Set-Cookie` for a reader. A session with data (an editor's,
    or the pass of a password-protected page) is handled by Django as before.
    """

    def process_response(self, request, response):
        session = getattr(request, "session", None)
        if (
            session is not None
            and not request.path.startswith(settings.ADMIN_URL_PREFIXES)
            and session.is_empty()
        ):
            return response
        return super().process_response(request, response)


class DatabaseUnavailableMiddleware:
    """A view that cannot reach the database answers 503 with `Retry-After` (the static page
    of `home.views.service_unavailable`), not a 500.

    Only a view's errors reach a middleware (`process_exception`); an error in another
    middleware (the call status, the redirects) is turned into a response by Django before, and
    reaches `handler500`, which gives the same page for the same errors.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, DATABASE_UNAVAILABLE):
            return service_unavailable(request)
        return None


def admin_referrer_policy_middleware(get_response):
    """`Referrer-Policy: same-origin` under the admin, `no-referrer` (SECURE_REFERRER_POLICY)
    everywhere else.

    With `no-referrer`, Chromium sends `Origin: null` with a form's POST, which Django's CSRF
    protection rightly refuses; the admin's forms (login included) need their own origin sent.
    Readers' pages have no POST form and keep `no-referrer`, but for a call's application form,
    whose view says `same-origin` itself (applications/views.py `private`, and the page's
    `<meta name="referrer">`). Must sit after SecurityMiddleware, which only fills the header
    in when it is missing.
    """

    def middleware(request):
        response = get_response(request)
        if request.path.startswith(settings.ADMIN_URL_PREFIXES):
            response.headers["Referrer-Policy"] = "same-origin"
        return response

    return middleware


class LocaleMiddleware(DjangoLocaleMiddleware):
    """Django's LocaleMiddleware, without its 404 redirect for URLs that have no language.

    For a 404 outside the language prefixes, Django redirects to the same path under the
    reader's language (Wagtail's catch-all route matches anything there). For the admin,
    documents and files that only turns a real 404 into a redirect to a public 404.
    """

    def process_response(self, request, response):
        if response.status_code == 404 and request.path_info.startswith(
            settings.UNLOCALIZED_URL_PREFIXES
        ):
            return response
        return super().process_response(request, response)


def shared_site_middleware(get_response):
    """The request's Wagtail site from the shared cache (home.caching), not a query per
    request, for the paths under a language prefix (the pages, search). After CommonMiddleware,
    which refuses a host outside ALLOWED_HOSTS first."""

    languages = {code for code, _name in settings.LANGUAGES}

    def middleware(request):
        if request.path_info.split("/", 2)[1] in languages:  # pages and views in a language
            # Without the database the view meets the same error, and answers 503 in the
            # reader's language.
            with contextlib.suppress(DATABASE_UNAVAILABLE):
                site_for_request(request)
        return get_response(request)

    return middleware
