"""The call's opening and closing moments as an iCalendar file (RFC 5545), for a calendar."""

import icalendar
from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext as _


def call_calendar(call, request):
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//Shelter City//Open calls//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", call.title)
    url = request.build_absolute_uri(call.url)
    for kind, moment, summary in (
        ("opens", call.opens_at, _("Applications open: %(call)s")),
        ("closes", call.closes_at, _("Applications close: %(call)s")),
    ):
        event = icalendar.Event()
        event.add("uid", f"{call.translation_key}-{kind}@sheltercity")
        event.add("dtstamp", timezone.now())
        event.add("dtstart", moment)
        event.add("dtend", moment)
        event.add("summary", summary % {"call": call.title})
        event.add("url", url)
        event.add("description", url)
        calendar.add_component(event)
    return calendar


def call_calendar_response(call, request):
    response = HttpResponse(
        call_calendar(call, request).to_ical(), content_type="text/calendar; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{call.slug}.ics"'
    return response
