"""The selection team's side of the admin (wagtail_hooks.py): how many applications each call
received, per day; each call's sealed applications as one archive to decrypt offline
(archive.py, offline.py); and deleting one application by its receipt code.

Only holders of `applications.select_applications` (the "Selection team" group,
editorial/roles.py) see the menu item and these views. Anyone else gets Wagtail's refusal as
Wagtail's own generic views give it: PermissionDenied, which the admin answers with a redirect
to the dashboard and its "Sorry, you do not have permission" message (a 403 to a script).

Nothing here can read an application: the server has no secret key. A receipt code typed here
is never logged, put in a message or kept; the form travels by POST, so the code is in no
address either.
"""

import datetime
import tempfile

from django import forms
from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import FileResponse, Http404
from django.shortcuts import redirect
from django.utils import timezone, translation
from django.utils.decorators import method_decorator
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.generic import TemplateView, View
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Page

from applications import archive, receipts, sealing
from applications.models import SealedApplication

PERMISSION = "applications.select_applications"
# How much of an archive is built in memory before it goes to a temporary file (what is written
# is sealed: nothing in it is readable without the secret key).
ARCHIVE_IN_MEMORY = 16 * 1024**2


def may_select(user):
    return user.has_perm(PERMISSION)


def call_titles(keys, language):
    """{translation key: title} of the calls among `keys` that still have a page, each in
    `language` when translated, else in the site's main language, else in any: one query. A
    key without a page is missing (its call was deleted)."""
    if not keys:
        return {}
    preference = [language, language.split("-")[0], settings.LANGUAGE_CODE]
    found = {}
    for key, title, code in Page.objects.filter(translation_key__in=keys).values_list(
        "translation_key", "title", "locale__language_code"
    ):
        rank = preference.index(code) if code in preference else len(preference)
        if key not in found or rank < found[key][0]:
            found[key] = (rank, title)
    return {key: title for key, (_rank, title) in found.items()}


def call_rows(language):
    """Each call that has applications: its key, title in `language` (None for a deleted call),
    days (newest first, with their counts) and total; the call with the latest application
    first. Two queries, however many calls and days."""
    days = {}
    for key, day, count in SealedApplication.objects.counts():
        days.setdefault(key, []).append((day, count))
    titles = call_titles(list(days), language)
    rows = [
        {
            "key": key,
            "title": titles.get(key),
            "days": call_days,
            "total": sum(count for _day, count in call_days),
        }
        for key, call_days in days.items()
    ]
    rows.sort(key=lambda row: (row["days"][0][0], row["total"]), reverse=True)
    return rows


def archive_call_info(call_key, closes_at):
    """The call as the archive names it: its title in the site's main language (the one the
    answers' questions are sealed in), its key and its dates; for a deleted call, "a deleted
    call" and the closing time its applications kept."""
    pages = Page.objects.filter(translation_key=call_key).select_related("locale")
    page = pages.filter(locale__language_code=settings.LANGUAGE_CODE).first() or pages.first()
    if page is None:
        with translation.override(settings.LANGUAGE_CODE):
            return sealing.call_entry(_("a deleted call"), call_key, None, closes_at)
    call = page.specific
    return sealing.call_entry(
        page.title, call_key, getattr(call, "opens_at", None), getattr(call, "closes_at", None)
    )


class ReceiptForm(forms.Form):
    receipt = forms.CharField(
        label=gettext_lazy("Receipt code"),
        max_length=40,
        help_text=gettext_lazy(
            "The code the applicant was given, such as 7K2M-Q9XD-4HNP-V3BT, in any case, with or "
            "without its dashes."
        ),
        # Not kept in the browser's form history.
        widget=forms.TextInput(attrs={"autocomplete": "off", "spellcheck": "false"}),
    )

    def clean_receipt(self):
        code = receipts.normalise(self.cleaned_data["receipt"])
        if code is None:
            raise ValidationError(
                _(
                    "This is not a receipt code: a receipt code has 16 letters and digits, in "
                    "four groups of four. Check what the applicant sent."
                ),
                code="not_a_receipt",
            )
        return code


class SelectionTeamOnly:
    """Wagtail's refusal for anyone without the permission (PermissionDenied)."""

    def dispatch(self, request, *args, **kwargs):
        if not may_select(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


@method_decorator(never_cache, name="dispatch")
class ApplicationsView(SelectionTeamOnly, WagtailAdminTemplateMixin, TemplateView):
    """The calls that have applications, their counts per day, their archives; the form that
    deletes one application by its receipt code (POST)."""

    template_name = "applications/index.html"
    page_title = gettext_lazy("Applications")
    header_icon = "form"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.setdefault("form", ReceiptForm())
        context["calls"] = call_rows(translation.get_language() or settings.LANGUAGE_CODE)
        context["retention_days"] = settings.APPLICATIONS_RETENTION_DAYS
        return context

    def post(self, request):
        form = ReceiptForm(request.POST)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form), status=400)
        deleted, _counts = SealedApplication.objects.by_receipt(
            form.cleaned_data["receipt"]
        ).delete()
        if not deleted:
            form.add_error(
                "receipt",
                _(
                    "No application has this receipt code. It may have been deleted already, "
                    "on request or after the retention delay, or the code may be mistyped."
                ),
            )
            return self.render_to_response(self.get_context_data(form=form), status=404)
        messages.success(request, _("The application with that receipt code has been deleted."))
        return redirect("applications_index")


@method_decorator(never_cache, name="dispatch")
class DownloadView(SelectionTeamOnly, View):
    """The sealed applications of one call as a ZIP (archive.py), oldest first."""

    def get(self, request, call_key):
        applications = SealedApplication.objects.of_call(call_key)
        closes_at = applications.values_list("call_closes_at", flat=True).first()
        if closes_at is None:
            raise Http404
        info = archive_call_info(call_key, closes_at)
        now = timezone.now().astimezone(datetime.UTC)
        items = (
            (archive.sealed_name(received_on, pk), sealed)
            for pk, received_on, sealed in applications.order_by("received_on", "pk")
            .values_list("pk", "received_on", "sealed")
            .iterator(chunk_size=20)
        )
        file = tempfile.SpooledTemporaryFile(max_size=ARCHIVE_IN_MEMORY)  # noqa: SIM115 (closed by the response)
        archive.write_archive_to(file, info, items, exported_at=now)
        file.seek(0)
        return FileResponse(
            file,
            as_attachment=True,
            filename=archive.archive_name(info, now),
            content_type="application/zip",
        )
