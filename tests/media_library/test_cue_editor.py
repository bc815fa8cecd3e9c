"""The cue editor of a caption track: corrected text and times, added and deleted cues,
saved as valid WebVTT with the transcript rebuilt and searchable; refusals that change
nothing."""

import pytest

from django.urls import reverse

from media_library.captions import parse_vtt
from media_library.cue_editor import CUES_PER_PAGE
from media_library.models import CaptionTrack
from media_library.models.files import CaptionStatus
from tests.factories import CaptionTrackFactory, MediaFileFactory, RecordingPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def english_admin(client):
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"


def draft_recording(lines, duration=600):
    """A live Spanish recording whose English captions are a machine draft of `lines` (a
    cue of 1.5 s every 2 s)."""
    media = MediaFileFactory(duration=duration)
    CaptionTrackFactory(media=media, language="en", lines=lines, status=CaptionStatus.MACHINE_DRAFT)
    return RecordingPageFactory(media=media)


def cues_url(page, number=None):
    url = reverse("media_library_captions:cues", args=[page.pk, "en"])
    return f"{url}?p={number}" if number else url


def track(page):
    return CaptionTrack.objects.get(media=page.media, language="en")


def stored_cues(page):
    with track(page).file.open("rb") as handle:
        return parse_vtt(handle.read().decode())


def form_data(client, page, rows, number=None, action="save"):
    """The form as the editor opened it (its version), with `rows`: [(start, end, text)]
    or (start, end, text, delete); the rows after the page's own cues are new ones."""
    response = client.get(cues_url(page, number))
    assert response.status_code == 200
    formset = response.context["formset"]
    data = {
        "version": response.context["version"],
        "action": action,
        "form-TOTAL_FORMS": len(rows),
        "form-INITIAL_FORMS": formset.initial_form_count(),
        "form-MIN_NUM_FORMS": 0,
        "form-MAX_NUM_FORMS": 1000,
    }
    for index, row in enumerate(rows):
        start, end, text, *delete = row
        data.update({f"form-{index}-start": start, f"form-{index}-end": end})
        data[f"form-{index}-text"] = text
        if delete and delete[0]:
            data[f"form-{index}-DELETE"] = "on"
    return data


def test_correct_add_and_delete_cues(editor_client, django_capture_on_commit_callbacks):
    page = draft_recording(["Helo wrld.", "Second line.", "Third line."])
    rows = [
        ("00:00:00.000", "00:00:01.500", "Helo wrld.", True),  # deleted
        ("00:00:02.000", "00:00:03.200", "Second line, corrected: torture prevention."),
        ("4.000", "0:05.500", "Third line."),
        ("00:00:01.000", "00:00:01.900", "A cue added."),  # goes before the second one
    ]
    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(cues_url(page), form_data(editor_client, page, rows))
    assert response.status_code == 302
    assert response.url == cues_url(page, 1)  # back to the same page of cues
    assert [(c.start, c.end, c.text) for c in stored_cues(page)] == [
        (1.0, 1.9, "A cue added."),
        (2.0, 3.2, "Second line, corrected: torture prevention."),
        (4.0, 5.5, "Third line."),
    ]
    assert track(page).status == CaptionStatus.MACHINE_DRAFT  # still a draft
    assert [s.text for s in track(page).segments.all()][0] == "A cue added."
    # The rebuilt transcript is what the search finds (here the English document of a
    # Spanish page searches the original language's captions only: ask the segments).
    assert track(page).segments.filter(text__contains="torture prevention").exists()


