"""The cue editor: a caption track's cues as rows of start, end and text, to correct,
add and delete, a page of cues at a time (a two-hour panel has two thousand).

Saving checks every cue (end after start, starts in order, within the recording), writes
the whole track as WebVTT through media_library.captions (read back before it is kept)
and saves the track: its transcript segments are rebuilt and the recordings that play it
re-indexed (media_library.signals, search.signals). A machine draft stays a draft unless
the editor chooses "Save and mark reviewed". A track changed by someone else since the
form was opened is not overwritten.
"""

import re

from django import forms
from django.contrib import messages
from django.core.files.base import ContentFile
from django.core.paginator import Paginator
from django.db import transaction
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from media_library.caption_access import recording, track_of
from media_library.caption_admin import (
    admin_page,
    editor_url,
    media_of,
    missing_track,
)
from media_library.captions import CaptionError, Cue, cues_to_vtt, format_timestamp, parse_vtt
from media_library.models.files import CaptionStatus

CUES_PER_PAGE = 50
_TIME = re.compile(r"^(?:(?:(\d{1,3}):)?(\d{1,2}):)?(\d{1,6})(?:[.,](\d{1,3}))?$")


def parse_time(value):
    """Seconds from 1:02:03.500, 02:03.5, 3.25 or 3; ValueError otherwise."""
    match = _TIME.match((value or "").strip())
    if not match:
        raise ValueError(value)
    hours, minutes, seconds, millis = match.groups()
    if minutes is not None and int(seconds) > 59 or hours is not None and int(minutes) > 59:
        raise ValueError(value)
    total = int(hours or 0) * 3600 + int(minutes or 0) * 60 + int(seconds)
    return total + int((millis or "0").ljust(3, "0")) / 1000


class CueTimeField(forms.Field):
    """A time in the recording, written 00:01:02.500; its value is in seconds."""

    widget = forms.TextInput(attrs={"maxlength": 16, "inputmode": "decimal"})
    default_error_messages = {
        "invalid": gettext_lazy("Write a time as 00:01:02.500 (hours, minutes, seconds).")
    }

    def prepare_value(self, value):
        return format_timestamp(value) if isinstance(value, int | float) else value

    def to_python(self, value):
        value = (value or "").strip() if isinstance(value, str) else value
        if value in self.empty_values:
            return None
        try:
            return parse_time(str(value)[:40])
        except ValueError:
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid") from None


class CueForm(forms.Form):
    start = CueTimeField(label=gettext_lazy("Start"), required=False)
    end = CueTimeField(label=gettext_lazy("End"), required=False)
    text = forms.CharField(
        label=gettext_lazy("Text"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3, "cols": 60}),
    )
    speaker = forms.CharField(label=gettext_lazy("Speaker"), required=False, max_length=200)
    identifier = forms.CharField(required=False, max_length=200, widget=forms.HiddenInput)

    def is_blank(self):
        data = self.cleaned_data
        return not (data.get("text") or "").strip() and data.get("start") is None

    def clean(self):
        data = super().clean()
        if self.errors or self.is_blank() or data.get("DELETE"):
            return data
        start, end = data.get("start"), data.get("end")
        if start is None:
            self.add_error("start", _("A cue needs a start time."))
        if end is None:
            self.add_error("end", _("A cue needs an end time."))
        elif start is not None and end <= start:
            self.add_error("end", _("The cue must end after it starts."))
        if not (data.get("text") or "").strip():
            self.add_error("text", _("A cue needs its text (delete the cue instead)."))
        return data

    def cue(self):
        data = self.cleaned_data
        return Cue(
            start=data["start"],
            end=data["end"],
            text="\n".join(line.strip() for line in data["text"].splitlines() if line.strip()),
            identifier=data.get("identifier") or None,
            speaker=(data.get("speaker") or "").strip() or None,
        )


CueFormSet = forms.formset_factory(CueForm, extra=1, can_delete=True, max_num=CUES_PER_PAGE + 50)


def version_of(track):
    """What the form was opened on: a save over a newer version is refused."""
    return f"{track.file.name}|{track.updated_at.isoformat()}"


