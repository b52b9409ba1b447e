"""The call on other pages: `{% open_call_banner %}` (every page, in base.html),
`{% current_call %}` (the home page), and `|moment`, `|plain_moment` and `|day` for dates in the
programme's time zone."""

from django import template
from django.utils import timezone
from django.utils.html import format_html

from opencall import schedule
from opencall.moments import date_time_separator, moment_parts, moment_text, short_day

register = template.Library()


@register.filter
def moment(value):
    """A moment as a <time> element, readable in every language, with its offset kept
    left-to-right inside right-to-left text."""
    if not value:
        return ""
    day, time, zone, offset = moment_parts(value)
    return format_html(
        '<time datetime="{}">{}{}<span dir="ltr">{} {} ({})</span></time>',
        value.isoformat(),
        day,
        date_time_separator(),
        time,
        zone,
        offset,
    )


@register.filter
def plain_moment(value):
    """A moment as plain text, for what is not HTML (an email)."""
    return moment_text(value) if value else ""


@register.filter
def day(value):
    """The day of a moment in the programme's time zone, short ("23 December"; with the year
    when it is not this year's), as a <time> element: where the hour can wait for the call's
    page (the banner, the home page's "Apply by")."""
    if not value:
        return ""
    local_day = timezone.localtime(value).date()
    return format_html('<time datetime="{}">{}</time>', local_day.isoformat(), short_day(value))


@register.inclusion_tag("components/opencall/banner.html", takes_context=True)
def open_call_banner(context):
    request = context["request"]
    call = schedule.open_call(request)
    page = context.get("page")
    return {
        "request": request,
        "call": call,
        "is_current_page": call is not None and getattr(page, "pk", None) == call.pk,
        "mirror": context.get("mirror"),  # a copy of the site says when its status was true
    }


@register.inclusion_tag("components/opencall/current_call.html", takes_context=True)
def current_call(context):
    request = context["request"]
    return {
        "request": request,
        "open_call": schedule.open_call(request),
        "next_call": schedule.next_call(request),
        "mirror": context.get("mirror"),
    }
