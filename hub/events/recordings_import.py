"""Read and check a recordings manifest for ``manage.py import_recordings``.

``read_recordings(directory, manifest)`` turns the CSV file (read as hub.core.manifests
says) into rows that are either clean (a dict of checked values) or carry every problem
found, each naming the column and the bad value. It stores nothing.

Columns (any order and case): ``file, title, date, panel, language, speakers,
captions``.

- ``file``: the recording, relative to the folder (the row's identity: a second run
  updates what the first made from it). Checked as an upload is (size limit
  ``MAX_MEDIA_MB``, an audio or video extension, PyAV opens it and decodes a frame),
  reading only its beginning.
- ``title``: required. ``date``: when it was recorded, YYYY-MM-DD, may be empty.
- ``panel``: a panel page's slug or title (in any locale, case-insensitive), may be
  empty; a value matching several panels is refused.
- ``language``: the spoken language, es, en or pt.
- ``speakers``: names separated by ``;`` (people found by name, else created).
- ``captions``: ``language:file`` pairs separated by ``;`` (``es:p1.es.vtt; en:p1.en.srt``),
  WebVTT or SubRip, each read and checked as the caption upload does.
"""

from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

from hub.core.manifests import (
    ImportRefused,
    ManifestRow,
    cells_of,
    check_date,
    file_in_folder,
    folded,
    folder,
    read_manifest,
    split_list,
)

COLUMNS = ("file", "title", "date", "panel", "language", "speakers", "captions")
LANGUAGES = ("es", "en", "pt")
CAPTION_EXTENSIONS = (".vtt", ".srt")
MAX_TITLE = 255
MAX_SPEAKER = 200


def media_extensions():
    return tuple(
        f".{extension}"
        for extension in settings.WAGTAILMEDIA["AUDIO_EXTENSIONS"]
        + settings.WAGTAILMEDIA["VIDEO_EXTENSIONS"]
    )


@dataclass
class RecordingsFile:
    path: Path
    rows: list


def read_recordings(directory, manifest, find_panel=None):
    """The rows of ``manifest`` (a path, or a name in ``directory``), each checked."""
    directory = folder(directory)
    path = Path(manifest)
    if not path.is_absolute() and not path.is_file():
        path = directory / manifest
    if not path.is_file():
        raise ImportRefused(_("%(file)s does not exist.") % {"file": path})
    find_panel = find_panel or panel_key
    rows = read_manifest(
        path,
        COLUMNS,
        lambda number, cells, indexes, width: check_row(
            number, cells, indexes, width, directory, find_panel
        ),
    )
    if not rows:
        raise ImportRefused(_("%(file)s lists no recordings.") % {"file": path})
    return RecordingsFile(path, rows)


def check_row(number, cells, indexes, width, directory, find_panel):
    row = ManifestRow(number, "")
    raw = cells_of(row, cells, indexes, width)
    row.file = raw["file"]
    values = {}
    values["file"], values["path"], values["kind"] = check_media(row, directory, raw["file"])
    values["title"] = " ".join(raw["title"].split())
    if not values["title"]:
        row.problem("title", raw["title"], _("is empty"))
    elif len(values["title"]) > MAX_TITLE:
        row.problem(
            "title", raw["title"], _("is longer than %(max)s characters") % {"max": MAX_TITLE}
        )
    values["date"] = check_date(row, "date", raw["date"], required=False)
    values["language"] = raw["language"].lower()
    if values["language"] not in LANGUAGES:
        row.problem("language", raw["language"], _("is not es, en or pt"))
    values["speakers"] = split_list(raw["speakers"])
    for name in values["speakers"]:
        if len(name) > MAX_SPEAKER:
            row.problem(
                "speakers", name, _("is longer than %(max)s characters") % {"max": MAX_SPEAKER}
            )
    values["captions"] = check_captions(row, directory, raw["captions"])
    values["panel"] = None
    if raw["panel"]:
        key, problem = find_panel(raw["panel"])
        if problem:
            row.problem("panel", raw["panel"], problem)
        values["panel"] = key
    if not row.failed:
        row.values = values
    return row


def check_media(row, directory, value):
    """(name, path, "audio" or "video") of a recording that plays, as the upload form
    checks it."""
    from media_library.processing import MediaError, probe

    name, path = file_in_folder(
        row, "file", directory, value, media_extensions(), _("an audio or video file")
    )
    if name is None:
        return None, None, None
    size = path.stat().st_size
    limit = settings.HUB_MAX_MEDIA_UPLOAD_SIZE
    if limit and size > limit:
        row.problem(
            "file",
            value,
            _("is %(size)s; the limit is %(limit)s")
            % {"size": filesizeformat(size), "limit": filesizeformat(limit)},
        )
        return None, None, None
    try:
        info = probe(path)  # the container's header and a first frame, never the whole file
    except MediaError as problem:
        row.problem("file", value, str(problem))
        return None, None, None
    return name, path, info.kind


def check_captions(row, directory, value):
    """{language: (file name, WebVTT text)} of the ``captions`` cell."""
    from media_library.captions import CaptionError, load_caption_file

    captions = {}
    for item in split_list(value):
        language, separator, file_value = item.partition(":")
        language, file_value = language.strip().lower(), file_value.strip()
        if not separator or language not in LANGUAGES:
            row.problem("captions", item, _("is not language:file (es, en or pt, then a colon)"))
            continue
        if language in captions:
            row.problem(
                "captions", item, _("names a second file for %(language)s") % {"language": language}
            )
            continue
        name, path = file_in_folder(
            row, "captions", directory, file_value, CAPTION_EXTENSIONS, _("a .vtt or .srt file")
        )
        if name is None:
            continue
        try:
            vtt_text, _cues = load_caption_file(path.read_bytes(), path.name)
        except CaptionError as problem:
            row.problem("captions", item, str(problem))
            continue
        except OSError as exc:
            row.problem("captions", item, _("unreadable: %(why)s") % {"why": exc.strerror or exc})
            continue
        captions[language] = (name, vtt_text)
    return captions


def panel_key(value):
    """The translation key of the one panel with this slug or title, in any locale."""
    from hub.events.models import PanelPage

    value = " ".join(value.split())
    keys = {
        key
        for slug, title, key in PanelPage.objects.values_list("slug", "title", "translation_key")
        if slug == value or folded(title) == folded(value)
    }
    if not keys:
        return None, _("matches no panel (by slug or title)")
    if len(keys) > 1:
        return None, _("matches %(count)s different panels") % {"count": len(keys)}
    return keys.pop(), None
