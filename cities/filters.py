"""The city index's filters: region, working language and whether the city takes applications
now (home.facets does the filtering and counting)."""

from django.utils.translation import gettext_lazy as _

from cities.choices import Region
from cities.languages import working_language_choices
from home.facets import Facet, FacetedFilterForm

OPEN = "yes"


class CityFilterForm(FacetedFilterForm):
    facet_list = [
        Facet(
            "region",
            _("Region"),
            _("All regions"),
            lambda: Region.choices,
            lambda city: {city.region},
        ),
        Facet(
            "language",
            _("Working language"),
            _("All languages"),
            working_language_choices,
            lambda city: set(city.working_languages or []),
        ),
        Facet(
            "open",
            _("Applications"),
            _("Open or not"),
            lambda: [(OPEN, _("Taking applications now"))],
            lambda city: {OPEN} if city.accepting_applications else set(),
        ),
    ]
