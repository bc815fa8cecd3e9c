"""Small, plainly labelled sample media generated with PyAV for the demo content.

Nothing here is committed to the repository: ``load_demo`` generates the files at load
time. Everything is deterministic for a given ``seed`` (colours, tone sequence).

- :func:`make_sample_video`: H.264/AAC MP4 with a "SAMPLE RECORDING" card, a seconds
  counter, a moving marker and a progress bar, over gentle sine tones.
- :func:`make_sample_audio`: AAC ``.m4a`` of gentle sine tones.
- :func:`sample_cues`: captions in es/en/pt that say they are sample text.
- :func:`make_sample_speech`: AAC ``.m4a`` of a known text spoken by Debian's
  ``espeak-ng`` (for the speech recognition tests and benchmark).
"""

from __future__ import annotations

import math
import os
import random
import subprocess
import tempfile
from array import array
from collections.abc import Iterable, Mapping, Sequence
from fractions import Fraction
from pathlib import Path
from typing import Any

import av
from PIL import Image, ImageDraw, ImageFont

from media_library.captions import Cue
from media_library.processing import AudioWriter, add_audio_stream, add_video_stream, make_audio

SAMPLE_RATE = 44100
FPS = 25
TONE_SECONDS = 3.0
#: Notes the tones are drawn from (A3, E4 and neighbours): calm, not a beep.
TONES_HZ = (220.0, 330.0, 247.5, 293.3)
VOLUME = 0.12  # of full scale


def _palette(seed: int) -> dict[str, tuple[int, int, int]]:
    rng = random.Random(seed)
    return {
        "background": (12 + rng.randint(0, 10), 24 + rng.randint(0, 12), 64 + rng.randint(0, 24)),
        "text": (245, 245, 240),
        "muted": (170, 185, 215),
        "accent": (240, 180 + rng.randint(0, 40), 60),
        "track": (40, 56, 110),
    }


def _tone_sequence(seed: int, seconds: float) -> list[float]:
    """One frequency per :data:`TONE_SECONDS` slot, alternating low/high for the seed."""
    rng = random.Random(seed)
    slots = max(1, math.ceil(seconds / TONE_SECONDS))
    first = rng.randrange(2)
    return [TONES_HZ[(first + i) % 2 + 2 * (rng.random() < 0.25)] for i in range(slots)]


def _tone_samples(seed: int, seconds: float, rate: int = SAMPLE_RATE) -> Iterable[array]:
    """Mono float samples, 1024 at a time: sine tones with 40 ms fades at each change."""
    tones = _tone_sequence(seed, seconds)
    total = int(round(seconds * rate))
    slot = int(TONE_SECONDS * rate)
    fade = int(0.04 * rate)
    for block_start in range(0, total, 1024):
        block = array("f")
        for n in range(block_start, min(block_start + 1024, total)):
            index, within = divmod(n, slot)
            envelope = min(1.0, within / fade, (min(slot, total - index * slot) - within) / fade)
            freq = tones[min(index, len(tones) - 1)]
            block.append(VOLUME * envelope * math.sin(2 * math.pi * freq * n / rate))
        yield block


def _tone_writer(output, seed: int, seconds: float):
    """A function ``write_until(t)`` that writes the tones up to ``t`` seconds (``None``:
    all, then flush), so audio and video packets can be interleaved as they are made."""
    writer = AudioWriter(output, add_audio_stream(output, SAMPLE_RATE, "mono"))
    blocks = iter(_tone_samples(seed, seconds))
    written = [0]
    flushed = [False]

    def write_until(t: float | None) -> None:
        while not flushed[0] and (t is None or written[0] < t * SAMPLE_RATE):
            block = next(blocks, None)
            if block is None:
                writer.write(None)
                flushed[0] = True
                break
            frame = av.AudioFrame(format="flt", layout="mono", samples=len(block))
            frame.sample_rate = SAMPLE_RATE
            frame.planes[0].update(block.tobytes())
            writer.write(frame)
            written[0] += len(block)

    return write_until


