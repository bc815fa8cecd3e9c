"""The light renditions: a 360p H.264/AAC MP4 and an AAC audio file."""

from __future__ import annotations

import os
from contextlib import contextmanager, suppress
from fractions import Fraction
from pathlib import Path
from typing import IO

import av
import av.error

from media_library.processing.base import (
    _AAC_RATES,
    AUDIO_BIT_RATE_MONO,
    AUDIO_BIT_RATE_STEREO,
    AUDIO_ENCODER,
    LOW_VIDEO_BIT_RATE,
    LOW_VIDEO_HEIGHT,
    LOW_VIDEO_MAX_FPS,
    MAX_DECODE_ERRORS,
    VIDEO_ENCODERS,
    MediaError,
    MediaInfo,
    _,
    _display_name,
    _media_streams,
    _open_input,
    _start_seconds,
    not_playable,
)
from media_library.processing.probe import probe


def available_video_encoder() -> str:
    """The first usable encoder of :data:`VIDEO_ENCODERS` in this FFmpeg build."""
    for name in VIDEO_ENCODERS:
        try:
            av.Codec(name, "w")
        except (av.error.FFmpegError, ValueError):
            continue
        return name
    raise MediaError(_("No video encoder is available on this server."))


def _even(value: float) -> int:
    return max(2, int(round(value / 2)) * 2)


def low_video_size(width: int, height: int, target: int = LOW_VIDEO_HEIGHT) -> tuple[int, int]:
    """Displayed size of the low rendition: the shorter side at most ``target``, even.

    Never upscales; keeps the aspect ratio (a portrait video gets ``target`` wide).
    """
    short = min(width, height)
    scale = min(1.0, target / short) if short else 1.0
    return _even(width * scale), _even(height * scale)


def audio_layout_for(channels: int | None) -> str:
    """Mono stays mono; anything with two or more channels becomes stereo."""
    return "mono" if (channels or 2) == 1 else "stereo"


def aac_rate_for(rate: int | None) -> int:
    """The sample rate for AAC: the input's when AAC takes it, else 48 kHz."""
    if rate in _AAC_RATES and rate <= 48000:
        return rate
    return 48000


def add_video_stream(
    output, width: int, height: int, fps: Fraction | int, bit_rate: int = LOW_VIDEO_BIT_RATE
):
    """Add an H.264 (or fallback) stream tuned for small web files to ``output``."""
    encoder = available_video_encoder()
    fps = Fraction(fps)
    if encoder == "libx264":
        options = {
            "preset": "veryfast",
            "crf": "26",
            "maxrate": str(bit_rate),
            "bufsize": str(bit_rate * 2),
            "profile": "main",
        }
    else:
        options = {}
    stream = output.add_stream(encoder, rate=fps, options=options)
    stream.width, stream.height = width, height
    stream.pix_fmt = "yuv420p"
    stream.codec_context.time_base = 1 / fps
    stream.codec_context.gop_size = max(1, int(round(fps * 2)))  # a keyframe every 2 s
    if encoder != "libx264":
        stream.bit_rate = bit_rate
    return stream


def add_audio_stream(output, rate: int, layout: str):
    """Add an AAC stream (64 kb/s mono, 96 kb/s stereo) to ``output``."""
    stream = output.add_stream(AUDIO_ENCODER, rate=rate, layout=layout)
    stream.bit_rate = AUDIO_BIT_RATE_MONO if layout == "mono" else AUDIO_BIT_RATE_STEREO
    stream.codec_context.time_base = Fraction(1, rate)
    return stream


class AudioWriter:
    """Resample decoded audio to the AAC encoder's format and mux it, with clean pts."""

    def __init__(self, output, stream, start_offset: float = 0.0):
        self.output = output
        self.stream = stream
        rate = stream.codec_context.sample_rate
        self.resampler = av.AudioResampler(
            format="fltp", layout=stream.codec_context.layout.name, rate=rate, frame_size=1024
        )
        self.next_pts = max(0, round(start_offset * rate))
        self.time_base = Fraction(1, rate)

    def write(self, frame) -> None:
        """Encode one decoded frame (``None`` flushes the resampler and the encoder)."""
        if frame is not None:
            frame.pts = None  # timing comes from the sample count: no gaps, no jumps
        for out in self.resampler.resample(frame):
            out.pts = self.next_pts
            out.time_base = self.time_base
            self.next_pts += out.samples
            self.output.mux(self.stream.encode(out))
        if frame is None:
            self.output.mux(self.stream.encode(None))


def _decode(packet, errors: list[int], name: str):
    try:
        return packet.decode()
    except av.error.InvalidDataError:
        errors[0] += 1
        if errors[0] > MAX_DECODE_ERRORS:
            raise MediaError(
                _("“%(name)s” has too many damaged parts to be converted.") % {"name": name}
            ) from None
        return []


@contextmanager
def _output(dest_path: str | os.PathLike, fmt: str):
    """Open ``dest_path`` for writing; remove the partial file if anything fails."""
    dest = Path(dest_path)
    dest.parent.mkdir(parents=True, exist_ok=True)
    container = av.open(str(dest), "w", format=fmt, container_options={"movflags": "+faststart"})
    try:
        yield container
    except BaseException:
        with suppress(Exception):
            container.close()
        dest.unlink(missing_ok=True)
        raise
    else:
        container.close()


