"""Caption files: reading WebVTT, converting SubRip, writing WebVTT.

Pure functions over text and bytes (no Django models):

- :func:`load_caption_file` takes an uploaded file's bytes and name, decodes them,
  converts SubRip (``.srt``) to WebVTT and returns ``(vtt_text, cues)``.
- :func:`parse_vtt` validates WebVTT text and returns its :class:`Cue` list.
- :func:`srt_to_vtt` converts SubRip text to WebVTT text.
- :func:`cues_to_vtt` writes cues as WebVTT (demo captions); :func:`transcript_text`
  gives the plain transcript.

Every refusal raises :class:`CaptionError` (a ``ValueError``) whose message names the
cue and line at fault and can be shown to an editor as it is.
"""

from __future__ import annotations

import dataclasses
import html
import io
import re
from collections.abc import Iterable, Iterator

import webvtt
from webvtt.errors import MalformedCaptionError, MalformedFileError

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


# --- WebVTT -------------------------------------------------------------------------


def _vtt_blocks(lines: list[str]) -> Iterator[list[tuple[int, str]]]:
    """Blocks of (line number, line), split as WebVTT (and webvtt-py) split them.

    A block ends at an empty line; a line holding "-->" that cannot be the timing line
    of the current block starts a new block (a missing blank line between cues).
    """
    block: list[tuple[int, str]] = []
    in_header = True
    for number, line in enumerate(lines, start=1):
        starts_new = bool(
            block and "-->" in line and (in_header or len(block) > 1 or "-->" in block[0][1])
        )
        if not line or starts_new:
            if block:
                yield block
                block = []
                in_header = False
        if line:
            block.append((number, line))
    if block:
        yield block


def _read_vtt(text: str) -> tuple[list[str], list[Cue]]:
    """Validate WebVTT ``text``: (lines with canonical timing lines, cues)."""
    if not isinstance(text, str):
        raise TypeError("parse_vtt() takes text (str); decode bytes with load_caption_file().")
    lines = _split_lines(text.removeprefix("\ufeff"))
    first = lines[0] if lines else ""
    if not (first == "WEBVTT" or first.startswith(("WEBVTT ", "WEBVTT\t"))):
        raise CaptionError(
            _("A WebVTT caption file must start with the line “WEBVTT” (line 1 is “%(line)s”).")
            % {"line": first[:40]}
        )

    timings: list[tuple[float, float]] = []
    number = 0
    for block in _vtt_blocks(lines):
        if block[0][0] == 1 or not any("-->" in line for _n, line in block):
            continue  # the header, a NOTE, STYLE or REGION block
        number += 1
        index = 0 if "-->" in block[0][1] else 1
        identifier = block[0][1].strip() if index == 1 else None
        line_no, line = block[index] if index < len(block) else block[-1]
        match = _VTT_TIMING.match(line) if index < len(block) else None
        start = end = None
        if match:
            start = _seconds(*match.group(1, 2, 3, 4))
            end = _seconds(*match.group(5, 6, 7, 8))
        if start is None or end is None:
            raise CaptionError(
                _(
                    "%(where)s: “%(value)s” is not a valid timing line; write it as "
                    "00:00:01.000 --> 00:00:04.000."
                )
                % {"where": _where(number, line_no, identifier), "value": line.strip()[:80]}
            )
        if end <= start:
            raise CaptionError(
                _("%(where)s: it ends (%(end)s) before or when it starts (%(start)s).")
                % {
                    "where": _where(number, line_no, identifier),
                    "start": format_timestamp(start),
                    "end": format_timestamp(end),
                }
            )
        settings = match.group(9)
        canonical = f"{format_timestamp(start)} --> {format_timestamp(end)}"
        lines[line_no - 1] = f"{canonical} {settings}" if settings else canonical
        timings.append((start, end))

    try:
        parsed = webvtt.from_buffer(io.StringIO("\n".join(lines) + "\n"))
    except (MalformedFileError, MalformedCaptionError, ValueError) as exc:
        raise CaptionError(
            _("The caption file could not be read: %(error)s") % {"error": exc}
        ) from exc
    if len(parsed.captions) != len(timings):
        raise CaptionError(
            _("The caption file could not be read: %(found)s of %(total)s cues are valid.")
            % {"found": len(parsed.captions), "total": len(timings)}
        )

    cues = []
    for (start, end), caption in zip(timings, parsed.captions, strict=True):
        text = "\n".join(html.unescape(line).strip() for line in caption.text.split("\n"))
        speaker = caption.voice
        cues.append(
            Cue(
                start=start,
                end=end,
                text=text.strip(),
                identifier=caption.identifier.strip() if caption.identifier else None,
                speaker=html.unescape(speaker).strip() if speaker else None,
            )
        )
    return lines, cues


