"""System checks of the onion address and of the SecurityMiddleware that serves it."""

from django.conf import settings
from django.core import checks
from django.core.checks.security import base as django_security
from django.test.utils import override_settings

from mirrors.onion import onion_location_errors

DJANGO_SECURITY_MIDDLEWARE = "django.middleware.security.SecurityMiddleware"
SECURITY_MIDDLEWARE = "mirrors.middleware.SecurityMiddleware"

# Django's deploy checks that look at SecurityMiddleware's settings (HSTS, the redirect to https,
# nosniff, the referrer and cross-origin opener policies). Each passes without looking when
# Django's class is not named in MIDDLEWARE (`_security_middleware()`).
DJANGO_SECURITY_MIDDLEWARE_CHECKS = (
    django_security.check_sts,
    django_security.check_sts_include_subdomains,
    django_security.check_sts_preload,
    django_security.check_content_type_nosniff,
    django_security.check_ssl_redirect,
    django_security.check_referrer_policy,
    django_security.check_cross_origin_opener_policy,
)


def check_onion_location(app_configs=None, **kwargs):
    """mirrors.E001: ONION_LOCATION, when set, is the origin of a v3 onion service."""
    value = getattr(settings, "ONION_LOCATION", "") or ""
    if not value:
        return []
    errors = onion_location_errors(value)
    if not errors:
        return []
    return [
        checks.Error(
            f"ONION_LOCATION={value!r} is not the address of a v3 onion service: "
            + "; ".join(errors)
            + ".",
            hint=(
                "Set it to http:// and the host name tor wrote in "
                "/var/lib/tor/sheltercity/hostname, with nothing after it, e.g. "
                "ONION_LOCATION=http://<56 characters>.onion (mirrors/README-onion.md); or "
                "leave it empty for no onion address."
            ),
            id="mirrors.E001",
        )
    ]


def check_security_middleware(app_configs=None, **kwargs):
    """Django's deploy checks of SecurityMiddleware's settings, run with this project's
    subclass (mirrors.middleware.SecurityMiddleware) standing in for Django's class, which
    they look for by name. Django's own "not in MIDDLEWARE" warning (security.W001) is silenced
    in the settings; mirrors.W001 says it instead when neither class is there."""
    middleware = list(settings.MIDDLEWARE)
    if DJANGO_SECURITY_MIDDLEWARE in middleware:
        return []  # Django's checks see it themselves
    if SECURITY_MIDDLEWARE not in middleware:
        return [
            checks.Warning(
                f"Neither {SECURITY_MIDDLEWARE} nor {DJANGO_SECURITY_MIDDLEWARE} is in "
                "MIDDLEWARE: no HSTS, no redirect to https, no nosniff or referrer policy.",
                hint=f"Put {SECURITY_MIDDLEWARE} first in MIDDLEWARE.",
                id="mirrors.W001",
            )
        ]
    named = [
        DJANGO_SECURITY_MIDDLEWARE if name == SECURITY_MIDDLEWARE else name for name in middleware
    ]
    with override_settings(MIDDLEWARE=named):
        return [message for check in DJANGO_SECURITY_MIDDLEWARE_CHECKS for message in check(None)]
