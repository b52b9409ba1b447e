"""The state of every translation: a matrix of the source language's pages (and translatable
snippets) by language, read with a fixed number of queries whatever the size of the site.

Each cell is one of:
- missing: no translation in that language (an alias page shows the source text);
- in progress: a translation exists but is not live, has unpublished changes, or has text
  segments not translated yet (after a sync); with the share of its segments translated;
- waiting for review: its workflow is in progress;
- out of date: live, but the source was published again after the translation last synced;
- up to date.
"""

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from types import SimpleNamespace

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import Count
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page, WorkflowState
from wagtail_localize.models import StringSegment, TranslationSource

from editorial.review import published_since_sync
from editorial.roles import translated_snippet_models

MISSING = "missing"
IN_PROGRESS = "in_progress"
WAITING = "waiting"
OUT_OF_DATE = "out_of_date"
UP_TO_DATE = "up_to_date"

STATES = {
    MISSING: _("Missing"),
    IN_PROGRESS: _("In progress"),
    WAITING: _("Waiting for review"),
    OUT_OF_DATE: _("Out of date"),
    UP_TO_DATE: _("Up to date"),
}


@dataclass
class Cell:
    language: str
    state: str
    percent: int | None = None  # in progress: share of segments translated
    url: str = ""  # where to act on it

    @property
    def label(self):
        return STATES[self.state]


@dataclass
class Row:
    title: str
    kind: str  # the page type or snippet's name
    section: str  # the section's slug ("" for the home page and snippets)
    edit_url: str
    cells: dict = field(default_factory=dict)  # language -> Cell


def _source_locale():
    return Locale.objects.get(language_code=settings.LANGUAGE_CODE)


def _sources_by_key():
    """wagtail-localize sources: (object_id, locale_id) -> (id, last_updated_at)."""
    return {
        (str(object_id), locale_id): (pk, updated)
        for pk, object_id, locale_id, updated in TranslationSource.objects.values_list(
            "pk", "object_id", "locale_id", "last_updated_at"
        )
    }


def _progress():
    """Per source: its number of string segments; per (source, locale): how many are
    translated. Two grouped queries."""
    totals = dict(
        StringSegment.objects.values("source_id")
        .annotate(n=Count("pk"))
        .values_list("source_id", "n")
    )
    done = {}
    for source_id, locale_id, n in (
        StringSegment.objects.filter(string__translations__isnull=False)
        .values("source_id", "string__translations__locale_id")
        .annotate(n=Count("pk", distinct=True))
        .values_list("source_id", "string__translations__locale_id", "n")
    ):
        done[(source_id, locale_id)] = n
    return totals, done


def _waiting_pages():
    page_type = ContentType.objects.get_for_model(Page)
    return set(
        WorkflowState.objects.filter(
            status=WorkflowState.STATUS_IN_PROGRESS, base_content_type=page_type
        ).values_list("object_id", flat=True)
    )


def _cell(language, source, target, source_published, totals, done, waiting, actions):
    if target is None or target.alias_of_id:
        return Cell(language, MISSING, url=actions["missing"])
    if str(target.pk) in waiting:
        return Cell(language, WAITING, url=actions["edit"](target))
    percent = None
    if source is not None and totals.get(source[0]):
        percent = round(100 * done.get((source[0], target.locale_id), 0) / totals[source[0]])
    if not target.live or target.has_unpublished_changes:
        return Cell(language, IN_PROGRESS, percent=percent, url=actions["edit"](target))
    if source is not None and published_since_sync(source_published, source[1]):
        return Cell(language, OUT_OF_DATE, url=actions["sync"])
    if percent is not None and percent < 100:  # synced: the new text is still to translate
        return Cell(language, IN_PROGRESS, percent=percent, url=actions["edit"](target))
    return Cell(language, UP_TO_DATE, url=actions["edit"](target))


def page_rows(languages):
    """One row per page of the source language (the site's default), one cell per other
    language. Queries: pages (1), locales (1), sources (1), progress (2), workflows (1)."""
    source_locale = _source_locale()
    locales = {locale.pk: locale.language_code for locale in Locale.objects.all()}
    pages = list(
        Page.objects.filter(depth__gt=1)
        .order_by("path")
        .values(
            "pk",
            "title",
            "path",
            "depth",
            "url_path",
            "translation_key",
            "locale_id",
            "live",
            "has_unpublished_changes",
            "alias_of_id",
            "last_published_at",
            "content_type_id",
        )
    )
    refs = [SimpleNamespace(**page) for page in pages]
    by_key = defaultdict(dict)
    for ref in refs:
        by_key[ref.translation_key][locales[ref.locale_id]] = ref
    sources = _sources_by_key()
    totals, done = _progress()
    waiting = _waiting_pages()
    kinds = {
        ct.pk: ct.model_class()._meta.verbose_name.capitalize()
        for ct in ContentType.objects.filter(pk__in={p["content_type_id"] for p in pages})
        if ct.model_class()
    }
    rows = []
    for ref in refs:
        if ref.locale_id != source_locale.pk or ref.alias_of_id:
            continue
        source = sources.get((str(ref.translation_key), source_locale.pk))
        row = Row(
            title=ref.title,
            kind=kinds.get(ref.content_type_id, ""),
            section=ref.url_path.strip("/").split("/")[1] if ref.depth > 2 else "",
            edit_url=reverse("wagtailadmin_pages:edit", args=[ref.pk]),
        )
        actions = {
            "missing": reverse("wagtail_localize:submit_page_translation", args=[ref.pk]),
            "sync": reverse("wagtail_localize:update_translations", args=[source[0]])
            if source
            else row.edit_url,
            "edit": lambda target: reverse("wagtailadmin_pages:edit", args=[target.pk]),
        }
        for language in languages:
            if language == settings.LANGUAGE_CODE:
                continue
            target = by_key[ref.translation_key].get(language)
            row.cells[language] = _cell(
                language, source, target, ref.last_published_at, totals, done, waiting, actions
            )
        rows.append(row)
    return rows


def snippet_rows(languages):
    """Translatable snippets: missing or there, per language. Snippets are saved live and keep
    no publication date, so "out of date" cannot be told for them (README)."""
    source_locale = _source_locale()
    locales = {locale.pk: locale.language_code for locale in Locale.objects.all()}
    rows = []
    for model in translated_snippet_models():
        objects = list(model.objects.all())
        by_key = defaultdict(dict)
        for obj in objects:
            by_key[obj.translation_key][locales[obj.locale_id]] = obj
        label = model._meta.app_label, model._meta.model_name
        for obj in objects:
            if obj.locale_id != source_locale.pk:
                continue
            edit = reverse(f"wagtailsnippets_{label[0]}_{label[1]}:edit", args=[obj.pk])
            row = Row(str(obj), model._meta.verbose_name.capitalize(), "", edit)
            for language in languages:
                if language == settings.LANGUAGE_CODE:
                    continue
                target = by_key[obj.translation_key].get(language)
                if target is None:
                    url = reverse(
                        "wagtail_localize:submit_snippet_translation",
                        args=[label[0], label[1], obj.pk],
                    )
                    row.cells[language] = Cell(language, MISSING, url=url)
                else:
                    url = reverse(f"wagtailsnippets_{label[0]}_{label[1]}:edit", args=[target.pk])
                    row.cells[language] = Cell(language, UP_TO_DATE, url=url)
            rows.append(row)
    return rows


def counts(rows, languages):
    """State -> number of cells, over `languages`."""
    tally = Counter()
    for row in rows:
        for language, cell in row.cells.items():
            if language in languages:
                tally[cell.state] += 1
    return tally
