from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.search import index

from hub.core.blocks import BodyBlock
from hub.core.models import BasePage
from hub.core.utils import public_pages


class HomePage(BasePage):
    """The front page of one locale: the hub's purpose, where to go, the latest news."""

    hero_heading = models.CharField(_("heading"), max_length=255)
    hero_text = models.TextField(_("introduction"), blank=True)
    hero_image = models.ForeignKey(
        "core.HubImage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("image"),
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [FieldPanel("hero_heading"), FieldPanel("hero_text"), FieldPanel("hero_image")],
            heading=_("Introduction"),
        ),
        FieldPanel("body"),
    ]
    api_fields = BasePage.api_fields + [
        APIField("hero_heading"),
        APIField("hero_text"),
        APIField("hero_image"),
        APIField("body"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("hero_heading", boost=2),
        index.SearchField("hero_text"),
        index.SearchField("body"),
    ]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "core.StandardPage",
        "news.NewsIndexPage",
        "network.CountryIndexPage",
        "network.NetworkPage",
        "upr.RecommendationIndexPage",
        "media_library.RecordingIndexPage",
        "events.WorkshopPage",
        "briefs.BriefIndexPage",
        "declaration.DeclarationPage",
        "engage.NewsletterPage",
        "engage.ContactPage",
    ]
    template = "home/home_page.html"

    class Meta:
        verbose_name = _("home page")

    def get_share_image(self):
        return super().get_share_image() or self.hero_image

    def get_context(self, request, *args, **kwargs):
        from hub.declaration.models import DeclarationPage
        from hub.news.models import NewsPage

        context = super().get_context(request, *args, **kwargs)
        context["latest_news"] = (
            public_pages(NewsPage.objects.live().descendant_of(self))
            .select_related("lead_image")
            .prefetch_related("lead_image__renditions")
            .order_by("-date", "-pk")[:3]
        )
        # The home of the project's third objective: the joint declaration, wherever it
        # sits in this language's tree (in the demo, under the workshop).
        context["declaration"] = (
            public_pages(DeclarationPage.objects.live().descendant_of(self), request)
            .order_by("path")
            .first()
        )
        context["status_map"] = self.status_map(request)
        return context

    def status_map(self, request):
        """The hero: today's map of the countries by OPCAT and NPM status, from the
        language's country overview (None without one)."""
        from hub.network.models import CountryIndexPage
        from hub.network.models.pages import map_geometry

        overview = CountryIndexPage.objects.live().descendant_of(self).first()
        if overview is None or not map_geometry().get("countries"):
            return None
        today = timezone.localdate()
        _rows, map_rows, legend = overview.status_map(request, today)
        return {
            "map": map_geometry(),
            "map_rows": map_rows,
            "legend": [item for item in legend if item["count"]],
            "on": today,
            "url": overview.get_url(request),
        }
