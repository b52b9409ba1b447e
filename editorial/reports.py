"""The translation status report, on Wagtail's own listing parts like the other admin reports
(resources/reports.py): a `ReportView` over the matrix of editorial/status.py, filtered with a
`WagtailFilterSet` and exported with Wagtail's spreadsheet export (CSV and XLSX).

The rows are computed from several tables in a fixed number of queries (status.py), so what is
listed, filtered and exported is a list of `status.Row`, not a QuerySet: the filters are
django-filter `method` filters that take and return rows.
"""

import django_filters
from django.conf import settings
from django.http import HttpResponse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import BaseColumn
from wagtail.admin.views.reports import ReportView

from editorial.roles import languages_of
from editorial.status import STATES, counts, page_rows, snippet_rows


class Rows(list):
    """The report's rows. django-filter reads the `model` of what it filters (to describe its
    filters); these rows have none."""

    model = None


class TranslationStatusFilterSet(WagtailFilterSet):
    """Language (which columns are shown), section, and state (in any language shown)."""

    language = django_filters.ChoiceFilter(
        label=_("Language"), empty_label=_("All languages"), method="by_language"
    )
    section = django_filters.ChoiceFilter(
        label=_("Section"), empty_label=_("All sections"), method="by_section"
    )
    state = django_filters.ChoiceFilter(
        label=_("State"),
        empty_label=_("All states"),
        choices=list(STATES.items()),
        method="by_state",
    )

    def __init__(self, data=None, queryset=None, *, request=None, prefix=None):
        super().__init__(data, queryset, request=request, prefix=prefix)
        names = dict(settings.LANGUAGES)
        self.filters["language"].extra["choices"] = [
            (code, names[code]) for code in languages_of(request.user)
        ]
        sections = sorted({row.section for row in queryset if row.section})
        self.filters["section"].extra["choices"] = [(slug, slug) for slug in sections]

    def valid_values(self):
        """The filters' values that are valid: one that is not a choice (an old link, a typed
        address) is ignored, and shown as an error on the filter form, not answered with an
        error page."""
        self.form.is_valid()
        return getattr(self.form, "cleaned_data", {})

    def shown_languages(self):
        language = self.valid_values().get("language")
        return [language] if language else languages_of(self.request.user)

    def filter_queryset(self, rows):
        # django-filter's own loop, without its check that each filter returns a QuerySet.
        for name, value in self.valid_values().items():
            rows = self.filters[name].filter(rows, value)
        return rows

    def by_language(self, rows, name, value):
        return rows  # the language chooses the columns (`shown_languages`), not the rows

    def by_section(self, rows, name, value):
        return Rows(row for row in rows if row.section == value)

    def by_state(self, rows, name, value):
        languages = self.shown_languages()
        return Rows(
            row for row in rows if any(row.cells[code].state == value for code in languages)
        )


class TitleColumn(BaseColumn):
    """The page or snippet, linked to its editor, with its type and section."""

    cell_template_name = "editorial/status_title_cell.html"


class LanguageColumn(BaseColumn):
    """One language: the state of each row's translation, linked to what it needs."""

    header_template_name = "editorial/status_language_header.html"
    cell_template_name = "editorial/status_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        return {
            **super().get_cell_context_data(instance, parent_context),
            "cell": instance.cells[self.name],
        }


class TranslationStatusView(ReportView):
    """Every page and translatable snippet of the source language, by language: what is
    missing, in progress, waiting for review, out of date or up to date."""

    page_title = _("Translation status")
    header_icon = "globe"
    index_url_name = "editorial_status"
    index_results_url_name = "editorial_status_results"
    results_template_name = "editorial/translation_status_results.html"
    filterset_class = TranslationStatusFilterSet
    export_filename = "translation-status"
    context_object_name = "status_rows"  # Django would name it from the rows' model: none

    @cached_property
    def rows(self):
        languages = languages_of(self.request.user)
        return Rows(page_rows(languages) + snippet_rows(languages))

    def get_queryset(self):
        return self.rows

    def get_filterset_kwargs(self):
        return {**super().get_filterset_kwargs(), "queryset": self.rows}

    def filter_queryset(self, rows):
        # Each valid filter applies even when another is not (Wagtail's applies none then).
        return self.filters.filter_queryset(rows)

    @cached_property
    def languages(self):
        return self.filters.shown_languages()

    @cached_property
    def columns(self):
        names = dict(settings.LANGUAGES)
        return [
            TitleColumn("title", label=_("Page or snippet")),
            *(LanguageColumn(code, label=names[code]) for code in self.languages),
        ]

    @cached_property
    def list_export(self):
        return ["title", "kind", "section", *self.languages]

    @cached_property
    def export_headings(self):
        # Short, stable names for spreadsheets and scripts: a language's column is its code.
        return {"title": "title", "kind": "type", "section": "section"} | {
            code: code for code in self.languages
        }

    def to_row_dict(self, row):
        values = {"title": row.title, "kind": row.kind, "section": row.section}
        for code in self.languages:
            cell = row.cells[code]
            values[code] = (
                f"{cell.state} {cell.percent}%" if cell.percent is not None else cell.state
            )
        return values

    def write_csv_response(self, rows):
        # Wagtail streams its CSV (UTF-8), as "text/csv" with no charset. These rows are in
        # memory already: one response, which says it is UTF-8.
        response = HttpResponse(
            b"".join(self.stream_csv(rows)), content_type="text/csv; charset=utf-8"
        )
        response["Content-Disposition"] = f'attachment; filename="{self.get_filename()}.csv"'
        return response

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        tally = counts(self.object_list, self.languages)  # every row filtered, not one page's
        context["totals"] = [(label, tally.get(key, 0)) for key, label in STATES.items()]
        return context
