"""hub.demo.media: small, deterministic sample media and captions."""

import ast
from pathlib import Path

import pytest

from hub.demo import media as samples
from media_library import captions, processing

pytestmark = pytest.mark.demo


def test_default_sample_video(tmp_path):
    path = samples.make_sample_video(tmp_path / "sample.mp4", title="Panel 1")
    assert path.stat().st_size < 400 * 1024
    info = processing.probe(path)
    assert info.duration == pytest.approx(12, abs=0.5)
    assert (info.width, info.height) == (640, 360)
    assert (info.video_codec, info.audio_codec, info.mime_type) == ("h264", "aac", "video/mp4")
    assert info.frame_rate == 25


def test_default_sample_audio(tmp_path):
    path = samples.make_sample_audio(tmp_path / "sample.m4a")
    assert path.stat().st_size < 200 * 1024
    info = processing.probe(path)
    assert info.duration == pytest.approx(15, abs=0.5)
    assert (info.kind, info.audio_codec, info.mime_type) == ("audio", "aac", "audio/mp4")


def test_samples_are_deterministic(tmp_path):
    first = samples.make_sample_video(tmp_path / "a.mp4", seconds=1, seed=7).read_bytes()
    again = samples.make_sample_video(tmp_path / "b.mp4", seconds=1, seed=7).read_bytes()
    other = samples.make_sample_video(tmp_path / "c.mp4", seconds=1, seed=8).read_bytes()
    assert first == again
    assert first != other
    one = samples.make_sample_audio(tmp_path / "a.m4a", seconds=1, seed=2).read_bytes()
    assert one == samples.make_sample_audio(tmp_path / "b.m4a", seconds=1, seed=2).read_bytes()


@pytest.mark.parametrize(
    ("language", "words", "counter"),
    [
        ("es", "Grabación de muestra", "Subtítulo 2 de 4"),
        ("en", "Sample recording", "Caption 2 of 4"),
        ("pt", "Gravação de amostra", "Legenda 2 de 4"),
    ],
)
def test_sample_cues(language, words, counter):
    cues = samples.sample_cues(language, 12)
    assert len(cues) == 4
    assert words in cues[0].text
    assert counter in cues[1].text
    assert len({cue.text for cue in cues}) == 4
    assert cues[0].start == 0 and cues[-1].end == 12
    assert all(a.end <= b.start for a, b in zip(cues, cues[1:], strict=False))
    assert captions.parse_vtt(captions.cues_to_vtt(cues)) == cues


def test_sample_cues_with_chapters_and_speaker():
    chapters = [(0, "Apertura"), {"start": 6, "title": "Debate"}]
    cues = samples.sample_cues("es-419", 12, chapters, speaker="Moderadora")
    assert cues[0].text.startswith("Apertura")
    assert cues[2].text.startswith("Debate")
    assert all(cue.speaker == "Moderadora" for cue in cues)
    assert samples.sample_cues("es", 12, chapters) == samples.sample_cues("es", 12, chapters)
    assert samples.sample_cues("en", 0) == []
    with pytest.raises(ValueError, match="fr"):
        samples.sample_cues("fr", 12)


@pytest.mark.parametrize("module", [processing, captions, samples], ids=lambda m: m.__name__)
def test_modules_stay_free_of_models(module):
    """The other parts of the app call these functions from models and tasks."""
    source = Path(module.__file__).read_text()
    imported = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom):
            imported.add(node.module or "")
        elif isinstance(node, ast.Import):
            imported.update(alias.name for alias in node.names)
    assert not any("models" in name or name.startswith("django.db") for name in imported)
