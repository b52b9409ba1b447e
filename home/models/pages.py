import html
import re
from dataclasses import dataclass

from django.db import models
from django.http import Http404
from django.utils.functional import cached_property
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.panels import FieldPanel
from wagtail.coreutils import camelcase_to_underscore
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from home import wagtail_overrides
from home.blocks import BodyBlock
from home.wagtail_overrides import ViewRestrictionsMixin

from .mixins import SocialImageMixin

# What a URL segment can be. Anything else (NUL bytes, control characters, spaces...) cannot be a
# page and is answered with a 404 before it reaches the database.
SLUG_SEGMENT = re.compile(r"[-\w]{1,255}")


@dataclass(frozen=True)
class SearchResultType:
    """How a page type appears in the site's search, declared on the page model itself:

        search_result_type = SearchResultType("resource", _("Resources"), order=1)

    `key` is the search page's `type` parameter, `label` its name in the type filter (plural),
    `order` its place there, `singular` what labels one result (default: the model's
    verbose_name). A page type the reader should not find sets `search_result_type = None`.
    Every page type must say one or the other: a system check (search/checks.py) stops the site
    at start-up when one is silent, so a new page type cannot miss search by accident.
    """

    key: str
    label: str
    order: int = 100
    singular: str | None = None


class BasePageQuerySet(PageQuerySet):
    """What every page type's queryset shares; a page type's own queryset extends it
    (`objects = PageManager.from_queryset(...)()`)."""

    def published(self):
        """What readers may see: live and public (no view restriction)."""
        return self.live().public()

    def private_q(self):
        return wagtail_overrides.private_q(self)  # the restrictions from the shared cache


class BasePage(ViewRestrictionsMixin, SocialImageMixin, Page):
    """What every page type of the site shares.

    Translation is declared once here: text fields are translated (wagtail-localize's default);
    the social image is synchronised across languages, and a translation may override it.
    """

    override_translatable_fields = [SynchronizedField("social_image", overridable=True)]

    objects = PageManager.from_queryset(BasePageQuerySet)()

    # Set when a translation is published with segments not translated yet (wagtail-localize
    # then shows the source text there): the page tells its readers so. Kept up to date by
    # editorial.signals on every publish, so reading it costs no query.
    has_untranslated_parts = models.BooleanField(default=False, editable=False)

    # What a page shows besides its fields comes from its type's own `get_context` (and its
    # routes), which calls methods of the model and of its manager's queryset.

    class Meta:
        abstract = True

    # Where a page's description comes from when the editor wrote none ("Search description"),
    # in this order: the first of these fields the page type has and fills.
    DESCRIPTION_FIELDS = ("summary", "introduction")
    DESCRIPTION_LENGTH = 160  # what search engines and link previews show

    @cached_property
    def meta_description(self):
        """The page's description for `<meta name="description">` and Open Graph: the editor's
        search description, else the page's summary or introduction as plain text."""
        if self.search_description:
            return self.search_description
        for name in self.DESCRIPTION_FIELDS:
            value = getattr(self, name, "")
            if value:
                text = " ".join(html.unescape(strip_tags(str(value))).split())
                return Truncator(text).chars(self.DESCRIPTION_LENGTH)
        return ""

    def get_template(self, request, *args, **kwargs):
        return f"pages/{self._meta.app_label}/{camelcase_to_underscore(type(self).__name__)}.html"

    def route(self, request, path_components):
        if path_components and not SLUG_SEGMENT.fullmatch(path_components[0]):
            raise Http404
        return super().route(request, path_components)


RICH_TEXT_INLINE = ["bold", "italic", "link"]


class SectionIndexPage(BasePage):
    """The index of a section (the cities, the calls, the library): one per language, under
    that language's home page, with a short introduction above what it lists."""

    introduction = RichTextField(
        features=RICH_TEXT_INLINE, blank=True, verbose_name=_("introduction")
    )

    content_panels = [*Page.content_panels, FieldPanel("introduction")]
    search_fields = [*Page.search_fields, index.SearchField("introduction")]

    parent_page_types = ["home.HomePage"]
    max_count_per_parent = 1
    search_result_type = None  # an index lists what is found on its own

    class Meta:
        abstract = True


class HomePage(BasePage):
    """The root page of each language's tree."""

    introduction = RichTextField(
        features=RICH_TEXT_INLINE, blank=True, verbose_name=_("introduction")
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("sections"))

    content_panels = [*Page.content_panels, FieldPanel("introduction"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("introduction")]

    parent_page_types = ["wagtailcore.Page"]
    search_result_type = None  # the way in, not something to find

    class Meta:
        verbose_name = _("home page")


class StandardPage(BasePage):
    """A plain page: about, privacy policy, contact."""

    introduction = models.TextField(blank=True, verbose_name=_("introduction"))
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = [*Page.content_panels, FieldPanel("introduction"), FieldPanel("body")]
    search_fields = [
        *Page.search_fields,
        index.SearchField("introduction"),
        index.SearchField("body"),
    ]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]
    search_result_type = SearchResultType(
        "page", _("Pages"), order=4, singular=pgettext_lazy("search result type", "Page")
    )

    class Meta:
        verbose_name = _("standard page")
