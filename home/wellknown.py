"""What crawlers and researchers expect at fixed addresses: `/robots.txt` (RFC 9309) and
`/.well-known/security.txt` (RFC 9116).

`robots.txt` allows the public site and keeps crawlers out of the admin and of the search
results in every language (endless pages of nothing new, and a reader's words in the address);
it points to the sitemap. It names no private page: a private page is not secret because
robots.txt lists it, and listing it would tell where it is.

`security.txt` says where to report a vulnerability.

Written on each request from settings, so its `Expires` never goes stale: the contact is
`SECURITY_CONTACT` (addresses, `mailto:` or `https:`), else the default language's contact email
from the site settings; with neither, there is no file (404) rather than a file without a way to
reach anyone.
"""

from datetime import UTC, timedelta

from django.conf import settings
from django.http import Http404, HttpResponse
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.cache import patch_cache_control
from django.views.decorators.http import require_safe

from home.models import SiteSettings

# RFC 9116 §2.5.5: "recommended that the value of this field be less than a year into the future"
EXPIRES_AFTER = timedelta(days=180)


def contacts():
    if settings.SECURITY_CONTACT:
        return list(settings.SECURITY_CONTACT)
    email = SiteSettings.for_language(settings.LANGUAGE_CODE).contact_email
    return [f"mailto:{email}"] if email else []


@require_safe
def security_txt(request):
    found = contacts()
    if not found:
        raise Http404("no security contact configured")
    expires = (timezone.now() + EXPIRES_AFTER).replace(microsecond=0)
    lines = [f"Contact: {contact}" for contact in found]
    lines.append(f"Expires: {expires.astimezone(UTC).strftime('%Y-%m-%dT%H:%M:%SZ')}")
    if settings.SECURITY_ENCRYPTION:
        lines.append(f"Encryption: {settings.SECURITY_ENCRYPTION}")
    if settings.SECURITY_POLICY:
        lines.append(f"Policy: {settings.SECURITY_POLICY}")
    lines.append("Preferred-Languages: " + ", ".join(code for code, _ in settings.LANGUAGES))
    lines.append(f"Canonical: {request.build_absolute_uri()}")
    response = HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
    patch_cache_control(response, public=True, max_age=24 * 60 * 60)
    return response


@require_safe
def robots_txt(request):
    lines = ["User-agent: *", "Allow: /"]
    lines += [f"Disallow: {prefix}" for prefix in settings.ADMIN_URL_PREFIXES]
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            lines.append(f"Disallow: {reverse('search')}")
    lines += ["", f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}"]
    response = HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
    # Outside the language prefixes, so the page middleware leaves it alone: the pages' header.
    patch_cache_control(response, public=True, max_age=settings.PAGE_CACHE_SECONDS)
    return response