@contextmanager
def _converting(src, dest_path, fmt: str, name: str):
    """The opened source and output; an FFmpeg failure becomes a MediaError for editors."""
    try:
        with _open_input(src) as source, _output(dest_path, fmt) as output:
            yield source, output
    except av.error.FFmpegError as exc:
        raise MediaError(
            _("“%(name)s” could not be converted: %(error)s")
            % {"name": name, "error": getattr(exc, "strerror", None) or str(exc)}
        ) from exc


def make_low_video(
    src: str | os.PathLike | IO[bytes],
    dest_path: str | os.PathLike,
    height: int = LOW_VIDEO_HEIGHT,
) -> MediaInfo:
    """Write a low-bandwidth MP4 rendition of the video ``src`` to ``dest_path``.

    H.264 (``libx264``, else another H.264 encoder or MPEG-4 part 2) at most
    :data:`LOW_VIDEO_BIT_RATE`, at most 30 fps, the shorter displayed side scaled down
    to ``height`` (never up), even dimensions; AAC audio at 64/96 kb/s when the source
    has sound (a silent video gives a silent rendition); ``+faststart`` so playback
    starts before the download ends. Frames are streamed: memory stays bounded.
    Returns the :class:`MediaInfo` of the new file.
    """
    name = _display_name(src)
    info = probe(src)
    if not info.has_video:
        raise MediaError(_("“%(name)s” has no video to convert.") % {"name": name})
    out_w, out_h = low_video_size(info.width, info.height, height)
    rotation = info.rotation
    # Frames are encoded as stored; the display matrix rotates them on playback.
    enc_w, enc_h = (out_h, out_w) if abs(rotation) % 180 == 90 else (out_w, out_h)
    fps = Fraction(info.frame_rate or 25).limit_denominator(1001)
    if fps <= 0 or fps > LOW_VIDEO_MAX_FPS:
        fps = Fraction(LOW_VIDEO_MAX_FPS if fps > LOW_VIDEO_MAX_FPS else 25)

    with _converting(src, dest_path, "mp4", name) as (source, output):
        in_video, in_audio = _media_streams(source)
        in_video.codec_context.thread_type = "AUTO"
        t0 = _start_seconds(source)
        out_video = add_video_stream(output, enc_w, enc_h, fps)
        if rotation:
            out_video.set_display_rotation(rotation)
        audio_writer = None
        streams = [in_video]
        if in_audio is not None:
            rate = aac_rate_for(in_audio.codec_context.sample_rate)
            layout = audio_layout_for(in_audio.codec_context.channels)
            audio_writer = AudioWriter(output, add_audio_stream(output, rate, layout))
            streams.append(in_audio)

        errors = [0]
        last_pts = -1
        audio_started = False
        for packet in source.demux(*streams):
            for frame in _decode(packet, errors, name):
                if packet.stream.index == in_video.index:
                    t = (frame.time or 0.0) - t0
                    pts = round(t * fps) if frame.time is not None else last_pts + 1
                    if pts <= last_pts:
                        continue  # over the frame-rate cap (or a duplicate): drop it
                    last_pts = pts
                    scaled = frame.reformat(
                        width=enc_w, height=enc_h, format="yuv420p", interpolation="AREA"
                    )
                    scaled.pts = pts
                    scaled.time_base = out_video.codec_context.time_base
                    output.mux(out_video.encode(scaled))
                elif audio_writer is not None:
                    if not audio_started:
                        audio_started = True
                        offset = max(0.0, (frame.time or 0.0) - t0)
                        audio_writer.next_pts = round(offset / audio_writer.time_base)
                    audio_writer.write(frame)
        if last_pts < 0:
            raise not_playable(name, _("no picture can be decoded from it"))
        output.mux(out_video.encode(None))
        if audio_writer is not None:
            audio_writer.write(None)
    return probe(dest_path)


def make_audio(src: str | os.PathLike | IO[bytes], dest_path: str | os.PathLike) -> MediaInfo:
    """Write the sound of ``src`` as AAC in an ``.m4a`` file (``audio/mp4``).

    Mono stays mono, anything else becomes stereo; 64 kb/s mono or 96 kb/s stereo;
    resampled to the encoder's format. Raises :class:`MediaError` when ``src`` has
    no audio. Returns the :class:`MediaInfo` of the new file.
    """
    name = _display_name(src)
    info = probe(src)
    if not info.has_audio:
        raise MediaError(_("“%(name)s” has no audio.") % {"name": name})
    with _converting(src, dest_path, "ipod", name) as (source, output):
        _video, in_audio = _media_streams(source)
        rate = aac_rate_for(in_audio.codec_context.sample_rate)
        layout = audio_layout_for(in_audio.codec_context.channels)
        writer = AudioWriter(output, add_audio_stream(output, rate, layout))
        errors = [0]
        wrote = False
        for packet in source.demux(in_audio):
            for frame in _decode(packet, errors, name):
                writer.write(frame)
                wrote = True
        if not wrote:
            raise not_playable(name, _("no sound can be decoded from it"))
        writer.write(None)
    return probe(dest_path)
