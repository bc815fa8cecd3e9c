"""Caption files: reading WebVTT, converting SubRip, writing WebVTT.

One module per part (``base``: errors, cues, time stamps; ``vtt``; ``srt``; ``files``;
``writing``); this package names what the rest of the hub uses.

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

from media_library.captions.base import MAX_CAPTION_BYTES, CaptionError, Cue, format_timestamp
from media_library.captions.files import decode_caption_bytes, load_caption_file
from media_library.captions.srt import srt_to_vtt
from media_library.captions.vtt import normalize_vtt, parse_vtt
from media_library.captions.writing import cues_to_vtt, transcript_text

__all__ = [
    "MAX_CAPTION_BYTES",
    "CaptionError",
    "Cue",
    "cues_to_vtt",
    "decode_caption_bytes",
    "format_timestamp",
    "load_caption_file",
    "normalize_vtt",
    "parse_vtt",
    "srt_to_vtt",
    "transcript_text",
]
