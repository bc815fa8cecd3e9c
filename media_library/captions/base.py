"""Caption errors, the cue, and time stamps."""

from __future__ import annotations

import dataclasses
import html
import re

from media_library.messages import translate as _


class CaptionError(ValueError):
    """A caption file cannot be used; the message is meant for an editor."""


#: Caption files larger than this are refused (a two-hour film needs ~200 KB).
MAX_CAPTION_BYTES = 2 * 1024 * 1024


@dataclasses.dataclass(frozen=True)
class Cue:
    """One caption: times in seconds, plain text (tags removed, entities decoded)."""

    start: float
    end: float
    text: str
    identifier: str | None = None
    speaker: str | None = None  # from a <v Speaker> voice tag


# --- time stamps --------------------------------------------------------------------

# Lenient like most players' authoring tools (0:01.5); written back canonically.
_TS = r"(?:(\d{1,10}):)?(\d{1,2}):(\d{1,2})\.(\d{1,3})"
_VTT_TIMING = re.compile(rf"^[ \t]*{_TS}[ \t]*-->[ \t]*{_TS}(?:[ \t]+(.*?))?[ \t]*$")
_SRT_TS = r"(?:(\d{1,3}):)?(\d{1,2}):(\d{1,2})[,.](\d{1,3})"
_SRT_TIMING = re.compile(rf"^[ \t]*{_SRT_TS}[ \t]*-->[ \t]*{_SRT_TS}(?:[ \t]+.*)?$")
_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def _seconds(hours: str | None, minutes: str, seconds: str, millis: str) -> float | None:
    """Seconds from matched timestamp parts, or None when minutes/seconds exceed 59."""
    if int(minutes) > 59 or int(seconds) > 59:
        return None
    total_ms = ((int(hours or 0) * 60 + int(minutes)) * 60 + int(seconds)) * 1000
    return (total_ms + int(millis.ljust(3, "0"))) / 1000


def format_timestamp(seconds: float) -> str:
    """``hh:mm:ss.ttt`` as WebVTT requires."""
    total_ms = max(0, round(seconds * 1000))
    hours, rest = divmod(total_ms, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    secs, millis = divmod(rest, 1000)
    return f"{hours:02d}:{minutes:02d}:{secs:02d}.{millis:03d}"


def _split_lines(text: str) -> list[str]:
    lines = _LINE_BREAK.split(text)
    if lines and not lines[-1]:
        lines.pop()
    return lines


def _where(number: int, line: int, identifier: str | None = None) -> str:
    if identifier and identifier != str(number):
        return _("Cue %(number)s (“%(id)s”, line %(line)s)") % {
            "number": number,
            "id": identifier,
            "line": line,
        }
    return _("Cue %(number)s (line %(line)s)") % {"number": number, "line": line}


_ENTITY = re.compile(r"&(?:#\d+|#x[0-9a-fA-F]+|[a-zA-Z][a-zA-Z0-9]*);")


def escape_cue_text(text: str) -> str:
    """Escape ``&``, ``<`` and ``>`` for WebVTT cue text, keeping existing entities."""
    parts = []
    position = 0
    for entity in _ENTITY.finditer(text):
        parts.append(html.escape(text[position : entity.start()], quote=False))
        parts.append(entity.group())
        position = entity.end()
    parts.append(html.escape(text[position:], quote=False))
    return "".join(parts)


def cue_times(match, line: str, where: str, example: str) -> tuple[float, float]:
    """(start, end) in seconds from a timing line's ``match`` (the start in groups 1-4,
    the end in 5-8), or the editor's message: an unreadable line shows how to write it
    (``example``); a cue must end after it starts."""
    start = end = None
    if match:
        start = _seconds(*match.group(1, 2, 3, 4))
        end = _seconds(*match.group(5, 6, 7, 8))
    if start is None or end is None:
        raise CaptionError(
            _("%(where)s: “%(value)s” is not a valid timing line; write it as %(example)s.")
            % {"where": where, "value": line.strip()[:80], "example": example}
        )
    if end <= start:
        raise CaptionError(
            _("%(where)s: it ends (%(end)s) before or when it starts (%(start)s).")
            % {"where": where, "start": format_timestamp(start), "end": format_timestamp(end)}
        )
    return start, end
