"""Speech recognition with faster-whisper: a recording's sound in, timed cues out.

No Django models here (media_library.asr does the glue). faster-whisper is an optional
dependency (requirements-asr.txt): it is imported only when a model is loaded.

The sound is decoded with PyAV a window at a time (16 kHz mono, ten minutes: about
40 MB), each window cut at its quietest moment near the end so that no word is split,
and recognised in turn: a three-hour panel never sits in memory whole. The last words
of a window prompt the next, as faster-whisper does between its own 30-second pieces.
"""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Callable, Iterator
from typing import IO, Any

import av
import av.error
import numpy as np

from media_library.captions.base import Cue
from media_library.messages import translate as _
from media_library.processing.base import (
    MediaError,
    _display_name,
    _media_streams,
    _open_input,
    not_playable,
)
from media_library.processing.convert import _decode

#: What Whisper models hear: 16 kHz mono.
SAMPLE_RATE = 16_000
#: Sound recognised at a time (seconds); the cut falls in its last CUT_SEARCH seconds.
WINDOW_SECONDS = 600
CUT_SEARCH_SECONDS = 10
#: Caption lines: a cue holds at most this many characters (two lines of 42).
MAX_CUE_CHARACTERS = 84
#: Words of the previous window given to the next as its prompt.
PROMPT_CHARACTERS = 200


class SpeechModelError(MediaError):
    """The speech recognition model cannot be loaded (not installed, wrong path…)."""


@functools.cache
def load_model(name: str, device: str = "cpu", compute_type: str = "int8", threads: int = 0):
    """The faster-whisper model `name` (a model name such as "small", or the path of a
    converted model's folder), loaded once per process and argument set."""
    try:
        from faster_whisper import WhisperModel
    except ImportError as exc:
        raise SpeechModelError(
            _(
                "Speech recognition is not installed on this server "
                "(pip install -r requirements-asr.txt)."
            )
        ) from exc
    if os.sep in name and not os.path.isdir(name):  # a folder, not a name to download
        raise SpeechModelError(
            _("The speech recognition model “%(name)s” cannot be loaded: %(error)s")
            % {"name": name, "error": _("there is no such folder")}
        )
    try:
        return WhisperModel(name, device=device, compute_type=compute_type, cpu_threads=threads)
    except Exception as exc:  # CTranslate2, a download, a damaged folder: all say why
        raise SpeechModelError(
            _("The speech recognition model “%(name)s” cannot be loaded: %(error)s")
            % {"name": name, "error": exc}
        ) from exc


def audio_windows(
    source: str | os.PathLike | IO[bytes],
    window_seconds: float = WINDOW_SECONDS,
) -> Iterator[tuple[float, np.ndarray]]:
    """(start in seconds, 16 kHz mono float32 samples) for each window of the sound of
    `source`; one window (and the rest carried into the next) in memory at a time."""
    name = _display_name(source)
    window = int(window_seconds * SAMPLE_RATE)
    with _open_input(source) as container:
        _video, stream = _media_streams(container)
        if stream is None:
            raise MediaError(_("“%(name)s” has no audio.") % {"name": name})
        resampler = av.AudioResampler(format="flt", layout="mono", rate=SAMPLE_RATE)
        pending, held, start, errors = [], 0, 0.0, [0]
        try:
            for packet in container.demux(stream):
                for frame in _decode(packet, errors, name):
                    for out in resampler.resample(frame):
                        samples = out.to_ndarray().reshape(-1)
                        pending.append(samples)
                        held += samples.size
                if held >= window:
                    sound = np.concatenate(pending)
                    cut = quiet_cut(sound, window)
                    yield start, sound[:cut]
                    start += cut / SAMPLE_RATE
                    pending, held = [sound[cut:]], sound.size - cut
            for out in resampler.resample(None):
                pending.append(out.to_ndarray().reshape(-1))
        except av.error.FFmpegError as exc:
            raise MediaError(
                _("The sound of “%(name)s” could not be read: %(error)s")
                % {"name": name, "error": getattr(exc, "strerror", None) or str(exc)}
            ) from exc
        if start == 0 and not any(part.size for part in pending):
            raise not_playable(name, _("no sound can be decoded from it"))
        rest = np.concatenate(pending) if pending else np.zeros(0, np.float32)
        if rest.size:
            yield start, rest