def parse_vtt(text: str) -> list[Cue]:
    """Validate WebVTT ``text`` and return its cues, in file order.

    The text must start with ``WEBVTT`` (a byte-order mark is allowed); each cue needs
    a valid timing line with ``end > start``. Voice tags (``<v Ana>``) become
    :attr:`Cue.speaker`; all tags are removed from :attr:`Cue.text`. A header-only file
    gives ``[]``. Raises :class:`CaptionError` naming the cue number and line.
    """
    return _read_vtt(text)[1]


def normalize_vtt(text: str) -> str:
    """WebVTT ``text`` validated, without BOM, ``\\n`` line ends, canonical timestamps."""
    return "\n".join(_read_vtt(text)[0]) + "\n"


# --- SubRip -------------------------------------------------------------------------

_SRT_KEEP_TAG = re.compile(r"</?[biu]>", re.IGNORECASE)
_ANY_TAG = re.compile(r"</?[a-zA-Z][^<>]*>")
_ASS_OVERRIDE = re.compile(r"\{\\[^{}]*\}")
_ENTITY = re.compile(r"&(?:#\d+|#x[0-9a-fA-F]+|[a-zA-Z][a-zA-Z0-9]*);")


def _srt_text_to_vtt(line: str) -> str:
    """One SubRip text line as WebVTT cue text: <b>/<i>/<u> kept, the rest escaped."""
    line = _ASS_OVERRIDE.sub("", line)
    out = []
    position = 0
    for tag in _ANY_TAG.finditer(line):
        out.append(_escape_text(line[position : tag.start()]))
        if _SRT_KEEP_TAG.fullmatch(tag.group()):
            out.append(tag.group().lower())
        position = tag.end()  # <font …> and unknown tags are dropped
    out.append(_escape_text(line[position:]))
    return "".join(out).strip()


def _escape_text(text: str) -> str:
    """Escape ``&``, ``<`` and ``>`` for WebVTT cue text, keeping existing entities."""
    parts = []
    position = 0
    for entity in _ENTITY.finditer(text):
        parts.append(html.escape(text[position : entity.start()], quote=False))
        parts.append(entity.group())
        position = entity.end()
    parts.append(html.escape(text[position:], quote=False))
    return "".join(parts)


def _srt_blocks(lines: list[str]) -> Iterator[list[tuple[int, str]]]:
    block: list[tuple[int, str]] = []
    for number, line in enumerate(lines, start=1):
        if line.strip():
            block.append((number, line.rstrip()))
        elif block:
            yield block
            block = []
    if block:
        yield block


def srt_to_vtt(text: str) -> str:
    """Convert SubRip text to WebVTT text (validated with :func:`parse_vtt`).

    Counters become cue identifiers, ``,`` becomes ``.`` in times, ``<b>``/``<i>``/``<u>``
    are kept, ``<font>`` and ``{\\an8}`` overrides are dropped, a blank line inside a
    cue's text is tolerated. Raises :class:`CaptionError` naming the cue and line.
    """
    lines = _split_lines(text.removeprefix("\ufeff"))
    cues: list[tuple[str | None, float, float, list[str]]] = []
    number = 0
    for block in _srt_blocks(lines):
        first_no, first = block[0]
        index = 0 if "-->" in first else 1
        counter = first.strip() if index == 1 else None
        if index >= len(block) or "-->" not in block[index][1]:
            if cues and not any("-->" in line for _n, line in block):
                cues[-1][3].extend(line for _n, line in block)  # a blank line in the text
                continue
            raise CaptionError(
                _(
                    "%(where)s: expected a counter and a timing line such as "
                    "00:00:01,000 --> 00:00:04,000, found “%(value)s”."
                )
                % {"where": _where(number + 1, first_no), "value": first.strip()[:80]}
            )
        number += 1
        line_no, line = block[index]
        match = _SRT_TIMING.match(line)
        start = end = None
        if match:
            start = _seconds(*match.group(1, 2, 3, 4))
            end = _seconds(*match.group(5, 6, 7, 8))
        if start is None or end is None:
            raise CaptionError(
                _(
                    "%(where)s: “%(value)s” is not a valid timing line; write it as "
                    "00:00:01,000 --> 00:00:04,000."
                )
                % {"where": _where(number, line_no, counter), "value": line.strip()[:80]}
            )
        if end <= start:
            raise CaptionError(
                _("%(where)s: it ends (%(end)s) before or when it starts (%(start)s).")
                % {
                    "where": _where(number, line_no, counter),
                    "start": format_timestamp(start),
                    "end": format_timestamp(end),
                }
            )
        cues.append((counter, start, end, [text for _n, text in block[index + 1 :]]))

    out = ["WEBVTT", ""]
    for counter, start, end, text_lines in cues:
        payload = [_srt_text_to_vtt(line).replace("-->", "--&gt;") for line in text_lines]
        payload = [line for line in payload if line]
        if not payload:
            continue  # a cue without text shows nothing
        if counter and "-->" not in counter:
            out.append(counter)
        out.append(f"{format_timestamp(start)} --> {format_timestamp(end)}")
        out.extend(payload)
        out.append("")
    vtt_text = "\n".join(out)
    parse_vtt(vtt_text)
    return vtt_text


