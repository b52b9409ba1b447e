from django.core.exceptions import ValidationError
from django.db import models
from django.http import Http404
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, PageManager
from wagtail.search import index

from applications.keys import public_key
from applications.views import application_form
from cities.models import CityPage
from home.models import BasePage, BasePageQuerySet, SearchResultType, SectionIndexPage
from home.pagination import paginate
from home.translations import SameInEveryLanguage, in_locale
from opencall.blocks import EligibilityBlock, FAQBlock, SelectionBlock
from opencall.feeds import CallsAtomFeed, CallsRssFeed
from opencall.forms import OpenCallPageForm
from opencall.ics import call_calendar_response
from opencall.status import CallStatus

ARCHIVE_PAGE_SIZE = 10


class OpenCallPageQuerySet(BasePageQuerySet):
    def in_language(self, language_code):
        return self.filter(locale__language_code=language_code)

    def not_closed(self, now):
        """Calls whose status at `now` is upcoming or open (`CallStatus.at`, as a filter)."""
        return self.filter(closes_at__gt=now)


class OpenCallIndexPage(RoutablePageMixin, SectionIndexPage):
    """The calls: the current (or next) one first, then the archive. Publishes the RSS and Atom
    feeds of the calls in its language."""

    subpage_types = ["opencall.OpenCallPage"]

    class Meta:
        verbose_name = _("open call index")

    def calls(self):
        return OpenCallPage.objects.child_of(self).published().order_by("-opens_at")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        now = timezone.now()
        calls = list(self.calls())
        for call in calls:
            call.current_status = call.status(now)
        current = [call for call in calls if call.current_status != CallStatus.CLOSED]
        current.sort(key=lambda call: call.opens_at)  # the open one, then the next to open
        archive = [call for call in calls if call.current_status == CallStatus.CLOSED]
        context.update(
            {
                "current_calls": current,
                "archive_page": paginate(archive, request, ARCHIVE_PAGE_SIZE),
            }
        )
        return context

    def get_cached_paths(self):
        """What the front cache is purged of when the calls change (home/frontend_cache.py)."""
        return ["/", "/feed/rss/", "/feed/atom/"]

    @path("feed/rss/", name="rss")
    def rss_feed(self, request):
        return CallsRssFeed(self)(request)

    @path("feed/atom/", name="atom")
    def atom_feed(self, request):
        return CallsAtomFeed(self)(request)