def quiet_cut(sound: np.ndarray, window: int) -> int:
    """Where to end a window of `sound`: the quietest tenth of a second among the last
    CUT_SEARCH_SECONDS before `window` samples (a pause between words)."""
    step = SAMPLE_RATE // 10
    first = max(step, window - CUT_SEARCH_SECONDS * SAMPLE_RATE)
    tail = sound[first:window]
    blocks = tail[: tail.size - tail.size % step].reshape(-1, step)
    if not len(blocks):
        return window
    loudness = np.sqrt(np.mean(np.square(blocks), axis=1))
    return first + int(np.argmin(loudness)) * step + step // 2


def recognise(
    source: str | os.PathLike | IO[bytes],
    model: Any,
    language: str | None = None,
    on_progress: Callable[[float], None] | None = None,
    window_seconds: float = WINDOW_SECONDS,
) -> tuple[str, Iterator[Cue]]:
    """(language, cues) of the speech in `source`, as `model` (faster-whisper) hears it.

    `language` is a two-letter code, or None to detect it from the first window. Cues
    come as they are recognised; `on_progress(seconds)` is told how far it has got.
    """
    if not model.model.is_multilingual and language not in (None, "en"):
        raise MediaError(
            _("The speech recognition model knows English only; this recording is in “%(code)s”.")
            % {"code": language}
        )
    windows = audio_windows(source, window_seconds)
    first = next(windows, None)
    if first is None:
        raise not_playable(_display_name(source), _("no sound can be decoded from it"))
    start, sound = first
    segments, info = model.transcribe(sound, language=language, vad_filter=True)

    def cues():
        window_start, window_segments = start, segments
        while True:
            said = []
            for segment in window_segments:
                said.append(segment.text)
                yield from segment_cues(
                    window_start + segment.start, window_start + segment.end, segment.text
                )
                if on_progress is not None:
                    on_progress(window_start + segment.end)
            following = next(windows, None)
            if following is None:
                return
            prompt = " ".join(" ".join(said).split())[-PROMPT_CHARACTERS:]
            window_start, window_sound = following
            window_segments, _info = model.transcribe(
                window_sound, language=info.language, vad_filter=True, initial_prompt=prompt or None
            )

    return info.language, cues()


def segment_cues(start: float, end: float, text: str) -> list[Cue]:
    """One recognised segment as cues of about equal length, none much over
    MAX_CUE_CHARACTERS, its time shared between them by their length (a segment spans
    up to 30 seconds)."""
    words = text.split()
    if not words:
        return []
    end = max(end, start + 0.5)
    count = -(-len(" ".join(words)) // MAX_CUE_CHARACTERS)
    target = len(" ".join(words)) / count
    lines, line, said = [], [], 0  # `said`: characters up to the end of the last word
    for word in words:
        boundary = (len(lines) + 1) * target
        if line and len(lines) < count - 1 and said + 1 + len(word) / 2 > boundary:
            lines.append(" ".join(line))
            line = []
        line.append(word)
        said += len(word) + (1 if said else 0)
    lines.append(" ".join(line))
    total = sum(len(item) for item in lines)
    cues, at = [], start
    for item in lines:
        until = at + (end - start) * len(item) / total
        cues.append(Cue(start=round(at, 3), end=round(until, 3), text=item))
        at = until
    return cues


def word_error_rate(reference: str, hypothesis: str) -> float:
    """Words substituted, deleted or inserted to turn `hypothesis` into `reference`, per
    word of `reference` (case and punctuation aside): 0 is perfect."""
    expected, heard = _words(reference), _words(hypothesis)
    previous = list(range(len(heard) + 1))
    for number, word in enumerate(expected, 1):
        current = [number]
        for position, other in enumerate(heard, 1):
            current.append(
                min(
                    previous[position] + 1,
                    current[position - 1] + 1,
                    previous[position - 1] + (word != other),
                )
            )
        previous = current
    return previous[-1] / max(len(expected), 1)


def _words(text: str) -> list[str]:
    return re.findall(r"[\w']+", text.casefold())
