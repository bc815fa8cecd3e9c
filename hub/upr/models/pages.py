"""The public recommendations database: a listing with filters and exports, and a
permalink per recommendation (`RecommendationIndexPage`, one per locale)."""

from django.db import models
from django.http import Http404, JsonResponse
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.search import index

from hub.core.api import BadRequest, query_values
from hub.core.models import BasePage
from hub.core.utils import paginate
from hub.upr.exports import export_response
from hub.upr.filters import EXPORT_FORMATS, ExportQuery, RecommendationFilters
from hub.upr.models.recommendations import Recommendation

# The official record of a UN document, found by its symbol (the UN's own resolver).
UN_DOCUMENT_URL = "https://undocs.org/{language}/{symbol}"


class RecommendationIndexPage(RoutablePageMixin, BasePage):
    """Every recommendation on record (all mechanisms), filtered, searched, exported; each
    at `<id>/` with its source document. `?format=csv|xlsx|json` downloads the filtered
    set; a filter the export cannot read answers 400 rather than a larger file."""

    introduction = models.TextField(_("introduction"), blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("introduction")]
    search_fields = BasePage.search_fields + [index.SearchField("introduction")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    template = "upr/recommendation_index_page.html"
    per_page = 25

    class Meta:
        verbose_name = _("recommendations database")

    @path("")
    def listing(self, request):
        if "format" in request.GET:
            return self.export(request)
        countries = Recommendation.objects.order_by().values_list("country", flat=True).distinct()
        filters = RecommendationFilters(
            request.GET, countries=countries, themes=Recommendation.themes_on_record()
        )
        items = paginate(
            filters.filter(Recommendation.objects.all()), request, per_page=self.per_page
        )
        query = filters.query
        return self.render(
            request,
            context_overrides={
                "filters": filters,
                "items": items,
                "exports": [
                    {"format": code, "label": label, "url": f"?format={code}{query}"}
                    for code, label in EXPORT_FORMATS
                ],
            },
        )

    def export(self, request):
        form = ExportQuery(request.GET, themes=Recommendation.themes_on_record())
        try:
            values = query_values(form)
        except BadRequest as exc:
            return JsonResponse({"error": str(exc)}, status=400)
        queryset = form.filter(Recommendation.objects.all())
        return export_response(queryset, values["format"], values["country"])

    @path("<int:pk>/")
    def recommendation(self, request, pk):
        recommendation = Recommendation.objects.filter(pk=pk).first()
        if recommendation is None:
            raise Http404("No such recommendation.")
        language = self.locale.language_code
        documents = [
            {"symbol": symbol, "url": UN_DOCUMENT_URL.format(language=language, symbol=symbol)}
            for symbol in filter(
                None, (s.strip() for s in recommendation.document_symbol.split(";"))
            )
        ]
        return TemplateResponse(
            request,
            "upr/recommendation_page.html",
            {
                "page": self,
                "self": self,
                "item": recommendation,
                "documents": documents,
                "listing_url": self.get_url(request),
            },
        )

    def sitemap_subpaths(self):
        """Every recommendation's permalink, with when its row last changed (one query)."""
        rows = Recommendation.objects.order_by("pk").values_list("pk", "updated_at")
        return [
            (self.reverse_subpage("recommendation", args=[pk]), changed) for pk, changed in rows
        ]

    def recommendation_url(self, recommendation, request=None):
        return self.get_url(request) + self.reverse_subpage(
            "recommendation", args=[recommendation.pk]
        )