def initial_rows(cues):
    return [
        {
            "start": cue.start,
            "end": cue.end,
            "text": cue.text,
            "speaker": cue.speaker or "",
            "identifier": cue.identifier or "",
        }
        for cue in cues
    ]


def check_order(cues, duration):
    """Messages about cues out of order or past the end (numbers count from 1)."""
    problems = []
    for number, cue in enumerate(cues, start=1):
        if duration and cue.start >= duration:
            problems.append(
                _("Cue %(number)s starts at %(start)s, after the recording ends (%(end)s).")
                % {
                    "number": number,
                    "start": format_timestamp(cue.start),
                    "end": format_timestamp(duration),
                }
            )
        if number > 1 and cue.start < cues[number - 2].start:
            problems.append(
                _("Cue %(number)s starts at %(start)s, before the cue above it (%(before)s).")
                % {
                    "number": number,
                    "start": format_timestamp(cue.start),
                    "before": format_timestamp(cues[number - 2].start),
                }
            )
    return problems


def save_cues(track, cues, reviewed):
    """Write the cues as the track's WebVTT file and save the track (its transcript and
    search documents follow); the previous file goes once the change is committed."""
    vtt = cues_to_vtt(cues)
    parse_vtt(vtt)  # what is stored must read back
    old = track.file.name
    storage = track.file.storage
    track.file.save(f"{track.media_id}-{track.language}.vtt", ContentFile(vtt.encode()), save=False)
    if reviewed:
        track.status = CaptionStatus.REVIEWED
    track.save()
    if old and old != track.file.name:
        transaction.on_commit(lambda: storage.delete(old))


def edit_cues(request, page_id, language):
    page = recording(request, page_id, language, "edit")
    track = track_of(page, language)
    if track is None:
        return missing_track(request, page, language)
    media = media_of(request, page)
    if media is None:
        return redirect(editor_url(page))
    try:
        with track.file.open("rb") as handle:
            cues = parse_vtt(handle.read().decode("utf-8-sig"))
    except (CaptionError, UnicodeDecodeError, OSError) as problem:
        messages.error(
            request, _("The caption file cannot be read: %(error)s") % {"error": problem}
        )
        return redirect(editor_url(page))

    paginator = Paginator(cues, CUES_PER_PAGE, allow_empty_first_page=True)
    cue_page = paginator.get_page(request.GET.get("p"))
    first = cue_page.start_index() - 1 if cues else 0
    stop = first + len(cue_page.object_list)
    formset = CueFormSet(request.POST or None, initial=initial_rows(cue_page.object_list))
    problems = []
    if request.method == "POST":
        if request.POST.get("version") != version_of(track):
            problems.append(
                _("These captions were changed since you opened them: reload to see the changes.")
            )
        elif formset.is_valid():
            kept = [
                form.cue()
                for form in formset.forms
                if not form.cleaned_data.get("DELETE") and not form.is_blank()
            ]
            # A cue added at the bottom of the page goes where its time puts it.
            edited = cues[:first] + sorted(kept, key=lambda cue: cue.start) + cues[stop:]
            problems = check_order(edited, media.duration)
            if not edited:
                problems.append(_("Keep at least one cue; to remove the captions, delete them."))
            if not problems:
                reviewed = request.POST.get("action") == "review"
                try:
                    save_cues(track, edited, reviewed)
                except CaptionError as problem:
                    problems.append(str(problem))
                else:
                    messages.success(
                        request,
                        _("%(count)s cues saved.") % {"count": len(edited)}
                        + (" " + _("The captions are marked reviewed.") if reviewed else ""),
                    )
                    if reviewed:
                        return redirect(editor_url(page))
                    address = reverse("media_library_captions:cues", args=[page.pk, language])
                    return redirect(f"{address}?p={cue_page.number}")
        else:
            problems.append(_("Some cues need correcting: see the rows marked below."))
    return admin_page(
        request,
        "cue_editor",
        page,
        language,
        _("Edit the %(language)s cues"),
        track=track,
        media=media,
        formset=formset,
        cue_page=cue_page,
        first_number=first + 1,
        version=version_of(track),
        problems=problems,
    )
