"""The "Media file and captions" panel of the recording editor: the chosen media file
(preview, duration, type, size, processing and its renditions, speech recognition) and,
per language, its caption track's state with the actions this user may take.

The same summary is shown under wagtail-localize's translation editor, which replaces the
page editor of a translated page (templates/wagtail_localize/admin/edit_translation.html).
The page model imports this module: the models are found through the app registry.
"""

from django.apps import apps
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import Panel

from hub.core.models.files import CONTENT_LANGUAGES
from media_library.caption_access import may

TEMPLATE = "media_library/admin/recording_panel.html"
MISSING, DRAFT, REVIEWED = "missing", "draft", "reviewed"
# ProcessingStatus and TranscriptionStatus values (media_library.models.files).
PENDING, FAILED, QUEUED, RUNNING = "pending", "failed", "queued", "running"
TRACK_STATES = {
    MISSING: _("Missing"),
    DRAFT: _("Machine draft: not shown to visitors"),
    REVIEWED: _("Reviewed: shown to visitors"),
}
# (action, label, which tracks: None for a missing one, True for any, DRAFT for drafts)
TRACK_ACTIONS = [
    ("upload", _("Upload"), None),
    ("review", _("Review"), DRAFT),
    ("cues", _("Edit cues"), True),
    ("upload", _("Replace"), True),
    ("download", _("Download"), True),
    ("delete", _("Delete"), True),
]
PERMISSION_OF = {"upload": "upload", "cues": "edit"}


def rendition_states(media):
    """[(label, state, detail)] for the renditions processing makes of this file."""
    kinds = apps.get_model("media_library", "MediaRendition").Kind
    wanted = [kinds.LOW_VIDEO, kinds.AUDIO] if media.is_video else [kinds.AUDIO]
    made = {rendition.kind: rendition for rendition in media.renditions.all()}
    rows = []
    for kind in wanted:
        rendition = made.get(kind)
        if rendition is not None:
            rows.append((kind.label, "made", rendition))
        elif media.processing_status == FAILED:
            rows.append((kind.label, "failed", media.processing_error))
        elif media.processing_status == PENDING:
            rows.append((kind.label, "pending", None))
        else:
            rows.append((kind.label, "none", None))
    return rows


def track_rows(page, media, user):
    tracks = {track.language: track for track in media.captions.all()}
    rows = []
    for code, name in CONTENT_LANGUAGES:
        track = tracks.get(code)
        state = MISSING if track is None else DRAFT if track.is_machine_draft else REVIEWED
        actions = []
        for action, label, wanted in TRACK_ACTIONS:
            if wanted is None and track is not None or wanted is not None and track is None:
                continue
            if wanted == DRAFT and state != DRAFT:
                continue
            needed = PERMISSION_OF.get(action, action)
            if action == "upload" and track is not None:
                needed = "replace"
            if may(user, page, code, needed):
                url = reverse(f"media_library_captions:{action}", args=[page.pk, code])
                actions.append({"name": action, "label": label, "url": url})
        rows.append(
            {
                "language": code,
                "name": name,
                "track": track,
                "state": state,
                "state_label": TRACK_STATES[state],
                "cues": track.segments.count() if track else 0,
                "actions": actions,
            }
        )
    return rows


def media_summary(page, user):
    """What the panel shows of `page`'s media file (None when the page has none yet)."""
    media = (
        apps.get_model("media_library", "MediaFile")
        .objects.filter(pk=page.media_id)
        .select_related("poster")
        .prefetch_related("renditions", "captions")
        .first()
        if page.media_id
        else None
    )
    context = {"page": page, "media": media, "saved": page.pk is not None}
    if media is None:
        return context
    transcription = media.transcription_status
    context.update(
        {
            "renditions": rendition_states(media),
            "transcription": transcription,
            "transcription_label": media.get_transcription_status_display(),
            "transcription_busy": transcription in (QUEUED, RUNNING),
            "transcription_percent": round((media.transcription_progress or 0) * 100),
            "tracks": track_rows(page, media, user) if page.pk else [],
        }
    )
    return context


class RecordingMediaPanel(Panel):
    """Read-only, with links to the caption actions; shows the saved media file."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("heading", _("Media file and captions"))
        super().__init__(*args, **kwargs)

    class BoundPanel(Panel.BoundPanel):
        template_name = TEMPLATE

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context.update(media_summary(self.instance, self.request.user))
            return context
