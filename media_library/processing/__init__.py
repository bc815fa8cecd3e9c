"""Reading and converting audio/video files with PyAV (FFmpeg inside the wheel).

One module per step: ``base`` (limits, formats, opening), ``probe``, ``poster``,
``convert``; this package names what the rest of the hub uses.

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

from media_library.processing.base import (
    AUDIO_BIT_RATE_MONO,
    AUDIO_BIT_RATE_STEREO,
    LOW_VIDEO_HEIGHT,
    VIDEO_ENCODERS,
    MediaError,
    MediaInfo,
)
from media_library.processing.convert import (
    AudioWriter,
    aac_rate_for,
    add_audio_stream,
    add_video_stream,
    audio_layout_for,
    available_video_encoder,
    low_video_size,
    make_audio,
    make_low_video,
)
from media_library.processing.poster import poster_frame
from media_library.processing.probe import probe

__all__ = [
    "AUDIO_BIT_RATE_MONO",
    "AUDIO_BIT_RATE_STEREO",
    "LOW_VIDEO_HEIGHT",
    "VIDEO_ENCODERS",
    "AudioWriter",
    "MediaError",
    "MediaInfo",
    "aac_rate_for",
    "add_audio_stream",
    "add_video_stream",
    "audio_layout_for",
    "available_video_encoder",
    "low_video_size",
    "make_audio",
    "make_low_video",
    "poster_frame",
    "probe",
]
