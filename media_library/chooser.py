"""wagtailmedia's media listing and chooser, with a search that takes any text.

On SQLite, Wagtail's database search backend passes a lone double quote through to FTS5,
which answers "unterminated string" (a 500). A quote means nothing to these title
searches: it becomes a space before wagtailmedia's views see the query. Registered in
front of wagtailmedia's addresses (media_library.wagtail_hooks).
"""

import functools

from django.urls import path, re_path

from wagtailmedia.views import chooser, media


def plain_query(view):
    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        query = request.GET.get("q")
        if query and '"' in query:
            request.GET = request.GET.copy()
            request.GET["q"] = query.replace('"', " ").strip()
        return view(request, *args, **kwargs)

    return wrapper


def urls():
    return [
        path("media/", plain_query(media.index), name="hub_media_index"),
        path("media/chooser/", plain_query(chooser.chooser), name="hub_media_chooser"),
        re_path(
            r"^media/chooser/(?P<media_type>audio|video)/$",
            plain_query(chooser.chooser),
            name="hub_media_chooser_typed",
        ),
    ]
