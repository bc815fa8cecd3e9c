"""The admin's "Upload a recording" page and its menu item, for those who may add media
files (media_library.resumable); registered by importing this module from wagtail_hooks."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from media_library.resumable import UploadRecordingPage, may_upload_media


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
