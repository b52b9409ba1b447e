import unicodedata
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Prefetch
from django.utils import timezone
from django.utils.deconstruct import deconstructible
from django.utils.functional import cached_property
from django.utils.translation import get_language_bidi
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, PageManager
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from cities.blocks import StayBlock
from cities.choices import Region
from cities.filters import CityFilterForm
from cities.languages import languages_phrase
from cities.map import build_map
from home.caching import remember
from home.models import BasePage, BasePageQuerySet, SearchResultType, SectionIndexPage
from home.translations import SameInEveryLanguage, in_locale

from .fields import LanguageListField
from .snippets import Organisation

FIRST_YEAR = 2012  # the programme started in The Hague in 2012


@deconstructible
class NotInTheFuture:
    """A year that has already begun (read at validation time, not at import time)."""

    message = _("%(value)s is in the future: give the year the city joined the network.")

    def __call__(self, value):
        if value is not None and value > timezone.localdate().year:
            raise ValidationError(self.message, code="future_year", params={"value": value})

    def __eq__(self, other):
        return isinstance(other, NotInTheFuture)


def coordinate_validators(limit):
    message = _("Must be between %(low)s and %(high)s degrees.") % {"low": -limit, "high": limit}
    return [
        MinValueValidator(Decimal(-limit), message=message),
        MaxValueValidator(Decimal(limit), message=message),
    ]


def alphabetical(page):
    """Sort key of a city: its name ignoring case and accents, the same on SQLite and
    PostgreSQL."""
    decomposed = unicodedata.normalize("NFKD", page.title)
    return "".join(char for char in decomposed if not unicodedata.combining(char)).casefold()


class CityPageQuerySet(BasePageQuerySet):
    def with_hosts(self):
        """Each city's host links with their organisations (two queries for all of them)."""
        hosts = CityHost.objects.select_related("organisation").order_by("sort_order")
        return self.prefetch_related(Prefetch("hosts", queryset=hosts))

    def alphabetical(self):
        """The cities as a list in the index's order (alphabetical, see `alphabetical`)."""
        return sorted(self, key=alphabetical)


class CityIndexPage(SectionIndexPage):
    """ "Shelter Cities": the network, as a filterable list and a map. One per language tree.

    Loaded with a fixed number of queries whatever the number of cities: one for the cities,
    one for their hosts, one for the hosts' translations; kept in the shared cache with the
    map (home.caching), so that a page the front cache misses needs none of them."""

    subpage_types = ["cities.CityPage"]

    class Meta:
        verbose_name = _("city index")

    def cities(self):
        """The published cities of this index, alphabetical, each with `host_organisations`
        in the index's language."""
        cities = CityPage.objects.child_of(self).published().with_hosts().alphabetical()
        organisations = [host.organisation for city in cities for host in city.hosts.all()]
        localized = iter(in_locale(organisations, self.locale_id, Organisation.objects.all()))
        for city in cities:
            city.host_organisations = [next(localized) for _host in city.hosts.all()]
        return cities

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # The cities with their hosts, and the map drawn for each combination of the filters
        # the form accepts, change only when content does: kept in the shared cache.
        cities = remember(request, "cities", (self.pk,), lambda: list(self.cities()))
        form = CityFilterForm(request.GET, cities)
        matching = form.filtered()
        selection = [f"{name}={value}" for name, value in sorted(form.selected.items())]
        rtl = get_language_bidi()
        context.update(
            {
                "cities": matching,
                "city_count": len(matching),
                "total_count": len(cities),
                "filter_form": form,
                "facets": form.facets(),
                "is_filtered": bool(form.selected),
                "ignored_filters": form.ignored,
                "network_map": (
                    remember(
                        request,
                        "city-map",
                        (self.pk, rtl, *selection),
                        lambda: build_map(cities, matching, rtl=rtl),
                    )
                    if cities
                    else None
                ),
            }
        )
        return context


