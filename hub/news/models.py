from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Orderable
from wagtail.search import index

from hub.core.blocks import BodyBlock
from hub.core.models import AuthorsAndTopics, BasePage, names_field
from hub.core.utils import language_of, paginate, public_pages
from search.pages import SearchablePage


class NewsIndexPage(BasePage):
    introduction = models.TextField(_("introduction"), blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("introduction")]
    api_fields = BasePage.api_fields + [APIField("introduction")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.NewsPage"]
    max_count_per_parent = 1
    template = "news/news_index_page.html"
    per_page = 10

    class Meta:
        verbose_name = _("news index")

    def news_items(self):
        return (
            public_pages(NewsPage.objects.live().child_of(self))
            .select_related("lead_image", "locale")
            .order_by("-date", "-pk")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # The cards' pictures find their renditions loaded with the list (one query).
        items = paginate(
            self.news_items().prefetch_related("lead_image__renditions"),
            request,
            per_page=self.per_page,
        )
        context["items"] = items
        context["paginator"] = items.paginator
        return context


class NewsPageAuthor(Orderable):
    """Synchronised across translations; templates show `person.localized`."""

    page = ParentalKey("news.NewsPage", on_delete=models.CASCADE, related_name="authors")
    person = models.ForeignKey("network.Person", on_delete=models.CASCADE, related_name="+")

    panels = [FieldPanel("person")]


class NewsPageTopic(Orderable):
    page = ParentalKey("news.NewsPage", on_delete=models.CASCADE, related_name="topics")
    topic = models.ForeignKey("core.Topic", on_delete=models.CASCADE, related_name="+")

    panels = [FieldPanel("topic")]


class NewsPage(SearchablePage, AuthorsAndTopics, BasePage):
    date = models.DateField(_("date"), default=timezone.localdate)
    summary_text = models.TextField(
        _("summary"), max_length=600, help_text=_("The gist in two or three sentences.")
    )
    lead_image = models.ForeignKey(
        "core.HubImage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("lead image"),
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = BasePage.content_panels + [
        FieldPanel("date"),
        FieldPanel("summary_text"),
        FieldPanel("lead_image"),
        FieldPanel("body"),
        MultiFieldPanel(
            [InlinePanel("authors", label=_("Author")), InlinePanel("topics", label=_("Topic"))],
            heading=_("Authors and topics"),
        ),
    ]
    api_fields = BasePage.api_fields + [
        APIField("date"),
        APIField("summary_text"),
        APIField("lead_image"),
        APIField("body"),
        APIField("authors", serializer=names_field("author_names")),
        APIField("topics", serializer=names_field("topic_names")),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("summary_text", boost=2),
        index.SearchField("body"),
        index.FilterField("date"),
        index.RelatedFields(
            "authors", [index.RelatedFields("person", [index.SearchField("name")])]
        ),
        index.RelatedFields("topics", [index.RelatedFields("topic", [index.SearchField("name")])]),
    ]

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []
    template = "news/news_page.html"
    routed_with = ("lead_image",)

    class Meta:
        verbose_name = _("news item")
        verbose_name_plural = _("news items")

    open_graph_type = "article"
    search_kind = "news"
    search_kind_label = _("News")
    search_weight = 1.2

    @property
    def summary(self):
        return self.listing_summary or self.summary_text

    def content_date(self):
        return self.date

    def search_facets(self):
        return {"topics": self.topic_slugs()}

    @property
    def published_date(self):
        return self.date

    def get_share_image(self):
        return super().get_share_image() or self.lead_image

    def get_context(self, request, *args, **kwargs):
        from hub.core.utils import json_ld_text

        context = super().get_context(request, *args, **kwargs)
        context["json_ld_text"] = json_ld_text(self.structured_data(request))
        return context

    def structured_data(self, request):
        """schema.org NewsArticle."""
        from hub.core.models.pages import SHARE_RENDITION
        from hub.core.sharing import publisher
        from hub.core.utils import absolute_url

        url = absolute_url(request, self)
        data = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": self.title[:110],
            "description": self.summary_text,
            "datePublished": self.date.isoformat(),
            "inLanguage": language_of(self),
            "mainEntityOfPage": url,
            "url": url,
            "author": [{"@type": "Person", "name": p.name} for p in self.author_people()],
            "publisher": publisher(request),
        }
        if self.last_edited_at:  # an editor's change, not the day it was loaded
            data["dateModified"] = self.last_edited_at.isoformat()
        image = self.get_share_image()
        if image is not None:
            data["image"] = request.build_absolute_uri(image.get_rendition(SHARE_RENDITION).url)
        return data
