"""What the database keeps of an application: the sealed box, which call it answers, the day it
came, and the digest of its receipt code. Nothing about the applicant or their connection;
nothing the server can read back."""

import datetime

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from applications import receipts
from applications.sealing import seal


class SealedApplicationQuerySet(models.QuerySet):
    def store(self, public_key, application):
        """Seal `application` (sealing.application) to `public_key` and keep it, beside what the
        database may know of it, read from it: its call and the call's closing time, the day
        it came, the digest of its receipt code."""
        call = application["call"]
        return self.create(
            call_key=call["key"],
            call_closes_at=datetime.datetime.fromisoformat(call["closes_at"]),
            received_on=datetime.date.fromisoformat(application["received_on"]),
            receipt_digest=receipts.digest(application["receipt"]),
            sealed=seal(public_key, application),
        )

    def of_call(self, call_key):
        return self.filter(call_key=call_key)

    def counts(self):
        """(call key, day, count) for every call and day with applications, newest day first:
        one query."""
        return (
            self.values_list("call_key", "received_on")
            .annotate(count=models.Count("id"))
            .order_by("call_key", "-received_on")
        )

    def by_receipt(self, code):
        if receipts.normalise(code) is None:
            return self.none()
        return self.filter(receipt_digest=receipts.digest(code))

    def past_retention(self, now=None):
        """Applications to calls that closed more than APPLICATIONS_RETENTION_DAYS ago. A call's
        closing time is read from its page (an editor may have moved it since), or, for a call
        whose pages are all deleted, from what the application kept."""
        now = now or timezone.now()
        cutoff = now - datetime.timedelta(days=settings.APPLICATIONS_RETENTION_DAYS)
        keys = set(self.values_list("call_key", flat=True).distinct())
        closes = call_closing_times(keys)
        expired_keys = [key for key, closes_at in closes.items() if closes_at < cutoff]
        return self.filter(
            models.Q(call_key__in=expired_keys)
            | (~models.Q(call_key__in=closes.keys()) & models.Q(call_closes_at__lt=cutoff))
        )


def call_closing_times(keys):
    """{translation key: closes_at} of the calls among `keys` that still have a page."""
    calls = Page.objects.filter(translation_key__in=keys).specific()
    return {call.translation_key: call.closes_at for call in calls if hasattr(call, "closes_at")}


class SealedApplication(models.Model):
    call_key = models.UUIDField(
        db_index=True,
        verbose_name=_("call"),
        help_text=_("The call's translation key: the same call in every language."),
    )
    call_closes_at = models.DateTimeField(
        verbose_name=_("call closes at"),
        help_text=_("Kept for the retention delay should the call's pages be deleted."),
    )
    received_on = models.DateField(verbose_name=_("received on"))
    receipt_digest = models.CharField(max_length=64, unique=True, editable=False)
    sealed = models.BinaryField(verbose_name=_("sealed application"))

    objects = SealedApplicationQuerySet.as_manager()

    class Meta:
        verbose_name = _("sealed application")
        verbose_name_plural = _("sealed applications")
        default_permissions = ()
        permissions = [
            (
                "select_applications",
                "Can see how many applications came, download them sealed, and delete them",
            )
        ]
        indexes = [models.Index(fields=["call_key", "received_on"])]

    def __str__(self):
        return f"Sealed application {self.pk} ({self.received_on})"
