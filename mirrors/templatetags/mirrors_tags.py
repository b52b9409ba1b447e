"""`{% if_blocked %}`: the footer's "If this site is blocked" (templates/navigation/footer.html);
`{% offline_library %}`: the library page's offline copy; `{% onion_address %}`: the site's
onion address."""

import logging
from functools import cache
from urllib.parse import urlsplit

from django import template
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import get_language

from home.caching import remember
from mirrors import signing
from mirrors.models import Mirror, OfflineLibrary
from mirrors.onion import onion_origin

register = template.Library()
logger = logging.getLogger(__name__)


@cache
def _published_key(key_setting, key_file_setting, public_key_setting):
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
        getattr(settings, "MIRROR_PUBLIC_KEY", ""),
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
                "public_key_url": reverse("mirror_public_key"),
            },
        )

    return remember(request, "if-blocked", (get_language(), onion, key_id or ""), render)


@register.inclusion_tag("components/mirror/offline_library.html", takes_context=True)
def offline_library(context):
    """The reader's language's offline library, as the library page offers it: kept in the
    shared cache (a rebuild starts a new generation, mirrors/offline.py)."""
    language = get_language()
    row = remember(
        context["request"],
        "offline-library",
        (language,),
        lambda: OfflineLibrary.objects.filter(language=language).exclude(file="").first(),
    )
    return {"archive": row, "mirror": context.get("mirror")}


@register.simple_tag
def onion_address():
    """{"origin": "http://<address>.onion", "host": "<address>.onion"} of the site's onion
    address (ONION_LOCATION), or None without one."""
    origin = onion_origin()
    return {"origin": origin, "host": urlsplit(origin).hostname} if origin else None
