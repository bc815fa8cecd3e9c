"""Who gets a recording's files (the media file, its renditions, its captions).

Public, and cacheable, only when a live page without a view restriction plays it; a
draft's or an unused file only for the staff who work on it (the admin and the preview),
a restricted recording's only for those its restriction lets in — never cached.
"""

import pytest

from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType

from wagtail.models import PageViewRestriction

from hub.stats.models import DailyCount
from media_library.models import RecordingPage
from tests.factories import (
    CaptionTrackFactory,
    MediaFileFactory,
    MediaRenditionFactory,
    RecordingPageFactory,
)

pytestmark = pytest.mark.django_db

BROWSER = {"user-agent": "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"}


@pytest.fixture
def media():
    """A video with English captions and a light rendition, played by a live recording in
    each language."""
    media = MediaFileFactory(type="video")
    CaptionTrackFactory(media=media, language="en")
    MediaRenditionFactory(media=media)
    for language in ("es", "en", "pt"):
        RecordingPageFactory(language=language, media=media)
    return media


def addresses(media):
    return {
        "media": media.serve_url,
        "rendition": media.light_video.url,
        "caption": media.captions.get(language="en").url,
    }


def pages_of(media):
    return list(RecordingPage.objects.filter(media=media))


def unpublish(media):
    for page in pages_of(media):
        page.unpublish()


def restrict(media, restriction_type, groups=()):
    for page in pages_of(media):
        restriction = PageViewRestriction.objects.create(
            page=page, restriction_type=restriction_type
        )
        restriction.groups.set(groups)


@pytest.fixture
def editor(django_user_model):
    user = django_user_model.objects.create_user("redactora", password="pw-12345678")
    user.groups.add(Group.objects.get(name="Editors"))
    return user


def assert_refused(client, media, status):
    for which, url in addresses(media).items():
        response = client.get(url)
        assert response.status_code == status, which
        assert response["Cache-Control"] == "private, no-store", which
        assert b"WEBVTT" not in response.content


def assert_private(client, media):
    for which, url in addresses(media).items():
        response = client.get(url)
        assert response.status_code == 200, which
        assert response["Cache-Control"] == "private, no-store", which


def test_a_live_public_recordings_files_are_public(client, media):
    for which, url in addresses(media).items():
        response = client.get(url)
        assert response.status_code == 200, which
        assert response["Cache-Control"] == "public, max-age=3600", which


def test_a_drafts_files_are_not_served_to_visitors(client, media):
    unpublish(media)
    assert_refused(client, media, 404)
    assert media.pk not in [item["id"] for item in client.get("/api/v2/media/").json()["items"]]


def test_editors_get_a_drafts_files_for_the_preview(client, media, editor):
    unpublish(media)
    client.force_login(editor)
    assert_private(client, media)


def test_a_file_no_page_uses_is_not_public(client, media, editor):
    RecordingPage.objects.filter(media=media).update(media=None)
    assert_refused(client, media, 404)
    client.force_login(editor)
    assert_private(client, media)


def test_a_login_restricted_recordings_files_need_a_login(client, media, django_user_model):
    restrict(media, PageViewRestriction.LOGIN)
    assert_refused(client, media, 403)
    visitor = django_user_model.objects.create_user("visitante", password="pw-12345678")
    client.force_login(visitor)
    assert_private(client, media)


def test_a_group_restricted_recordings_files_are_for_the_group(client, media, django_user_model):
    members = Group.objects.create(name="Panel members")
    restrict(media, PageViewRestriction.GROUPS, [members])
    outsider = django_user_model.objects.create_user("ajena", password="pw-12345678")
    client.force_login(outsider)
    assert_refused(client, media, 403)
    member = django_user_model.objects.create_user("miembro", password="pw-12345678")
    member.groups.add(members)
    client.force_login(member)
    assert_private(client, media)


def test_one_live_public_page_is_enough(client, media):
    """The Portuguese recording is a draft; the Spanish and English ones are live."""
    RecordingPage.objects.get(media=media, locale__language_code="pt").unpublish()
    for url in addresses(media).values():
        assert client.get(url)["Cache-Control"] == "public, max-age=3600"


def downloads(media):
    return sum(
        DailyCount.objects.filter(
            content_type=ContentType.objects.get_for_model(media), object_id=media.pk
        ).values_list("count", flat=True)
    )


@pytest.mark.parametrize("which", ["media", "rendition", "caption"])
def test_head_answers_like_get_without_a_body(client, media, which):
    url = addresses(media)[which]
    got = client.get(url, headers=BROWSER)
    head = client.head(url, headers=BROWSER)
    assert head.status_code == 200
    for header in ("Content-Length", "Content-Type", "Accept-Ranges", "Cache-Control"):
        assert head[header] == got[header], header
    assert int(head["Content-Length"]) > 0
    assert head.content == b""


def test_head_is_not_a_download(client, media):
    before = downloads(media)
    assert client.head(media.download_url, headers=BROWSER).status_code == 200
    assert client.head(media.light_video.download_url, headers=BROWSER).status_code == 200
    assert downloads(media) == before
    assert client.get(media.download_url, headers=BROWSER).status_code == 200
    assert downloads(media) == before + 1


def test_head_of_a_drafts_file_is_refused(client, media):
    unpublish(media)
    assert client.head(media.serve_url).status_code == 404
