"""A sitemap of every live page in every locale, with hreflang alternates.

Wagtail's own generator walks only the default site's tree (one locale); this one walks
the site root's translations and links each page to its translations.
"""

from collections import defaultdict
from functools import reduce
from operator import or_

from django.contrib.sitemaps import Sitemap
from django.contrib.sitemaps.views import sitemap as django_sitemap
from django.db.models import Q
from django.views.decorators.cache import cache_control

from wagtail.models import Page, Site

from hub.core.utils import absolute_url


class HubSitemap(Sitemap):
    limit = 5000

    def __init__(self, request):
        self.request = request
        self._alternates = None

    def items(self):
        site = Site.find_for_request(self.request) or Site.objects.get(is_default_site=True)
        roots = site.root_page.get_translations(inclusive=True)
        in_site = reduce(or_, (Q(path__startswith=root.path) for root in roots))
        return list(
            Page.objects.filter(in_site).live().public().select_related("locale").order_by("path")
        )

    def location(self, page):
        return absolute_url(self.request, page)

    def lastmod(self, page):
        return page.last_published_at or page.latest_revision_created_at

    def _alternates_for(self, page):
        if self._alternates is None:
            self._alternates = defaultdict(list)
            for item in self.paginator.object_list:
                self._alternates[item.translation_key].append(
                    {"lang_code": item.locale.language_code, "location": self.location(item)}
                )
        return self._alternates[page.translation_key]

    def _urls(self, page, protocol, domain):
        urls = []
        for item in self.paginator.page(page).object_list:
            alternates = self._alternates_for(item)
            urls.append(self._entry(item, self.location(item), alternates, ""))
            # Routable pages (country profiles) list the sub-pages they serve.
            subpaths = getattr(item.specific_deferred, "sitemap_subpaths", None)
            for subpath in subpaths() if subpaths else []:
                urls.append(self._entry(item, self.location(item) + subpath, alternates, subpath))
        return urls

    def _entry(self, item, location, alternates, subpath):
        return {
            "item": item,
            "location": location,
            "lastmod": self.lastmod(item),
            "alternates": [
                {"lang_code": alt["lang_code"], "location": alt["location"] + subpath}
                for alt in alternates
            ]
            if len(alternates) > 1
            else [],
        }


@cache_control(max_age=3600, public=True)
def sitemap_view(request):
    return django_sitemap(request, sitemaps={"pages": HubSitemap(request)})
