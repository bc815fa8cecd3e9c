from .countries import Country, CountryStatusEvent
from .organisations import Organisation
from .pages import CountryIndexPage, NetworkPage
from .people import Person

__all__ = [
    "Country",
    "CountryIndexPage",
    "CountryStatusEvent",
    "NetworkPage",
    "Organisation",
    "Person",
]
