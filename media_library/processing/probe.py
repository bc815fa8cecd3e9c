"""Reading a file's technical metadata, refusing what is not playable audio or video."""

from __future__ import annotations

import os
import time
from contextlib import suppress
from typing import IO

import av
import av.error

from media_library.processing.base import (
    _WEBM_CODECS,
    IMAGE_FORMATS,
    MIN_DURATION,
    PROBE_MAX_PACKETS,
    PROBE_MAX_SECONDS,
    MediaInfo,
    _,
    _container_seconds,
    _display_name,
    _media_streams,
    _open_input,
    _start_seconds,
    _stream_seconds,
    not_playable,
)


def probe(path_or_file: str | os.PathLike | IO[bytes]) -> MediaInfo:
    """Read the technical metadata of an audio or video file.

    Reads the container header, demuxes a few packets and decodes the first frame to
    prove the file plays; never decodes the whole file. Raises :class:`MediaError`
    for an empty or unreadable file, a picture, text, a file without audio or video,
    one shorter than :data:`MIN_DURATION` or one whose data stops early (truncated).
    """
    name = _display_name(path_or_file)
    with _open_input(path_or_file) as container:
        format_name = container.format.name or ""
        if set(format_name.split(",")) & IMAGE_FORMATS or format_name.endswith("_pipe"):
            raise not_playable(name, _("it is a picture or a text, not a recording"))
        video, audio = _media_streams(container)
        if video is None and audio is None:
            raise not_playable(name, _("it contains no audio or video"))
        primary = video or audio

        try:
            first = _first_frame(container, primary)
        except av.error.FFmpegError as exc:
            raise not_playable(name, _("its data cannot be decoded")) from exc
        if first is None:
            raise not_playable(name, _("no picture or sound can be decoded from it"))

        duration = (
            _container_seconds(container)
            or max(_stream_seconds(video) or 0, _stream_seconds(audio) or 0)
            or _demuxed_seconds(container)
        )
        if not duration or duration < MIN_DURATION:
            raise not_playable(name, _("it is a single picture or too short to play"))
        if _looks_truncated(container, duration):
            raise not_playable(name, _("it looks incomplete (was the upload interrupted?)"))

        width = height = None
        rotation = 0
        frame_rate = None
        if video is not None:
            rotation = int(getattr(first, "rotation", 0) or 0) if primary is video else 0
            width, height = _display_size(video, rotation)
            rate = video.average_rate or video.guessed_rate
            frame_rate = round(float(rate), 3) if rate else None
        codecs = {s.codec_context.name for s in (video, audio) if s is not None}
        return MediaInfo(
            kind="video" if video is not None else "audio",
            duration=round(float(duration), 3),
            width=width,
            height=height,
            video_codec=video.codec_context.name if video is not None else None,
            audio_codec=audio.codec_context.name if audio is not None else None,
            bit_rate=container.bit_rate or None,
            format_name=format_name,
            mime_type=_mime_type(container, video is not None, codecs),
            has_audio=audio is not None,
            has_video=video is not None,
            frame_rate=frame_rate,
            sample_rate=(audio.codec_context.sample_rate or None) if audio is not None else None,
            channels=(audio.codec_context.channels or None) if audio is not None else None,
            rotation=rotation,
        )


def _first_frame(container, stream):
    """Decode the first frame of ``stream``, demuxing a bounded number of packets."""
    deadline = time.monotonic() + PROBE_MAX_SECONDS
    for count, packet in enumerate(container.demux(stream)):
        try:
            frames = packet.decode()
        except av.error.InvalidDataError:
            frames = []
        if frames:
            return frames[0]
        if count >= PROBE_MAX_PACKETS or time.monotonic() > deadline:
            return None
    return None


def _demuxed_seconds(container) -> float | None:
    """Duration from packet timestamps, for files whose header has none (time-boxed)."""
    with suppress(av.error.FFmpegError):
        container.seek(0)
    deadline = time.monotonic() + PROBE_MAX_SECONDS
    start = end = None
    for count, packet in enumerate(container.demux()):
        if packet.pts is not None and packet.time_base:
            t0 = float(packet.pts * packet.time_base)
            t1 = t0 + float((packet.duration or 0) * packet.time_base)
            start = t0 if start is None else min(start, t0)
            end = t1 if end is None else max(end, t1)
        if count >= PROBE_MAX_PACKETS * 50 or time.monotonic() > deadline:
            break
    if start is None or end is None:
        return None
    return end - start


def _looks_truncated(container, duration: float) -> bool:
    """True when seeking near the announced end finds no data at all.

    A file cut short (an interrupted upload) keeps its header, so it announces a
    duration whose data is missing. Seek errors (unseekable input) are not held
    against the file.
    """
    if duration < 2:
        return False
    target = _start_seconds(container) + duration * 0.9
    try:
        container.seek(int(target * av.time_base), backward=True)
    except (av.error.FFmpegError, OSError):
        return False
    try:
        for packet in container.demux():
            if packet.size:
                return False
    except (av.error.FFmpegError, OSError):
        return True
    return True


def _display_size(stream, rotation: int) -> tuple[int | None, int | None]:
    width = stream.codec_context.width or None
    height = stream.codec_context.height or None
    if not width or not height:
        return width, height
    sar = stream.sample_aspect_ratio
    if sar and sar > 0 and sar != 1:
        width = max(1, round(width * sar))
    if abs(rotation) % 180 == 90:
        width, height = height, width
    return width, height


def _mime_type(container, has_video: bool, codecs: set[str]) -> str:
    """The MIME type of the container (not of the file name)."""
    names = set((container.format.name or "").split(","))
    if names & {"mov", "mp4"}:
        brand = (container.metadata.get("major_brand") or "").strip().lower()
        if brand == "qt":
            return "video/quicktime"
        if brand.startswith("3g2"):
            return "video/3gpp2" if has_video else "audio/3gpp2"
        if brand.startswith("3gp"):
            return "video/3gpp" if has_video else "audio/3gpp"
        return "video/mp4" if has_video else "audio/mp4"
    if names & {"matroska", "webm"}:
        kind = "video" if has_video else "audio"
        return f"{kind}/webm" if codecs <= _WEBM_CODECS else f"{kind}/x-matroska"
    simple = {
        "ogg": "video/ogg" if has_video else "audio/ogg",
        "mp3": "audio/mpeg",
        "wav": "audio/wav",
        "w64": "audio/wav",
        "flac": "audio/flac",
        "aac": "audio/aac",
        "aiff": "audio/aiff",
        "amr": "audio/amr",
        "avi": "video/x-msvideo",
        "mpegts": "video/mp2t",
        "mpeg": "video/mpeg",
        "flv": "video/x-flv",
        "asf": "video/x-ms-wmv" if has_video else "audio/x-ms-wma",
    }
    for fmt, mime in simple.items():
        if fmt in names:
            return mime
    return "application/octet-stream"
