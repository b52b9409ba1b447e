from .mixins import SocialImageMixin
from .pages import BasePage, HomePage, SectionIndexPage, StandardPage
from .snippets import SiteSettings

__all__ = [
    "BasePage",
    "HomePage",
    "SectionIndexPage",
    "SiteSettings",
    "SocialImageMixin",
    "StandardPage",
]
