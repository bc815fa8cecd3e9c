"""Addresses of the predecessor site (nhritortureprevention.org and its Spanish mirror
es.nhritortureprevention.org, same paths), sent permanently to the pages that now hold
that content. Source of the paths: ../shared/reference/latam-opcat-facts.md.

`install_redirects()` writes them as Wagtail redirects (editors see and change them in
Settings → Redirects), each to a page, so they follow the page when it moves. The
English site's addresses go to English pages; on the Spanish mirror's host,
`SpanishMirrorRedirectMiddleware` sends the same paths to the Spanish translations.
"""

from django.http import HttpResponsePermanentRedirect

from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Locale, Page

SPANISH_MIRROR_HOSTS = ("es.nhritortureprevention.org",)

# Old path → the page (by its English URL path under the home page) that now holds it.
LEGACY_PATHS = {
    "/project-overview/": "about/",
    "/project-overview/project-synopsis/": "about/",
    "/events/": "buenos-aires-workshop-2011/",
    "/events/buenos-aires-workshop-december-2011/": "buenos-aires-workshop-2011/",
    "/events/buenos-aires-workshop-december-2011/workshop-outline/": "buenos-aires-workshop-2011/",
    "/un-resources/": "countries/",
    "/un-resources/cat-and-the-un-overview/cat-recommendations-country-specific/": "countries/",
    "/un-resources/opcat-overview/opcat-and-the-paris-principles/": "network/",
    "/un-resources/opcat-overview/un-sub-committee-for-the-prevention-of-torture/": "countries/",
    "/nhris/": "network/",
    "/nhris/latin-america/": "network/",
    "/nhris/overview/nhris-and-international-human-rights-standards/": "network/",
    "/forthcoming-visits-by-spt-to-argentina-and-honduras-april-and-may-2012/": "news/",
    "/the-subcommittee-on-prevention-of-torture-2012-visits-to-latin-america/": "news/spt-visit-argentina-2012/",
}


def _english_page(suffix):
    home = Page.objects.filter(depth=2, locale__language_code="en").first()
    if home is None:
        return None
    return Page.objects.filter(url_path=home.url_path + suffix, locale=home.locale).first()


def install_redirects():
    """Create or correct the redirects; returns {"created", "updated", "skipped", "missing"}."""
    counts = {"created": 0, "updated": 0, "skipped": 0, "missing": []}
    for old_path, suffix in LEGACY_PATHS.items():
        page = _english_page(suffix)
        if page is None:
            counts["missing"].append(f"{old_path} → {suffix}")
            continue
        redirect, created = Redirect.objects.get_or_create(
            old_path=Redirect.normalise_path(old_path),
            site=None,
            defaults={"redirect_page": page, "is_permanent": True},
        )
        if created:
            counts["created"] += 1
        elif redirect.redirect_page_id != page.pk or not redirect.is_permanent:
            redirect.redirect_page, redirect.is_permanent = page, True
            redirect.save()
            counts["updated"] += 1
        else:
            counts["skipped"] += 1
    return counts


class SpanishMirrorRedirectMiddleware:
    """On the old Spanish mirror's host, a redirected path lands on the Spanish page."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.get_host().split(":")[0] in SPANISH_MIRROR_HOSTS:
            redirect = (
                Redirect.objects.filter(old_path=Redirect.normalise_path(request.path), site=None)
                .select_related("redirect_page")
                .first()
            )
            if redirect is not None and redirect.redirect_page is not None:
                spanish = redirect.redirect_page.get_translation_or_none(
                    Locale.objects.get(language_code="es")
                )
                target = (spanish or redirect.redirect_page).specific
                return HttpResponsePermanentRedirect(target.get_url(request))
        return self.get_response(request)
