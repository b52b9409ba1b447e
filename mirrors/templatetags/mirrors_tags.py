"""`{% if_blocked %}`: the footer's "If this site is blocked" (templates/navigation/footer.html)."""

import logging
from functools import cache
from urllib.parse import urlsplit

from django import template
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.template.loader import render_to_string
from django.utils.translation import get_language

from home.caching import remember
from mirrors import signing
from mirrors.models import Mirror
from mirrors.onion import onion_origin

register = template.Library()
logger = logging.getLogger(__name__)

# Where the live site publishes the public key (served by mirrors' own view).
PUBLIC_KEY_PATH = "/.well-known/sheltercity-mirror.pub"


@cache
def _published_key(key_setting, key_file_setting):
    """(public key text, key id) of the signing key in the settings, or (None, None); read once
    per process and per setting."""
    try:
        return signing.public_key_text(), signing.key_id_text()
    except ImproperlyConfigured as error:  # said by the export commands; the pages go on
        logger.error("No signing key in the footer: %s", error)
        return None, None


def published_key():
    return _published_key(
        getattr(settings, "MIRROR_SIGNING_KEY", ""),
        getattr(settings, "MIRROR_SIGNING_KEY_FILE", ""),
    )


@register.simple_tag(takes_context=True)
def if_blocked(context):
    """The mirrors (in the editors' order), the onion address and the key copies are signed
    with; nothing when there is neither a mirror nor an onion address.

    Kept in the shared cache per language, onion address and key (home.caching: a Mirror saved
    or deleted starts a new generation), so a page with it warm runs no query for it."""
    request = context["request"]
    onion = onion_origin()
    public_key, key_id = published_key()

    def render():
        mirrors = list(Mirror.objects.all())
        if not (mirrors or onion):
            return ""
        return render_to_string(
            "navigation/if_blocked.html",
            {
                "request": request,
                "mirrors": mirrors,
                "onion": onion,
                "onion_host": urlsplit(onion).hostname if onion else "",
                "public_key": public_key,
                "key_id": key_id,
                "public_key_url": PUBLIC_KEY_PATH,
            },
        )

    return remember(request, "if-blocked", (get_language(), onion, key_id or ""), render)
