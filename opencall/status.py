"""Whether a call is upcoming, open or closed: the one rule, used by the call's page, the calls
index, the banner, the feeds and the cache headers.

A call is open from `opens_at` (included) until `closes_at` (excluded); before, it is upcoming;
from `closes_at` on, closed. `OpenCallPageQuerySet.not_closed` is the same rule as a database
filter, so the pages that list calls load only the ones still to come.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class CallStatus(models.TextChoices):
    UPCOMING = "upcoming", _("Upcoming")
    OPEN = "open", _("Open")
    CLOSED = "closed", _("Closed")

    @classmethod
    def at(cls, now, opens_at, closes_at):
        if now < opens_at:
            return cls.UPCOMING
        if now < closes_at:
            return cls.OPEN
        return cls.CLOSED
