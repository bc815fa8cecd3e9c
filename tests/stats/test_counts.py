"""Document downloads counted once per download; what editors see of the counts."""

import datetime

import pytest

from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone

from wagtail.users.models import UserProfile

from hub.briefs.models import BriefPage
from hub.core.models import StandardPage
from hub.stats.counting import add_one, insert_or_add
from hub.stats.models import DailyCount
from media_library.models import RecordingPage
from tests.factories import BriefPageFactory

pytestmark = pytest.mark.django_db

BROWSER = {"user-agent": "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) Safari/605.1.15"}


def downloads(document):
    rows = DailyCount.objects.filter(
        content_type=ContentType.objects.get_for_model(document), object_id=document.pk
    )
    assert set(rows.values_list("kind", flat=True)) <= {"download"}
    return sum(rows.values_list("count", flat=True))


@pytest.fixture
def document():
    return BriefPageFactory().document


def get(client, document, **headers):
    return client.get(document.url, headers={**BROWSER, **headers})


def test_a_download_is_counted_once_however_it_is_fetched(client, document):
    whole = get(client, document)
    assert whole.status_code == 200
    assert not whole.cookies
    assert downloads(document) == 1
    # A viewer fetching further parts of the same file: not another download.
    assert get(client, document, range="bytes=100-199").status_code == 206
    assert get(client, document, range="bytes=-50").status_code == 206
    assert client.head(document.url, headers=BROWSER).status_code == 200
    assert get(client, document, range="bytes=99999999-").status_code == 416
    assert downloads(document) == 1
    # A new download from the first byte counts.
    assert get(client, document, range="bytes=0-").status_code == 206
    assert downloads(document) == 2
    # Robots do not.
    get(client, document, **{"user-agent": "Wget/1.21"})
    assert downloads(document) == 2


def test_a_refused_download_is_not_counted(client, document):
    from wagtail.models import Collection, CollectionViewRestriction

    private = Collection.get_first_root_node().add_child(name="Private briefs")
    document.collection = private
    document.save()
    CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.LOGIN
    )
    assert get(client, document).status_code in (302, 403)
    assert downloads(document) == 0


@override_settings(HUB_FILE_HANDOFF="x-accel-redirect")
def test_downloads_handed_to_the_proxy_are_judged_by_their_range(client, document):
    assert get(client, document, range="bytes=100-").status_code == 200
    assert downloads(document) == 0
    assert get(client, document).status_code == 200
    assert get(client, document, range="bytes=0-").status_code == 200
    assert downloads(document) == 2


def test_a_first_count_that_loses_the_race_adds_to_the_winners_row(document):
    add_one(document, "download")
    key = {
        "content_type": ContentType.objects.get_for_model(document),
        "object_id": document.pk,
        "kind": "download",
        "date": timezone.localdate(),
    }
    assert DailyCount.objects.get(**key).count == 1
    # Another request inserted today's row between this one's UPDATE and INSERT.
    insert_or_add(key)
    assert DailyCount.objects.get(**key).count == 2
    assert DailyCount.objects.count() == 1


@pytest.fixture
def editor(client, django_user_model):
    user = django_user_model.objects.create_user("counts-editor", "c@example.org", "pw-12345678")
    user.groups.add(Group.objects.get(name="Editors"))
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    client.force_login(user)
    return user


def _counts(obj, kind, today, earlier):
    """`today` counts today and `earlier` 40 days ago (outside the last 30 days)."""
    key = {"content_type": ContentType.objects.get_for_model(obj), "object_id": obj.pk}
    DailyCount.objects.create(**key, kind=kind, date=timezone.localdate(), count=today)
    long_ago = timezone.localdate() - datetime.timedelta(days=40)
    DailyCount.objects.create(**key, kind=kind, date=long_ago, count=earlier)


def _translation(page, code):
    return type(page).objects.get(translation_key=page.translation_key, locale__language_code=code)


