"""The site's onion address (`ONION_LOCATION`): what it must look like, and which requests came
in through it.

Tor reaches the site as a v3 onion service (deploy/tor/torrc, mirrors/README-onion.md): tor
hands the readers' requests straight to Varnish over plain HTTP, with the onion host name in
`Host`. Those requests are served like any other, except that they are not redirected to
https nor told to keep to https (mirrors.middleware.SecurityMiddleware), and do not point to
the onion address they already use (mirrors.middleware.onion_location_middleware).

A v3 address is 56 base32 characters: the service's Ed25519 public key (32 bytes), a
checksum (2 bytes) and the version (1 byte, 3), as tor's rend-spec-v3 says ("Encoding onion
addresses"); the checksum is checked here, so a mistyped address is refused at start-up rather
than published in the footer and the `Onion-Location` header.
"""

import base64
import binascii
import hashlib
from functools import cache
from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import DisallowedHost
from django.http.request import split_domain_port

ONION_SUFFIX = ".onion"
V3_LENGTH = 56  # base32 characters before ".onion"
V3_VERSION = 3


def v3_checksum(public_key):
    """The two checksum bytes of a v3 address for this 32-byte public key."""
    digest = hashlib.sha3_256(b".onion checksum" + public_key + bytes([V3_VERSION])).digest()
    return digest[:2]


def v3_address(public_key):
    """The host name (`<56 characters>.onion`) of the v3 service with this public key."""
    raw = public_key + v3_checksum(public_key) + bytes([V3_VERSION])
    return base64.b32encode(raw).decode("ascii").lower() + ONION_SUFFIX


def onion_host_error(hostname):
    """Why `hostname` is not a v3 onion host name, or None when it is one."""
    hostname = (hostname or "").lower()
    if not hostname.endswith(ONION_SUFFIX):
        return "its host name does not end in .onion"
    label = hostname.removesuffix(ONION_SUFFIX)
    if "." in label:  # a subdomain of an onion service: the service is the last label
        label = label.rsplit(".", 1)[1]
    if len(label) != V3_LENGTH:
        return (
            f"a v3 onion address has {V3_LENGTH} characters before .onion, this one "
            f"{len(label)} (v2 addresses of 16 characters no longer work in Tor)"
        )
    try:
        raw = base64.b32decode(label.upper())
    except binascii.Error:
        return "an onion address is made of the letters a-z and the digits 2-7 only"
    public_key, checksum, version = raw[:32], raw[32:34], raw[34]
    if version != V3_VERSION:
        return f"its version byte is {version}, not 3"
    if checksum != v3_checksum(public_key):
        return "its checksum is wrong: a character was mistyped or left out"
    return None


def onion_location_errors(value):
    """What is wrong with `value` as ONION_LOCATION (the onion service's origin), as a list of
    sentences; empty when it is right."""
    try:
        parts = urlsplit(value)
        hostname = parts.hostname
        parts.port  # noqa: B018 (raises ValueError for a port that is no number)
    except ValueError:
        return [f"{value!r} is not a URL."]
    errors = []
    if parts.scheme not in ("http", "https"):
        errors.append("it must start with http:// (or https:// with a certificate for it)")
    if parts.username or parts.password:
        errors.append("it must not hold a user name or password")
    host_error = onion_host_error(hostname)
    if host_error:
        errors.append(host_error)
    if parts.path not in ("", "/") or parts.query or parts.fragment:
        errors.append("it must be the origin only, without a path, query or fragment")
    return errors


@cache
def _parsed(value):
    """(origin, host name) of a valid ONION_LOCATION, ("", "") otherwise: parsed once per value."""
    if not value or onion_location_errors(value):
        return "", ""
    parts = urlsplit(value)
    return f"{parts.scheme}://{parts.netloc.lower()}", parts.hostname.lower()


def onion_origin():
    """ONION_LOCATION as an origin (`http://<address>.onion`, no trailing slash), or "" when
    it is unset or not a valid onion origin (the system check, mirrors/checks.py, says why)."""
    return _parsed(getattr(settings, "ONION_LOCATION", "") or "")[0]


def onion_hostname():
    """The onion address's host name, lower case, or "" without one."""
    return _parsed(getattr(settings, "ONION_LOCATION", "") or "")[1]


def is_onion_request(request):
    """Whether `request` came in through the onion address (its Host names it)."""
    onion = onion_hostname()
    if not onion:
        return False
    try:
        host = request.get_host()
    except DisallowedHost:
        return False
    return split_domain_port(host)[0] == onion
