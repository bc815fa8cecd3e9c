"""System checks of the media library: speech recognition configured but not usable."""

import importlib.util
from pathlib import Path

from django.conf import settings
from django.core.checks import Warning, register


@register()
def speech_recognition(app_configs=None, **kwargs):
    """ASR_MODEL set, but faster-whisper is not installed, or the model is neither a name
    faster-whisper knows nor an existing folder: new recordings would fail to transcribe."""
    model = settings.ASR_MODEL
    if not model:
        return []
    if importlib.util.find_spec("faster_whisper") is None:
        return [
            Warning(
                "ASR_MODEL is set but faster-whisper is not installed: speech recognition "
                "will fail.",
                hint="pip install -r requirements-asr.txt, or leave ASR_MODEL empty.",
                id="media_library.W001",
            )
        ]
    from faster_whisper.utils import available_models

    if model not in available_models() and not Path(model).expanduser().is_dir():
        return [
            Warning(
                f"ASR_MODEL is {model!r}: neither a faster-whisper model name nor an existing "
                "folder.",
                hint=f"Use one of {', '.join(available_models())}, or the folder of a "
                "converted model.",
                id="media_library.W002",
            )
        ]
    return []
