from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from media_library.models import CaptionTrack
from media_library.resumable import UploadRecordingPage, may_upload_media


class CaptionTrackViewSet(SnippetViewSet):
    model = CaptionTrack
    icon = "openquote"
    menu_order = 250
    add_to_admin_menu = True
    list_display = ["media", "language", "is_original", "updated_at"]
    list_filter = ["language", "is_original"]


register_snippet(CaptionTrackViewSet)


# -- Resumable uploads of recordings (media_library.resumable) ------------------------------


class UploadRecordingMenuItem(MenuItem):
    def is_shown(self, request):
        return may_upload_media(request.user)


@hooks.register("register_admin_urls")
def register_upload_recording_url():
    return [path("media/upload/", UploadRecordingPage.as_view(), name="media_upload_page")]


@hooks.register("register_admin_menu_item")
def register_upload_recording_menu_item():
    return UploadRecordingMenuItem(
        _("Upload a recording"),
        reverse("media_upload_page"),
        name="upload-recording",
        icon_name="upload",
        order=301,
    )
