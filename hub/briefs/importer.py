"""Read and check ``DIR/briefs.csv`` for ``manage.py import_briefs``.

``read_briefs(directory)`` turns the file into rows that are either clean (a dict of
checked values, the document's text already extracted) or carry every problem found,
each naming the column and the bad value. It stores nothing: the command saves the
clean rows.

The file:

- UTF-8 (a byte-order mark is fine), comma-separated (a header written with ``;`` or
  tabs between the column names is read with that separator instead);
- a header with the columns ``file, title, authors, language, published, abstract,
  topics, countries, panel`` in any order and case; a file lacking any of them is
  refused as a whole (``ImportRefused``), as is a file naming one twice;
- ``authors``, ``topics`` and ``countries`` hold several values separated by ``;``:
  each is trimmed, empty ones and repeats are dropped;
- rows are numbered as a spreadsheet shows them: the header is row 1 (blank lines
  count, so row N is the Nth record in the file).

Decisions:

- ``file`` is a path relative to DIR (``a.pdf`` or ``sub/a.pdf``; ``\\`` is read as
  ``/``). Absolute paths, ``..`` and symbolic links leading out of DIR are refused.
  The normalised path is the row's identity (``BriefPage.source_file``).
- ``countries`` must be codes of ``hub.core.countries.COUNTRY_NAMES``, in any case:
  ``BriefCountry.country_code`` only offers those, so a brief with any other code could
  not be saved from the admin afterwards. A well-formed code outside that list is
  reported as such, so that the list can be extended deliberately.
- ``abstract`` is required (the page needs one); ``authors``, ``topics``, ``countries``
  and ``panel`` may be empty.
- ``panel`` is a panel's number or its title (case-insensitive, in any locale); a value
  that matches several different panels (two workshops with a panel 2) is refused.
"""

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from django.utils.translation import gettext as _

from hub.core.countries import COUNTRY_NAMES
from hub.core.extraction import ExtractionError, extract_text
from hub.core.manifests import (  # noqa: F401 - the names import_briefs and its tests use
    ImportRefused,
    ManifestRow,
    Problem,
    cells_of,
    check_date,
    file_in_folder,
    folded,
    folder,
    quoted,
    read_manifest,
    slug_for,
    split_list,
    unique_slug,
)

CSV_NAME = "briefs.csv"
COLUMNS = (
    "file",
    "title",
    "authors",
    "language",
    "published",
    "abstract",
    "topics",
    "countries",
    "panel",
)
LANGUAGES = ("es", "en", "pt")
EXTENSIONS = (".pdf", ".docx", ".odt", ".txt")
CODE_PATTERN = re.compile(r"[A-Z]{2}")
# Field sizes of BriefPage.source_file and title, Person.name and Topic.name.
MAX_FILE = 255
MAX_TITLE = 255
MAX_AUTHOR = 200
MAX_TOPIC = 100


BriefRow = ManifestRow


@dataclass
class BriefFile:
    path: Path
    rows: list


# --- the file -------------------------------------------------------------------------


def read_briefs(directory, find_panel=None):
    """The rows of ``directory/briefs.csv``, each checked; raises ``ImportRefused``.

    ``find_panel(value)`` returns ``(translation_key, None)`` or ``(None, problem)``;
    by default panels are looked up in the database.
    """
    directory = folder(directory)
    path = directory / CSV_NAME
    if not path.is_file():
        raise ImportRefused(_("%(dir)s holds no %(name)s.") % {"dir": directory, "name": CSV_NAME})
    find_panel = find_panel or panel_key
    rows = read_manifest(
        path,
        COLUMNS,
        lambda number, cells, indexes, width: check_row(
            number, cells, indexes, width, directory, find_panel
        ),
    )
    if not rows:
        raise ImportRefused(_("%(file)s holds no briefs.") % {"file": path})
    return BriefFile(path, rows)


# --- one row --------------------------------------------------------------------------


def check_row(number, cells, indexes, width, directory, find_panel):
    row = BriefRow(number, "")
    raw = cells_of(row, cells, indexes, width)
    row.file = raw["file"]
    values = {}
    values.update(check_file(row, directory, raw["file"]))
    values["title"] = " ".join(raw["title"].split())
    if not values["title"]:
        row.problem("title", raw["title"], _("is empty"))
    elif len(values["title"]) > MAX_TITLE:
        row.problem(
            "title", raw["title"], _("is longer than %(max)s characters") % {"max": MAX_TITLE}
        )
    values["abstract"] = raw["abstract"]
    if not values["abstract"]:
        row.problem("abstract", raw["abstract"], _("is empty"))
    values["language"] = raw["language"].lower()
    if values["language"] not in LANGUAGES:
        row.problem("language", raw["language"], _("is not es, en or pt"))
    values["published"] = check_date(row, "published", raw["published"])
    values["authors"] = check_names(row, "authors", raw["authors"], MAX_AUTHOR)
    values["topics"] = check_names(row, "topics", raw["topics"], MAX_TOPIC)
    values["countries"] = check_countries(row, raw["countries"])
    values["panel"] = None
    if raw["panel"]:
        key, problem = find_panel(raw["panel"])
        if problem:
            row.problem("panel", raw["panel"], problem)
        values["panel"] = key
    if not row.failed:
        row.values = values
    return row


def check_file(row, directory, value):
    """The file's normalised name, path, bytes' SHA-1 and text, or problems on ``row``."""
    name, path = file_in_folder(
        row, "file", directory, value, EXTENSIONS, _("a PDF, DOCX, ODT or TXT file"), MAX_FILE
    )
    if name is None:
        return {}
    try:
        text = extract_text(path, PurePosixPath(name).name).text
        data = path.read_bytes()
    except ExtractionError as exc:
        row.problem("file", value, _("unreadable: %(why)s") % {"why": exc})
        return {}
    except OSError as exc:
        row.problem("file", value, _("unreadable: %(why)s") % {"why": exc.strerror or exc})
        return {}
    return {
        "file": name,
        "path": path,
        "sha1": hashlib.sha1(data, usedforsecurity=False).hexdigest(),
        "text": text,
    }


def check_names(row, column, value, max_length):
    names = split_list(value)
    for name in names:
        if len(name) > max_length:
            row.problem(column, name, _("is longer than %(max)s characters") % {"max": max_length})
    return names


def check_countries(row, value):
    codes = []
    for item in split_list(value):
        code = item.upper()
        if code in COUNTRY_NAMES:
            if code not in codes:
                codes.append(code)
        elif CODE_PATTERN.fullmatch(code):
            row.problem(
                "countries",
                item,
                _("is not one of the network's countries (%(codes)s)")
                % {"codes": ", ".join(sorted(COUNTRY_NAMES))},
            )
        else:
            row.problem("countries", item, _("is not an ISO 3166 two-letter country code"))
    return codes


def panel_key(value):
    """The translation key of the one panel with this number or title, in any locale."""
    from hub.events.models import PanelPage

    value = " ".join(value.split())
    if value.isdigit():
        keys = set(
            PanelPage.objects.filter(number=int(value)).values_list("translation_key", flat=True)
        )
    else:
        keys = {
            key
            for title, key in PanelPage.objects.values_list("title", "translation_key")
            if folded(title) == folded(value)
        }
    if not keys:
        return None, _("matches no panel (by number or title)")
    if len(keys) > 1:
        return None, _("matches %(count)s different panels") % {"count": len(keys)}
    return keys.pop(), None
