from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings
from django.core.exceptions import BadRequest


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware, with the admin's relaxations added under the admin URL only.

    Public pages get `CONTENT_SECURITY_POLICY` as it is. Wagtail's editor still relies on a few
    inline styles and `data:`/`blob:` images (wagtail/wagtail#1288), so responses under
    `ADMIN_URL_PREFIXES` get `ADMIN_CONTENT_SECURITY_POLICY_UPDATE` merged in.
    """

    def get_policy_parts(self, request, response, report_only=False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and request.path.startswith(settings.ADMIN_URL_PREFIXES):
            parts.update = {**(parts.update or {}), **settings.ADMIN_CONTENT_SECURITY_POLICY_UPDATE}
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
