"""media_library.processing.speech without a model: decoding in windows, cues, WER."""

import wave

import numpy as np
import pytest

from media_library.processing import MediaError
from media_library.processing.speech import (
    MAX_CUE_CHARACTERS,
    SAMPLE_RATE,
    audio_windows,
    segment_cues,
    word_error_rate,
)


def write_wav(path, parts, rate=44_100):
    """A mono WAV of (seconds, loudness) parts: a 440 Hz tone, or silence at 0."""
    pieces = []
    for seconds, loudness in parts:
        times = np.arange(int(seconds * rate)) / rate
        pieces.append(loudness * np.sin(2 * np.pi * 440 * times))
    samples = (np.concatenate(pieces) * 32767).astype("<i2")
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(samples.tobytes())
    return path


def test_windows_cover_the_sound_and_end_in_a_pause(tmp_path):
    path = write_wav(tmp_path / "talk.wav", [(5, 0.5), (0.5, 0), (6.5, 0.5)])
    windows = list(audio_windows(path, window_seconds=8))
    assert len(windows) == 2
    (first_start, first), (second_start, second) = windows
    assert first_start == 0 and first.dtype == np.float32
    assert 5.0 <= first.size / SAMPLE_RATE <= 5.5  # cut in the pause, not at 8 s
    assert second_start == pytest.approx(first.size / SAMPLE_RATE)
    assert (first.size + second.size) / SAMPLE_RATE == pytest.approx(12, abs=0.05)


def test_a_short_recording_is_one_window(tmp_path):
    path = write_wav(tmp_path / "short.wav", [(2, 0.5)])
    [(start, sound)] = list(audio_windows(path))
    assert start == 0 and sound.size / SAMPLE_RATE == pytest.approx(2, abs=0.05)


def test_what_is_not_a_recording_is_refused(tmp_path):
    path = tmp_path / "notes.wav"
    path.write_bytes(b"RIFF but not really a wave file")
    with pytest.raises(MediaError, match="is not a playable audio or video file"):
        list(audio_windows(path))


def test_a_long_segment_becomes_cues_of_caption_length_over_its_time():
    text = " ".join(f"word{number}" for number in range(60))
    cues = segment_cues(10.0, 40.0, text)
    assert len(cues) == 5
    assert all(len(cue.text) <= MAX_CUE_CHARACTERS for cue in cues)
    assert " ".join(cue.text for cue in cues) == text
    assert cues[0].start == 10.0 and cues[-1].end == 40.0
    assert all(a.end == b.start for a, b in zip(cues, cues[1:], strict=False))


def test_a_short_or_empty_segment():
    [cue] = segment_cues(3.0, 3.0, "  Thank you.  ")
    assert (cue.start, cue.end, cue.text) == (3.0, 3.5, "Thank you.")  # never zero-length
    assert segment_cues(1.0, 2.0, "   ") == []


@pytest.mark.parametrize(
    ("reference", "hypothesis", "rate"),
    [
        ("The cat sat.", "the cat, sat", 0),
        ("a b c d", "a x c", 0.5),  # one substituted, one deleted
        ("a b", "a b c d", 1.0),  # two inserted
        ("", "", 0),
    ],
)
def test_word_error_rate(reference, hypothesis, rate):
    assert word_error_rate(reference, hypothesis) == rate
