"""Sample recordings for the demo: generated with PyAV at load time, nothing committed.

Two short videos and two audio recordings, each with sample captions in Spanish, English
and Portuguese, chapters, and a RecordingPage in the three locales that says plainly that
it is a sample.
"""

import tempfile
from pathlib import Path

from django.core.files import File

from wagtail.models import Collection

from hub.demo import media as samples
from hub.demo.content import translations as T  # noqa: N812 - reads as a table
from media_library import captions as caption_tools
from media_library.blocks import timecode_seconds
from media_library.models import CaptionTrack, MediaFile, RecordingIndexPage, RecordingPage
from media_library.models.pages import RecordingPageSpeaker

SOURCE = "es"


INDEX = {
    "slug": T("grabaciones", "recordings", "gravacoes"),
    "title": T("Grabaciones", "Recordings", "Gravações"),
    "show_in_menus": True,
    "introduction": T(
        "Paneles y conversaciones de la red, en video y audio, con subtítulos y "
        "transcripciones en español, inglés y portugués.",
        "Panels and conversations of the network, in video and audio, with captions and "
        "transcripts in Spanish, English and Portuguese.",
        "Painéis e conversas da rede, em vídeo e áudio, com legendas e transcrições em "
        "espanhol, inglês e português.",
    ),
    "search_description": T(
        "Grabaciones de la red con subtítulos, transcripciones y versiones livianas.",
        "The network's recordings with captions, transcripts and light versions.",
        "Gravações da rede com legendas, transcrições e versões leves.",
    ),
}

RECORDINGS = [
    {
        "key": "sample-video-1",
        "kind": "video",
        "seconds": 12,
        "language": "es",
        "recorded_on": "2011-12-13",
        "speakers": ["ana-ejemplo"],
        "slug": T("video-de-muestra-1", "sample-video-1", "video-de-amostra-1"),
        "title": T(
            "Video de muestra 1: cómo funciona el reproductor",
            "Sample video 1: how the player works",
            "Vídeo de amostra 1: como funciona o reprodutor",
        ),
        "description": T(
            "Grabación generada de muestra, con subtítulos de ejemplo. Reemplácela por la "
            "grabación de un panel del taller.",
            "A generated sample recording with example captions. Replace it with the "
            "recording of a workshop panel.",
            "Gravação gerada de amostra, com legendas de exemplo. Substitua-a pela gravação "
            "de um painel da oficina.",
        ),
        "chapters": [
            ("0:00", T("Apertura", "Opening", "Abertura")),
            ("0:06", T("Segunda parte", "Second part", "Segunda parte")),
        ],
    },
    {
        "key": "sample-video-2",
        "kind": "video",
        "seconds": 10,
        "language": "en",
        "recorded_on": "2011-12-14",
        "speakers": ["pedro-muestra"],
        "slug": T("video-de-muestra-2", "sample-video-2", "video-de-amostra-2"),
        "title": T(
            "Video de muestra 2: subtítulos en tres idiomas",
            "Sample video 2: captions in three languages",
            "Vídeo de amostra 2: legendas em três idiomas",
        ),
        "description": T(
            "Segunda grabación de muestra, hablada en inglés según sus datos, con "
            "subtítulos de ejemplo en los tres idiomas.",
            "A second sample recording, spoken in English according to its data, with "
            "example captions in the three languages.",
            "Segunda gravação de amostra, falada em inglês segundo seus dados, com legendas "
            "de exemplo nos três idiomas.",
        ),
        "chapters": [
            ("0:00", T("Inicio", "Start", "Início")),
            ("0:05", T("Cierre", "Closing", "Encerramento")),
        ],
    },
    {
        "key": "sample-audio-1",
        "kind": "audio",
        "seconds": 15,
        "language": "pt",
        "recorded_on": "2012-05-03",
        "speakers": ["maria-exemplo"],
        "slug": T("audio-de-muestra-1", "sample-audio-1", "audio-de-amostra-1"),
        "title": T(
            "Audio de muestra 1: una conversación breve",
            "Sample audio 1: a short conversation",
            "Áudio de amostra 1: uma conversa breve",
        ),
        "description": T(
            "Audio generado de muestra para el pódcast del portal, con transcripción de ejemplo.",
            "A generated sample audio for the hub's podcast, with an example transcript.",
            "Áudio gerado de amostra para o podcast do portal, com transcrição de exemplo.",
        ),
        "chapters": [
            ("0:00", T("Presentación", "Introduction", "Apresentação")),
            ("0:09", T("Preguntas", "Questions", "Perguntas")),
        ],
    },
    {
        "key": "sample-audio-2",
        "kind": "audio",
        "seconds": 12,
        "language": "es",
        "recorded_on": "2012-05-04",
        "speakers": ["ana-ejemplo", "pedro-muestra"],
        "slug": T("audio-de-muestra-2", "sample-audio-2", "audio-de-amostra-2"),
        "title": T(
            "Audio de muestra 2: resumen de un panel",
            "Sample audio 2: a panel summary",
            "Áudio de amostra 2: resumo de um painel",
        ),
        "description": T(
            "Segundo audio de muestra, con subtítulos de ejemplo en los tres idiomas.",
            "A second sample audio, with example captions in the three languages.",
            "Segundo áudio de amostra, com legendas de exemplo nos três idiomas.",
        ),
        "chapters": [],
    },
]


def load_recordings(loader, home):
    from hub.network.models import Person

    index = loader.page(
        home,
        RecordingIndexPage,
        INDEX,
        "recordings index",
        introduction=INDEX["introduction"][SOURCE],
    )
    collection = Collection.get_first_root_node()
    for number, data in enumerate(RECORDINGS):
        media = MediaFile.objects.filter(title=f"Demo: {data['key']}").first()
        if media is None:
            media = make_media(data, number, collection)
            loader.note("created", f"media {data['key']} ({media.get_processing_status_display()})")
        else:
            loader.note("skipped", f"media {data['key']}: exists")
        for language in ("es", "en", "pt"):
            if not media.captions.filter(language=language).exists():
                chapters = [
                    (timecode_seconds(at), title[language]) for at, title in data["chapters"]
                ]
                cues = samples.sample_cues(language, data["seconds"], chapters)
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
                    ("chapter", {"start": start, "title": title[SOURCE]})
                    for start, title in data["chapters"]
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
        for _start, title in data["chapters"]:
            loader.learn(title)
        loader.translate(page, f"recording {data['key']}")


def make_media(data, number, collection):
    import datetime

    suffix = ".mp4" if data["kind"] == "video" else ".m4a"
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"{data['key']}{suffix}"
        if data["kind"] == "video":
            samples.make_sample_video(path, seconds=data["seconds"], seed=number)
        else:
            samples.make_sample_audio(path, seconds=data["seconds"], seed=number)
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
    import io

    return io.BytesIO(text.encode("utf-8"))
