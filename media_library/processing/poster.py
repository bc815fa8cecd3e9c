"""A JPEG still from a video, for the recording's poster."""

from __future__ import annotations

import io
import os
import time
from contextlib import suppress
from typing import IO

import av
import av.error

from media_library.processing.base import (
    POSTER_MAX_WIDTH,
    POSTER_QUALITY,
    PROBE_MAX_PACKETS,
    PROBE_MAX_SECONDS,
    MediaError,
    _,
    _container_seconds,
    _display_name,
    _media_streams,
    _open_input,
    _start_seconds,
    _stream_seconds,
    not_playable,
)


def poster_frame(path: str | os.PathLike | IO[bytes], at_seconds: float | None = None) -> bytes:
    """A JPEG still of the video, at ``at_seconds`` or about 10 % into it.

    Seeks to the keyframe before the wanted time and decodes forward from there;
    rotation and non-square pixels are applied; the picture is at most
    :data:`POSTER_MAX_WIDTH` pixels wide. Raises :class:`MediaError` for audio.
    """
    from PIL import Image  # Pillow comes with Wagtail

    name = _display_name(path)
    with _open_input(path) as container:
        video, _audio = _media_streams(container)
        if video is None:
            raise MediaError(_("“%(name)s” has no video to take a picture from.") % {"name": name})
        duration = _container_seconds(container) or _stream_seconds(video) or 0.0
        if at_seconds is None:
            at_seconds = duration * 0.1
        if duration:
            at_seconds = min(max(0.0, at_seconds), max(0.0, duration - 0.05))
        target = _start_seconds(container) + max(0.0, at_seconds)
        video.codec_context.thread_type = "AUTO"
        frame = _frame_at(container, video, target)
        if frame is None:
            raise not_playable(name, _("no picture can be decoded from it"))
        rotation = int(getattr(frame, "rotation", 0) or 0)
        image = frame.to_image()

    sar = video.sample_aspect_ratio
    if sar and sar > 0 and sar != 1:
        image = image.resize((max(1, round(image.width * sar)), image.height), Image.LANCZOS)
    if rotation:
        image = image.rotate(rotation, expand=True)
    if image.width > POSTER_MAX_WIDTH:
        height = max(1, round(image.height * POSTER_MAX_WIDTH / image.width))
        image = image.resize((POSTER_MAX_WIDTH, height), Image.LANCZOS)
    out = io.BytesIO()
    image.convert("RGB").save(out, "JPEG", quality=POSTER_QUALITY, optimize=True)
    return out.getvalue()


def _frame_at(container, stream, target: float):
    """The first frame at or after ``target`` seconds (or the last one before it)."""
    if target > 0 and stream.time_base:
        with suppress(av.error.FFmpegError, OSError):
            container.seek(int(target / stream.time_base), stream=stream, backward=True)
    deadline = time.monotonic() + PROBE_MAX_SECONDS
    last = None
    for count, packet in enumerate(container.demux(stream)):
        try:
            frames = packet.decode()
        except av.error.InvalidDataError:
            continue
        for frame in frames:
            last = frame
            if frame.time is None or frame.time >= target - 0.001:
                return frame
        if count >= PROBE_MAX_PACKETS or time.monotonic() > deadline:
            break
    return last
