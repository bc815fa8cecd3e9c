"""Writing cues as WebVTT, and the plain transcript."""

from __future__ import annotations

from collections.abc import Iterable

from media_library.captions.base import CaptionError, Cue, escape_cue_text, format_timestamp
from media_library.messages import translate as _


def cues_to_vtt(cues: Iterable[Cue]) -> str:
    """Write cues as a WebVTT file (text escaped, speakers as ``<v Name>`` tags)."""
    out = ["WEBVTT", ""]
    for cue in cues:
        if cue.end <= cue.start or cue.start < 0:
            raise CaptionError(
                _("A cue must end after it starts: %(start)s --> %(end)s.")
                % {"start": format_timestamp(cue.start), "end": format_timestamp(cue.end)}
            )
        identifier = " ".join((cue.identifier or "").split()).replace("-->", "->")
        if identifier:
            out.append(identifier)
        out.append(f"{format_timestamp(cue.start)} --> {format_timestamp(cue.end)}")
        text_lines = [
            escape_cue_text(line.strip()).replace("-->", "--&gt;")
            for line in cue.text.split("\n")
            if line.strip()
        ] or [""]
        if cue.speaker:
            speaker = escape_cue_text(" ".join(cue.speaker.split()))
            text_lines[0] = f"<v {speaker}>{text_lines[0]}"
        out.extend(text_lines)
        out.append("")
    return "\n".join(out)


def transcript_text(cues: Iterable[Cue]) -> str:
    """Plain transcript: one line per cue, ``Speaker: text`` when the speaker changes."""
    lines = []
    speaker = None
    for cue in cues:
        text = " ".join(cue.text.split())
        if not text:
            continue
        if cue.speaker and cue.speaker != speaker:
            text = f"{cue.speaker}: {text}"
        speaker = cue.speaker or speaker
        lines.append(text)
    return "\n".join(lines)
