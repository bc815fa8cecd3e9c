"""Media, renditions and captions through the hub's file view; the embeddable player."""

from django.http import Http404
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.views.decorators.clickjacking import xframe_options_exempt
from django.views.decorators.http import require_GET, require_safe

from hub.core.files import file_response
from hub.core.privacy import PRIVATE, PUBLIC
from hub.core.signals import file_served
from hub.core.utils import absolute_url, public_pages
from media_library.models import CaptionTrack, MediaFile, MediaRendition, RecordingPage
from media_library.models.files import may_manage_media


def _is_download(request):
    """Download links and feed enclosures ask for `?download=1` (MediaFile.download_url);
    the player's requests do not, and are counted as plays by the page instead."""
    return request.GET.get("download") == "1"


def _counted(request, media, response):
    """A download of the media file (or of one of its renditions) is announced as the
    media file's (hub.stats counts it)."""
    if _is_download(request):
        file_served.send(sender=MediaFile, instance=media, request=request, response=response)
    return response


@require_safe
def serve_media(request, media_id, filename):
    """A recording's file, to those `MediaFile.access` lets have it; HEAD too (podcast
    apps check enclosures with it)."""
    media = get_object_or_404(MediaFile.objects.select_related("collection"), pk=media_id)
    if media.filename != filename:
        raise Http404("No such file.")
    access = media.access(request)
    if access not in (PRIVATE, PUBLIC):
        return access
    response = file_response(
        request,
        media.file,
        filename=media.filename,
        content_type=media.mime_type or None,
        attachment=_is_download(request),
        private=access == PRIVATE,
    )
    return _counted(request, media, response)


@require_safe
def serve_rendition(request, rendition_id, filename):
    rendition = get_object_or_404(
        MediaRendition.objects.select_related("media__collection"), pk=rendition_id
    )
    if rendition.filename != filename:
        raise Http404("No such file.")
    access = rendition.media.access(request)
    if access not in (PRIVATE, PUBLIC):
        return access
    response = file_response(
        request,
        rendition.file,
        filename=rendition.filename,
        content_type=rendition.mime_type,
        attachment=_is_download(request),
        private=access == PRIVATE,
    )
    return _counted(request, rendition.media, response)


@require_safe
def serve_caption(request, caption_id, language):
    """A caption file; a machine draft only to those who manage media (the public gets a
    404 until an editor marks it reviewed)."""
    caption = get_object_or_404(
        CaptionTrack.objects.select_related("media__collection"), pk=caption_id, language=language
    )
    if caption.is_machine_draft and not may_manage_media(request.user):
        raise Http404("No such file.")
    access = caption.media.access(request)
    if access not in (PRIVATE, PUBLIC):
        return access
    response = file_response(
        request,
        caption.file,
        filename=f"{caption.media.pk}-{caption.language}.vtt",
        content_type="text/vtt; charset=utf-8",
        private=access == PRIVATE or caption.is_machine_draft,
    )
    return response


@xframe_options_exempt
@require_GET
def embed(request, page_id):
    """The player alone, for other sites to frame (the only view that may be framed)."""
    page = get_object_or_404(
        public_pages(RecordingPage.objects.live()).select_related("media", "locale"), pk=page_id
    )
    page.prefetch_media()
    context = {
        "page": page,
        "self": page,
        "tracks": page.caption_tracks(),
        "embedded": True,
        # The recording page, on the address the visitor used (or PUBLIC_BASE_URL): what the
        # player links to and what search engines should index instead of the bare player.
        "page_url": absolute_url(request, page),
    }
    response = TemplateResponse(request, "media_library/embed.html", context)
    response["Content-Security-Policy"] = (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "media-src 'self'; frame-ancestors *; base-uri 'self'; object-src 'none'"
    )
    return response
