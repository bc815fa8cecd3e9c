"""A recording page started from a media file: "Create a recording page with it", after an
upload, opens the new page's editor (`…/add/media_library/recordingpage/<index>/?media=<id>`)
with that file chosen and its title as the page's.

Wagtail's create view tells nothing of its request to the new page: the
``before_create_page`` hook sees the request, ``init_new_page`` the page, one after the
other in the same request, so the wanted file passes from one to the other in a context
variable that every creation of a recording page sets again.
"""

from contextvars import ContextVar

from django.dispatch import receiver

from wagtail import hooks
from wagtail.coreutils import find_available_slug
from wagtail.signals import init_new_page

from hub.core.slugs import ascii_slug
from media_library.models import MediaFile, RecordingPage

_wanted_media = ContextVar("wanted_media", default=None)


@hooks.register("before_create_page")
def remember_the_wanted_media_file(request, parent_page, page_class):
    if issubclass(page_class, RecordingPage):
        wanted = request.GET.get("media", "")
        _wanted_media.set(int(wanted) if wanted.isdigit() else None)


@receiver(init_new_page)
def choose_the_wanted_media_file(sender, page, parent, **kwargs):
    if not isinstance(page, RecordingPage):
        return
    wanted = _wanted_media.get()
    _wanted_media.set(None)
    media = MediaFile.objects.filter(pk=wanted).first() if wanted else None
    if media is not None:
        page.media = media
        page.title = media.title
        page.slug = find_available_slug(parent, ascii_slug(media.title, fallback="recording"))
