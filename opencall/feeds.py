"""RSS and Atom feeds of the calls in one language (Django's syndication framework), served by
the call index page: `/<lang>/calls/feed/rss/` and `/<lang>/calls/feed/atom/`."""

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from opencall.moments import moment_text
from opencall.status import CallStatus


class CallsRssFeed(Feed):
    feed_type = Rss201rev2Feed

    def __init__(self, index_page):
        super().__init__()
        self.index_page = index_page

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def title(self):
        return f"{self.index_page.title} · {_('Shelter City')}"

    def link(self):
        return self.index_page.get_url(self.request)

    def description(self):
        return _(
            "Calls for applications of the Shelter City programme: when each opens and closes."
        )

    def items(self):
        return list(self.index_page.calls()[:20])

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        status = item.status()
        if status == CallStatus.UPCOMING:
            state = _("Opens on %(moment)s.") % {"moment": moment_text(item.opens_at)}
        elif status == CallStatus.OPEN:
            state = _("Open now: closes on %(moment)s.") % {"moment": moment_text(item.closes_at)}
        else:
            state = _("Closed on %(moment)s.") % {"moment": moment_text(item.closes_at)}
        stay = _("Stays from %(start)s to %(end)s.") % {
            "start": date_format(item.stay_starts, "DATE_FORMAT"),
            "end": date_format(item.stay_ends, "DATE_FORMAT"),
        }
        return f"{state} {stay} {item.introduction}"

    def item_link(self, item):
        return item.get_url(self.request)

    def item_guid(self, item):
        # A tag URI (RFC 4151): the same call in another language is another item.
        return f"tag:sheltercity,2012:call:{item.translation_key}:{self.index_page.locale_id}"

    item_guid_is_permalink = False

    def item_pubdate(self, item):
        # A call is news when it is announced; readers are told again by its status text.
        return min(item.opens_at, item.first_published_at or timezone.now())

    def item_updateddate(self, item):
        return item.last_published_at or item.opens_at


class CallsAtomFeed(CallsRssFeed):
    feed_type = Atom1Feed
    subtitle = CallsRssFeed.description
