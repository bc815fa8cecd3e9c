from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from home.models import HomePage
from hub.briefs.models import BriefIndexPage, BriefPage
from hub.core.models import StandardPage
from hub.declaration.models import DeclarationPage
from hub.engage.models import ContactPage, NewsletterPage
from hub.events.models import PanelPage, WorkshopPage
from hub.network.models import CountryIndexPage, NetworkPage
from hub.news.models import NewsIndexPage, NewsPage
from media_library.models import RecordingIndexPage, RecordingPage


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
                RecordingIndexPage,
                WorkshopPage,
                BriefIndexPage,
                DeclarationPage,
                NewsletterPage,
                ContactPage,
            },
        )

    def test_form_pages_are_single_children_of_home(self):
        home = HomePage.objects.get(locale__language_code="es")
        for model in (NewsletterPage, ContactPage):
            self.assertAllowedParentPageTypes(model, {HomePage})
            self.assertAllowedSubpageTypes(model, set())
            self.assertTrue(model.objects.child_of(home).exists())
            self.assertFalse(model.can_create_at(home))

    def test_network_pages_are_single_children_of_home(self):
        home = HomePage.objects.get(locale__language_code="es")
        for model in (CountryIndexPage, NetworkPage):
            self.assertAllowedParentPageTypes(model, {HomePage})
            self.assertAllowedSubpageTypes(model, set())
            self.assertFalse(model.can_create_at(home))

    def test_standard_pages_nest_under_home_or_each_other(self):
        self.assertAllowedParentPageTypes(StandardPage, {HomePage, StandardPage})
        self.assertAllowedSubpageTypes(StandardPage, {StandardPage})

    def test_news_lives_only_in_its_index(self):
        self.assertAllowedParentPageTypes(NewsIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(NewsIndexPage, {NewsPage})
        self.assertAllowedParentPageTypes(NewsPage, {NewsIndexPage})
        self.assertAllowedSubpageTypes(NewsPage, set())

    def test_one_news_index_per_home(self):
        home = HomePage.objects.get(locale__language_code="es")
        self.assertTrue(NewsIndexPage.objects.child_of(home).exists())
        self.assertFalse(NewsIndexPage.can_create_at(home))

    def test_news_cannot_be_created_at_home(self):
        self.assertCanNotCreateAt(HomePage, NewsPage)
        self.assertCanCreateAt(NewsIndexPage, NewsPage)
        self.assertCanCreateAt(HomePage, StandardPage)


class RecordingTreeTests(WagtailPageTestCase):
    def test_recordings_live_in_their_index(self):
        self.assertAllowedParentPageTypes(RecordingIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(RecordingIndexPage, {RecordingPage})
        self.assertAllowedParentPageTypes(RecordingPage, {RecordingIndexPage})
        self.assertAllowedSubpageTypes(RecordingPage, set())


class WorkshopAndBriefTreeTests(WagtailPageTestCase):
    def test_panels_live_in_workshops_and_briefs_in_their_index(self):
        self.assertAllowedParentPageTypes(WorkshopPage, {HomePage})
        self.assertAllowedSubpageTypes(WorkshopPage, {PanelPage, DeclarationPage})
        self.assertAllowedParentPageTypes(PanelPage, {WorkshopPage})
        self.assertAllowedParentPageTypes(BriefIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(BriefIndexPage, {BriefPage})
        self.assertAllowedParentPageTypes(BriefPage, {BriefIndexPage})
