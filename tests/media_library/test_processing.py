"""media_library.processing: probing, posters and renditions with PyAV (no database)."""

import io
import json
from fractions import Fraction

import av
import pytest
from PIL import Image

from hub.demo.media import make_sample_audio, make_sample_video
from media_library import processing
from media_library.processing import MediaError, MediaInfo

NOT_PLAYABLE = "is not a playable audio or video file"


@pytest.fixture(scope="module")
def media_dir(tmp_path_factory):
    return tmp_path_factory.mktemp("media")


@pytest.fixture(scope="module")
def video(media_dir):
    return make_sample_video(media_dir / "video.mp4", seconds=3, seed=1)


@pytest.fixture(scope="module")
def hd_video(media_dir):
    return make_sample_video(media_dir / "hd.mp4", seconds=4, width=1280, height=720)


@pytest.fixture(scope="module")
def audio(media_dir):
    return make_sample_audio(media_dir / "audio.m4a", seconds=3)


@pytest.fixture(scope="module")
def silent_video(media_dir):
    """A video without an audio stream."""
    path = media_dir / "silent.mp4"
    with av.open(str(path), "w", format="mp4") as output:
        stream = processing.add_video_stream(output, 320, 180, 25)
        for index in range(50):
            frame = av.VideoFrame.from_image(Image.new("RGB", (320, 180), (index * 5, 30, 90)))
            frame = frame.reformat(format="yuv420p")
            frame.pts, frame.time_base = index, Fraction(1, 25)
            output.mux(stream.encode(frame))
        output.mux(stream.encode(None))
    return path


# --- probe --------------------------------------------------------------------------


def test_probe_video(video):
    info = processing.probe(video)
    assert isinstance(info, MediaInfo)
    assert info.kind == "video"
    assert info.duration == pytest.approx(3, abs=0.5)
    assert (info.width, info.height) == (640, 360)
    assert info.video_codec == "h264"
    assert info.audio_codec == "aac"
    assert info.mime_type == "video/mp4"
    assert info.has_audio and info.has_video
    assert info.frame_rate == 25
    assert info.bit_rate and info.bit_rate > 0
    assert "mp4" in info.format_name
    json.dumps(info.to_dict())  # storable in a JSONField


def test_probe_audio(audio):
    info = processing.probe(audio)
    assert info.kind == "audio"
    assert info.duration == pytest.approx(3, abs=0.5)
    assert info.width is None and info.height is None
    assert info.video_codec is None
    assert info.audio_codec == "aac"
    assert info.mime_type == "audio/mp4"
    assert info.has_audio and not info.has_video
    assert info.channels == 1


def test_probe_file_objects(video):
    with open(video, "rb") as handle:
        handle.seek(100)
        assert processing.probe(handle).duration == pytest.approx(3, abs=0.5)
        assert handle.tell() == 100  # put back where it was
    assert processing.probe(io.BytesIO(video.read_bytes())).mime_type == "video/mp4"


def test_probe_video_without_audio(silent_video):
    info = processing.probe(silent_video)
    assert info.kind == "video"
    assert not info.has_audio and info.audio_codec is None
    assert info.duration == pytest.approx(2, abs=0.3)


def _jpeg_bytes():
    out = io.BytesIO()
    Image.new("RGB", (320, 240), (200, 40, 40)).save(out, "JPEG")
    return out.getvalue()


@pytest.mark.parametrize(
    ("filename", "content"),
    [
        ("photo.jpg", _jpeg_bytes()),
        ("photo.mp4", _jpeg_bytes()),  # a picture renamed: the content decides
        ("notes.mp4", b"Minutes of the panel on NPMs.\n" * 40),
        ("page.mp4", b"<!doctype html><html><head><title>x</title></head><body>hi</body></html>"),
        ("empty.mp4", b""),
    ],
)
def test_probe_refuses_what_is_not_media(tmp_path, filename, content):
    path = tmp_path / filename
    path.write_bytes(content)
    with pytest.raises(MediaError, match=NOT_PLAYABLE) as error:
        processing.probe(path)
    assert filename in str(error.value)


