"""Files a page offers under its own address: ``<brief>/cite.bib``,
``<workshop>/programme.ics``.

Wagtail's serve pattern takes only addresses that end in ``/``. ``PAGE_FILE_PATTERN`` sends
``<page path><name>.<extension>`` to the same view, which routes it like any page address
(live pages only, view restrictions applied) to the page's ``RoutablePageMixin`` route,
declared with ``file_route``.
"""

import functools

from django.http import Http404, HttpResponseNotAllowed

from wagtail.contrib.routable_page.models import re_path
from wagtail.models import Site

from hub.core.utils import active_locale

PAGE_FILE_PATTERN = r"^((?:[\w\-]+/)+[\w\-]+\.[a-z]{2,4})$"


def file_route(pattern, name):
    """A route for the file named by ``pattern`` (a regular expression without anchors or
    slashes), answering GET and HEAD."""

    def decorator(view):
        @functools.wraps(view)
        def route(page, request, *args, **kwargs):
            if request.method not in ("GET", "HEAD"):
                return HttpResponseNotAllowed(["GET", "HEAD"])
            return view(page, request, *args, **kwargs)

        return re_path(rf"^{pattern}/$", name=name)(route)

    return decorator


def page_at(request, path, page_class):
    """The live page of `page_class` at `path` in the active locale's tree, or 404."""
    site = Site.find_for_request(request)
    if site is None:
        raise Http404("No site.")
    root = site.root_page.get_translation_or_none(active_locale()) or site.root_page
    components = [component for component in path.split("/") if component]
    result = root.specific.route(request, components)
    page = result.page if hasattr(result, "page") else result[0]
    page = page.specific
    if not isinstance(page, page_class) or not page.live:
        raise Http404("No such page.")
    if page.get_view_restrictions().exists():
        raise Http404("Restricted.")
    return page
