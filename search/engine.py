"""One search request: the query, where it looks, the filters with their counts, a page of
results with excerpts, and the editors' promoted results.

Work and queries are bounded whatever the index holds: the engine returns at most RESULT_LIMIT
results, best first (one query); their types and topics are counted in memory with the site's
faceted form (`home.facets`); only the page of results shown is loaded in full, with a fixed
number of queries per page type.
"""

from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.paginator import Paginator
from django.db.models import Prefetch, prefetch_related_objects
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Locale, Page, get_page_models
from wagtail.search.backends import get_search_backend
from wagtail.search.utils import normalise_query_string

from home.caching import remember
from home.facets import Facet, FacetedFilterForm
from home.translations import in_locale
from home.wagtail_overrides import published_pages
from resources.filters import topic_facet
from resources.models import ResourceDownload, ResourcePage, Topic, attach_languages
from search.backends import field_texts
from search.excerpts import excerpt
from search.query import clean_query, query_terms

RESULT_LIMIT = 200  # the best matches counted and listed; a broader query asks for refining
PAGE_SIZE = 10
ALL_LANGUAGES = "all"


@dataclass(frozen=True)
class ResultType:
    key: str  # the `type` GET parameter
    model: type
    label: str  # the type filter's option: plural
    singular: str  # what labels one result


@cache
def result_types():
    """The page types a reader can find, read from Wagtail's page models: each declares its
    `search_result_type` (home.models.SearchResultType), or None to stay out of search;
    search/checks.py makes sure every page type says one or the other."""
    declared = [
        (model.search_result_type, model)
        for model in get_page_models()
        if getattr(model, "search_result_type", None) is not None
    ]
    declared.sort(key=lambda pair: (pair[0].order, pair[0].key))
    return [
        ResultType(kind.key, model, kind.label, kind.singular or model._meta.verbose_name)
        for kind, model in declared
    ]


def type_labels():
    """Result type key -> the label of one result of that type ("Resource", not "Resources")."""
    return {kind.key: capfirst(kind.singular) for kind in result_types()}


def type_of_content_type():
    """Content type id -> result type key (ContentType's own cache: no query after the first)."""
    return {ContentType.objects.get_for_model(kind.model).pk: kind.key for kind in result_types()}


def searchable_pages(locale=None):
    """What a reader may find: live, public pages of the searched types, not aliases (an alias
    repeats its original, which is found in its own language), in `locale` or in all."""
    pages = (
        published_pages()
        .type(*(kind.model for kind in result_types()))
        .exclude(id__in=Page.objects.filter(alias_of__isnull=False).values_list("id", flat=True))
    )
    return pages.filter(locale=locale) if locale is not None else pages


def run(query, pages, languages):
    """The backend's search, in `languages` when it stems per language."""
    backend = get_search_backend()
    if getattr(backend, "stems_per_language", False):
        return backend.search(query, pages, languages=languages, operator="and")
    return backend.search(query, pages, operator="and")


def autocomplete(text, locale, limit=8):
    """Pages of `locale` whose titles have words beginning with what was typed."""
    terms = query_terms(clean_query(text))
    if not terms or len("".join(terms)) < 2:
        return []
    try:
        return list(
            get_search_backend().autocomplete(" ".join(terms), searchable_pages(locale))[:limit]
        )
    except NotImplementedError:  # a backend with no autocomplete (Wagtail's fallback)
        return []


class SearchFilterForm(FacetedFilterForm):
    def __init__(self, data, items, topics):
        self.facet_list = [
            Facet(
                "type",
                _("Type"),
                _("All types"),
                lambda: [(kind.key, kind.label) for kind in result_types()],
                lambda item: {item.result_type},
            ),
            topic_facet(topics, lambda item: item.topic_slug),
        ]
        super().__init__(data, items)


@dataclass
class SearchOutcome:
    query: str = ""
    terms: list = field(default_factory=list)
    all_languages: bool = False
    results: object = None  # a Paginator page of pages, each with .result_type and .excerpt
    result_count: int = 0
    limited: bool = False  # more than RESULT_LIMIT matched
    form: object = None
    facets: list = field(default_factory=list)
    ignored_filters: list = field(default_factory=list)
    promotions: list = field(default_factory=list)
    topics: list = field(default_factory=list)
    limit: int = RESULT_LIMIT


