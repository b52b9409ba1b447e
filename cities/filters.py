"""The city index's filters: plain GET parameters, each facet with the number of cities it
would show. A value the form does not know is ignored (and the reader told so), never an error.
"""

from collections import Counter
from dataclasses import dataclass

from django import forms
from django.utils.translation import gettext_lazy as _

from cities.languages import working_language_choices
from cities.models import Region

OPEN = "yes"


@dataclass(frozen=True)
class Facet:
    name: str
    label: str
    all_label: str

    def value_of(self, city):
        """The values of this facet a city has (a city works in several languages)."""
        if self.name == "region":
            return {city.region}
        if self.name == "language":
            return set(city.working_languages or [])
        return {OPEN} if city.accepting_applications else set()


FACETS = [
    Facet("region", _("Region"), _("All regions")),
    Facet("language", _("Working language"), _("All languages")),
    Facet("open", _("Applications"), _("Open or not")),
]


class CityFilterForm(forms.Form):
    region = forms.ChoiceField(required=False)
    language = forms.ChoiceField(required=False)
    open = forms.ChoiceField(required=False)

    def __init__(self, data, cities):
        super().__init__(data)
        self.cities = cities
        self.fields["region"].choices = [("", ""), *Region.choices]
        self.fields["language"].choices = [("", ""), *working_language_choices()]
        self.fields["open"].choices = [("", ""), (OPEN, _("Taking applications now"))]
        self.is_valid()  # fills cleaned_data with the fields that are valid

    @property
    def selected(self):
        """The active filters: facet name -> value."""
        cleaned = getattr(self, "cleaned_data", {})
        return {facet.name: cleaned[facet.name] for facet in FACETS if cleaned.get(facet.name)}

    @property
    def ignored(self):
        """The labels of the parameters given with a value we do not know."""
        return [facet.label for facet in FACETS if facet.name in self.errors]

    def matches(self, city, skip=None):
        return all(
            value in facet.value_of(city)
            for facet in FACETS
            if facet.name != skip and (value := self.selected.get(facet.name))
        )

    def filtered(self):
        return [city for city in self.cities if self.matches(city)]

    def facets(self):
        """Each facet with its options, how many cities each would show (given the other
        filters), and which one is selected: what the template needs to draw the form."""
        result = []
        for facet in FACETS:
            counts = Counter()
            candidates = [city for city in self.cities if self.matches(city, skip=facet.name)]
            for city in candidates:
                counts.update(facet.value_of(city))
            selected = self.selected.get(facet.name, "")
            options = [
                {
                    "value": "",
                    "label": facet.all_label,
                    "count": len(candidates),
                    "selected": not selected,
                }
            ]
            for value, label in self.fields[facet.name].choices[1:]:
                options.append(
                    {
                        "value": value,
                        "label": label,
                        "count": counts[value],
                        "selected": value == selected,
                    }
                )
            result.append({"name": facet.name, "label": facet.label, "options": options})
        return result
