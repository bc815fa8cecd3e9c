"""Media, renditions and captions through the hub's file view; the embeddable player."""

from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.views.decorators.clickjacking import xframe_options_exempt
from django.views.decorators.http import require_GET

from hub.core.files import file_response
from hub.core.utils import absolute_url
from hub.stats.counting import count_download
from media_library.models import CaptionTrack, MediaFile, MediaRendition, RecordingPage


def _restricted(request, media):
    """A response refusing the visitor, or None when the collection lets them see it."""
    for restriction in media.collection.get_view_restrictions():
        if not restriction.accept_request(request):
            response = HttpResponse(status=403)
            response["Cache-Control"] = "private, no-store"
            return response
    return None


def _is_private(media):
    return bool(media.collection.get_view_restrictions())


def _is_download(request):
    """Download links and feed enclosures ask for `?download=1` (MediaFile.download_url);
    the player's requests do not, and are counted as plays by the page instead."""
    return request.GET.get("download") == "1"


def _counted(request, media, response):
    """A download of the media file (or of one of its renditions), counted once."""
    if _is_download(request):
        count_download(request, media, response)
    return response


@require_GET
def serve_media(request, media_id, filename):
    media = get_object_or_404(MediaFile.objects.select_related("collection"), pk=media_id)
    if media.filename != filename:
        raise Http404("No such file.")
    refused = _restricted(request, media)
    if refused:
        return refused
    response = file_response(
        request,
        media.file,
        filename=media.filename,
        content_type=media.mime_type or None,
        attachment=_is_download(request),
        private=_is_private(media),
    )
    return _counted(request, media, response)


@require_GET
def serve_rendition(request, rendition_id, filename):
    rendition = get_object_or_404(
        MediaRendition.objects.select_related("media__collection"), pk=rendition_id
    )
    if rendition.filename != filename:
        raise Http404("No such file.")
    refused = _restricted(request, rendition.media)
    if refused:
        return refused
    response = file_response(
        request,
        rendition.file,
        filename=rendition.filename,
        content_type=rendition.mime_type,
        attachment=_is_download(request),
        private=_is_private(rendition.media),
    )
    return _counted(request, rendition.media, response)


@require_GET
def serve_caption(request, caption_id, language):
    caption = get_object_or_404(
        CaptionTrack.objects.select_related("media__collection"), pk=caption_id, language=language
    )
    refused = _restricted(request, caption.media)
    if refused:
        return refused
    response = file_response(
        request,
        caption.file,
        filename=f"{caption.media.pk}-{caption.language}.vtt",
        content_type="text/vtt; charset=utf-8",
        private=_is_private(caption.media),
    )
    return response


@xframe_options_exempt
@require_GET
def embed(request, page_id):
    """The player alone, for other sites to frame (the only view that may be framed)."""
    page = get_object_or_404(
        RecordingPage.objects.live().public().select_related("media", "locale"), pk=page_id
    )
    page.prefetch_media()
    caption, segments = page.transcript()
    context = {
        "page": page,
        "self": page,
        "caption": caption,
        "segments": segments,
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
