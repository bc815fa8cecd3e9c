"""The tus endpoint: one view for the collection (OPTIONS, POST) and its uploads (HEAD,
PATCH, DELETE, and GET for the outcome as JSON, which is this site's own addition).

An app subclasses ``ResumableUploadView`` and says who may upload (``may_upload``), the
largest file (``max_size``), which metadata it accepts (``clean_metadata``, before a byte
is sent) and what a finished upload becomes (``complete``, which raises ``TusError`` to
refuse it; the part is then deleted). Each upload belongs to the user who created it:
anyone else is refused (403), whatever the address they found.
"""

import logging

from django.http import HttpResponse, JsonResponse
from django.template.defaultfilters import filesizeformat
from django.utils import translation
from django.utils.http import http_date
from django.utils.translation import gettext as _
from django.views import View

from wagtail.users.models import UserProfile

from hub.core.resumable import protocol, storage
from hub.core.resumable.protocol import TusError

logger = logging.getLogger(__name__)


class ResumableUploadView(View):
    kind = "file"  # an upload made for one endpoint is unknown to the others
    http_method_names = ["options", "post", "head", "patch", "delete", "get"]

    # -- what subclasses say ------------------------------------------------------------

    def may_upload(self, request):
        return False

    def max_size(self):
        raise NotImplementedError

    def clean_metadata(self, request, metadata):
        return metadata

    def complete(self, request, upload):
        """Make something of ``upload.part_path`` (move it away, or it is deleted); return
        the outcome to record (JSON), or raise TusError to refuse the file."""
        raise NotImplementedError

    def upload_url(self, upload_id):
        raise NotImplementedError

    # -- the protocol ---------------------------------------------------------------------

    def dispatch(self, request, *args, **kwargs):
        with translation.override(self.language(request)):
            return self.answer(request, *args, **kwargs)

    def language(self, request):
        """Messages are in the language the editor chose for the admin."""
        if request.user.is_authenticated:
            return UserProfile.get_for_user(request.user).get_preferred_language()
        return translation.get_language()

    def answer(self, request, *args, **kwargs):
        try:
            if request.method != "OPTIONS":
                protocol.check_version(request)
                if not self.may_upload(request):
                    raise TusError(403, _("You may not upload files here."))
            response = super().dispatch(request, *args, **kwargs)
        except TusError as error:
            response = HttpResponse(
                error.message, status=error.status, content_type="text/plain; charset=utf-8"
            )
            if error.status == 412:
                response["Tus-Version"] = protocol.TUS_VERSION
        response["Tus-Resumable"] = protocol.TUS_VERSION
        response["Cache-Control"] = "no-store"
        return response

    def options(self, request, upload_id=None):
        response = HttpResponse(status=204)
        for header, value in protocol.announce().items():
            response[header] = value
        response["Tus-Max-Size"] = str(self.max_size())
        return response

    def post(self, request, upload_id=None):
        if upload_id is not None:
            return self.http_method_not_allowed(request)
        if "Upload-Defer-Length" in request.headers:
            raise TusError(400, _("The file's size must be given when the upload starts."))
        length = protocol.read_integer(request, "Upload-Length")
        if length == 0:
            raise TusError(400, _("The file is empty."))
        if length > self.max_size():
            raise TusError(413, self.too_large_message(length))
        metadata = protocol.parse_metadata(request.headers.get("Upload-Metadata", ""))
        metadata = self.clean_metadata(request, metadata)
        upload = storage.Upload.create(
            length=length, metadata=metadata, owner=request.user.pk, kind=self.kind
        )
        response = HttpResponse(status=201)
        response["Location"] = request.build_absolute_uri(self.upload_url(upload.id))
        response["Upload-Expires"] = http_date(upload.expires())
        return response

    def head(self, request, upload_id=None):
        upload = self.get_upload(request, upload_id)
        if upload.status == storage.FAILED:
            raise TusError(410, upload.state.get("result", {}).get("error", ""))
        response = HttpResponse(status=200)  # finishing: every byte is in (the offset says so)
        response["Upload-Offset"] = str(upload.offset)
        response["Upload-Length"] = str(upload.length)
        response["Upload-Expires"] = http_date(upload.expires())
        return response

    def get(self, request, upload_id=None):
        """The outcome, for the page that follows the upload (not part of tus)."""
        upload = self.get_upload(request, upload_id)
        return JsonResponse(
            {
                "status": upload.status,
                "offset": upload.offset,
                "length": upload.length,
                "result": upload.state.get("result"),
            }
        )

    def patch(self, request, upload_id=None):
        upload = self.get_upload(request, upload_id)
        if request.content_type != protocol.CHUNK_CONTENT_TYPE:
            raise TusError(
                415, _("Chunks are sent as %(type)s.") % {"type": protocol.CHUNK_CONTENT_TYPE}
            )
        offset = protocol.read_integer(request, "Upload-Offset")
        count = protocol.read_integer(request, "Content-Length", required=False)
        if count is None:
            raise TusError(411, _("The Content-Length header is missing."))
        hasher, digest = protocol.parse_checksum(request)
        self.check_open(upload)
        if offset + count > upload.length:
            raise TusError(413, _("The chunk goes past the end of the file."))
        with upload.locked_part() as handle:
            upload = self.get_upload(request, upload_id)  # as it is now that it is ours
            self.check_open(upload)
            new_offset = upload.append(handle, request, offset, count, hasher, digest)
            if new_offset == upload.length:
                self.finish(request, upload)
        response = HttpResponse(status=204)
        response["Upload-Offset"] = str(new_offset)
        response["Upload-Expires"] = http_date(upload.expires())
        return response

    def delete(self, request, upload_id=None):
        upload = self.get_upload(request, upload_id, expired_ok=True)
        if upload.status == storage.UPLOADING:
            with upload.locked_part():
                upload.delete()
        else:
            upload.delete()
        return HttpResponse(status=204)

    # -- helpers --------------------------------------------------------------------------

    def get_upload(self, request, upload_id, expired_ok=False):
        upload = storage.Upload.load(upload_id) if upload_id else None
        if upload is None or upload.state.get("kind") != self.kind:
            raise TusError(404, _("There is no such upload."))
        if upload.state.get("owner") != request.user.pk:
            raise TusError(403, _("This upload is someone else's."))
        if upload.expired() and not expired_ok:
            raise TusError(410, _("This upload has expired; start it again."))
        if upload.stalled():
            upload.finish(
                storage.FAILED,
                {"error": _("The server stopped while checking this file; upload it again.")},
            )
        return upload

    def check_open(self, upload):
        if upload.status in (storage.FINISHING, storage.COMPLETE):
            raise TusError(409, _("This upload is already complete."))
        if upload.status == storage.FAILED:
            raise TusError(410, upload.state.get("result", {}).get("error", ""))

    def finish(self, request, upload):
        """The last byte is in: the subclass checks and keeps the file, or refuses it."""
        upload.start_finishing()
        try:
            result = self.complete(request, upload)
        except TusError as refusal:
            logger.info("Upload %s refused: %s", upload.id, refusal.message)
            upload.finish(storage.FAILED, {"error": refusal.message})
            raise
        upload.finish(storage.COMPLETE, result)

    def too_large_message(self, length):
        return _("This file is %(size)s; the limit is %(limit)s.") % {
            "size": filesizeformat(length),
            "limit": filesizeformat(self.max_size()),
        }
