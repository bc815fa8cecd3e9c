from django.urls import include, path

from wagtail import hooks

from media_library import (
    caption_urls,
    chooser,
    upload_hooks,  # noqa: F401 (the resumable upload's page and menu item)
)

# Caption tracks have no menu of their own: they are edited from the recording page's
# editor, in its "Media file and captions" panel (media_library.recording_panel).


@hooks.register("register_admin_urls")
def register_caption_urls():
    return [path("recordings/<int:page_id>/captions/", include(caption_urls))]


@hooks.register("register_admin_urls", order=-100)
def register_media_search_guard():
    """Before wagtailmedia's own: its listing and chooser searches take any text."""
    return chooser.urls()


@hooks.register("construct_media_chooser_queryset")
def chooser_shows_posters(media_files, request):
    """The media chooser lists each file with its poster, duration and state."""
    return media_files.select_related("poster")
