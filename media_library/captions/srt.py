"""Converting SubRip (.srt) to WebVTT."""

from __future__ import annotations

import re
from collections.abc import Iterator

from media_library.captions.base import (
    _SRT_TIMING,
    CaptionError,
    _split_lines,
    _where,
    cue_times,
    escape_cue_text,
    format_timestamp,
)
from media_library.captions.vtt import parse_vtt
from media_library.messages import translate as _

_SRT_KEEP_TAG = re.compile(r"</?[biu]>", re.IGNORECASE)
_ANY_TAG = re.compile(r"</?[a-zA-Z][^<>]*>")
_ASS_OVERRIDE = re.compile(r"\{\\[^{}]*\}")


def _srt_text_to_vtt(line: str) -> str:
    """One SubRip text line as WebVTT cue text: <b>/<i>/<u> kept, the rest escaped."""
    line = _ASS_OVERRIDE.sub("", line)
    out = []
    position = 0
    for tag in _ANY_TAG.finditer(line):
        out.append(escape_cue_text(line[position : tag.start()]))
        if _SRT_KEEP_TAG.fullmatch(tag.group()):
            out.append(tag.group().lower())
        position = tag.end()  # <font …> and unknown tags are dropped
    out.append(escape_cue_text(line[position:]))
    return "".join(out).strip()


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
        start, end = cue_times(
            match, line, _where(number, line_no, counter), "00:00:01,000 --> 00:00:04,000"
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
