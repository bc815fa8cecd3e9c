"""The shape of each locale's tree: what a home holds, where standard pages go. (Each app's
own pages: the tree tests in tests/<app>/.)"""

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from home.models import HomePage
from hub.briefs.models import BriefIndexPage
from hub.core.models import StandardPage
from hub.declaration.models import DeclarationPage
from hub.engage.models import ContactPage, NewsletterPage
from hub.events.models import WorkshopPage
from hub.network.models import CountryIndexPage, NetworkPage
from hub.news.models import NewsIndexPage
from hub.upr.models import RecommendationIndexPage
from media_library.models import RecordingIndexPage


class TreeRulesTests(WagtailPageTestCase):
    def test_home_pages_sit_under_the_root(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertAllowedSubpageTypes(
            HomePage,
            {
                StandardPage,
                NewsIndexPage,
                CountryIndexPage,
                NetworkPage,
                RecommendationIndexPage,
                RecordingIndexPage,
                WorkshopPage,
                BriefIndexPage,
                DeclarationPage,
                NewsletterPage,
                ContactPage,
            },
        )

    def test_standard_pages_nest_under_home_or_each_other(self):
        self.assertAllowedParentPageTypes(StandardPage, {HomePage, StandardPage})
        self.assertAllowedSubpageTypes(StandardPage, {StandardPage})
