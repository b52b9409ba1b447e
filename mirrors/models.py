from django.db import models
from django.utils.translation import gettext_lazy as _


class OfflineLibrary(models.Model):
    """One language's offline library (mirrors/offline.py): the ZIP in storage, what the
    library page says of it, and since when it is out of date."""

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
