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
    the page frame (hub.core.page_frame: no query for the site, the locale, the home page
    and its sections) with the pages the address names loaded (`preloaded_pages`)."""
    import copy

    from django.http import Http404

    from wagtail import views

    from hub.core.page_frame import page_frame

    frame = page_frame(request)
    root = frame.root
    components = [component for component in path.split("/") if component]
    if root is not None and not hasattr(request, "_wagtail_route_for_request"):
        if 0 < len(components) <= PRELOADED_LEVELS:
            request._hub_route_pages = preloaded_pages(root, frame.sections, components)
        try:
            # A copy: the page may keep what it computes for this request.
            request._wagtail_route_for_request = copy.copy(root).route(request, components)
        except Http404:
            request._wagtail_route_for_request = None
    return views.serve(request, path)


def preloaded_pages(root, sections, components):
    """{(parent's path, slug): page as its own type} for the pages an address names below
    `root`, for `BasePage.route`. A section (a live child of the root, known to the frame)
    costs no query; a page in it one when the section takes pages of one type, else two
    (its type, then the page as that type), and none when the section takes no pages (a
    routable page's own views). Other addresses: the pages of every level in one query, and
    one per page type."""
    import copy

    from django.db.models import Q

    from wagtail.models import Page

    section = sections.get(components[0])
    if section is not None and len(components) <= 2:
        section = copy.copy(section)  # shared between requests: this one may annotate it
        loaded = {(root.path, section.slug): section}
        child_types = type(section).allowed_subpage_models()
        if len(components) == 1 or not child_types:
            return loaded
        where = Q(path__startswith=section.path, depth=section.depth + 1, slug=components[1])
        if len(child_types) == 1:
            model = child_types[0]
            child = model.objects.filter(where).select_related(*model.routed_with).first()
        else:
            child = Page.objects.filter(where).specific().first()
        if child is not None:
            _with_locale(child, root)
            loaded[section.path, child.slug] = child
            return loaded
        if len(child_types) > 1:
            return loaded  # no page there: Wagtail's routing answers 404
        # Else perhaps a page of a type the section took before: looked for below.
    levels = Q()
    for level, slug in enumerate(components, start=1):
        levels |= Q(depth=root.depth + level, slug=slug)
    loaded = {}
    for page in Page.objects.filter(levels, path__startswith=root.path).specific():
        _with_locale(page, root)
        loaded[page.path[: -page.steplen], page.slug] = page
    return loaded


def _with_locale(page, root):
    if page.locale_id == root.locale_id:
        page.locale = root.locale  # the frame's: no query when a page asks
