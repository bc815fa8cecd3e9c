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

import csv
import datetime
import hashlib
import io
import re
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath, PureWindowsPath

from django.utils.text import slugify
from django.utils.translation import gettext as _

from hub.core.countries import COUNTRY_NAMES
from hub.core.extraction import ExtractionError, extract_text

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
DATE_PATTERN = re.compile(r"\d{4}-\d{2}-\d{2}")
CODE_PATTERN = re.compile(r"[A-Z]{2}")
# Field sizes of BriefPage.source_file and title, Person.name and Topic.name.
MAX_FILE = 255
MAX_TITLE = 255
MAX_AUTHOR = 200
MAX_TOPIC = 100


class ImportRefused(Exception):
    """The file as a whole cannot be imported; nothing of it is stored."""


@dataclass(frozen=True)
class Problem:
    column: str
    value: str
    text: str


@dataclass
class BriefRow:
    number: int
    file: str  # as written in the file (trimmed), for messages
    values: dict | None = None
    problems: list = field(default_factory=list)

    @property
    def failed(self):
        return bool(self.problems)

    def problem(self, column, value, text):
        self.problems.append(Problem(column, value, text))

    def messages(self):
        """One line per problem: ``row N (file): column: 'value' problem``."""
        return [self.message(p.column, p.value, p.text) for p in self.problems]

    def message(self, column, value, text):
        where = _("row %(number)s") % {"number": self.number}
        if self.file:
            where += f" ({self.file})"
        if column is None:
            return f"{where}: {text}"
        return f"{where}: {column}: {quoted(value)} {text}"


@dataclass
class BriefFile:
    path: Path
    rows: list


def quoted(value):
    text = str(value).replace("\n", " ⏎ ")
    if len(text) > 80:
        text = text[:79] + "…"
    return f"'{text}'"


def split_list(value):
    """The values of a ``;``-separated cell: trimmed, without empties or repeats."""
    items = []
    for part in (value or "").split(";"):
        part = " ".join(part.split())
        if part and part not in items:
            items.append(part)
    return items


def unique_slug(base, is_taken, max_length=80):
    """``base`` (cut to ``max_length``), or ``base-2``, ``base-3``… whichever is free."""
    base = base[:max_length].strip("-") or "item"
    slug, number = base, 1
    while is_taken(slug):
        number += 1
        suffix = f"-{number}"
        slug = base[: max_length - len(suffix)].rstrip("-") + suffix
    return slug


def slug_for(text, fallback):
    return slugify(text) or fallback


# --- the file -------------------------------------------------------------------------


def read_briefs(directory, find_panel=None):
    """The rows of ``directory/briefs.csv``, each checked; raises ``ImportRefused``.

    ``find_panel(value)`` returns ``(translation_key, None)`` or ``(None, problem)``;
    by default panels are looked up in the database.
    """
    directory = Path(directory)
    if not directory.is_dir():
        raise ImportRefused(_("%(dir)s is not a folder.") % {"dir": directory})
    path = directory / CSV_NAME
    if not path.is_file():
        raise ImportRefused(_("%(dir)s holds no %(name)s.") % {"dir": directory, "name": CSV_NAME})
    header, records = read_records(path)
    indexes = column_indexes(header, path)
    find_panel = find_panel or panel_key
    seen = {}
    rows = []
    for number, cells in records:
        row = check_row(number, cells, indexes, len(header), directory, find_panel)
        if not row.failed:
            first = seen.setdefault(row.values["file"], number)
            if first != number:
                row.problem("file", row.file, _("repeats row %(number)s") % {"number": first})
                row.values = None
        rows.append(row)
    if not rows:
        raise ImportRefused(_("%(file)s holds no briefs.") % {"file": path})
    return BriefFile(path, rows)


