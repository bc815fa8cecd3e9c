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
