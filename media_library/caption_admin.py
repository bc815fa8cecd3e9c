"""The caption actions of the recording editor's "Media file and captions" panel: upload
or replace a track (WebVTT or SubRip, through CaptionTrackForm's checks), download it,
mark a machine draft reviewed, delete it. Each starts from the recording page and goes
back to its editor; the cue editor is in media_library.cue_editor.

Saving a track rebuilds its transcript segments (media_library.signals) and queues the
search documents of the recordings that play its file (search.signals).
"""

from django import forms
from django.contrib import messages
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.http import require_safe

from hub.core.files import file_response
from media_library.caption_access import recording, track_of
from media_library.caption_form import CaptionTrackForm
from media_library.models import CaptionTrack, MediaFile
from media_library.models.files import CaptionStatus

PANEL_ANCHOR = "#panel-child-content-media_file_and_captions-section"


def editor_url(page):
    """The recording's editor, at the "Media file and captions" panel."""
    return reverse("wagtailadmin_pages:edit", args=[page.pk]) + PANEL_ANCHOR


def language_name(language):
    return dict(CaptionTrack._meta.get_field("language").choices)[language]


def media_of(request, page):
    """The page's media file, or None with a message saying what to do first."""
    media = MediaFile.objects.filter(pk=page.media_id).first() if page.media_id else None
    if media is None:
        messages.error(request, _("Choose the recording's media file and save the page first."))
    return media


def done(request, page, language, message, **values):
    """Back to the recording's editor, saying what was done (`message` with %(language)s
    and `values`)."""
    messages.success(request, message % {"language": language_name(language), **values})
    return redirect(editor_url(page))


def missing_track(request, page, language):
    messages.error(
        request,
        _("There are no %(language)s captions for this recording (yet).")
        % {"language": language_name(language)},
    )
    return redirect(editor_url(page))


class CaptionUploadForm(CaptionTrackForm):
    """A caption file for one language of the page's media file (both come from the
    address, never from the form)."""

    class Meta:
        model = CaptionTrack
        fields = ["file", "is_original", "status"]
        labels = {"file": gettext_lazy("Caption file (WebVTT or SubRip)")}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["file"].widget = forms.FileInput(attrs={"accept": ".vtt,.srt,text/vtt"})
        self.fields["file"].required = True


def admin_page(request, name, page, language, title, **context):
    """templates/media_library/admin/<name>.html, titled `title` (with %(language)s)."""
    return TemplateResponse(
        request,
        f"media_library/admin/{name}.html",
        {
            "page": page,
            "language": language,
            "language_name": language_name(language),
            "page_title": title % {"language": language_name(language)},
            "page_subtitle": page.get_admin_display_title(),
            "header_icon": "media",
            "back_url": editor_url(page),
            **context,
        },
    )


def upload(request, page_id, language):
    """Add the track of a language, or replace its file (a new file is checked the same
    way; a refused one changes nothing)."""
    page = recording(request, page_id, language, "upload")
    track = track_of(page, language)
    if track is not None:
        page = recording(request, page_id, language, "replace")
    media = media_of(request, page)
    if media is None:
        return redirect(editor_url(page))
    instance = track or CaptionTrack(
        media=media, language=language, is_original=language == media.language
    )
    form = CaptionUploadForm(request.POST or None, request.FILES or None, instance=instance)
    if request.method == "POST" and form.is_valid():
        form.save()
        count = form.instance.segments.count()
        message = ngettext(
            "The %(language)s captions are saved: %(count)s cue.",
            "The %(language)s captions are saved: %(count)s cues.",
            count,
        )
        return done(request, page, language, message, count=count)
    title = _("Replace the %(language)s captions") if track else _("Upload %(language)s captions")
    context = {"form": form, "track": track, "media": media}
    return admin_page(request, "caption_upload", page, language, title, **context)


@require_safe
def download(request, page_id, language):
    page = recording(request, page_id, language, "download")
    track = track_of(page, language)
    if track is None:
        return missing_track(request, page, language)
    return file_response(
        request,
        track.file,
        filename=f"{page.slug}-{language}.vtt",
        content_type="text/vtt; charset=utf-8",
        attachment=True,
        private=True,
    )


def review(request, page_id, language):
    """A machine draft, read through (time and text) and marked reviewed: the public sees
    it from then on."""
    page = recording(request, page_id, language, "review")
    track = track_of(page, language)
    if track is None:
        return missing_track(request, page, language)
    if not track.is_machine_draft:
        messages.info(
            request,
            _("The %(language)s captions are already reviewed.")
            % {"language": language_name(language)},
        )
        return redirect(editor_url(page))
    if request.method == "POST":
        track.status = CaptionStatus.REVIEWED
        track.save()
        return done(request, page, language, _("The %(language)s captions are marked reviewed."))
    title = _("Review the %(language)s captions")
    context = {"track": track, "segments": track.segments.all()}
    return admin_page(request, "caption_review", page, language, title, **context)


def delete(request, page_id, language):
    page = recording(request, page_id, language, "delete")
    track = track_of(page, language)
    if track is None:
        return missing_track(request, page, language)
    if request.method == "POST":
        track.delete()
        return done(request, page, language, _("The %(language)s captions were deleted."))
    title = _("Delete the %(language)s captions")
    return admin_page(request, "caption_delete", page, language, title, track=track)