def read_records(path):
    """The header and the numbered non-blank records that follow it."""
    try:
        data = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportRefused(
            _(
                "%(file)s is not UTF-8 text (byte 0x%(byte)02x at position %(position)s). "
                "Save it as UTF-8 CSV."
            )
            % {"file": path, "byte": exc.object[exc.start], "position": exc.start}
        ) from exc
    if "\x00" in data:
        raise ImportRefused(_("%(file)s is not a text CSV file.") % {"file": path})
    first_line = data.split("\n", 1)[0]
    delimiter = ","
    if "," not in first_line:
        delimiter = max([";", "\t"], key=first_line.count)
    reader = csv.reader(io.StringIO(data, newline=""), delimiter=delimiter)
    try:
        records = [
            (number, cells)
            for number, cells in enumerate(reader, 1)
            if any(cell.strip() for cell in cells)
        ]
    except csv.Error as exc:
        raise ImportRefused(
            _("%(file)s is not a well-formed CSV file (%(why)s).") % {"file": path, "why": exc}
        ) from exc
    if not records:
        raise ImportRefused(_("%(file)s is empty.") % {"file": path})
    return records[0][1], records[1:]


def column_indexes(header, path):
    folded = [cell.strip().lstrip("\ufeff").lower() for cell in header]
    repeated = sorted({name for name in folded if name in COLUMNS and folded.count(name) > 1})
    if repeated:
        raise ImportRefused(
            _("%(file)s names the column(s) %(columns)s more than once; nothing imported.")
            % {"file": path, "columns": ", ".join(f'"{name}"' for name in repeated)}
        )
    missing = [name for name in COLUMNS if name not in folded]
    if missing:
        raise ImportRefused(
            _(
                "%(file)s lacks the column(s) %(missing)s; nothing imported. "
                "Columns found: %(found)s."
            )
            % {
                "file": path,
                "missing": ", ".join(f'"{name}"' for name in missing),
                "found": ", ".join(f'"{cell.strip()}"' for cell in header if cell.strip()) or "—",
            }
        )
    return {name: folded.index(name) for name in COLUMNS}


# --- one row --------------------------------------------------------------------------


def check_row(number, cells, indexes, width, directory, find_panel):
    raw = {
        name: cells[index].strip() if index < len(cells) else "" for name, index in indexes.items()
    }
    row = BriefRow(number, raw["file"])
    if len(cells) > width and any(cell.strip() for cell in cells[width:]):
        row.problem(
            None,
            "",
            _(
                "has %(cells)s cells but the header names %(columns)s columns "
                "(a comma in a cell that is not quoted?)"
            )
            % {"cells": len(cells), "columns": width},
        )
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
    values["published"] = check_date(row, raw["published"])
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
    if not value:
        row.problem("file", value, _("is empty"))
        return {}
    name = value.replace("\\", "/")
    if PurePosixPath(name).is_absolute() or PureWindowsPath(value).drive:
        row.problem("file", value, _("is an absolute path; give it relative to the folder"))
        return {}
    relative = PurePosixPath(name)
    if ".." in relative.parts:
        row.problem("file", value, _("points outside the folder"))
        return {}
    name = relative.as_posix()
    if len(name) > MAX_FILE:
        row.problem("file", value, _("is longer than %(max)s characters") % {"max": MAX_FILE})
        return {}
    problems = len(row.problems)
    if relative.suffix.lower() not in EXTENSIONS:
        row.problem("file", value, _("is not a PDF, DOCX, ODT or TXT file"))
    root = directory.resolve()
    path = (root / relative).resolve()
    if not path.is_relative_to(root):
        row.problem("file", value, _("points outside the folder"))
    elif not path.is_file():
        row.problem("file", value, _("does not exist in %(dir)s") % {"dir": directory})
    if len(row.problems) > problems:
        return {}
    try:
        text = extract_text(path, relative.name).text
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


def check_date(row, value):
    if not DATE_PATTERN.fullmatch(value):
        row.problem("published", value, _("is not YYYY-MM-DD"))
        return None
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        row.problem("published", value, _("is not a real date (YYYY-MM-DD)"))
        return None


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


def folded(text):
    """``text`` for comparing without case, whatever the database (SQLite's ``iexact``
    only folds ASCII letters)."""
    return " ".join(text.split()).casefold()


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
