from .mixins import SocialImageMixin
from .pages import BasePage, HomePage, SearchResultType, SectionIndexPage, StandardPage
from .snippets import SiteSettings

__all__ = [
    "BasePage",
    "HomePage",
    "SearchResultType",
    "SectionIndexPage",
    "SiteSettings",
    "SocialImageMixin",
    "StandardPage",
]
