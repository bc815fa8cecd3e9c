"""A sitemap of every live page in every locale, with hreflang alternates.

Wagtail's own generator walks only the default site's tree (one locale); this one walks
the site root's translations and links each page to its translations.

A page's `lastmod` is when what it shows last changed. For a page with a date of its own
(a 2011 workshop, a 2012 news item: `BasePage.content_date`), that is its content date,
unless an editor published it again later (`BasePage.last_edited_at`): then that edit,
whichever is later. The day it was loaded or imported is neither: loading publishes a
page once. A page without a date of its own (a standard page, an index) changed when it
was last published. A sub-page a routable page serves may give its own moment (a
recommendation's permalink: when its row last changed).
"""

from collections import defaultdict
from functools import reduce
from operator import or_

from django.contrib.sitemaps import Sitemap
from django.contrib.sitemaps.views import sitemap as django_sitemap
from django.db.models import Q, prefetch_related_objects
from django.utils import timezone
from django.views.decorators.cache import cache_control

from wagtail.models import Page, Site

from hub.core.models.pages import give_parents
from hub.core.utils import absolute_url


class HubSitemap(Sitemap):
    limit = 5000

    def __init__(self, request):
        self.request = request
        self._alternates = None
        self._pages = None

    def items(self):
        """Every live, public page of the site's trees, as its own type (read once: Django
        asks for them each time it pages through them)."""
        if self._pages is None:
            site = Site.find_for_request(self.request) or Site.objects.get(is_default_site=True)
            roots = site.root_page.get_translations(inclusive=True)
            in_site = reduce(or_, (Q(path__startswith=root.path) for root in roots))
            self._pages = list(
                Page.objects.filter(in_site)
                .live()
                .public()
                .order_by("path")
                .specific()
                .select_related("locale", for_specific_subqueries=True)
            )
            give_parents(self._pages)
            by_type = defaultdict(list)
            for page in self._pages:
                by_type[type(page)].append(page)
            for model, pages in by_type.items():
                prefetch_related_objects(pages, *getattr(model, "content_date_related", ()))
        return self._pages

    def location(self, page):
        return absolute_url(self.request, page)

    def lastmod(self, page):
        """A day (see the module's docstring)."""
        content_date = getattr(page, "content_date", None)
        day = content_date() if content_date else None
        if day is None:
            return _local_day(page.last_published_at or page.latest_revision_created_at)
        edited = getattr(page, "last_edited_at", None)
        return max(day, _local_day(edited)) if edited else day

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
            # Routable pages (country profiles, recommendations) list the sub-pages they
            # serve: a path, or (path, when its content last changed).
            subpaths = getattr(item, "sitemap_subpaths", None)
            for subpath in subpaths() if subpaths else []:
                subpath, changed = subpath if isinstance(subpath, tuple) else (subpath, None)
                urls.append(
                    self._entry(item, self.location(item) + subpath, alternates, subpath, changed)
                )
        return urls

    def _entry(self, item, location, alternates, subpath, changed=None):
        return {
            "item": item,
            "location": location,
            "lastmod": _local_day(changed) if changed else self.lastmod(item),
            "alternates": [
                {"lang_code": alt["lang_code"], "location": alt["location"] + subpath}
                for alt in alternates
            ]
            if len(alternates) > 1
            else [],
        }


def _local_day(moment):
    return timezone.localtime(moment).date() if moment else None


@cache_control(max_age=3600, public=True)
def sitemap_view(request):
    return django_sitemap(request, sitemaps={"pages": HubSitemap(request)})
