"""Reading and validating WebVTT."""

from __future__ import annotations

import html
import io
from collections.abc import Iterator

import webvtt
from webvtt.errors import MalformedCaptionError, MalformedFileError

from media_library.captions.base import (
    _VTT_TIMING,
    CaptionError,
    Cue,
    _split_lines,
    _where,
    cue_times,
    format_timestamp,
)
from media_library.messages import translate as _


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
        start, end = cue_times(
            match, line, _where(number, line_no, identifier), "00:00:01.000 --> 00:00:04.000"
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
