"""Factories of media_library: media files, caption tracks (with their transcript
segments), the recordings index and recording pages.

A media file holds a real one-second recording made with PyAV (once per test process) and
is marked processed: its metadata are set here, since processing runs after the commit."""

import functools
import tempfile
from pathlib import Path

import factory

from django.core.files.base import ContentFile

from hub.demo import media as sample_media
from media_library.captions import cues_to_vtt
from media_library.captions.base import Cue
from media_library.models import (
    CaptionTrack,
    MediaFile,
    MediaRendition,
    RecordingIndexPage,
    RecordingPage,
)
from media_library.models.files import ProcessingStatus
from media_library.models.pages import RecordingPageSpeaker
from tests.factories.core import HubPageFactory, in_its_index, rows_of

SAMPLES = {
    "audio": ("m4a", "audio/mp4", sample_media.make_sample_audio, {}),
    "video": ("mp4", "video/mp4", sample_media.make_sample_video, {"width": 160, "height": 90}),
}


@functools.cache
def sample_bytes(kind):
    """One second of sample audio or video (a few kilobytes)."""
    suffix, _mime, make, options = SAMPLES[kind]
    with tempfile.TemporaryDirectory() as folder:
        path = make(Path(folder) / f"sample.{suffix}", seconds=1, **options)
        return path.read_bytes()


class MediaFileFactory(factory.django.DjangoModelFactory):
    """A processed one-second audio file (`type="video"` for a video) spoken in Spanish."""

    class Meta:
        model = MediaFile

    title = factory.Sequence(lambda n: f"Grabación de prueba {n}")
    type = "audio"
    language = "es"
    duration = 1
    file = factory.LazyAttribute(
        lambda o: ContentFile(sample_bytes(o.type), name=f"prueba.{SAMPLES[o.type][0]}")
    )

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        media = super()._create(model_class, *args, **kwargs)
        # Saving a new file marks it pending; the task that reads it runs after the commit.
        media.processing_status = ProcessingStatus.READY
        media.mime_type = SAMPLES[media.type][1]
        media.file_size = media.file.size
        media.save(update_fields=["processing_status", "mime_type", "file_size"])
        return media


class MediaRenditionFactory(factory.django.DjangoModelFactory):
    """A rendition of a video as processing makes it: the light (360p) video, or
    `kind=MediaRendition.Kind.AUDIO` for the audio only."""

    class Meta:
        model = MediaRendition

    class Params:
        sample = factory.LazyAttribute(
            lambda o: "audio" if o.kind == MediaRendition.Kind.AUDIO else "video"
        )

    media = factory.SubFactory(MediaFileFactory, type="video")
    kind = MediaRendition.Kind.LOW_VIDEO
    file = factory.LazyAttribute(
        lambda o: ContentFile(sample_bytes(o.sample), name=f"{o.kind}.{SAMPLES[o.sample][0]}")
    )
    mime_type = factory.LazyAttribute(lambda o: SAMPLES[o.sample][1])
    file_size = factory.LazyAttribute(lambda o: o.file.size)
    width = factory.LazyAttribute(lambda o: 160 if o.sample == "video" else None)
    height = factory.LazyAttribute(lambda o: 90 if o.sample == "video" else None)
    duration = 1


def caption_file(lines, language):
    cues = [
        Cue(start=2.0 * number, end=2.0 * number + 1.5, text=line)
        for number, line in enumerate(lines)
    ]
    return ContentFile(cues_to_vtt(cues).encode(), name=f"captions-{language}.vtt")


class CaptionTrackFactory(factory.django.DjangoModelFactory):
    """Captions of a media file: one cue of 1.5 s every 2 s per line of `lines`; saving
    them makes the transcript segments (media_library.signals)."""

    class Meta:
        model = CaptionTrack

    class Params:
        lines = ("Primera frase de prueba.", "Segunda frase de prueba.")

    media = factory.SubFactory(MediaFileFactory)
    language = "es"
    is_original = factory.LazyAttribute(lambda o: o.language == o.media.language)
    file = factory.LazyAttribute(lambda o: caption_file(o.lines, o.language))


class RecordingIndexPageFactory(HubPageFactory):
    """A recordings index under the language's home (the demo's homes have one)."""

    class Meta:
        model = RecordingIndexPage

    title = factory.Sequence(lambda n: f"Grabaciones de prueba {n}")


class RecordingPageFactory(HubPageFactory):
    """A live recording in its language's recordings index, playing a new media file
    spoken in that language; `people` (Person rows) speak in it."""

    class Meta:
        model = RecordingPage

    class Params:
        people = ()

    parent = in_its_index(RecordingIndexPage, RecordingIndexPageFactory)
    title = factory.Sequence(lambda n: f"Grabación de prueba {n}")
    description = "Una grabación de prueba."
    media = factory.SubFactory(MediaFileFactory, language=factory.SelfAttribute("..language"))
    speakers = rows_of(RecordingPageSpeaker, "person", "people")
