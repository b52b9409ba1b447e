"""The call on other pages: `{% open_call_banner %}` (every page, in base.html),
`{% current_call %}` (the home page), and `|moment` for dates in the programme's time zone."""

from django import template
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html

from opencall import schedule

register = template.Library()


def utc_offset(local):
    """ "UTC+1", "UTC-3", "UTC+5:30" """
    minutes = int(local.utcoffset().total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours}" + (f":{rest:02d}" if rest else "")


def _moment_parts(value):
    """Date, time, zone abbreviation and offset of a moment in the programme's time zone."""
    local = timezone.localtime(value)
    return date_format(local, "DATE_FORMAT"), f"{local:%H:%M}", local.tzname(), utc_offset(local)


def moment_text(value):
    """ "10 December 2026, 23:59 CET (UTC+1)" in the programme's time zone and the reader's
    language."""
    day, time, zone, offset = _moment_parts(value)
    return f"{day}, {time} {zone} ({offset})"


@register.filter
def moment(value):
    """A moment as a <time> element, readable in every language, with its offset kept
    left-to-right inside right-to-left text."""
    if not value:
        return ""
    return format_html(
        '<time datetime="{}">{}, <span dir="ltr">{} {} ({})</span></time>',
        value.isoformat(),
        *_moment_parts(value),
    )


@register.inclusion_tag("components/opencall/banner.html", takes_context=True)
def open_call_banner(context):
    request = context["request"]
    call = schedule.open_call(request)
    page = context.get("page")
    return {
        "request": request,
        "call": call,
        "is_current_page": call is not None and getattr(page, "pk", None) == call.pk,
    }


@register.inclusion_tag("components/opencall/current_call.html", takes_context=True)
def current_call(context):
    request = context["request"]
    return {
        "request": request,
        "open_call": schedule.open_call(request),
        "next_call": schedule.next_call(request),
    }
