"""The regional overview with its country profiles, and the network directory."""

import datetime

from django.db import models
from django.http import Http404
from django.template.response import TemplateResponse
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.search import index

from hub.core.models import BasePage
from hub.core.utils import active_locale, paginate
from hub.network import status as statuses
from hub.network.filters import DirectoryFilters, StatusDateForm
from hub.network.models.countries import Country
from hub.network.models.organisations import Organisation, OrganisationKind
from hub.network.models.people import Person


class CountryIndexPage(RoutablePageMixin, BasePage):
    """The regional overview (map, table, date control) and a profile per country."""

    introduction = models.TextField(_("introduction"), blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("introduction")]
    search_fields = BasePage.search_fields + [index.SearchField("introduction")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    template = "network/country_index_page.html"

    class Meta:
        verbose_name = _("countries overview")

    def countries(self):

        return (
            Country.objects.live()
            .filter(locale=active_locale())
            .prefetch_related("events")
            .order_by("name")
        )

    def status_map(self, request, on):
        """Each country's status on `on` with its profile's address (`rows`), those the
        map can draw with their shape (`map_rows`), and the legend with its counts."""
        base_url = self.get_url(request)
        rows = [
            {
                "country": country,
                "status": statuses.status_on(country.timeline(), on),
                "url": f"{base_url}{country.iso_code.lower()}/",
            }
            for country in self.countries()
        ]
        shapes = map_geometry().get("countries", {})
        map_rows = [
            {**row, "d": shapes[row["country"].iso_code]["d"]}
            for row in rows
            if row["country"].iso_code in shapes
        ]
        counts = {key: 0 for key in statuses.CATEGORIES}
        for row in rows:
            counts[row["status"].category] += 1
        legend = [
            {"key": key, "label": label, "count": counts[key]}
            for key, label in statuses.CATEGORIES.items()
        ]
        return rows, map_rows, legend

    @path("")
    def overview(self, request):
        date_form = StatusDateForm(request.GET)
        on = date_form.date
        rows, map_rows, legend = self.status_map(request, on)
        last_updated = max((row["country"].status_updated_on for row in rows), default=None)
        return self.render(
            request,
            context_overrides={
                "rows": rows,
                "on": on,
                "date_form": date_form,
                "legend": legend,
                "last_updated": last_updated,
                "map": map_geometry(),
                "map_rows": map_rows,
                "year_range": range(statuses.FIRST_MAP_YEAR, datetime.date.today().year + 1),
            },
        )

    @re_path(r"^(?P<iso>[A-Za-z]{2})/$")
    def profile(self, request, iso):

        country = (
            Country.objects.live()
            .filter(locale=active_locale(), iso_code=iso.upper())
            .prefetch_related("events")
            .first()
        )
        if country is None:
            raise Http404("No such country.")
        on = datetime.date.today()
        timeline = country.timeline()
        organisations = (
            Organisation.objects.live()
            .filter(locale=active_locale(), country_code=country.iso_code)
            .order_by("kind", "name")
        )
        people = (
            Person.objects.live()
            .filter(locale=active_locale(), country_code=country.iso_code)
            .select_related("photo")
            .order_by("name")
        )
        return TemplateResponse(
            request,
            "network/country_profile.html",
            {
                "page": self,
                "self": self,
                "country": country,
                "profile_description": _(
                    "%(name)s: OPCAT and national preventive mechanism timeline, UPR reviews "
                    "and recommendations, institutions and people."
                )
                % {"name": country.name},
                "status": statuses.status_on(timeline, on),
                "timeline": timeline,
                "nhri": next((o for o in organisations if o.kind == "nhri"), None),
                "npm": next((o for o in organisations if o.is_npm), None),
                "organisations": organisations,
                "people": people,
                "recommendations": recommendations_for(country.iso_code, request),
                "on": on,
            },
        )

    def sitemap_subpaths(self):
        """The profiles' paths below this page, the same in every locale."""

        codes = (
            Country.objects.live()
            .filter(locale_id=self.locale_id)
            .values_list("iso_code", flat=True)
        )
        return [f"{code.lower()}/" for code in sorted(codes)]

    def profile_url(self, iso, request=None):
        return self.get_url(request) + self.reverse_subpage("profile", args=[iso.lower()])

    def profile_urls(self, request=None):
        """{ISO code: its profile's address} of every country with a live profile here."""
        codes = (
            Country.objects.live()
            .filter(locale_id=self.locale_id)
            .values_list("iso_code", flat=True)
        )
        return {code: self.profile_url(code, request) for code in codes}


def recommendations_for(iso_code, request, limit=20):
    """The recommendations to the country, newest cycle first (counted only when there are
    more than `limit`), and the address of the public database filtered to it (if hub.upr
    has them; the database page is kept with the page frame)."""
    from django.apps import apps

    from hub.core.page_frame import kept
    from search.contract import live_page

    if not apps.is_installed("hub.upr"):
        return []
    try:
        Recommendation = apps.get_model("upr", "Recommendation")
    except LookupError:
        return []
    queryset = Recommendation.objects.filter(country=iso_code).order_by("-cycle", "-session", "pk")
    items = list(queryset[:limit])
    locale = active_locale()
    database = kept(
        request,
        ("live page", "upr.RecommendationIndexPage", locale.pk),
        lambda: live_page("upr.RecommendationIndexPage", locale),
    )
    return {
        "count": len(items) if len(items) < limit else queryset.count(),
        "items": items,
        "database": database,
        "database_url": f"{database.get_url(request)}?country={iso_code}" if database else "",
    }


_geometry = None


def map_geometry():
    """The committed map geometry (static/img/latam-map.json), read once per process."""
    global _geometry
    if _geometry is None:
        import json

        from django.conf import settings

        source = settings.BASE_DIR / "static" / "img" / "latam-map.json"
        _geometry = json.loads(source.read_text()) if source.exists() else {}
    return _geometry


class NetworkPage(BasePage):
    """The directory: organisations and people, filtered by country and kind, searched."""

    introduction = models.TextField(_("introduction"), blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("introduction")]
    search_fields = BasePage.search_fields + [index.SearchField("introduction")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    template = "network/network_page.html"
    per_page = 30

    class Meta:
        verbose_name = _("network directory")

    def entry_url(self, name, country_code, anchor):
        """The directory filtered down to one entry, scrolled to it (search results)."""
        query = {"country": country_code, "q": name} if country_code else {"q": name}
        return f"{self.get_url()}?{urlencode(query)}#{anchor}"

    def get_context(self, request, *args, **kwargs):

        context = super().get_context(request, *args, **kwargs)
        locale = active_locale()
        filters = DirectoryFilters(
            request.GET,
            countries=Country.objects.live().filter(locale=locale).order_by("name"),
            kinds=OrganisationKind.choices,
        )
        organisations = filters.organisations(Organisation.objects.live().filter(locale=locale))
        people = filters.people(
            Person.objects.live().filter(locale=locale).select_related("organisation")
        )
        context.update(
            {
                "organisations": paginate(
                    organisations.order_by("name"), request, "opage", self.per_page
                ),
                "people": paginate(people.order_by("name"), request, "ppage", self.per_page),
                "filters": filters,
            }
        )
        return context
