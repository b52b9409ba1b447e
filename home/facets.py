"""Faceted filters for list pages (the city index, the resource library): plain GET parameters,
each option with the number of items it would show given the other filters. A value the form
does not know is ignored (and the reader told so), never an error.

The items are filtered in Python: a list page loads its items once, with a fixed number of
queries, and counting every option in memory costs no query at all.
"""

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from django import forms


@dataclass(frozen=True)
class Facet:
    name: str  # the GET parameter
    label: str
    all_label: str
    choices: Callable[[], list[tuple[str, str]]]  # read per request: labels are translated
    value_of: Callable[[object], set]  # the values an item has (it may have several)


class FacetedFilterForm(forms.Form):
    """A form with one optional choice per facet, over `items`."""

    facet_list: list[Facet] = []

    def __init__(self, data, items):
        super().__init__(data)
        self.items = items
        for facet in self.facet_list:
            self.fields[facet.name] = forms.ChoiceField(
                required=False, choices=[("", ""), *facet.choices()]
            )
        self.is_valid()  # fills cleaned_data with the fields that are valid

    @property
    def selected(self):
        """The active filters: facet name -> value."""
        cleaned = getattr(self, "cleaned_data", {})
        return {
            facet.name: cleaned[facet.name] for facet in self.facet_list if cleaned.get(facet.name)
        }

    @property
    def ignored(self):
        """The labels of the parameters given with a value we do not know."""
        return [facet.label for facet in self.facet_list if facet.name in self.errors]

    def matches(self, item, skip=None):
        return all(
            value in facet.value_of(item)
            for facet in self.facet_list
            if facet.name != skip and (value := self.selected.get(facet.name))
        )

    def filtered(self):
        return [item for item in self.items if self.matches(item)]

    def facets(self):
        """Each facet with its options, how many items each would show (given the other
        filters), and which one is selected: what the template needs to draw the form."""
        result = []
        for facet in self.facet_list:
            counts = Counter()
            candidates = [item for item in self.items if self.matches(item, skip=facet.name)]
            for item in candidates:
                counts.update(facet.value_of(item))
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
