"""Reading an import manifest: a CSV file listing files in a folder, one row each.

Shared by ``import_briefs`` (hub.briefs.importer) and ``import_recordings``
(hub.events.recordings_import): each checks its own columns; the file itself is read the
same way.

- UTF-8 (a byte-order mark is fine), comma-separated (a header written with ``;`` or
  tabs between the column names is read with that separator instead);
- a header naming the required columns in any order and case; a file lacking any of
  them, or naming one twice, is refused as a whole (``ImportRefused``);
- list cells hold several values separated by ``;``: each trimmed, empties and repeats
  dropped;
- rows are numbered as a spreadsheet shows them: the header is row 1 (blank lines count);
- a file named in a row is a path relative to the folder (``\\`` read as ``/``); absolute
  paths, ``..`` and symbolic links leading out of the folder are refused.
"""

import csv
import datetime
import io
import re
import time
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath, PureWindowsPath

from django.utils.text import slugify
from django.utils.translation import gettext as _

DATE_PATTERN = re.compile(r"\d{4}-\d{2}-\d{2}")


class ImportRefused(Exception):
    """The file as a whole cannot be imported; nothing of it is stored."""


@dataclass(frozen=True)
class Problem:
    column: str
    value: str
    text: str


@dataclass
class ManifestRow:
    number: int
    file: str  # the row's file as written (trimmed), for messages
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


def folded(text):
    """``text`` for comparing without case, whatever the database (SQLite's ``iexact``
    only folds ASCII letters)."""
    return " ".join(text.split()).casefold()


# --- the file -------------------------------------------------------------------------


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


def column_indexes(header, path, columns):
    """{column: index} of ``columns`` in ``header``; refuses a file lacking or repeating one."""
    names = [cell.strip().lstrip("\ufeff").lower() for cell in header]
    repeated = sorted({name for name in names if name in columns and names.count(name) > 1})
    if repeated:
        raise ImportRefused(
            _("%(file)s names the column(s) %(columns)s more than once; nothing imported.")
            % {"file": path, "columns": ", ".join(f'"{name}"' for name in repeated)}
        )
    missing = [name for name in columns if name not in names]
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
    return {name: names.index(name) for name in columns}


def cells_of(row, cells, indexes, width):
    """{column: trimmed cell} of a record; a record longer than the header is a problem."""
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
    return {
        name: cells[index].strip() if index < len(cells) else "" for name, index in indexes.items()
    }


# --- cells ----------------------------------------------------------------------------


def check_date(row, column, value, required=True):
    if not value and not required:
        return None
    if not DATE_PATTERN.fullmatch(value):
        row.problem(column, value, _("is not YYYY-MM-DD"))
        return None
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        row.problem(column, value, _("is not a real date (YYYY-MM-DD)"))
        return None


def file_in_folder(row, column, directory, value, extensions, kinds, max_length=255):
    """(normalised relative name, resolved path) of a file named in ``column``, or
    (None, None) with the problems on ``row``. ``kinds`` names the ``extensions`` for
    the message ("a PDF, DOCX, ODT or TXT file")."""
    if not value:
        row.problem(column, value, _("is empty"))
        return None, None
    name = value.replace("\\", "/")
    if PurePosixPath(name).is_absolute() or PureWindowsPath(value).drive:
        row.problem(column, value, _("is an absolute path; give it relative to the folder"))
        return None, None
    relative = PurePosixPath(name)
    if ".." in relative.parts:
        row.problem(column, value, _("points outside the folder"))
        return None, None
    name = relative.as_posix()
    if len(name) > max_length:
        row.problem(column, value, _("is longer than %(max)s characters") % {"max": max_length})
        return None, None
    problems = len(row.problems)
    if relative.suffix.lower() not in extensions:
        row.problem(column, value, _("is not %(kinds)s") % {"kinds": kinds})
    root = directory.resolve()
    path = (root / relative).resolve()
    if not path.is_relative_to(root):
        row.problem(column, value, _("points outside the folder"))
    elif not path.is_file():
        row.problem(column, value, _("does not exist in %(dir)s") % {"dir": directory})
    if len(row.problems) > problems:
        return None, None
    return name, path


def checked_rows(records, check):
    """``check(number, cells)`` of every record: a ManifestRow; a row naming the file of
    an earlier good row is refused (each file is imported once)."""
    seen, rows = {}, []
    for number, cells in records:
        row = check(number, cells)
        if not row.failed:
            first = seen.setdefault(row.values["file"], number)
            if first != number:
                row.problem("file", row.file, _("repeats row %(number)s") % {"number": first})
                row.values = None
        rows.append(row)
    return rows


def folder(directory):
    """``directory`` as a Path; refused when it is not a folder."""
    directory = Path(directory)
    if not directory.is_dir():
        raise ImportRefused(_("%(dir)s is not a folder.") % {"dir": directory})
    return directory


def read_manifest(path, columns, check):
    """The rows of the CSV manifest at ``path``, whose header names ``columns``, each
    checked by ``check(number, cells, indexes, width)`` (a ManifestRow)."""
    header, records = read_records(path)
    indexes = column_indexes(header, path, columns)
    return checked_rows(records, lambda number, cells: check(number, cells, indexes, len(header)))


# --- the command ----------------------------------------------------------------------


class RowFailed(Exception):
    """A row that passed the checks but cannot be saved (its column, value and why)."""

    def __init__(self, column, value, text):
        super().__init__(text)
        self.column, self.value, self.text = column, value, text


def import_rows(command, rows, save, describe=str, label=""):
    """Save each good row with ``save(values)`` ("created", "updated" or "unchanged"),
    printing ``[n/total] file: status`` per row and a summary; every failure is listed
    with its row, and the command fails (non-zero exit) when there was any."""
    from collections import Counter

    from django.core.exceptions import ValidationError
    from django.core.management.base import CommandError
    from django.db import DatabaseError

    started = time.monotonic()
    total = len(rows)
    counts, failures = Counter(), []
    for done, row in enumerate(rows, 1):
        if row.failed:
            status = "failed"
            failures.extend(row.messages())
        else:
            try:
                status = save(row.values)
            except RowFailed as exc:
                status = "failed"
                failures.append(row.message(exc.column, exc.value, exc.text))
            except (ValidationError, DatabaseError, OSError) as exc:
                status = "failed"
                failures.append(row.message(None, "", f"not saved ({describe(exc)})"))
        counts[status] += 1
        command.stdout.write(f"  [{done}/{total}] {row.file or '—'}: {status}")
    summary = (
        f"{counts['created']} created, {counts['updated']} updated, "
        f"{counts['unchanged']} unchanged, {counts['failed']} failed"
    )
    style = command.style.WARNING if counts["failed"] else command.style.SUCCESS
    command.stdout.write(style(f"Done{label}: {summary} in {time.monotonic() - started:.1f}s."))
    if failures:
        command.stderr.write("Failed rows (nothing of them was stored):")
        for failure in failures:
            command.stderr.write(f"  {failure}")
        raise CommandError(f"{counts['failed']} row(s) failed; see the list above.")
