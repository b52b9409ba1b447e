"""Fingerprints of the upstream code the project's overrides stand on (home/wagtail_overrides.py,
editorial/localize_overrides.py): the SHA-256 of each piece's source (or template) as installed,
recorded when the override was last checked, so that a test fails, naming the override to
recheck, when an upgrade changes what it relies on."""

import hashlib
import inspect


def upstream_name(piece):
    if isinstance(piece, str):
        return f"the template {piece}"
    if inspect.ismodule(piece):
        return f"the module {piece.__name__}"
    return f"{piece.__module__}.{piece.__qualname__}"


def fingerprint(piece, templates=None):
    """`piece`: a function, class or module, or a template's name under `templates`."""
    text = (templates / piece).read_text() if isinstance(piece, str) else inspect.getsource(piece)
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def recheck(package, piece, checked_against, override, module, templates=None):
    """What to do when `piece` changed: the failing test's message."""
    return (
        f"{package} changed {upstream_name(piece)} since {checked_against}. Read the change, "
        f"recheck override “{override}” in {module} (still needed? still right?), then record "
        f"the new fingerprint {fingerprint(piece, templates)} here and the version in "
        "CHECKED_AGAINST."
    )