def search(request, locale):
    """Everything the search page shows for `request.GET`, read in `locale`."""
    params = request.GET
    outcome = SearchOutcome(query=clean_query(params.get("q", "")))
    outcome.terms = query_terms(outcome.query)
    scope = params.get("languages", "")
    outcome.all_languages = scope == ALL_LANGUAGES
    if scope not in ("", ALL_LANGUAGES):
        outcome.ignored_filters.append(_("Languages"))
    outcome.topics = remember(
        request,
        "topics",
        (locale.pk,),
        lambda: list(Topic.objects.filter(locale=locale).order_by("name")),
    )
    if not outcome.terms:
        return outcome

    languages = (
        [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
        if outcome.all_languages
        else [locale.language_code]
    )
    pages = searchable_pages(None if outcome.all_languages else locale)
    outcome.promotions = promotions(outcome.query, locale)
    promoted = {page.pk for page in outcome.promotions if isinstance(page, Page)}

    found = [
        page
        for page in run(" ".join(outcome.terms), pages, languages)[: RESULT_LIMIT + 1]
        if page.pk not in promoted
    ]
    outcome.limited = len(found) > RESULT_LIMIT
    found = found[:RESULT_LIMIT]
    types = type_of_content_type()
    topic_slugs = dict(
        ResourcePage.objects.filter(pk__in=[page.pk for page in found]).values_list(
            "pk", "topic__slug"
        )
    )
    for page in found:
        page.result_type = types.get(page.content_type_id)
        page.topic_slug = topic_slugs.get(page.pk)

    known = {topic.slug for topic in outcome.topics}
    options = [*outcome.topics, *_untranslated_topics(set(topic_slugs.values()) - known - {None})]
    form = SearchFilterForm(params, found, options)
    outcome.form, outcome.facets = form, form.facets() if found else []
    outcome.ignored_filters = [*form.ignored, *outcome.ignored_filters]
    matching = form.filtered()
    outcome.result_count = len(matching)
    # A page number that is not one gives the first page; one past the end, the last.
    outcome.results = Paginator(matching, PAGE_SIZE).get_page(params.get("page"))
    by_slug = {topic.slug: topic for topic in options}
    outcome.results.object_list = load_results(outcome.results.object_list, outcome.terms, by_slug)
    if settings.SEARCH_QUERY_STATS:
        Query.get(outcome.query).add_hit()
    return outcome


def _untranslated_topics(slugs):
    """Topics results have that the reader's language has no translation of (yet)."""
    if not slugs:
        return []
    chosen = {}
    for topic in Topic.objects.filter(slug__in=slugs):
        chosen.setdefault(topic.slug, topic)
    return list(chosen.values())


def promotions(query, locale):
    """The editors' promoted results for `query`: each page in the reader's language where it
    is translated, shown only while live and public; external links as they are."""
    picks = list(
        SearchPromotion.objects.filter(query__query_string=normalise_query_string(query))
        .select_related("page")
        .order_by("sort_order")
    )
    live = published_pages()
    linked = iter(in_locale([pick.page for pick in picks if pick.page_id], locale.pk, live))
    chosen = [(pick, next(linked) if pick.page_id else None) for pick in picks]
    visible = set(
        live.filter(pk__in=[page.pk for _pick, page in chosen if page]).values_list("pk", flat=True)
    )
    shown = []
    for pick, page in chosen:
        if page is not None and page.pk in visible and page not in shown:
            page.promotion_description = pick.description
            shown.append(page)
        elif page is None and pick.external_link_url:
            shown.append(pick)
    return shown


def load_results(found, terms, topics):
    """The pages of one page of results, in full, each with its type, language and excerpt
    (`topics`: the reader's, by slug)."""
    if not found:
        return []
    by_pk = {}
    for model, pks in _by_model(found).items():  # one query per page type found
        by_pk.update(model.objects.in_bulk(pks))
    locales = remember(None, "locales", (), _locales_by_id)
    labels = type_labels()
    results = []
    for base in found:
        page = by_pk.get(base.pk)
        if page is None:  # deleted since the search ran
            continue
        page.locale = locales[page.locale_id]
        page.result_type = base.result_type
        page.type_label = labels[base.result_type]
        page.localized_topic = topics.get(base.topic_slug)
        results.append(page)
    resources = [page for page in results if isinstance(page, ResourcePage)]
    if resources:
        downloads = ResourceDownload.objects.select_related("document")
        prefetch_related_objects(resources, Prefetch("downloads", queryset=downloads))
        attach_languages(resources)
    for page in results:
        page.excerpt = excerpt(page_texts(page), terms)
    return results


def _locales_by_id():
    return {locale.pk: locale for locale in Locale.objects.all()}


def _by_model(pages):
    """{page model: [ids]} of `pages` (base pages), from their content types."""
    ids = defaultdict(list)
    for page in pages:
        ids[ContentType.objects.get_for_id(page.content_type_id).model_class()].append(page.pk)
    return ids


def page_texts(page):
    """The texts of a page a reader may have matched, in the order its model declares its
    search fields (the title aside: it is shown anyway)."""
    return [text for name, text in field_texts(page) if name != "title"]
