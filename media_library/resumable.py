"""Recordings uploaded in resumable pieces (hub.core.resumable, the tus protocol), and
the admin page that sends them ("Upload a recording").

The metadata (title, collection, language spoken) are checked when the upload starts,
before a byte is sent. The finished file goes through the media form's checks (name,
size, PyAV probe) and becomes a MediaFile without being read into memory: the part is
moved into storage (a rename on the same disk) and processed as any new media file.
"""

import datetime
import os

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Collection, Locale
from wagtailmedia.permissions import permission_policy
from wagtailmedia.settings import wagtailmedia_settings

from hub.core.models.files import CONTENT_LANGUAGES
from hub.core.resumable.protocol import TusError
from hub.core.resumable.views import ResumableUploadView
from hub.core.uploads import check_size, clean_filename
from media_library.models import MediaFile, RecordingIndexPage
from media_library.processing import MediaError, probe


def may_upload_media(user):
    return user.is_authenticated and permission_policy.user_has_permission(user, "add")


def upload_collections(user):
    return permission_policy.collections_user_has_permission_for(user, "add").order_by("path")


class PartFile(UploadedFile):
    """A finished part as an upload: storage moves it by its path instead of copying it,
    and PyAV opens it by its path; the messages name the editor's own file."""

    def __init__(self, path, name, content_type, size):
        super().__init__(open(path, "rb"), name, content_type, size)  # noqa: SIM115
        self.path = path

    def temporary_file_path(self):
        return os.fspath(self.path)


class RecordingUploadView(ResumableUploadView):
    kind = "media"

    def may_upload(self, request):
        return may_upload_media(request.user)

    def max_size(self):
        return settings.HUB_MAX_MEDIA_UPLOAD_SIZE

    def upload_url(self, upload_id):
        return reverse("media_upload", args=[upload_id])

    def clean_metadata(self, request, metadata):
        filename = clean_filename(metadata.get("filename", ""), fallback="recording")
        extension = os.path.splitext(filename)[1].lstrip(".")
        allowed = [*wagtailmedia_settings.AUDIO_EXTENSIONS, *wagtailmedia_settings.VIDEO_EXTENSIONS]
        if extension not in allowed:
            raise TusError(
                400,
                _("“%(name)s” is not an audio or video file name; these are: %(extensions)s.")
                % {"name": filename, "extensions": ", ".join(allowed)},
            )
        language = metadata.get("language", "")
        if language not in {"", *dict(CONTENT_LANGUAGES)}:
            raise TusError(400, _("Choose the language spoken from the list."))
        collections = upload_collections(request.user)
        wanted = metadata.get("collection", "")
        collection = collections.filter(pk=wanted).first() if wanted.isdigit() else None
        if wanted and collection is None:
            raise TusError(400, _("You may not add media files to that collection."))
        collection = collection or collections.first()
        recorded_on = metadata.get("recorded_on", "")
        if recorded_on:
            try:
                datetime.date.fromisoformat(recorded_on)
            except ValueError:
                raise TusError(400, _("The date recorded must be a date (YYYY-MM-DD).")) from None
        return {
            "filename": filename,
            "filetype": metadata.get("filetype", "")[:100],
            "title": " ".join(metadata.get("title", "").split())[:255]
            or os.path.splitext(filename)[0],
            "language": language,
            "collection": collection.pk if collection else Collection.get_first_root_node().pk,
            "recorded_on": recorded_on,
        }

    def complete(self, request, upload):
        metadata = upload.metadata
        with PartFile(
            upload.part_path, metadata["filename"], metadata["filetype"], upload.length
        ) as part:
            try:
                check_size(part, self.max_size(), _("recording"))
                info = probe(part)
            except ValidationError as problem:
                raise TusError(413, " ".join(problem.messages)) from None
            except MediaError as problem:
                raise TusError(422, str(problem)) from None
            with transaction.atomic():
                media = MediaFile(
                    title=metadata["title"],
                    collection_id=metadata["collection"],
                    language=metadata["language"],
                    recorded_on=metadata["recorded_on"] or None,
                    type=info.kind,
                    duration=info.duration,
                    uploaded_by_user=request.user,
                    file=part,
                )
                media.save()
        return {"media": media_links(media)}


def media_links(media):
    """Where the editor goes next: the media file, and a new recording page."""
    index = (
        RecordingIndexPage.objects.filter(locale=Locale.get_default()).first()
        or RecordingIndexPage.objects.first()
    )
    return {
        "id": media.pk,
        "title": media.title,
        "edit_url": reverse("wagtailmedia:edit", args=[media.pk]),
        "new_page_url": (
            reverse("wagtailadmin_pages:add", args=["media_library", "recordingpage", index.pk])
            + f"?media={media.pk}"
            if index
            else ""
        ),
    }


class UploadRecordingPage(WagtailAdminTemplateMixin, TemplateView):
    """The admin page that sends a recording with tus-js-client (static/js/upload.js)."""

    template_name = "media_library/admin/upload_recording.html"
    page_title = gettext_lazy("Upload a recording")
    header_icon = "upload"

    def dispatch(self, request, *args, **kwargs):
        if not may_upload_media(request.user):
            from wagtail.admin.auth import permission_denied

            return permission_denied(request)
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [
            {"url": reverse("wagtailmedia:index"), "label": _("Media")},
            {"url": "", "label": self.page_title},
        ]

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            collections=upload_collections(self.request.user),
            languages=CONTENT_LANGUAGES,
            endpoint=reverse("media_upload_collection"),
            max_size=self.max_size(),
            chunk_size=settings.HUB_UPLOAD_CHUNK_SIZE,
            upload_messages=script_messages(),
            **kwargs,
        )

    def max_size(self):
        return settings.HUB_MAX_MEDIA_UPLOAD_SIZE


def script_messages():
    """What static/js/upload_recording.js says, in the editor's language."""
    return {
        "choose": _("Choose a file first."),
        "starting": _("Starting the upload…"),
        "resuming": _("This file was partly uploaded before: going on from where it stopped."),
        "sent": _("%(sent)s of %(total)s sent (%(percent)s%%)."),
        "left": _("About %(time)s left."),
        "hours": _("%(h)s h %(m)s min"),
        "minutes": _("%(m)s min %(s)s s"),
        "seconds": _("%(s)s s"),
        "paused": _("Paused. Press Resume to go on."),
        "offline": _("The connection was lost. The upload goes on when you are back online."),
        "lost": _("The server could not be reached. Press Resume to try again."),
        "failed": _("The upload stopped: %(reason)s"),
        "checking": _("Upload complete; checking the file…"),
        "done": _("“%(title)s” is uploaded. It is being processed (poster, light versions)."),
    }
