"""The recordings list: an audio recording's card shows a headphones placeholder where a
video shows its poster (it was an empty white box beside the video thumbnails)."""

import re

import pytest

from tests.factories import RecordingPageFactory

pytestmark = pytest.mark.django_db


def card_of(html, title):
    cards = re.findall(r'<li class="card">(.*?)</li>', html, re.S)
    return next(card for card in cards if title in card)


def test_an_audio_card_has_a_placeholder_and_a_video_without_poster_none(client):
    audio = RecordingPageFactory(title="Audio de prueba con tarjeta")
    RecordingPageFactory(title="Video de prueba sin póster", media__type="video")
    html = client.get(audio.get_parent().url).content.decode()
    placeholder = '<div class="card__placeholder" aria-hidden="true"><svg'
    assert placeholder in card_of(html, "Audio de prueba con tarjeta")
    assert "card__placeholder" not in card_of(html, "Video de prueba sin póster")
