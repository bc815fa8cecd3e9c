"""Who may do what to a recording's caption tracks, from the recording page's editor.

Every caption action starts from a recording page the user may edit (its media file is
the page's own: no other file can be reached through it), then asks the caption track
model permissions the roles hold (hub/accounts/migrations/0001): Editors and Translators
add and change captions, Moderators and Administrators also delete them. Like the
translatable snippets (hub.core.snippet_permissions), a user who changes captions only as
a Translator leaves the source language (LANGUAGE_CODE) alone: they work on the captions
of the translations' languages.
"""

from django.apps import apps
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404

from hub.core.models.files import CONTENT_LANGUAGES
from hub.core.snippet_permissions import translates_only

LANGUAGE_CODES = [code for code, _name in CONTENT_LANGUAGES]
# What each caption action needs of the caption track model.
ACTIONS = {
    "upload": "add",
    "replace": "change",
    "edit": "change",
    "review": "change",
    "delete": "delete",
    "download": "view",
}


def may(user, page, language, action):
    """Whether `user` may do `action` (a key of ACTIONS) to `page`'s captions in `language`."""
    if language not in LANGUAGE_CODES or page.pk is None:
        return False
    if not page.permissions_for_user(user).can_edit():
        return False
    needed = ACTIONS[action]
    if not user.has_perm(f"media_library.{needed}_captiontrack"):
        return False
    if needed == "view" or language != settings.LANGUAGE_CODE.split("-")[0]:
        return True
    return not translates_only(user, apps.get_model("media_library", "CaptionTrack"))


def recording(request, page_id, language, action):
    """The recording page whose captions in `language` the request works on, as its editor
    shows it (the latest revision, with the media file chosen there); 404 for anything
    else, 403 when the user may not."""
    if language not in LANGUAGE_CODES:
        raise Http404("No such language.")
    page = get_object_or_404(apps.get_model("media_library", "RecordingPage"), pk=page_id)
    if not may(request.user, page, language, action):
        raise PermissionDenied
    return page.get_latest_revision_as_object()


def track_of(page, language):
    """The page's media file's caption track in `language`, or None."""
    if page.media_id is None:
        return None
    tracks = apps.get_model("media_library", "CaptionTrack").objects
    return tracks.filter(media_id=page.media_id, language=language).first()
