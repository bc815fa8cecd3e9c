import pytest

from django.utils import translation


@pytest.fixture(autouse=True)
def english_messages():
    """Messages are checked in English, the source language, whatever LANGUAGE_CODE is."""
    with translation.override("en"):
        yield