class OpenCallPage(RoutablePageMixin, BasePage):
    """A call for applications: when it opens and closes, for which stay, in which cities, who
    is eligible, what is offered, how selection works, how to apply, and questions."""

    objects = PageManager.from_queryset(OpenCallPageQuerySet)()
    # Every page shows the call's status (the banner): publishing one purges the whole front
    # cache (home/frontend_cache.py).
    shown_on_every_page = True

    introduction = models.TextField(max_length=600, verbose_name=_("introduction"))
    opens_at = models.DateTimeField(verbose_name=_("opens at"))
    closes_at = models.DateTimeField(verbose_name=_("closes at"))
    stay_starts = models.DateField(verbose_name=_("stays start"))
    stay_ends = models.DateField(verbose_name=_("stays end"))
    next_call_expected = models.DateField(
        null=True,
        blank=True,
        verbose_name=_("next call expected"),
        help_text=_(
            "Shown once this call has closed, as a month and year. Leave empty if unknown."
        ),
    )
    eligibility = StreamField(EligibilityBlock(), blank=True, verbose_name=_("who is eligible"))
    offer = RichTextField(
        features=["bold", "italic", "link", "ul", "ol"],
        blank=True,
        verbose_name=_("what is offered"),
    )
    selection = StreamField(
        SelectionBlock(), blank=True, verbose_name=_("selection process and timeline")
    )
    how_to_apply = RichTextField(
        features=["bold", "italic", "link", "ul", "ol"], blank=True, verbose_name=_("how to apply")
    )
    takes_applications_here = models.BooleanField(
        default=True,
        verbose_name=_("take applications with this site’s sealed form"),
        help_text=_(
            "While the call is open, its page offers a form whose answers are encrypted for the "
            "selection team as they arrive (README, “Applications”). Untick it to send "
            "applicants to the application link below instead."
        ),
    )
    application_url = models.URLField(
        blank=True,
        verbose_name=_("application link"),
        help_text=_("Where to apply when this site’s form is not used."),
    )
    application_link_text = models.CharField(
        max_length=100, blank=True, verbose_name=_("application link text")
    )
    faq = StreamField(FAQBlock(), blank=True, verbose_name=_("frequently asked questions"))

    base_form_class = OpenCallPageForm
    content_panels = [
        *Page.content_panels,
        FieldPanel("introduction"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("opens_at"), FieldPanel("closes_at")]),
                FieldRowPanel([FieldPanel("stay_starts"), FieldPanel("stay_ends")]),
                FieldPanel("next_call_expected"),
            ],
            heading=_("Dates (in the programme's time zone)"),
        ),
        InlinePanel("cities", label=_("Participating city")),
        FieldPanel("eligibility"),
        FieldPanel("offer"),
        FieldPanel("selection"),
        MultiFieldPanel(
            [
                FieldPanel("how_to_apply"),
                FieldPanel("takes_applications_here"),
                FieldPanel("application_url"),
                FieldPanel("application_link_text"),
            ],
            heading=_("How to apply"),
        ),
        FieldPanel("faq"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("introduction"),
        index.SearchField("eligibility"),
        index.SearchField("offer"),
        index.SearchField("how_to_apply"),
        index.SearchField("faq"),
        index.FilterField("opens_at"),
        index.FilterField("closes_at"),
    ]
    # The dates and the cities are the same call in every language: synchronised. The status is
    # computed from the dates, so it is the same everywhere too.
    override_translatable_fields = [
        *BasePage.override_translatable_fields,
        SameInEveryLanguage("opens_at"),
        SameInEveryLanguage("closes_at"),
        SameInEveryLanguage("stay_starts"),
        SameInEveryLanguage("stay_ends"),
        SameInEveryLanguage("next_call_expected"),
        SameInEveryLanguage("takes_applications_here"),
        SameInEveryLanguage("application_url"),
        SameInEveryLanguage("cities"),
    ]

    parent_page_types = ["opencall.OpenCallIndexPage"]
    subpage_types = []
    search_result_type = SearchResultType("call", _("Open calls"), order=3)

    class Meta:
        verbose_name = _("open call")
        verbose_name_plural = _("open calls")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(
            {
                "status": self.status(),
                "participating_cities": self.localized_cities(),
                "faq_data": self.faq_structured_data(),
                "application_form_open": self.application_form_open(),
            }
        )
        return context

    def clean(self):
        super().clean()
        errors = {}
        if self.opens_at and self.closes_at and self.closes_at <= self.opens_at:
            errors["closes_at"] = _("The call must close after it opens.")
        closing_day = timezone.localdate(self.closes_at) if self.closes_at else None
        if closing_day and self.stay_starts and self.stay_starts <= closing_day:
            errors["stay_starts"] = _("Stays must start after the call has closed.")
        if self.stay_starts and self.stay_ends and self.stay_ends <= self.stay_starts:
            errors["stay_ends"] = _("Stays must end after they start.")
        if errors:
            raise ValidationError(errors)

    def status(self, now=None):
        return CallStatus.at(now or timezone.now(), self.opens_at, self.closes_at)

    def next_change(self, now=None):
        """The next moment this call's status changes, or None once it has closed."""
        now = now or timezone.now()
        return next((moment for moment in (self.opens_at, self.closes_at) if moment > now), None)

    def application_form_open(self):
        """Whether applicants apply with this site's form: the call takes them here and the
        site has a public key to seal them with (the form says when the call is not open)."""
        return self.takes_applications_here and public_key() is not None

    def localized_cities(self):
        """The call's live cities, each in the call's language when translated (two
        queries, once per instance: the page and its application form both show them)."""
        if getattr(self, "_localized_cities", None) is not None:
            return self._localized_cities
        cities = [link.city for link in self.cities.select_related("city").order_by("sort_order")]
        translations = CityPage.objects.live().only(
            "id", "title", "url_path", "path", "depth", "translation_key", "locale_id", "live"
        )
        self._localized_cities = [
            city for city in in_locale(cities, self.locale_id, translations) if city.live
        ]
        return self._localized_cities

    def faq_structured_data(self):
        """The questions as schema.org FAQPage data, or None when there are none."""
        questions = [block.value for block in self.faq if block.block_type == "question"]
        if not questions:
            return None
        return {
            "@context": "https://schema.org",
            "@type": "FAQPage",
            "mainEntity": [
                {
                    "@type": "Question",
                    "name": question["question"],
                    "acceptedAnswer": {
                        "@type": "Answer",
                        "text": strip_tags(str(question["answer"])),
                    },
                }
                for question in questions
            ],
        }

    def get_cached_paths(self):
        return ["/", "/calendar/"]

    @path("apply/", name="apply")
    def apply(self, request):
        """The application form (applications/views.py), while the call takes them here."""
        if not self.takes_applications_here:
            raise Http404
        return application_form(request, self)

    @path("calendar/", name="ics")
    def calendar(self, request):
        return call_calendar_response(self, request)


class CallCity(Orderable):
    """A city taking part in a call. The same cities in every language (synchronised); each
    reader is sent to the city's page in their language."""

    call = ParentalKey(OpenCallPage, on_delete=models.CASCADE, related_name="cities")
    city = models.ForeignKey(
        "cities.CityPage", on_delete=models.CASCADE, related_name="+", verbose_name=_("city")
    )

    panels = [FieldPanel("city")]

    class Meta(Orderable.Meta):
        verbose_name = _("participating city")
        verbose_name_plural = _("participating cities")