def _font(size: int) -> ImageFont.ImageFont | ImageFont.FreeTypeFont:
    try:
        return ImageFont.load_default(size=size)
    except TypeError:  # Pillow < 10.1 (no size); a small bitmap font is still legible
        return ImageFont.load_default()


def _clock(seconds: float) -> str:
    whole = int(seconds)
    return f"{whole // 60:02d}:{whole % 60:02d}"


def make_sample_video(
    dest_path: str | os.PathLike,
    *,
    seconds: float = 12,
    width: int = 640,
    height: int = 360,
    title: str = "SAMPLE",
    seed: int = 0,
) -> Path:
    """Write a small sample MP4 (H.264 + AAC, 25 fps) to ``dest_path`` and return it.

    A navy card with ``title``, "SAMPLE RECORDING", a ``mm:ss`` counter, a moving
    marker and a progress bar; sine tones that change every 3 s (so sample captions
    line up with something). 12 s at 640×360 is about 150 KB.
    """
    width, height = max(2, width // 2 * 2), max(2, height // 2 * 2)
    colors = _palette(seed)
    scale = height / 360
    big, medium, small = _font(int(44 * scale)), _font(int(24 * scale)), _font(int(30 * scale))

    base = Image.new("RGB", (width, height), colors["background"])
    draw = ImageDraw.Draw(base)
    draw.text((int(24 * scale), int(20 * scale)), title[:60], font=medium, fill=colors["muted"])
    draw.text(
        (width // 2, int(height * 0.42)),
        "SAMPLE RECORDING",
        font=big,
        fill=colors["text"],
        anchor="mm",
    )
    bar_top, bar_bottom = height - int(28 * scale), height - int(18 * scale)
    margin = int(24 * scale)
    draw.rectangle((margin, bar_top, width - margin, bar_bottom), fill=colors["track"])
    marker_y = int(height * 0.62)
    total_label = _clock(seconds)

    dest = Path(dest_path)
    dest.parent.mkdir(parents=True, exist_ok=True)
    frames = int(round(seconds * FPS))
    with av.open(
        str(dest), "w", format="mp4", container_options={"movflags": "+faststart"}
    ) as output:
        video = add_video_stream(output, width, height, FPS)
        write_audio_until = _tone_writer(output, seed, seconds)
        for index in range(frames):
            t = index / FPS
            image = base.copy()
            draw = ImageDraw.Draw(image)
            progress = t / seconds if seconds else 0
            draw.rectangle(
                (margin, bar_top, margin + int((width - 2 * margin) * progress), bar_bottom),
                fill=colors["accent"],
            )
            x = margin + int((width - 2 * margin - 20 * scale) * (0.5 - 0.5 * math.cos(t * 1.2)))
            draw.ellipse(
                (x, marker_y, x + int(20 * scale), marker_y + int(20 * scale)),
                fill=colors["accent"],
            )
            draw.text(
                (width // 2, int(height * 0.78)),
                f"{_clock(t)} / {total_label}",
                font=small,
                fill=colors["text"],
                anchor="mm",
            )
            frame = av.VideoFrame.from_image(image).reformat(format="yuv420p")
            frame.pts = index
            frame.time_base = Fraction(1, FPS)
            output.mux(video.encode(frame))
            write_audio_until(t + 0.5)
        output.mux(video.encode(None))
        write_audio_until(None)
    return dest


def make_sample_audio(dest_path: str | os.PathLike, *, seconds: float = 15, seed: int = 0) -> Path:
    """Write a small sample ``.m4a`` (AAC, mono, 64 kb/s) of sine tones; return its path.

    15 s is about 120 KB.
    """
    dest = Path(dest_path)
    dest.parent.mkdir(parents=True, exist_ok=True)
    with av.open(
        str(dest), "w", format="ipod", container_options={"movflags": "+faststart"}
    ) as output:
        _tone_writer(output, seed, seconds)(None)
    return dest


# --- captions -----------------------------------------------------------------------

SAMPLE_SENTENCES = {
    "es": (
        "Grabación de muestra: este texto es un subtítulo de ejemplo.",
        "No es la transcripción de ninguna sesión real.",
        "Los subtítulos permiten seguir la grabación sin sonido.",
        "La transcripción de la página se genera a partir de estos subtítulos.",
    ),
    "en": (
        "Sample recording: this text is an example caption.",
        "It is not the transcript of any real session.",
        "Captions let you follow the recording without sound.",
        "The transcript on the page is generated from these captions.",
    ),
    "pt": (
        "Gravação de amostra: este texto é uma legenda de exemplo.",
        "Não é a transcrição de nenhuma sessão real.",
        "As legendas permitem acompanhar a gravação sem som.",
        "A transcrição da página é gerada a partir destas legendas.",
    ),
}
_COUNTER = {
    "es": "Subtítulo {n} de {total}",
    "en": "Caption {n} of {total}",
    "pt": "Legenda {n} de {total}",
}


def _chapter_marks(chapters: Iterable[Any] | None) -> list[tuple[float, str]]:
    """(start, title) pairs from tuples or mappings with start/time/t and title keys."""
    marks = []
    for chapter in chapters or ():
        if isinstance(chapter, Mapping):
            start = chapter.get("start", chapter.get("time", chapter.get("t", 0)))
            title = chapter.get("title", "")
        else:
            start, title = chapter[0], chapter[1]
        marks.append((float(start or 0), str(title or "").strip()))
    return sorted(marks)


def sample_cues(
    language: str,
    seconds: float,
    chapters: Sequence[Any] | None = None,
    *,
    every: float = TONE_SECONDS,
    speaker: str | None = None,
) -> list[Cue]:
    """Sample captions for ``seconds`` of media: a cue every ``every`` seconds.

    ``language`` is es, en or pt (``es-419`` etc. use their base language). Each cue
    says it is sample text, with "Caption n of N" (in the language) and, when
    ``chapters`` — (start, title) pairs or ``{"start", "title"}`` mappings — are given,
    the title of the chapter it falls in. Cues follow the 3 s tone changes of the
    sample media. Deterministic.
    """
    lang = language.replace("_", "-").split("-")[0].lower()
    if lang not in SAMPLE_SENTENCES:
        raise ValueError(f"No sample captions for language {language!r} (es, en, pt).")
    if seconds <= 0:
        return []
    sentences = SAMPLE_SENTENCES[lang]
    marks = _chapter_marks(chapters)
    count = max(1, math.ceil(seconds / every - 0.34))  # no last cue shorter than ~1 s
    cues = []
    for i in range(count):
        start = i * every
        end = seconds if i == count - 1 else start + every - 0.2  # a short gap between cues
        chapter = next((title for at, title in reversed(marks) if at <= start + 0.001), "")
        counter = _COUNTER[lang].format(n=i + 1, total=count)
        text = f"{sentences[i % len(sentences)]}\n({counter})"
        if chapter:
            text = f"{chapter} — {text}"
        cues.append(
            Cue(
                start=round(start, 3),
                end=round(end, 3),
                text=text,
                identifier=f"{lang}-{i + 1}",
                speaker=speaker,
            )
        )
    return cues


def make_sample_speech(dest_path: str | os.PathLike, text: str, *, voice: str = "en") -> Path:
    """``text`` spoken by the ``espeak-ng`` synthesiser (Debian package ``espeak-ng``) in
    ``voice``, as an AAC ``.m4a`` file at ``dest_path``. Raises FileNotFoundError when
    espeak-ng is not installed."""
    dest = Path(dest_path)
    with tempfile.TemporaryDirectory() as folder:
        wav = Path(folder) / "speech.wav"
        subprocess.run(
            ["espeak-ng", "-v", voice, "-w", str(wav), text],
            check=True,
            capture_output=True,
            timeout=120,
        )
        make_audio(wav, dest)
    return dest
