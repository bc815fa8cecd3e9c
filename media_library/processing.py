"""Reading and converting audio/video files with PyAV (FFmpeg inside the wheel).

Pure functions over file paths or file-like objects: no Django models here, so the
media models and the background tasks can call them freely.

- :func:`probe` reads the technical metadata of a file (:class:`MediaInfo`) and refuses
  anything that is not playable audio or video (images, text, truncated uploads…).
- :func:`poster_frame` grabs a JPEG still from a video.
- :func:`make_low_video` writes a 360p H.264/AAC MP4 rendition for slow connections.
- :func:`make_audio` writes an audio-only AAC ``.m4a`` rendition (listen-only, podcast).

Every refusal raises :class:`MediaError` (a ``ValueError``) whose message can be shown
to an editor as it is.
"""

from __future__ import annotations

import dataclasses
import io
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from fractions import Fraction
from pathlib import Path
from typing import IO, Any

import av
import av.error
from av.stream import Disposition

from django.core.exceptions import AppRegistryNotReady, ImproperlyConfigured
from django.utils.translation import gettext


def _(message: str) -> str:
    """Translate ``message`` when Django's settings are available (else keep English)."""
    try:
        return gettext(message)
    except (ImproperlyConfigured, AppRegistryNotReady):
        return message


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


# --- probe --------------------------------------------------------------------------


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


# --- poster -------------------------------------------------------------------------


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


# --- conversion ---------------------------------------------------------------------


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

    try:
        with _open_input(src) as source, _output(dest_path, "mp4") as output:
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
    except av.error.FFmpegError as exc:
        raise MediaError(
            _("“%(name)s” could not be converted: %(error)s")
            % {"name": name, "error": getattr(exc, "strerror", None) or str(exc)}
        ) from exc
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
    try:
        with _open_input(src) as source, _output(dest_path, "ipod") as output:
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
    except av.error.FFmpegError as exc:
        raise MediaError(
            _("“%(name)s” could not be converted: %(error)s")
            % {"name": name, "error": getattr(exc, "strerror", None) or str(exc)}
        ) from exc
    return probe(dest_path)
