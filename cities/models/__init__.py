from cities.choices import Region

from .fields import LanguageListField
from .pages import CityHost, CityIndexPage, CityPage
from .snippets import Organisation

__all__ = ["CityHost", "CityIndexPage", "CityPage", "LanguageListField", "Organisation", "Region"]
