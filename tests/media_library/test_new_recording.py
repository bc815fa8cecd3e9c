"""A recording page started from a media file (the upload's "Create a recording page with
it"): the new page's editor opens with the file chosen and its title."""

import re

import pytest

from django.urls import reverse

from media_library.models import RecordingIndexPage
from tests.factories import MediaFileFactory, RecordingPageFactory

pytestmark = pytest.mark.django_db


def add_url(**query):
    index = RecordingIndexPage.objects.get(locale__language_code="es")
    url = reverse("wagtailadmin_pages:add", args=["media_library", "recordingpage", index.pk])
    return url + ("?" + "&".join(f"{k}={v}" for k, v in query.items()) if query else "")


def chosen_media(html):
    match = re.search(r'<input[^>]*name="media"[^>]*value="(\d*)"', html) or re.search(
        r'<input[^>]*value="(\d*)"[^>]*name="media"', html
    )
    return match.group(1) if match else ""


def test_the_new_page_opens_with_the_media_file_and_its_title(uploader_client):
    media = MediaFileFactory(title="Mesa de prueba: la prevención", type="audio")
    response = uploader_client.get(add_url(media=media.pk))
    assert response.status_code == 200
    html = response.content.decode()
    assert chosen_media(html) == str(media.pk)
    assert 'value="Mesa de prueba: la prevención"' in html
    assert 'value="mesa-de-prueba-la-prevencion"' in html


@pytest.mark.parametrize("value", ["", "abc", "999999", "1;DROP", "-1"])
def test_any_other_value_opens_an_empty_page(uploader_client, value):
    response = uploader_client.get(add_url(media=value))
    assert response.status_code == 200
    assert chosen_media(response.content.decode()) == ""


def test_a_title_already_used_there_gets_a_free_address(uploader_client):
    index = RecordingIndexPage.objects.get(locale__language_code="es")
    RecordingPageFactory(parent=index, title="Mesa", slug="mesa")
    media = MediaFileFactory(title="Mesa", type="audio")
    html = uploader_client.get(add_url(media=media.pk)).content.decode()
    assert 'value="mesa-1"' in html


def test_the_next_new_page_does_not_inherit_the_file(uploader_client):
    media = MediaFileFactory(type="audio")
    uploader_client.get(add_url(media=media.pk))
    assert chosen_media(uploader_client.get(add_url()).content.decode()) == ""
