"""What a page says about itself to link previews and search engines.

Open Graph and Twitter card tags (`social_meta`), and the schema.org graph every page
carries (`site_graph`): the organisation and the site with its search on the home page,
the breadcrumb trail everywhere else. Page types add their own schema.org object
(NewsArticle, ScholarlyArticle, Event, VideoObject…) in `components/structured_data.html`.
"""

from django.conf import settings
from django.templatetags.static import static
from django.urls import reverse
from django.utils import translation

from wagtail.models import Page

from hub.core.models.pages import SHARE_RENDITION
from hub.core.utils import absolute_url, canonical_address

SHARE_SIZE = (1200, 630)


def share_image(page):
    """The image a page is shared with: its own (`get_share_image`), else none."""
    getter = getattr(page, "get_share_image", None)
    return getter() if getter else None


def social_meta(request, page=None, title="", description=""):
    """The values of the Open Graph and Twitter card tags for a page or another view."""
    site_name = str(settings.WAGTAIL_SITE_NAME)
    language = translation.get_language()
    meta = {
        "site_name": site_name,
        "locale": settings.OPEN_GRAPH_LOCALES.get(language, language),
        "alternate_locales": [
            settings.OPEN_GRAPH_LOCALES.get(code, code)
            for code, _name in settings.LANGUAGES
            if code != language
        ],
        "type": "website",
        "title": title or site_name,
        "description": description,
        "url": request.build_absolute_uri(request.path),
    }
    if isinstance(page, Page):
        meta.update(
            {
                "type": getattr(page, "open_graph_type", "website"),
                # A locale's home is the site itself: it is shared under the site's name.
                "title": title or page.seo_title or (site_name if page.depth <= 2 else page.title),
                "description": description or page.get_meta_description(),
                "url": canonical_address(request, page),
            }
        )
        published = getattr(page, "published_date", None)
        if published:
            meta["published_time"] = published.isoformat()
    image = share_image(page) if isinstance(page, Page) else None
    if image is not None:
        rendition = image.get_rendition(SHARE_RENDITION)
        meta["image"] = {
            "url": request.build_absolute_uri(rendition.url),
            "type": "image/jpeg",
            "width": rendition.width,
            "height": rendition.height,
            "alt": image.alt_text,
        }
    else:
        meta["image"] = {
            "url": request.build_absolute_uri(static(f"img/share-card-{language}.png")),
            "type": "image/png",
            "width": SHARE_SIZE[0],
            "height": SHARE_SIZE[1],
            "alt": site_name,
        }
    return meta


def organisation(request, home):
    """schema.org Organization: the network behind the site."""
    from hub.core.models import SiteSettings

    site_settings = SiteSettings.for_request(request)
    data = {
        "@type": "Organization",
        "@id": absolute_url(request, home) + "#organisation",
        "name": site_settings.organisation_name,
        "url": absolute_url(request, home),
        "logo": request.build_absolute_uri(static("img/podcast-cover.png")),
    }
    same_as = [url for _label, url in site_settings.social_links]
    if same_as:
        data["sameAs"] = same_as
    if site_settings.contact_email:
        data["email"] = site_settings.contact_email
    return data


def publisher(request):
    """schema.org Organization publishing an article: the network, as on the home page."""
    from hub.core.models import SiteSettings

    return {
        "@type": "Organization",
        "name": SiteSettings.for_request(request).organisation_name,
        "url": request.build_absolute_uri("/"),
        "logo": request.build_absolute_uri(static("img/podcast-cover.png")),
    }


def website(request, home):
    """schema.org WebSite with its SearchAction (the sitelinks search box)."""
    home_url = absolute_url(request, home)
    search_url = request.build_absolute_uri(reverse("search"))
    return {
        "@type": "WebSite",
        "@id": home_url + "#website",
        "name": str(settings.WAGTAIL_SITE_NAME),
        "url": home_url,
        "inLanguage": translation.get_language(),
        "publisher": {"@id": home_url + "#organisation"},
        "potentialAction": {
            "@type": "SearchAction",
            "target": {
                "@type": "EntryPoint",
                "urlTemplate": search_url + "?q={search_term_string}",
            },
            "query-input": "required name=search_term_string",
        },
    }


def breadcrumbs(request, trail):
    """schema.org BreadcrumbList from the site's home down to the page (pages in order)."""
    return {
        "@type": "BreadcrumbList",
        "itemListElement": [
            {
                "@type": "ListItem",
                "position": position,
                "name": page.title,
                "item": absolute_url(request, page),
            }
            for position, page in enumerate(trail, start=1)
        ],
    }


def site_graph(request, page, trail):
    """The schema.org objects every page carries, as one @graph.

    `trail` is the page's ancestors below the tree root, home first, then the page.
    """
    if not isinstance(page, Page) or not trail:
        return None
    home = trail[0]
    if len(trail) == 1:
        graph = [organisation(request, home), website(request, home)]
    else:
        graph = [breadcrumbs(request, trail)]
    return {"@context": "https://schema.org", "@graph": graph}
