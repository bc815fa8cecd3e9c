from django.conf import settings


def absolute_url(request, page):
    """A page's full URL on the address the visitor used, or PUBLIC_BASE_URL when set.

    Wagtail's `full_url` uses the Site record's hostname, which is wrong behind a proxy
    or on a development machine; canonical links, hreflang and the sitemap use this.
    """
    path = page.get_url(request)
    if path is None:
        return None
    if path.startswith("http"):
        path = "/" + path.split("/", 3)[3]
    base = getattr(settings, "PUBLIC_BASE_URL", "")
    if base:
        return base.rstrip("/") + path
    return request.build_absolute_uri(path)