def test_editors_see_the_report_in_their_language(client, editor, document):
    video_es = RecordingPage.objects.live().get(
        locale__language_code="es", media__title="Demo: sample-video-1"
    )
    video_en = _translation(video_es, "en")
    _counts(video_es, "play", today=3, earlier=10)
    _counts(video_en, "play", today=2, earlier=0)
    _counts(video_es.media, "download", today=1, earlier=1)
    _counts(document, "download", today=4, earlier=6)
    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = "pt"
    profile.save()

    response = client.get(reverse("stats_report"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Reproduções e downloads" in html
    rows = {row.title: row for row in response.context["object_list"]}
    video_pt = _translation(video_es, "pt")
    row = rows[video_pt.title]  # the recording's title in the editor's language
    assert (row.plays_recent, row.plays_total) == (5, 15)
    assert (row.downloads_recent, row.downloads_total) == (1, 2)
    assert row.language_list == "EN, ES, PT"
    brief = BriefPage.objects.get(document=document)
    assert (rows[brief.title].downloads_recent, rows[brief.title].downloads_total) == (4, 10)
    assert reverse("wagtailadmin_pages:edit", args=[video_pt.pk]) in html
    # Busiest in the last 30 days first.
    assert [r.title for r in response.context["object_list"]][:2] == [video_pt.title, brief.title]

    export = client.get(reverse("stats_report"), {"export": "csv"})
    assert export.status_code == 200
    text = b"".join(export.streaming_content).decode()
    assert video_pt.title in text and "15" in text


def test_the_report_is_in_the_reports_menu_for_editors_only(client, editor):
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("stats_report") in html
    empty = client.get(reverse("stats_report")).content.decode()
    assert "Nothing has been played or downloaded yet." in empty
    client.logout()
    anonymous = client.get(reverse("stats_report"))
    assert anonymous.status_code == 302
    assert anonymous["Location"].startswith(reverse("wagtailadmin_login"))


def test_the_report_is_refused_to_users_without_page_work(client, django_user_model):
    from django.contrib.auth.models import Permission

    user = django_user_model.objects.create_user("viewer", "v@example.org", "pw-12345678")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    assert client.get(reverse("stats_report")).status_code in (302, 403)


def _panel_cells(html, kind):
    import re

    match = re.search(rf'<tr data-kind="{kind}">.*?<td>(\d+)</td><td>(\d+)</td>', html, re.S)
    return tuple(int(n) for n in match.groups()) if match else None


def test_the_edit_view_shows_the_pages_counts(client, editor, document):
    brief = BriefPage.objects.get(document=document)
    _counts(document, "download", today=2, earlier=5)
    html = client.get(reverse("wagtailadmin_pages:edit", args=[brief.pk])).content.decode()
    assert _panel_cells(html, "downloads") == (2, 7)
    assert _panel_cells(html, "plays") is None  # a brief is not played

    # The source page (its translations open in wagtail-localize's editor).
    video = RecordingPage.objects.live().filter(locale__language_code="es").first()
    _counts(video, "play", today=1, earlier=0)
    html = client.get(reverse("wagtailadmin_pages:edit", args=[video.pk])).content.decode()
    assert _panel_cells(html, "plays") == (1, 1)
    assert _panel_cells(html, "downloads") == (0, 0)
    add = reverse("wagtailadmin_pages:add", args=["briefs", "briefpage", brief.get_parent().pk])
    assert 'data-kind="downloads"' not in client.get(add).content.decode()


def test_the_privacy_statement_says_what_is_counted(client):
    page = StandardPage.objects.live().get(slug="privacy")
    html = client.get(page.url).content.decode()
    assert "Counts of plays and downloads" in html
    assert "no cookie, IP address, browser details or identifier" in html


def test_the_export_neutralises_formulas_and_keeps_numbers(client, editor):
    """A title a spreadsheet would run (`=HYPERLINK(…)`) is written as text; the counts,
    written as numbers, are left as they are."""
    import csv
    import io

    from tests.factories import DocumentFactory

    formula = '=HYPERLINK("http://evil.example/","Open")'
    document = DocumentFactory(title=formula)
    _counts(document, "download", today=7, earlier=5)
    export = client.get(reverse("stats_report"), {"export": "csv"})
    rows = list(csv.reader(io.StringIO(b"".join(export.streaming_content).decode())))
    row = next(row for row in rows if formula in row[0])
    assert row[0] == "'" + formula
    assert row[-2:] == ["7", "12"]
