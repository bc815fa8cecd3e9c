"""An uploaded caption file: decoding, size and format checks, conversion."""

from __future__ import annotations

import re

from media_library.captions.base import _SRT_TS, MAX_CAPTION_BYTES, CaptionError, Cue
from media_library.captions.srt import srt_to_vtt
from media_library.captions.vtt import normalize_vtt, parse_vtt
from media_library.messages import translate as _

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