def test_probe_refuses_truncated_mp4(tmp_path, video):
    data = video.read_bytes()
    first_kb = tmp_path / "first-kb.mp4"
    first_kb.write_bytes(data[:1024])
    with pytest.raises(MediaError, match=NOT_PLAYABLE):
        processing.probe(first_kb)
    # the header survives but the data stops half-way: an interrupted upload
    half = tmp_path / "half.mp4"
    half.write_bytes(data[: len(data) // 2])
    with pytest.raises(MediaError, match="incomplete"):
        processing.probe(half)


def test_probe_refuses_missing_file(tmp_path):
    with pytest.raises(MediaError, match="cannot be read"):
        processing.probe(tmp_path / "nowhere.mp4")


# --- poster -------------------------------------------------------------------------


def test_poster_frame_is_a_jpeg_with_the_video_aspect(video):
    data = processing.poster_frame(video)
    assert data[:3] == b"\xff\xd8\xff"
    image = Image.open(io.BytesIO(data))
    assert image.format == "JPEG"
    assert image.size == (640, 360)
    # at_seconds picks another moment (the counter and progress bar differ)
    assert processing.poster_frame(video, at_seconds=2.5) != data


def test_poster_frame_is_at_most_1280_wide(tmp_path):
    wide = make_sample_video(tmp_path / "wide.mp4", seconds=0.4, width=1600, height=900)
    image = Image.open(io.BytesIO(processing.poster_frame(wide)))
    assert image.size == (1280, 720)


def test_poster_frame_refuses_audio(audio):
    with pytest.raises(MediaError, match="no video"):
        processing.poster_frame(audio)


# --- renditions ---------------------------------------------------------------------


def _top_level_boxes(path):
    data = path.read_bytes()
    boxes, offset = [], 0
    while offset + 8 <= len(data):
        size = int.from_bytes(data[offset : offset + 4], "big")
        boxes.append(data[offset + 4 : offset + 8].decode("latin-1"))
        if size < 8:
            break
        offset += size
    return boxes


def test_make_low_video_from_720p(tmp_path, hd_video):
    source = processing.probe(hd_video)
    dest = tmp_path / "out" / "low.mp4"
    info = processing.make_low_video(hd_video, dest)
    assert info == processing.probe(dest)
    assert (info.width, info.height) == (640, 360)
    assert info.duration == pytest.approx(source.duration, abs=0.3)
    assert (info.video_codec, info.audio_codec) == ("h264", "aac")
    assert info.mime_type == "video/mp4"
    boxes = _top_level_boxes(dest)
    assert boxes.index("moov") < boxes.index("mdat")  # +faststart
    assert dest.stat().st_size < hd_video.stat().st_size * 1.5
    assert info.bit_rate < 700_000


def test_make_low_video_never_upscales_and_keeps_silence(tmp_path, silent_video):
    info = processing.make_low_video(silent_video, tmp_path / "low.mp4")
    assert (info.width, info.height) == (320, 180)
    assert not info.has_audio
    assert info.duration == pytest.approx(2, abs=0.3)


@pytest.mark.parametrize(
    ("size", "expected"),
    [
        ((1920, 1080), (640, 360)),
        ((1280, 720), (640, 360)),
        ((1080, 1920), (360, 640)),  # portrait: the shorter side is 360
        ((320, 180), (320, 180)),
        ((1281, 721), (640, 360)),
        ((720, 576), (450, 360)),
    ],
)
def test_low_video_size(size, expected):
    assert processing.low_video_size(*size) == expected


def test_make_low_video_refuses_audio(tmp_path, audio):
    with pytest.raises(MediaError, match="no video"):
        processing.make_low_video(audio, tmp_path / "low.mp4")
    assert not (tmp_path / "low.mp4").exists()


def test_make_audio_from_video(tmp_path, video):
    dest = tmp_path / "sound.m4a"
    info = processing.make_audio(video, dest)
    assert info.kind == "audio"
    assert not info.has_video and info.has_audio
    assert info.audio_codec == "aac"
    assert info.mime_type == "audio/mp4"
    assert info.channels == 1  # mono stays mono
    assert info.duration == pytest.approx(3, abs=0.3)
    assert info.bit_rate < 110_000


def test_make_audio_refuses_video_without_audio(tmp_path, silent_video):
    dest = tmp_path / "sound.m4a"
    with pytest.raises(MediaError, match="has no audio"):
        processing.make_audio(silent_video, dest)
    assert not dest.exists()


def test_make_audio_refuses_what_is_not_media(tmp_path):
    path = tmp_path / "notes.mp3"
    path.write_text("not sound\n" * 20)
    with pytest.raises(MediaError, match=NOT_PLAYABLE):
        processing.make_audio(path, tmp_path / "out.m4a")


def test_encoders_are_available():
    assert processing.available_video_encoder() in processing.VIDEO_ENCODERS
    assert processing.aac_rate_for(44100) == 44100
    assert processing.aac_rate_for(96000) == 48000
    assert processing.aac_rate_for(None) == 48000
