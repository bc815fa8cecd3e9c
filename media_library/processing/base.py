"""What every part of media processing shares: messages, limits, the formats the hub
knows, MediaInfo, and opening a file with PyAV."""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from typing import IO, Any

import av
import av.error
from av.stream import Disposition

from media_library.messages import translate as _


class MediaError(ValueError):
    """A file cannot be read or converted; the message is meant for an editor."""


# --- limits -------------------------------------------------------------------------

#: Shorter than this is a still picture, not a recording.
MIN_DURATION = 0.1
#: Probing never demuxes more than this many packets, nor for longer than this.
PROBE_MAX_PACKETS = 2000
PROBE_MAX_SECONDS = 10.0
#: Decoding errors tolerated while converting before giving up on the file.
MAX_DECODE_ERRORS = 50

LOW_VIDEO_HEIGHT = 360
LOW_VIDEO_MAX_FPS = 30
LOW_VIDEO_BIT_RATE = 500_000
AUDIO_BIT_RATE_MONO = 64_000
AUDIO_BIT_RATE_STEREO = 96_000
POSTER_MAX_WIDTH = 1280
POSTER_QUALITY = 85

#: Encoders tried in order for H.264-in-MP4 (then MPEG-4 part 2 as a last resort).
VIDEO_ENCODERS = ("libx264", "libopenh264", "mpeg4")
AUDIO_ENCODER = "aac"

#: FFmpeg demuxers that read still pictures or text, never recordings.
IMAGE_FORMATS = frozenset(
    {
        "image2",
        "image2pipe",
        "gif",
        "apng",
        "webp",
        "ico",
        "jpegxl_anim",
        "tty",  # plain text files are read as "ANSI art" video by FFmpeg
        "bin",
        "xbin",
        "adf",
        "idf",
    }
)
#: Video codecs of pictures, text or subtitles; a stream with one of them is no recording.
IMAGE_CODECS = frozenset(
    {
        "ansi",
        "bintext",
        "xbin",
        "idf",
        "png",
        "apng",
        "gif",
        "webp",
        "bmp",
        "tiff",
        "jpeg2000",
        "jpegls",
        "jpegxl",
        "svg",
        "ppm",
        "pgm",
        "pbm",
        "pam",
        "qoi",
        "psd",
        "dds",
        "exr",
        "hdr",
        "pcx",
        "sgi",
        "xbm",
        "xpm",
        "xwd",
        "sunrast",
        "targa",
    }
)
_WEBM_CODECS = frozenset({"vp8", "vp9", "av1", "opus", "vorbis"})
_AAC_RATES = (96000, 88200, 64000, 48000, 44100, 32000, 24000, 22050, 16000, 12000, 11025, 8000)


@dataclasses.dataclass(frozen=True)
class MediaInfo:
    """Technical metadata of an audio or video file.

    ``width``/``height`` are the *displayed* size: the sample aspect ratio and a
    rotation from the file's display matrix (phone recordings) are applied.
    ``rotation`` is that rotation in degrees, counter-clockwise, as FFmpeg reports it.
    """

    kind: str  # "video" or "audio"
    duration: float  # seconds
    width: int | None
    height: int | None
    video_codec: str | None
    audio_codec: str | None
    bit_rate: int | None  # bits per second for the whole file
    format_name: str  # FFmpeg's demuxer name, e.g. "mov,mp4,m4a,3gp,3g2,mj2"
    mime_type: str  # the container's real type, e.g. "video/mp4", "audio/mpeg"
    has_audio: bool
    has_video: bool
    frame_rate: float | None = None
    sample_rate: int | None = None
    channels: int | None = None
    rotation: int = 0

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-serialisable dict (for a JSONField)."""
        return dataclasses.asdict(self)


# --- opening ------------------------------------------------------------------------


def _display_name(source: Any) -> str:
    name = getattr(source, "name", source)
    if isinstance(name, str | os.PathLike):
        return os.path.basename(os.fspath(name)) or _("The file")
    return _("The file")


@contextmanager
def _open_input(source: str | os.PathLike | IO[bytes]) -> Iterator[av.container.InputContainer]:
    """Open ``source`` (a path, a Django ``File`` or a binary file object) for reading."""
    name = _display_name(source)
    rewind = None
    target: Any = source
    if hasattr(source, "temporary_file_path"):  # Django TemporaryUploadedFile
        target = source.temporary_file_path()
    elif isinstance(source, os.PathLike):
        target = os.fspath(source)
    elif not isinstance(source, str):
        # A file-like object: FFmpeg reads it through read()/seek(); Django's File
        # wrapper is unwrapped to the real file when it has one.
        target = getattr(source, "file", None) or source
        if hasattr(target, "seek"):
            with suppress(OSError, ValueError):
                rewind = target.tell()
                target.seek(0)
    if isinstance(target, str):
        try:
            size = os.path.getsize(target)
        except OSError as exc:
            raise MediaError(_("“%(name)s” cannot be read.") % {"name": name}) from exc
        if size == 0:
            raise not_playable(name, _("it is empty"))
    try:
        container = av.open(target, "r", metadata_errors="replace")
    except (av.error.FFmpegError, EOFError, OSError, ValueError, TypeError) as exc:
        raise not_playable(name, _("its contents are not a known media format")) from exc
    try:
        yield container
    finally:
        container.close()
        if rewind is not None:
            with suppress(OSError, ValueError):
                target.seek(rewind)


def not_playable(name: str, reason: str) -> MediaError:
    """The refusal used everywhere: “x” is not a playable audio or video file (reason)."""
    return MediaError(
        _("“%(name)s” is not a playable audio or video file: %(reason)s.")
        % {"name": name, "reason": reason}
    )


def _is_picture_stream(stream: av.stream.Stream) -> bool:
    disposition = int(stream.disposition or 0)
    if disposition & (int(Disposition.attached_pic) | int(Disposition.still_image)):
        return True
    return (stream.codec_context.name or "") in IMAGE_CODECS


def _media_streams(container):
    """(video stream or None, audio stream or None): the first real ones of each kind."""
    video = next((s for s in container.streams.video if not _is_picture_stream(s)), None)
    audio = next(iter(container.streams.audio), None)
    return video, audio


def _stream_seconds(stream) -> float | None:
    if stream is None or not stream.duration or not stream.time_base:
        return None
    return float(stream.duration * stream.time_base)


def _container_seconds(container) -> float | None:
    if container.duration and container.duration > 0:
        return container.duration / av.time_base
    return None


def _start_seconds(container) -> float:
    start = container.start_time
    return start / av.time_base if start and start > 0 else 0.0
