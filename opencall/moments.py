"""Moments in the programme's time zone, written for readers: "10 December 2026, 23:59 CET
(UTC+1)". Used by the pages (the `moment` filter) and the feeds."""

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import pgettext


def date_time_separator():
    """Between a date and its time: ", " in most languages, the Arabic comma "، " in Arabic
    (each language's translators say which)."""
    return pgettext("between a date and its time", ", ")


def utc_offset(local):
    """ "UTC+1", "UTC-3", "UTC+5:30" """
    minutes = int(local.utcoffset().total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours}" + (f":{rest:02d}" if rest else "")


def moment_parts(value):
    """Date, time, zone abbreviation and offset of a moment in the programme's time zone."""
    local = timezone.localtime(value)
    return date_format(local, "DATE_FORMAT"), f"{local:%H:%M}", local.tzname(), utc_offset(local)


def short_day(value):
    """ "23 December" (with the year when it is not this year's): the day of a moment in the
    programme's time zone, as short as a phone's one-line banner needs."""
    local = timezone.localtime(value)
    if local.year != timezone.localtime().year:
        return date_format(local, "DATE_FORMAT")
    return date_format(local, "MONTH_DAY_FORMAT")


def moment_text(value):
    """ "10 December 2026, 23:59 CET (UTC+1)" in the programme's time zone and the reader's
    language."""
    day, time, zone, offset = moment_parts(value)
    return f"{day}{date_time_separator()}{time} {zone} ({offset})"
