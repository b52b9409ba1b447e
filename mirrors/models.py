from urllib.parse import urlsplit

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable

from home.caching import ShownOnPages
from mirrors.onion import ONION_SUFFIX, onion_host_error


def validate_mirror_address(value):
    """An http or https address; an onion host must be a whole v3 address (mirrors/onion.py)."""
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https"):
        raise ValidationError(
            _("The address must start with https:// (or http:// for an onion address)."),
            code="scheme",
        )
    if parts.username or parts.password:
        raise ValidationError(_("The address must not contain a user name or password."))
    hostname = (parts.hostname or "").lower()
    if hostname.endswith(ONION_SUFFIX) and onion_host_error(hostname):
        raise ValidationError(
            _(
                "This is not a working onion address: a v3 address has 56 letters and digits "
                "before .onion. Copy it again from the mirror's host."
            ),
            code="onion",
        )


class Mirror(ShownOnPages, Orderable):
    """A copy of the site that readers can use where it is blocked: a static mirror hosted by a
    partner organisation (`manage.py export_mirror`), or an onion address. Listed in every
    page's footer under "If this site is blocked", in the order editors give them.

    The same in every language (an address is an address), so not translatable. Pages show it:
    saving or deleting one starts a new generation of the shared cache (home.caching.ShownOnPages)
    and, as a snippet, purges the front cache of the whole site (home/frontend_cache.py)."""

    address = models.URLField(
        max_length=300,
        unique=True,
        validators=[validate_mirror_address],
        verbose_name=_("address"),
        help_text=_(
            "The mirror's full address, starting with https:// (http:// for an onion address)."
        ),
    )
    run_by = models.CharField(
        max_length=200,
        blank=True,
        verbose_name=_("run by"),
        help_text=_("Who hosts it, if they agree to be named. Shown to readers."),
    )
    note = models.CharField(
        max_length=200,
        blank=True,
        verbose_name=_("note"),
        help_text=_("Shown to readers of every language after the address: keep it short."),
    )

    panels = [FieldPanel("address"), FieldPanel("run_by"), FieldPanel("note")]
    # Only the Editors add, change, delete and reorder mirrors, never one language's
    # translators or reviewers (editorial/roles.py).
    edited_by_editors = True

    class Meta(Orderable.Meta):
        verbose_name = _("mirror")
        verbose_name_plural = _("mirrors")

    def __str__(self):
        return self.address

    @property
    def is_onion(self):
        return (urlsplit(self.address).hostname or "").lower().endswith(ONION_SUFFIX)


class OfflineLibrary(ShownOnPages, models.Model):
    """One language's offline library (mirrors/offline.py): the ZIP in storage, what the
    library page says of it, and since when it is out of date. The library page shows it: a
    rebuild starts a new generation of the shared cache (home.caching.ShownOnPages)."""

    language = models.CharField(max_length=10, unique=True)  # a code of settings.LANGUAGES
    file = models.CharField(max_length=255, blank=True, help_text="its name in the storage")
    size = models.PositiveBigIntegerField(default=0)
    sha256 = models.CharField(max_length=64, blank=True)
    resource_count = models.PositiveIntegerField(default=0)
    made_at = models.DateTimeField(null=True, blank=True)
    # When a resource of this language last changed; later than `made_at`: out of date.
    changed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("offline library")
        verbose_name_plural = _("offline libraries")

    def __str__(self):
        return f"{self.language}: {self.file or '-'}"

    @property
    def filename(self):
        return self.file.rsplit("/", 1)[-1]

    @property
    def is_out_of_date(self):
        return self.made_at is None or (
            self.changed_at is not None and self.changed_at > self.made_at
        )
