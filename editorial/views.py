import csv

from django import forms
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.models import Page

from editorial.review import ReviewError, bring_in_changes, submit_for_review, translation_of
from editorial.status import STATES, counts, page_rows, snippet_rows


def _on_translation(request, page_id, act, failure):
    """Run `act(page)` on a page the user may edit; it returns the success message, or raises
    ReviewError, shown with `failure`. Back to the page's editor either way."""
    page = get_object_or_404(Page, pk=page_id).specific
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    try:
        messages.success(request, act(page))
    except ReviewError as error:
        messages.error(request, failure % {"page": page.title, "reason": error})
    return redirect("wagtailadmin_pages:edit", page.pk)


@require_POST
def submit(request, page_id):
    """A translator (or editor) sends a translation to its language's reviewers."""

    def act(page):
        state = submit_for_review(page, request.user)
        return _("“%(page)s” is waiting for review: %(workflow)s.") % {
            "page": page.title,
            "workflow": state.workflow.name,
        }

    failure = _("“%(page)s” could not be submitted for review: %(reason)s")
    return _on_translation(request, page_id, act, failure)


@require_POST
def sync(request, page_id):
    """A translator brings the source page's published changes into their translation."""

    def act(page):
        translation = translation_of(page)
        if translation is None:
            raise ReviewError(_("it is not a translation"))
        bring_in_changes(translation)
        return _("The changes are in the editor: translate what is new, then submit for review.")

    failure = _("The changes could not be brought into “%(page)s”: %(reason)s")
    return _on_translation(request, page_id, act, failure)


class StatusFilterForm(forms.Form):
    """GET filters of the translation status report; an unknown value is ignored."""

    def __init__(self, data, languages, sections):
        super().__init__(data)
        names = dict(settings.LANGUAGES)
        self.fields["language"] = forms.ChoiceField(
            label=_("Language"),
            required=False,
            choices=[("", _("All languages")), *((code, names[code]) for code in languages)],
        )
        self.fields["section"] = forms.ChoiceField(
            label=_("Section"),
            required=False,
            choices=[("", _("All sections")), *((slug, slug) for slug in sections)],
        )
        self.fields["state"] = forms.ChoiceField(
            label=_("State"), required=False, choices=[("", _("All states")), *STATES.items()]
        )
        self.is_valid()

    def value(self, name):
        return getattr(self, "cleaned_data", {}).get(name) or ""


def translation_status(request):
    """The translation status report: pages and snippets by language, filtered, exportable."""
    languages = [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]
    rows = page_rows(languages) + snippet_rows(languages)
    sections = sorted({row.section for row in rows if row.section})
    form = StatusFilterForm(request.GET, languages, sections)
    shown_languages = [form.value("language")] if form.value("language") else languages
    if form.value("section"):
        rows = [row for row in rows if row.section == form.value("section")]
    if form.value("state"):
        rows = [
            row
            for row in rows
            if any(row.cells[code].state == form.value("state") for code in shown_languages)
        ]
    if request.GET.get("export") == "csv":
        return status_csv(rows, shown_languages)
    names = dict(settings.LANGUAGES)
    tally = counts(rows, shown_languages)
    return TemplateResponse(
        request,
        "editorial/translation_status.html",
        {
            "form": form,
            "rows": [(row, [row.cells[code] for code in shown_languages]) for row in rows],
            "languages": [(code, names[code]) for code in shown_languages],
            "totals": [(label, tally.get(key, 0)) for key, label in STATES.items()],
        },
    )


def status_csv(rows, languages):
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="translation-status.csv"'
    writer = csv.writer(response)
    writer.writerow(["title", "type", "section", *languages])
    for row in rows:
        cells = []
        for code in languages:
            cell = row.cells[code]
            cells.append(
                f"{cell.state} {cell.percent}%" if cell.percent is not None else cell.state
            )
        writer.writerow([row.title, row.kind, row.section, *cells])
    return response
