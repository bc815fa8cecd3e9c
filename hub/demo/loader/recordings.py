"""Sample recordings for the demo (`recordings.json`): generated with PyAV at load time,
nothing committed.

Two short videos and two audio recordings, each with sample captions in Spanish, English
and Portuguese, chapters, and a RecordingPage in the three locales that says plainly that
it is a sample.
"""

import datetime
import io
import tempfile
from pathlib import Path

from django.core.files import File

from wagtail.models import Collection

from hub.demo import media as sample_media
from hub.demo.loader.base import SOURCE, read
from hub.network.models import Person
from media_library import captions as caption_tools
from media_library.blocks import timecode_seconds
from media_library.models import CaptionTrack, MediaFile, RecordingIndexPage, RecordingPage
from media_library.models.pages import RecordingPageSpeaker


def load_recordings(loader, home):
    content = read("recordings")
    index = loader.page(
        home,
        RecordingIndexPage,
        content["index"],
        "recordings index",
        introduction=content["index"]["introduction"][SOURCE],
    )
    collection = Collection.get_first_root_node()
    for number, data in enumerate(content["items"]):
        media = MediaFile.objects.filter(title=f"Demo: {data['key']}").first()
        if media is None:
            media = make_media(data, number, collection)
            loader.note("created", f"media {data['key']} ({media.get_processing_status_display()})")
        else:
            loader.note("skipped", f"media {data['key']}: exists")
        for language in ("es", "en", "pt"):
            if not media.captions.filter(language=language).exists():
                chapters = [
                    (timecode_seconds(chapter["start"]), chapter["title"][language])
                    for chapter in data["chapters"]
                ]
                cues = sample_media.sample_cues(language, data["seconds"], chapters)
                caption = CaptionTrack(
                    media=media, language=language, is_original=language == data["language"]
                )
                caption.file.save(
                    f"{data['key']}-{language}.vtt",
                    File(_bytes_io(caption_tools.cues_to_vtt(cues))),
                    save=True,
                )
        page = RecordingPage.objects.child_of(index).filter(slug=data["slug"][SOURCE]).first()
        if page is None:
            page = RecordingPage(
                title=data["title"][SOURCE],
                slug=data["slug"][SOURCE],
                media=media,
                description=data["description"][SOURCE],
                chapters=[
                    ("chapter", {"start": chapter["start"], "title": chapter["title"][SOURCE]})
                    for chapter in data["chapters"]
                ],
                is_sample=True,
                locale=loader.locales[SOURCE],
            )
            page.speakers = [
                RecordingPageSpeaker(person=person)
                for person in Person.objects.filter(
                    slug__in=data["speakers"], locale=loader.locales[SOURCE]
                )
            ]
            index.add_child(instance=page)
            page.save_revision().publish()
            loader.note("created", f"recording {data['key']} (es)")
        else:
            loader.note("skipped", f"recording {data['key']} (es): exists")
        for field in ("title", "slug", "description"):
            loader.learn(data[field])
        for chapter in data["chapters"]:
            loader.learn(chapter["title"])
        loader.translate(page, f"recording {data['key']}")


def make_media(data, number, collection):
    suffix = ".mp4" if data["kind"] == "video" else ".m4a"
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"{data['key']}{suffix}"
        if data["kind"] == "video":
            sample_media.make_sample_video(path, seconds=data["seconds"], seed=number)
        else:
            sample_media.make_sample_audio(path, seconds=data["seconds"], seed=number)
        media = MediaFile(
            title=f"Demo: {data['key']}",
            type=data["kind"],
            language=data["language"],
            recorded_on=datetime.date.fromisoformat(data["recorded_on"]),
            collection=collection,
        )
        with path.open("rb") as handle:
            media.file.save(path.name, File(handle), save=False)
            media.save()  # The processing task runs on commit (at once in dev and tests).
    media.refresh_from_db()
    return media


def _bytes_io(text):
    return io.BytesIO(text.encode("utf-8"))
