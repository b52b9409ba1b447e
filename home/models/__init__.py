from .mixins import SocialImageMixin
from .pages import (
    BasePage,
    BasePageQuerySet,
    HomePage,
    SearchResultType,
    SectionIndexPage,
    StandardPage,
)
from .snippets import SiteSettings

__all__ = [
    "BasePage",
    "BasePageQuerySet",
    "HomePage",
    "SearchResultType",
    "SectionIndexPage",
    "SiteSettings",
    "SocialImageMixin",
    "StandardPage",
]