class CityPage(BasePage):
    """A Shelter City: where it is, who hosts it, what a stay offers and who may apply."""

    objects = PageManager.from_queryset(CityPageQuerySet)()

    country = CountryField(verbose_name=_("country"))
    region = models.CharField(max_length=20, choices=Region.choices, verbose_name=_("region"))
    latitude = models.DecimalField(
        max_digits=7,
        decimal_places=4,
        validators=coordinate_validators(90),
        verbose_name=_("latitude"),
        help_text=_("Decimal degrees, north positive: 52.0705 for The Hague."),
    )
    longitude = models.DecimalField(
        max_digits=7,
        decimal_places=4,
        validators=coordinate_validators(180),
        verbose_name=_("longitude"),
        help_text=_("Decimal degrees, east positive: 4.3007 for The Hague."),
    )
    introduction = models.TextField(
        max_length=400,
        verbose_name=_("introduction"),
        help_text=_("One or two sentences, shown in the list of cities."),
    )
    photo = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("photo"),
    )
    photo_alt_text = models.CharField(
        max_length=250,
        blank=True,
        verbose_name=_("photo description"),
        help_text=_("What the photo shows, for people who cannot see it (translated)."),
    )
    year_joined = models.PositiveSmallIntegerField(
        validators=[MinValueValidator(FIRST_YEAR), NotInTheFuture()],
        verbose_name=_("year the city joined"),
    )
    working_languages = LanguageListField(
        blank=True,
        verbose_name=_("working languages"),
        help_text=_("The languages the host works in, so applicants know what they will need."),
    )
    stay = StreamField(StayBlock(), blank=True, verbose_name=_("what a stay offers"))
    eligibility = RichTextField(
        features=["bold", "italic", "link", "ol", "ul"],
        blank=True,
        verbose_name=_("who may apply"),
    )
    eligible_countries = CountryField(
        multiple=True,
        blank=True,
        verbose_name=_("eligible countries"),
        help_text=_("Leave empty when defenders from every country may apply."),
    )
    accepting_applications = models.BooleanField(
        default=False, verbose_name=_("taking applications now")
    )
    application_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("open call page"),
        help_text=_("The programme's open call, when applications go through it."),
    )
    application_url = models.URLField(
        blank=True,
        verbose_name=_("the city's own application process"),
        help_text=_("When the city runs its own call instead."),
    )
    application_text = models.TextField(
        blank=True, verbose_name=_("how to apply"), help_text=_("A short instruction.")
    )
    contact_email = models.EmailField(blank=True, verbose_name=_("contact email address"))
    contact_address = models.TextField(blank=True, verbose_name=_("contact address"))
    defenders_hosted = models.PositiveSmallIntegerField(
        null=True, blank=True, verbose_name=_("defenders hosted so far")
    )
    hide_defenders = models.BooleanField(
        default=False,
        verbose_name=_("keep the number and names of defenders hosted private"),
        help_text=_(
            "For the safety of participants: the count is not shown and quotes carry no name."
        ),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("introduction"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("country"), FieldPanel("region")]),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
                FieldPanel("year_joined"),
            ],
            heading=_("Where"),
        ),
        MultiFieldPanel([FieldPanel("photo"), FieldPanel("photo_alt_text")], heading=_("Photo")),
        MultiFieldPanel(
            [InlinePanel("hosts", label=_("Host organisation")), FieldPanel("working_languages")],
            heading=_("Hosts"),
        ),
        FieldPanel("stay"),
        MultiFieldPanel(
            [
                FieldPanel("eligibility"),
                FieldPanel("eligible_countries"),
                FieldPanel("accepting_applications"),
                FieldPanel("application_page"),
                FieldPanel("application_url"),
                FieldPanel("application_text"),
            ],
            heading=_("Applying"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("contact_email"),
                FieldPanel("contact_address"),
                FieldPanel("defenders_hosted"),
                FieldPanel("hide_defenders"),
            ],
            heading=_("Contact and privacy"),
        ),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("introduction"),
        index.SearchField("stay"),
        index.SearchField("eligibility"),
        index.FilterField("region"),
        index.FilterField("country"),
    ]

    # Facts about the place are the same in every language; editors translate the text only.
    override_translatable_fields = [
        *BasePage.override_translatable_fields,
        SameInEveryLanguage("country"),
        SameInEveryLanguage("region"),
        SameInEveryLanguage("latitude"),
        SameInEveryLanguage("longitude"),
        SynchronizedField("photo", overridable=True),
        SameInEveryLanguage("year_joined"),
        SameInEveryLanguage("working_languages"),
        SameInEveryLanguage("eligible_countries"),
        SameInEveryLanguage("accepting_applications"),
        SameInEveryLanguage("application_page"),
        SameInEveryLanguage("application_url"),
        SameInEveryLanguage("contact_email"),
        SameInEveryLanguage("contact_address"),
        SameInEveryLanguage("defenders_hosted"),
        SameInEveryLanguage("hide_defenders"),
        SameInEveryLanguage("hosts"),
    ]

    parent_page_types = ["cities.CityIndexPage"]
    subpage_types = []
    search_result_type = SearchResultType("city", _("City profiles"), order=2)

    class Meta:
        verbose_name = _("city")
        verbose_name_plural = _("cities")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        previous, following = self.neighbours()
        context.update(
            {
                "host_organisations": self.localized_hosts(),
                "previous_city": previous,
                "next_city": following,
                "apply_page": self.localized_application_page(),
                "structured_data": self.structured_data(request),
            }
        )
        return context

    def localized_hosts(self):
        hosts = self.hosts.select_related("organisation").order_by("sort_order")
        return in_locale(
            [host.organisation for host in hosts], self.locale_id, Organisation.objects.all()
        )

    def neighbours(self):
        """The previous and next cities in the index's order (alphabetical), or None."""
        siblings = (
            CityPage.objects.sibling_of(self, inclusive=True)
            .published()
            .only("id", "title", "url_path", "path", "depth")
            .alphabetical()
        )
        ids = [sibling.pk for sibling in siblings]
        if self.pk not in ids:  # a draft being previewed
            return None, None
        position = ids.index(self.pk)
        previous = siblings[position - 1] if position > 0 else None
        following = siblings[position + 1] if position + 1 < len(siblings) else None
        return previous, following

    def localized_application_page(self):
        """The page to apply through, in the reader's language when it has been translated."""
        if not self.application_page_id:
            return None
        translation_key = Page.objects.filter(pk=self.application_page_id).values("translation_key")
        versions = Page.objects.live().public().filter(translation_key__in=translation_key)
        by_locale = {version.locale_id: version for version in versions}
        chosen = {version.pk: version for version in by_locale.values()}
        return by_locale.get(self.locale_id) or chosen.get(self.application_page_id)

    def structured_data(self, request):
        """schema.org description of the place."""
        return {
            "@context": "https://schema.org",
            "@type": "City",
            "name": self.title,
            "description": self.introduction,
            "url": request.build_absolute_uri(self.url),
            "geo": {
                "@type": "GeoCoordinates",
                "latitude": float(self.latitude),
                "longitude": float(self.longitude),
            },
            "containedInPlace": {"@type": "Country", "name": str(self.country.name)},
        }

    def clean(self):
        super().clean()
        if self.application_page_id and self.application_url:
            raise ValidationError(
                {
                    "application_url": _(
                        "Choose one way to apply: the open call page or the city's own process."
                    )
                }
            )

    @cached_property
    def working_languages_text(self):
        """The working languages as one phrase in the reader's language ("English and Dutch")."""
        return languages_phrase(self.working_languages or [])


class CityHost(Orderable):
    """A host organisation of a city. The same organisations in every language (synchronised);
    each reader sees the organisation's translation in their language."""

    city = ParentalKey(CityPage, on_delete=models.CASCADE, related_name="hosts")
    organisation = models.ForeignKey(
        "cities.Organisation",
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("organisation"),
    )

    panels = [FieldPanel("organisation")]

    class Meta(Orderable.Meta):
        verbose_name = _("host organisation")
        verbose_name_plural = _("host organisations")
