"""Briefs (papers written for the panels) and their index."""

from urllib.parse import urlencode

from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Orderable
from wagtail.search import index

from hub.core.countries import COUNTRY_CHOICES, country_name
from hub.core.licences import LICENCE_URLS, Licence
from hub.core.models import AuthorsAndTopics, BasePage, names_field
from hub.core.routing import file_route
from hub.core.utils import language_of, paginate, public_pages
from hub.stats.panels import CountsPanel
from search.contract import live_page
from search.pages import SearchablePage


class BriefIndexPage(BasePage):
    introduction = models.TextField(_("introduction"), blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("introduction")]
    api_fields = BasePage.api_fields + [APIField("introduction")]
    search_fields = BasePage.search_fields + [index.SearchField("introduction")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["briefs.BriefPage"]
    max_count_per_parent = 1
    template = "briefs/brief_index_page.html"
    per_page = 20

    class Meta:
        verbose_name = _("briefs index")

    def all_briefs(self):
        """Briefs of every language; a translated brief once, in this index's language."""
        indexes = self.get_translations(inclusive=True)
        in_any_index = models.Q()
        for index_page in indexes:
            in_any_index |= models.Q(path__startswith=index_page.path, depth=index_page.depth + 1)
        briefs = public_pages(BriefPage.objects.live()).filter(in_any_index)
        translated_here = briefs.filter(locale_id=self.locale_id).values("translation_key")
        return briefs.exclude(
            models.Q(translation_key__in=translated_here) & ~models.Q(locale_id=self.locale_id)
        )

    def get_context(self, request, *args, **kwargs):
        from hub.briefs.filters import BriefFilters
        from hub.core.models import Topic
        from hub.events.models import PanelPage

        context = super().get_context(request, *args, **kwargs)
        all_briefs = self.all_briefs()
        filters = BriefFilters(
            request.GET,
            panels=PanelPage.objects.live().filter(locale_id=self.locale_id).order_by("number"),
            topics=Topic.objects.live().filter(locale_id=self.locale_id).order_by("name"),
            briefs=all_briefs,
            country_codes=BriefCountry.objects.filter(page__in=all_briefs).values_list(
                "country_code", flat=True
            ),
        )
        briefs = filters.filter(all_briefs.select_related("document", "panel", "locale"))
        context.update(
            {
                "items": paginate(briefs, request, per_page=self.per_page),
                "filters": filters,
            }
        )
        return context


class BriefPage(SearchablePage, RoutablePageMixin, AuthorsAndTopics, BasePage):
    """A brief. It lives in the locale tree of its language; editors may translate its page.
    It offers its citation as ``cite.bib`` and ``cite.ris`` beside its address."""

    abstract = models.TextField(_("abstract"))
    document = models.ForeignKey(
        "core.HubDocument",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("document"),
        help_text=_("The brief itself: PDF, DOCX or ODT."),
    )
    publication_date = models.DateField(_("publication date"))
    panel = models.ForeignKey(
        "events.PanelPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("written for the panel"),
    )
    licence = models.CharField(
        _("licence"), max_length=30, choices=Licence.choices, default=Licence.CC_BY
    )
    source_file = models.CharField(
        max_length=255, blank=True, editable=False, help_text="The file name it was imported from."
    )
    is_sample = models.BooleanField(_("sample brief"), default=False)

    content_panels = BasePage.content_panels + [
        FieldPanel("abstract"),
        FieldPanel("document"),
        FieldPanel("publication_date"),
        FieldPanel("panel"),
        MultiFieldPanel(
            [
                InlinePanel("authors", label=_("Author")),
                InlinePanel("topics", label=_("Topic")),
                InlinePanel("countries", label=_("Country")),
            ],
            heading=_("Authors, topics and countries"),
        ),
        FieldPanel("licence"),
        FieldPanel("is_sample"),
        CountsPanel(heading=_("Downloads")),
    ]
    api_fields = BasePage.api_fields + [
        APIField("abstract"),
        APIField("publication_date"),
        APIField("document"),
        APIField("licence"),
        APIField("is_sample"),
        APIField("authors", serializer=names_field("author_names")),
        APIField("topics", serializer=names_field("topic_names")),
        APIField("countries", serializer=names_field("country_codes")),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("abstract", boost=2),
        index.RelatedFields("document", [index.SearchField("extracted_text")]),
        index.RelatedFields(
            "authors", [index.RelatedFields("person", [index.SearchField("name")])]
        ),
        index.FilterField("publication_date"),
    ]
    parent_page_types = ["briefs.BriefIndexPage"]
    subpage_types = []
    template = "briefs/brief_page.html"
    routed_with = ("document",)

    class Meta:
        verbose_name = _("brief")
        verbose_name_plural = _("briefs")

    @property
    def summary(self):
        return self.listing_summary or self.abstract

    @property
    def licence_url(self):
        return LICENCE_URLS.get(self.licence, "")

    @property
    def language(self):
        return language_of(self)

    open_graph_type = "article"

    @property
    def published_date(self):
        return self.publication_date

    # Its search document: the brief's own text is in its document, in that language.
    search_kind = "brief"
    search_kind_label = _("Brief")
    search_weight = 1.5
    search_files = ("document",)

    def content_date(self):
        return self.publication_date

    def search_facets(self):
        return {
            "topics": self.topic_slugs(),
            "countries": [link.country_code for link in self.countries.all()],
            "panel": str(self.panel.translation_key) if self.panel_id else "",
        }

    def get_context(self, request, *args, **kwargs):
        from hub.briefs import citations
        from hub.core.sharing import publisher
        from hub.core.utils import absolute_url, json_ld_text

        context = super().get_context(request, *args, **kwargs)
        url = absolute_url(request, self)
        context["citation"] = citations.formatted(self, url)
        data = {
            "@context": "https://schema.org",
            "@type": "ScholarlyArticle",
            "headline": self.title[:110],
            "name": self.title,
            "abstract": self.abstract,
            "datePublished": self.publication_date.isoformat(),
            "inLanguage": self.language,
            "author": [{"@type": "Person", "name": p.name} for p in self.author_people()],
            "publisher": publisher(request),
            "url": url,
        }
        if self.document:
            data["encoding"] = {
                "@type": "MediaObject",
                "contentUrl": request.build_absolute_uri(self.document.url),
                "encodingFormat": self.document.content_type,
            }
        if self.licence_url:
            data["license"] = self.licence_url
        context["json_ld_text"] = json_ld_text(data)
        context.update(self.filter_links(request))
        context["panel"] = self.panel_here(request)
        return context

    def filter_links(self, request):
        """Its topics, each with the briefs index filtered to it, and its countries, each
        with its country profile where the site has one: [(name, address or None)]."""
        index = self.parent_as(BriefIndexPage)
        index_url = index.get_url(request) if index else None
        topics = [
            (topic.name, f"{index_url}?{urlencode({'topic': topic.slug})}" if index_url else None)
            for topic in self.topic_list()
        ]
        countries = self.country_list()
        profiles = self.country_profiles(request) if countries else {}
        return {
            "topic_links": topics,
            "country_links": [(name, profiles.get(code.upper())) for code, name in countries],
        }

    def country_profiles(self, request):
        """{ISO code: profile address} of the countries with a profile in the brief's
        language: the same for every brief, kept until content changes."""
        from hub.core.page_frame import kept

        def build():
            country_index = live_page("network.CountryIndexPage", self.locale)
            return country_index.profile_urls(request) if country_index else {}

        return kept(request, ("country profiles", self.locale_id), build)

    @file_route(r"cite\.(?P<fmt>bib|ris)", name="citation")
    def citation(self, request, fmt):
        from hub.briefs import citations
        from hub.core.utils import absolute_url

        return citations.download(self, absolute_url(request, self), fmt)

    def panel_here(self, request):
        """The panel the brief was written for, in the visitor's language where it is live
        (kept until content changes)."""
        from hub.core.page_frame import kept
        from hub.core.utils import active_locale
        from hub.events.models import PanelPage

        def build():
            same_panel = PanelPage.objects.filter(pk=self.panel_id).values("translation_key")
            here = (
                PanelPage.objects.live()
                .filter(locale=active_locale(), translation_key__in=same_panel)
                .first()
            )
            return here or self.panel

        if self.panel_id is None:
            return None
        return kept(request, ("panel", self.panel_id), build)

    def country_codes(self):
        return [code for code, _name in self.country_list()]

    def country_list(self):
        return [
            (item.country_code, country_name(item.country_code)) for item in self.countries.all()
        ]


class BriefAuthor(Orderable):
    page = ParentalKey(BriefPage, on_delete=models.CASCADE, related_name="authors")
    person = models.ForeignKey("network.Person", on_delete=models.CASCADE, related_name="+")
    panels = [FieldPanel("person")]


class BriefTopic(Orderable):
    page = ParentalKey(BriefPage, on_delete=models.CASCADE, related_name="topics")
    topic = models.ForeignKey("core.Topic", on_delete=models.CASCADE, related_name="+")
    panels = [FieldPanel("topic")]


class BriefCountry(Orderable):
    page = ParentalKey(BriefPage, on_delete=models.CASCADE, related_name="countries")
    country_code = models.CharField(_("country"), max_length=2, choices=COUNTRY_CHOICES)
    panels = [FieldPanel("country_code")]


__all__ = [
    "BriefAuthor",
    "BriefCountry",
    "BriefIndexPage",
    "BriefPage",
    "BriefTopic",
]