# --- files --------------------------------------------------------------------------

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_LOOKS_SRT = re.compile(rf"^[ \t]*\d+[ \t]*\r?\n{_SRT_TS}[ \t]*-->", re.MULTILINE)


def decode_caption_bytes(data: bytes, filename: str = "") -> str:
    """Text of a caption file: UTF-8 (with or without BOM), UTF-16/32 with a BOM, else
    Windows-1252 (old SubRip files). Raises :class:`CaptionError` for binary data."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                break
            return _checked_text(text, filename)
    for encoding in ("utf-8", "cp1252"):
        try:
            return _checked_text(data.decode(encoding), filename)
        except UnicodeDecodeError:
            continue
    raise CaptionError(
        _("“%(name)s” cannot be read as text: save it as UTF-8 and upload it again.")
        % {"name": filename or _("The caption file")}
    )


def _checked_text(text: str, filename: str) -> str:
    if _CONTROL.search(text.removeprefix("\ufeff")):
        raise CaptionError(
            _("“%(name)s” is not a text file: upload a WebVTT (.vtt) or SubRip (.srt) file.")
            % {"name": filename or _("The caption file")}
        )
    return text.removeprefix("\ufeff")


def load_caption_file(data: bytes, filename: str) -> tuple[str, list[Cue]]:
    """Read an uploaded caption file: ``(WebVTT text, cues)``.

    Accepts WebVTT and SubRip, detected by content (the extension only breaks a tie),
    in UTF-8/UTF-16 or Windows-1252. The returned text is normalised WebVTT (UTF-8
    ready, ``\\n`` line ends, canonical times). Refuses empty files, files over
    :data:`MAX_CAPTION_BYTES`, binary files and files without cues, with
    :class:`CaptionError` messages that start with the file name.
    """
    name = filename or _("The caption file")
    if len(data) > MAX_CAPTION_BYTES:
        raise CaptionError(
            _("“%(name)s” is larger than %(limit)s MB; caption files are much smaller.")
            % {"name": name, "limit": MAX_CAPTION_BYTES // (1024 * 1024)}
        )
    text = decode_caption_bytes(data, filename)
    if not text.strip():
        raise CaptionError(_("“%(name)s” is empty.") % {"name": name})
    text = text.lstrip("\r\n\t ")  # blank lines before the header are common in SRT
    try:
        if text.startswith("WEBVTT"):
            vtt_text = normalize_vtt(text)
        elif _LOOKS_SRT.search(text) or filename.lower().endswith(".srt"):
            vtt_text = normalize_vtt(srt_to_vtt(text))
        elif "-->" not in text:
            raise CaptionError(
                _("It is not a caption file: upload a WebVTT (.vtt) or SubRip (.srt) file.")
            )
        else:
            vtt_text = normalize_vtt(text)  # refused: explains the missing WEBVTT line
        cues = parse_vtt(vtt_text)
    except CaptionError as exc:
        raise CaptionError(f"“{name}”: {exc}") from exc
    if not cues:
        raise CaptionError(_("“%(name)s” contains no captions.") % {"name": name})
    return vtt_text, cues


# --- writing ------------------------------------------------------------------------


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
            _escape_text(line.strip()).replace("-->", "--&gt;")
            for line in cue.text.split("\n")
            if line.strip()
        ] or [""]
        if cue.speaker:
            speaker = _escape_text(" ".join(cue.speaker.split()))
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
