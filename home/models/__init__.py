from .mixins import SocialImageMixin
from .pages import BasePage, HomePage, StandardPage
from .snippets import SiteSettings

__all__ = ["BasePage", "HomePage", "SiteSettings", "SocialImageMixin", "StandardPage"]
