from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings
from django.core.exceptions import BadRequest
from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware


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
    no page, filter or search can contain one, and PostgreSQL refuses it in any query."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if "\x00" in request.path or any(
            "\x00" in key or any("\x00" in value for value in values)
            for key, values in request.GET.lists()
        ):
            raise BadRequest("NUL character in the request")
        return self.get_response(request)


def admin_referrer_policy_middleware(get_response):
    """`Referrer-Policy: same-origin` under the admin, `no-referrer` (SECURE_REFERRER_POLICY)
    everywhere else.

    With `no-referrer`, Chromium sends `Origin: null` with a form's POST, which Django's CSRF
    protection rightly refuses; the admin's forms (login included) need their own origin sent.
    Readers' pages have no POST form and keep `no-referrer`. Must sit after SecurityMiddleware,
    which only fills the header in when it is missing.
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
