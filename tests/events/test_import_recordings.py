"""``manage.py import_recordings FOLDER --manifest FILE``: recordings from a disk become
media files with reviewed captions and draft recording pages; re-runs update them; bad
rows are reported and skipped, the rest imported."""

import csv
import io

import pytest

from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import translation

from hub.demo.media import make_sample_audio
from hub.events.models import PanelPage
from hub.events.recordings_import import COLUMNS
from media_library.models import CaptionTrack, MediaFile, RecordingPage
from media_library.models.files import CaptionStatus
from tests.factories.media import caption_file

pytestmark = pytest.mark.django_db


def vtt(folder, name, lines=("Primera frase.", "Segunda frase.")):
    path = folder / name
    path.write_bytes(caption_file(lines, "es").read())
    return path


def write_manifest(folder, rows, columns=COLUMNS, name="recordings.csv"):
    with (folder / name).open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)


def row(file, title, **values):
    return {
        "file": file,
        "title": title,
        "date": "2019-05-20",
        "panel": "",
        "language": "es",
        "speakers": "Ana Ejemplo; Oradora Importada Uno",
        "captions": "",
        **values,
    }


def run(folder, *args):
    out, err = io.StringIO(), io.StringIO()
    failed = None
    with translation.override("en"):
        try:
            call_command("import_recordings", str(folder), *args, stdout=out, stderr=err)
        except CommandError as exc:
            failed = str(exc)
    return out.getvalue(), err.getvalue(), failed


@pytest.fixture
def folder(tmp_path):
    make_sample_audio(tmp_path / "panel-1.m4a", seconds=2)
    vtt(tmp_path, "panel-1.es.vtt")
    vtt(tmp_path, "panel-1.en.vtt", ("First sentence.", "Second sentence."))
    return tmp_path


def test_a_recording_becomes_a_media_file_with_reviewed_captions_and_a_draft_page(
    folder, django_capture_on_commit_callbacks
):
    panel = PanelPage.objects.filter(locale__language_code="es").first()
    write_manifest(
        folder,
        [
            row(
                "panel-1.m4a",
                "Panel importado de prueba",
                panel=panel.slug,
                captions="es:panel-1.es.vtt; en:panel-1.en.vtt",
            )
        ],
    )
    with django_capture_on_commit_callbacks(execute=True):
        out, err, failed = run(folder)
    assert failed is None, err
    assert "[1/1] panel-1.m4a: created" in out
    assert "1 created, 0 updated, 0 unchanged, 0 failed" in out

    media = MediaFile.objects.get(source_file="panel-1.m4a")
    assert media.title == "Panel importado de prueba" and media.type == "audio"
    assert str(media.recorded_on) == "2019-05-20" and media.language == "es"
    assert media.processing_status == "ready"  # processing ran (queued on commit)
    tracks = {track.language: track for track in CaptionTrack.objects.filter(media=media)}
    assert set(tracks) == {"es", "en"}
    assert all(track.status == CaptionStatus.REVIEWED for track in tracks.values())
    assert tracks["es"].is_original and not tracks["en"].is_original
    assert tracks["en"].segments.count() == 2  # the transcript, rebuilt

    page = RecordingPage.objects.get(media=media)
    assert not page.live and page.locale.language_code == "es"
    assert page.slug == "panel-importado-de-prueba"
    assert [s.person.name for s in page.speakers.all()] == ["Ana Ejemplo", "Oradora Importada Uno"]
    panel.refresh_from_db()
    draft = panel.get_latest_revision_as_object()
    assert page.pk in [link.recording_id for link in draft.recordings.all()]
    assert page.pk not in [link.recording_id for link in panel.recordings.all()]  # live one


def test_a_second_run_updates_rather_than_duplicates(folder):
    write_manifest(folder, [row("panel-1.m4a", "Título uno", captions="es:panel-1.es.vtt")])
    run(folder)
    out, _err, failed = run(folder)
    assert failed is None and "0 created, 0 updated, 1 unchanged" in out

    vtt(folder, "panel-1.es.vtt", ("Frase corregida.",))
    write_manifest(folder, [row("panel-1.m4a", "Título dos", captions="es:panel-1.es.vtt")])
    out, _err, failed = run(folder)
    assert "0 created, 1 updated" in out
    assert MediaFile.objects.filter(source_file="panel-1.m4a").count() == 1
    page = RecordingPage.objects.get(media__source_file="panel-1.m4a")
    assert page.get_latest_revision_as_object().title == "Título dos"
    assert not page.live
    track = CaptionTrack.objects.get(media__source_file="panel-1.m4a", language="es")
    assert b"Frase corregida." in track.file.open("rb").read()


def test_bad_rows_are_reported_and_skipped_the_rest_imported(folder):
    (folder / "notes.mp4").write_text("not a video at all")
    (folder / "broken.srt").write_text("just some words\n")
    write_manifest(
        folder,
        [
            row("panel-1.m4a", "Bueno"),
            row("notes.mp4", "Texto disfrazado"),
            row("missing.m4a", "Ausente"),
            row("../outside.m4a", "Fuera"),
            row("panel-1.m4a", "Repetido"),
            row("panel-1.m4a", "Sin idioma", language="fr"),
            row("panel-1.m4a", "Mala fecha", date="2019-13-01"),
            row("panel-1.m4a", "Subtítulo roto", captions="es:broken.srt"),
            row("panel-1.m4a", "Panel inexistente", panel="no-such-panel"),
        ],
    )
    out, err, failed = run(folder)
    assert failed == "8 row(s) failed; see the list above."
    assert "1 created, 0 updated, 0 unchanged, 8 failed" in out
    assert "row 3 (notes.mp4): file: 'notes.mp4'" in err
    assert "row 4 (missing.m4a): file: 'missing.m4a' does not exist" in err
    assert "row 5 (../outside.m4a): file: '../outside.m4a' points outside the folder" in err
    assert "row 6 (panel-1.m4a): file: 'panel-1.m4a' repeats row 2" in err
    assert "captions: 'es:broken.srt'" in err
    assert "panel: 'no-such-panel' matches no panel" in err
    assert MediaFile.objects.filter(source_file="panel-1.m4a").count() == 1
    assert not MediaFile.objects.filter(title="Texto disfrazado").exists()


@pytest.mark.parametrize(
    "content, message",
    [
        (b"\xff\xfe\x00bad", "is not UTF-8 text"),
        (b"file,title\nx.m4a,X\n", 'lacks the column(s) "date"'),
        (b"", "is empty"),
    ],
)
def test_a_broken_manifest_is_refused_whole(folder, content, message):
    (folder / "recordings.csv").write_bytes(content)
    _out, _err, failed = run(folder)
    assert failed.startswith("Refused, nothing imported:") and message in failed
    assert not MediaFile.objects.filter(source_file__gt="").exists()


def test_a_manifest_outside_the_folder_and_a_missing_one(folder, tmp_path_factory):
    elsewhere = tmp_path_factory.mktemp("manifests")
    write_manifest(elsewhere, [row("panel-1.m4a", "Desde otro lugar")], name="list.csv")
    out, _err, failed = run(folder, "--manifest", str(elsewhere / "list.csv"))
    assert failed is None and "1 created" in out
    _out, _err, failed = run(folder, "--manifest", "nothing-here.csv")
    assert "does not exist" in failed