def test_save_and_mark_reviewed_goes_back_to_the_recording(editor_client):
    page = draft_recording(["Only line."])
    rows = [("00:00:00.000", "00:00:01.500", "Only line, reviewed.")]
    response = editor_client.post(
        cues_url(page), form_data(editor_client, page, rows, action="review")
    )
    assert response.status_code == 302
    assert response.url.startswith(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert track(page).status == CaptionStatus.REVIEWED
    assert stored_cues(page)[0].text == "Only line, reviewed."


def test_an_edit_is_found_by_search(editor_client, django_capture_on_commit_callbacks):
    media = MediaFileFactory(duration=60)
    CaptionTrackFactory(media=media, language="es", lines=["Primera frase."])
    page = RecordingPageFactory(media=media)
    url = reverse("media_library_captions:cues", args=[page.pk, "es"])
    response = editor_client.get(url)
    data = {
        "version": response.context["version"],
        "action": "save",
        "form-TOTAL_FORMS": 1,
        "form-INITIAL_FORMS": 1,
        "form-0-start": "00:00:00.000",
        "form-0-end": "00:00:01.500",
        "form-0-text": "Las inspecciones penitenciarias sorpresivas.",
    }
    with django_capture_on_commit_callbacks(execute=True):
        assert editor_client.post(url, data).status_code == 302
    found = editor_client.get("/api/search/", {"q": "penitenciarias", "lang": "es"}).json()
    assert page.title in [result["title"] for result in found["results"]]


@pytest.mark.parametrize(
    ("row", "message"),
    [
        (("00:00:05.000", "00:00:01.000", "Backwards."), "The cue must end after it starts."),
        (("five", "00:00:01.000", "Unreadable."), "Write a time as 00:01:02.500"),
        (("00:00:01.000", "00:00:02.000", ""), "A cue needs its text"),
        (("00:00:01.000", "", "No end."), "A cue needs an end time."),
        (("00:20:00.000", "00:20:01.000", "After the end."), "after the recording ends"),
    ],
)
def test_an_invalid_cue_is_refused_and_nothing_changes(editor_client, row, message):
    page = draft_recording(["First line.", "Second line."])
    before = track(page).file.name
    rows = [("00:00:00.000", "00:00:01.500", "First line."), row]
    response = editor_client.post(cues_url(page), form_data(editor_client, page, rows))
    assert response.status_code == 200
    assert message in response.content.decode()
    assert track(page).file.name == before
    assert [c.text for c in stored_cues(page)] == ["First line.", "Second line."]


def test_cues_come_a_page_at_a_time_and_stay_in_order(editor_client):
    lines = [f"Line {number}." for number in range(CUES_PER_PAGE + 5)]
    page = draft_recording(lines)
    second = editor_client.get(cues_url(page, 2))
    assert len(second.context["formset"].initial_forms) == 5
    assert "Line 50." in second.content.decode() and "Line 49." not in second.content.decode()

    # The first cue of page 2 moved before the last cue of page 1: refused.
    rows = [("00:00:01.000", "00:00:01.500", "Line 50.")] + [
        (f"{2 * n}.000", f"{2 * n + 1}.500", f"Line {n}.") for n in range(51, 55)
    ]
    response = editor_client.post(cues_url(page, 2), form_data(editor_client, page, rows, 2))
    assert response.status_code == 200
    assert "Cue 51 starts at 00:00:01.000, before the cue above it" in response.content.decode()

    # A correction on page 2 keeps page 1 as it was.
    rows[0] = ("100.000", "101.000", "Line 50, corrected.")
    response = editor_client.post(cues_url(page, 2), form_data(editor_client, page, rows, 2))
    assert response.status_code == 302
    cues = stored_cues(page)
    assert len(cues) == CUES_PER_PAGE + 5
    assert cues[0].text == "Line 0." and cues[50].text == "Line 50, corrected."


def test_a_track_changed_meanwhile_is_not_overwritten(editor_client):
    page = draft_recording(["First line."])
    data = form_data(editor_client, page, [("00:00:00.000", "00:00:01.000", "Mine.")])
    CaptionTrackFactory._meta.model.objects.filter(pk=track(page).pk).update(
        status=CaptionStatus.REVIEWED
    )
    changed = track(page)
    changed.save()  # someone else saved it: a new version
    response = editor_client.post(cues_url(page), data)
    assert response.status_code == 200
    assert "changed since you opened them" in response.content.decode()
    assert stored_cues(page)[0].text == "First line."


def test_deleting_every_cue_is_refused(editor_client):
    page = draft_recording(["First line."])
    rows = [("00:00:00.000", "00:00:01.500", "First line.", True)]
    response = editor_client.post(cues_url(page), form_data(editor_client, page, rows))
    assert response.status_code == 200
    assert "Keep at least one cue" in response.content.decode()
