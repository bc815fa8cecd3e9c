"""Files a page offers under its own address: ``<brief>/cite.bib``,
``<workshop>/programme.ics``, ``<declaration>/declaration.pdf``.

Wagtail's serve pattern takes only addresses that end in ``/``. ``PAGE_FILE_PATTERN`` sends
``<page path><name>.<extension>`` to the same view, which routes it like any page address
(live pages only, view restrictions applied) to the page's ``RoutablePageMixin`` route,
declared with ``file_route``.
"""

import functools

from django.http import HttpResponseNotAllowed

from wagtail.contrib.routable_page.models import re_path

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


# A longer address is routed by Wagtail alone, level by level.
PRELOADED_LEVELS = 8


def serve_page(request, path):
    """Wagtail's page view (`wagtail.views.serve`), routed from the language's home page of
    the page frame (hub.core.page_frame: no query for the site, the locale and the home
    page) with the pages the address names loaded in one query and one per page type,
    instead of two queries per level."""
    import copy

    from django.db.models import Q
    from django.http import Http404

    from wagtail import views
    from wagtail.models import Page

    from hub.core.page_frame import page_frame

    root = page_frame(request).root
    components = [component for component in path.split("/") if component]
    if root is not None and not hasattr(request, "_wagtail_route_for_request"):
        if 0 < len(components) <= PRELOADED_LEVELS:
            levels = Q()
            for level, slug in enumerate(components, start=1):
                levels |= Q(depth=root.depth + level, slug=slug)
            pages = Page.objects.filter(levels, path__startswith=root.path).specific()
            request._hub_route_pages = {}
            for page in pages:
                if page.locale_id == root.locale_id:
                    page.locale = root.locale  # the frame's: no query when a page asks
                request._hub_route_pages[page.path[: -page.steplen], page.slug] = page
        try:
            # A copy: the page may keep what it computes for this request.
            request._wagtail_route_for_request = copy.copy(root).route(request, components)
        except Http404:
            request._wagtail_route_for_request = None
    return views.serve(request, path)
