"""Factories, one module per app (tests/factories/<app>.py), all importable from here:
`from tests.factories import BriefPageFactory`.

Page factories put a live, published page where the tree rules want it, in the language
the test names: `BriefPageFactory(language="en")` is a brief in the English briefs index.
"""

from tests.factories.briefs import BriefDocumentFactory, BriefIndexPageFactory, BriefPageFactory
from tests.factories.core import (
    MINIMAL_PDF,
    DocumentFactory,
    FooterTextFactory,
    HubPageFactory,
    ImageFactory,
    StandardPageFactory,
    TopicFactory,
    home,
    spanish,
)
from tests.factories.declaration import ActionPointFactory, DeclarationPageFactory
from tests.factories.events import PanelPageFactory, WorkshopPageFactory
from tests.factories.media import (
    CaptionTrackFactory,
    MediaFileFactory,
    MediaRenditionFactory,
    RecordingIndexPageFactory,
    RecordingPageFactory,
)
from tests.factories.network import (
    CountryFactory,
    CountryStatusEventFactory,
    OrganisationFactory,
    PersonFactory,
)
from tests.factories.news import NewsIndexPageFactory, NewsPageFactory
from tests.factories.upr import (
    RecommendationFactory,
    RecommendationIndexPageFactory,
    recommendations_database,
)

__all__ = [
    "MINIMAL_PDF",
    "ActionPointFactory",
    "BriefDocumentFactory",
    "BriefIndexPageFactory",
    "BriefPageFactory",
    "CaptionTrackFactory",
    "CountryFactory",
    "CountryStatusEventFactory",
    "DeclarationPageFactory",
    "DocumentFactory",
    "FooterTextFactory",
    "HubPageFactory",
    "ImageFactory",
    "MediaFileFactory",
    "MediaRenditionFactory",
    "NewsIndexPageFactory",
    "NewsPageFactory",
    "OrganisationFactory",
    "PanelPageFactory",
    "PersonFactory",
    "RecommendationFactory",
    "RecommendationIndexPageFactory",
    "RecordingIndexPageFactory",
    "RecordingPageFactory",
    "StandardPageFactory",
    "TopicFactory",
    "WorkshopPageFactory",
    "home",
    "recommendations_database",
    "spanish",
]
