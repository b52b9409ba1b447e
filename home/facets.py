"""Faceted filters for list pages (the city index, the resource library, search): plain GET
parameters, each option with the number of items it would show given the other filters. A value
the form does not know is ignored (and the reader told so), never an error.

The items are either a list already in memory (the cities, a few dozen, all drawn on the map;
search's bounded results), filtered and counted in Python with each facet's `value_of`, or a
QuerySet (the library, thousands of resources), filtered in the database with each facet's
`where` and counted in one aggregation query, however many items and options there are: each
option is a `COUNT(*) FILTER (WHERE ...)` with the other facets' filters applied. Only the page
of items shown is then loaded.
"""

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property, reduce
from operator import and_

from django import forms
from django.db import connections
from django.db.models import BooleanField, ExpressionWrapper, Q, QuerySet


@dataclass(frozen=True)
class Facet:
    name: str  # the GET parameter
    label: str
    all_label: str
    choices: Callable[[], list[tuple[str, str]]]  # read per request: labels are translated
    # In memory: the values an item has (it may have several).
    value_of: Callable[[object], set] | None = None
    # In the database: the condition for an item to have the value (a Q on the items' model).
    where: Callable[[str], Q] | None = None


class FacetedFilterForm(forms.Form):
    """A form with one optional choice per facet, over `items` (a list or a QuerySet)."""

    facet_list: list[Facet] = []

    def __init__(self, data, items):
        super().__init__(data)
        self.items = items
        self.in_database = isinstance(items, QuerySet)
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

    def condition(self, skip=None):
        """The selected filters (but `skip`'s) as one Q: what `matches` says, in SQL."""
        return reduce(
            and_,
            (
                facet.where(value)
                for facet in self.facet_list
                if facet.name != skip and (value := self.selected.get(facet.name))
            ),
            Q(),
        )

    def filtered(self):
        """The items every selected filter keeps: a list, or a QuerySet not yet run."""
        if self.in_database:
            return self.items.filter(self.condition()) if self.selected else self.items
        return [item for item in self.items if self.matches(item)]

    @cached_property
    def counts(self):
        """facet name -> (how many items the other filters keep, Counter of option value ->
        how many of those have it); and "" -> (every item, the items all filters keep)."""
        if self.in_database:
            return self._count_in_database()
        counts = {"": (len(self.items), len(self.filtered()))}
        for facet in self.facet_list:
            values = Counter()
            candidates = [item for item in self.items if self.matches(item, skip=facet.name)]
            for item in candidates:
                values.update(facet.value_of(item))
            counts[facet.name] = (len(candidates), values)
        return counts

    def _count_in_database(self):
        """Every count in one query, in two steps: each option's condition evaluated once per
        item (a column of `options`), then the items counted for each combination of those
        columns the form shows. Written as SQL around the ORM's query of the options, because
        Django would repeat each condition (and its subqueries) in every count it is part of:
        a language filter, chosen, would then be worked out some thirty times per item.
        `MATERIALIZED` keeps PostgreSQL from folding the conditions back into the counts."""
        columns = {}  # (facet name, option value) -> its column
        for facet in self.facet_list:
            for value, _label in self.fields[facet.name].choices[1:]:
                columns[(facet.name, value)] = f"option_{len(columns)}"
        chosen = {name: columns[(name, value)] for name, value in self.selected.items()}

        def others(skip):
            return [column for name, column in chosen.items() if name != skip]

        counted = [[], list(chosen.values())]  # every item; the items every filter keeps
        for facet in self.facet_list:
            counted.append(others(facet.name))
            for value, _label in self.fields[facet.name].choices[1:]:
                counted.append([*others(facet.name), columns[(facet.name, value)]])

        conditions = {
            columns[(facet.name, value)]: ExpressionWrapper(
                facet.where(value), output_field=BooleanField()
            )
            for facet in self.facet_list
            for value, _label in self.fields[facet.name].choices[1:]
        }
        options = self.items.order_by().annotate(**conditions).values(*conditions)
        sql, params = options.query.sql_with_params()
        connection = connections[self.items.db]
        quote = connection.ops.quote_name

        def count(columns):
            if not columns:
                return "COUNT(*)"
            return f"COUNT(*) FILTER (WHERE {' AND '.join(quote(c) for c in columns)})"

        with connection.cursor() as cursor:
            cursor.execute(
                f"WITH options AS MATERIALIZED ({sql}) "  # noqa: S608 (names made here)
                f"SELECT {', '.join(count(each) for each in counted)} FROM options",
                params,
            )
            row = iter(cursor.fetchone())
        counts = {"": (next(row), next(row))}
        for facet in self.facet_list:
            candidates = next(row)
            values = Counter(
                {value: next(row) for value, _label in self.fields[facet.name].choices[1:]}
            )
            counts[facet.name] = (candidates, values)
        return counts

    @property
    def total_count(self):
        """How many items there are, filtered or not."""
        return self.counts[""][0]

    @property
    def matching_count(self):
        """How many items the selected filters keep."""
        return self.counts[""][1]

    def facets(self):
        """Each facet with its options, how many items each would show (given the other
        filters), and which one is selected: what the template needs to draw the form."""
        result = []
        for facet in self.facet_list:
            candidates, counts = self.counts[facet.name]
            selected = self.selected.get(facet.name, "")
            options = [
                {
                    "value": "",
                    "label": facet.all_label,
                    "count": candidates,
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
