"""Reading recommendation export files into normalised rows, and saving them.

Formats (detected from the extension and the columns; `source` forces one):

- OHCHR Universal Human Rights Index (UHRI) "Export to Excel": `.xlsx`, or the same
  columns as `.csv`. Needed columns: Text, Countries Concerned, OHCHR Annotation Id. Read
  when present: Reccomending Body, Document Symbol, Themes, Affected Persons, Sdgs,
  Document Publication Date, UPR Reccomending States, UPR Position, Type, UPR Session
  (UHRI's own spelling, or "Recommending"). Several values sit in one cell, one per line,
  each starting with "- "; dates may be Excel serial numbers.
- UHRI JSON export: a list of objects (or {"value"|"results"|"data": [...]}) with Text,
  Countries, Body, Symbol, Themes, Sdgs, AffectedPersons, PublicationDate, UprCycle,
  UprPositions, UprRecommendingCountry, AnnotationType. The identifier is an "Id",
  "AnnotationId" or "id" field; without one, a SHA-1 of Symbol + Text.
- UPR Info database CSV (or .xlsx): State under Review, Recommending State,
  Recommendation, Session (needed), Response, Cycle, Issues (read when present). UPR Info
  rows carry no identifier: the row's id is the SHA-1 of the state under review's code,
  the recommending states' codes, the session and the text (whitespace collapsed), so
  spelling variants of country names ("Turkey"/"Türkiye") give the same id.

UHRI rows whose Type is given and is not a recommendation (concerns, observations,
positive aspects) are left out and counted as ignored.

Column names are compared without regard to case and whitespace. A file that cannot be
read, or lacks a needed column, is refused as a whole (`ImportRefused`) before anything
is saved. A row with problems reports every one of them and is not saved; the others are.
"""

import csv
import datetime
import hashlib
import io
import json
import re
import zipfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from django.db import DatabaseError, transaction
from django.utils.translation import gettext as _

from hub.upr.countries import country_code, country_name, fold
from hub.upr.models import Recommendation, cycle_for_session

SOURCES = ("uhri", "uprinfo")
EXCEL_EXTENSIONS = {".xlsx", ".xlsm"}
CSV_EXTENSIONS = {".csv", ".tsv", ".txt"}
JSON_EXTENSIONS = {".json"}
MAX_ID_LENGTH = 100

# Column names (folded: lower case, one space) → the row dict's keys, per format.
UHRI_COLUMNS = {
    "text": "text",
    "countries concerned": "country",
    "ohchr annotation id": "source_id",
    "reccomending body": "body",
    "recommending body": "body",
    "document symbol": "document_symbol",
    "themes": "themes",
    "affected persons": "affected_persons",
    "sdgs": "sdgs",
    "document publication date": "date",
    "upr reccomending states": "recommending_states",
    "upr recommending states": "recommending_states",
    "upr position": "position",
    "type": "type",
    "upr session": "session",
}
UHRI_NEEDED = {"text": "Text", "country": "Countries Concerned", "source_id": "OHCHR Annotation Id"}

UPRINFO_COLUMNS = {
    "state under review": "country",
    "recommending state": "recommending_states",
    "recommending states": "recommending_states",
    "recommendation": "text",
    "response": "position",
    "session": "session",
    "cycle": "cycle",
    "issues": "themes",
}
UPRINFO_NEEDED = {
    "country": "State under Review",
    "recommending_states": "Recommending State",
    "text": "Recommendation",
    "session": "Session",
}

# UHRI JSON keys, folded further (no spaces): "UprRecommendingCountry" → "uprrecommendingcountry".
JSON_KEYS = {
    "text": "text",
    "countries": "country",
    "countriesconcerned": "country",
    "id": "source_id",
    "annotationid": "source_id",
    "ohchrannotationid": "source_id",
    "body": "body",
    "symbol": "document_symbol",
    "documentsymbol": "document_symbol",
    "themes": "themes",
    "affectedpersons": "affected_persons",
    "sdgs": "sdgs",
    "publicationdate": "date",
    "documentpublicationdate": "date",
    "uprcycle": "cycle",
    "uprsession": "session",
    "uprpositions": "position",
    "uprposition": "position",
    "uprrecommendingcountry": "recommending_states",
    "uprrecommendingcountries": "recommending_states",
    "uprrecommendingstates": "recommending_states",
    "annotationtype": "type",
    "type": "type",
}
JSON_NEEDED = {"text": "Text", "country": "Countries"}
JSON_LIST_KEYS = ("value", "results", "data", "items", "recommendations")

ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5}


class ImportRefused(Exception):
    """The file as a whole cannot be imported; nothing of it is saved."""


@dataclass
class ParsedRow:
    number: int
    values: dict | None = None
    errors: list = field(default_factory=list)
    ignored: str = ""


@dataclass
class ParsedFile:
    source: str
    kind: str
    columns: list
    rows: list


# -- cell values ------------------------------------------------------------------------


def clean_text(value):
    """A cell as text: '' for empty, integral floats without '.0', Excel's _x000D_ removed."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = (
        str(value)
        .replace("_x000D_", "")
        .replace("\x00", "")
        .replace("\r\n", "\n")
        .replace("\r", "\n")
    )
    return text.strip()


def split_values(value, commas=False):
    """Several values of one cell: a JSON list, or one per line each starting with "- "."""
    if value is None:
        return []
    if isinstance(value, list | tuple):
        items = []
        for item in value:
            if isinstance(item, dict):
                item = next(
                    (
                        item[k]
                        for k in ("Name", "name", "Title", "title", "Value", "value")
                        if k in item
                    ),
                    "",
                )
            items.extend(split_values(item, commas=commas))
        return items
    text = clean_text(value)
    if not text:
        return []
    parts = text.split("\n")
    if len(parts) == 1 and ";" in text:
        parts = text.split(";")
    elif len(parts) == 1 and commas and "," in text:
        parts = text.split(",")
    values = []
    for part in parts:
        part = re.sub(r"^\s*[-–•]\s*", "", part).strip()
        if part and part not in values:
            values.append(part)
    return values


def quoted(value):
    text = value if isinstance(value, str) else clean_text(value)
    text = text.replace("\n", " ⏎ ")
    if len(text) > 80:
        text = text[:79] + "…"
    return f"'{text}'"


def parse_session(value):
    """A UPR Working Group session number from 14, 14.0, "14", "14th", "- 14th session"…"""
    if isinstance(value, bool):
        raise ValueError
    if isinstance(value, int | float):
        if not float(value).is_integer():
            raise ValueError
        number = int(value)
    else:
        text = re.sub(r"^-\s*", "", clean_text(value).lower())
        match = re.fullmatch(
            r"(?:upr\s*)?(?:session\s*)?(\d{1,3})(?:\.0+)?\s*(?:st|nd|rd|th)?(?:\s*(?:upr\s*)?session)?",
            text,
        )
        if not match:
            raise ValueError
        number = int(match.group(1))
    if not 1 <= number <= 99:
        raise ValueError
    return number


def parse_cycle(value):
    """A UPR cycle from 2, "2", "Cycle 2", "2nd cycle", "II"…"""
    if isinstance(value, bool):
        raise ValueError
    if isinstance(value, int | float):
        if not float(value).is_integer():
            raise ValueError
        number = int(value)
    else:
        text = re.sub(r"^-\s*", "", clean_text(value).lower())
        match = re.fullmatch(
            r"(?:upr\s*)?(?:cycle\s*)?(\d{1,2}|i{1,3}|iv|v)(?:\.0+)?\s*(?:st|nd|rd|th)?(?:\s*cycle)?",
            text,
        )
        if not match:
            raise ValueError
        token = match.group(1)
        number = ROMAN[token] if token in ROMAN else int(token)
    if not 1 <= number <= 9:
        raise ValueError
    return number


EXCEL_EPOCH = datetime.date(1899, 12, 30)
MONTH_FORMATS = ("%d %B %Y", "%d %b %Y", "%B %d, %Y", "%b %d, %Y")


def parse_date(value):
    """A date from a date, an Excel serial number, ISO (2012-12-12…) or D-M-Y (12/12/2012)."""
    if isinstance(value, datetime.datetime):
        result = value.date()
    elif isinstance(value, datetime.date):
        result = value
    elif isinstance(value, int | float) and not isinstance(value, bool):
        result = EXCEL_EPOCH + datetime.timedelta(days=int(value))
    else:
        text = re.sub(r"^-\s*", "", clean_text(value))
        if re.fullmatch(r"\d{4,5}(\.\d+)?", text):
            result = EXCEL_EPOCH + datetime.timedelta(days=int(float(text)))
        elif match := re.fullmatch(
            r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d\d:?\d\d)?)?", text
        ):
            result = datetime.date(*map(int, match.groups()))
        elif match := re.fullmatch(r"(\d{1,2})[./-](\d{1,2})[./-](\d{4})", text):
            day, month, year = map(int, match.groups())
            result = datetime.date(year, month, day)
        else:
            for fmt in MONTH_FORMATS:
                try:
                    result = datetime.datetime.strptime(text, fmt).date()
                    break
                except ValueError:
                    continue
            else:
                raise ValueError
    if not 1945 <= result.year <= 2100:
        raise ValueError
    return result


def map_response(originals):
    """(response, response_original) from the source's own words ("Supported", "Noted"…).

    "Rejected" and "not supported" count as noted (the UPR's word for them since cycle 2);
    partial support, "without clear position", no response or mixed answers are other.
    """
    if not originals:
        return Recommendation.Response.OTHER, ""
    mapped = set()
    for original in originals:
        text = fold(original)
        if "partial" in text or "in part" in text:
            mapped.add(Recommendation.Response.OTHER)
        elif text.startswith(("not support", "not accept", "reject", "noted", "note")):
            mapped.add(Recommendation.Response.NOTED)
        elif text.startswith(("support", "accept")):
            mapped.add(Recommendation.Response.SUPPORTED)
        else:
            mapped.add(Recommendation.Response.OTHER)
    response = mapped.pop() if len(mapped) == 1 else Recommendation.Response.OTHER
    return response, "; ".join(originals)[:255]


def stable_hash(*parts):
    joined = "\x1f".join(re.sub(r"\s+", " ", str(part)).strip() for part in parts)
    return hashlib.sha1(joined.encode("utf-8")).hexdigest()


# -- rows -------------------------------------------------------------------------------


class RowBuilder:
    """Turns one source row (a dict of our keys → raw values) into model values + errors."""

    def __init__(self, source, labels, language="en", json_ids=False):
        self.source = source
        self.labels = labels  # our key → the column name as the file writes it
        self.language = language
        self.json_ids = json_ids

    def label(self, key):
        return self.labels.get(key, key)

    def error(self, row, key, value, problem):
        row.errors.append(
            _("row %(row)s: %(field)s: %(value)s %(problem)s")
            % {
                "row": row.number,
                "field": self.label(key),
                "value": quoted(value),
                "problem": problem,
            }
        )

    def states(self, row, key, raw):
        states = []
        for name in split_values(raw):
            code = country_code(name)
            if code is None:
                self.error(row, key, name, _("unknown country"))
            elif code not in [state["code"] for state in states]:
                states.append({"code": code, "name": country_name(code)})
        return states

    def build(self, number, raw):
        row = ParsedRow(number)
        for key in ("text", "session", "cycle", "date", "source_id"):
            if isinstance(raw.get(key), list | tuple):
                items = [item for item in raw[key] if clean_text(item)]
                raw[key] = items[0] if len(items) == 1 else "; ".join(map(clean_text, items))
        kind = split_values(raw.get("type"))
        if kind and not any("recommendation" in fold(item) for item in kind):
            row.ignored = "; ".join(kind)
            return row

        text = clean_text(raw.get("text"))
        if not text:
            self.error(row, "text", "", _("empty text"))

        country = ""
        names = split_values(raw.get("country"))
        if not names:
            self.error(row, "country", raw.get("country"), _("no state under review"))
        elif len(names) > 1:
            self.error(
                row,
                "country",
                "; ".join(names),
                _("several states under review (a recommendation has one)"),
            )
        else:
            country = country_code(names[0]) or ""
            if not country:
                self.error(row, "country", names[0], _("unknown country"))

        recommending = self.states(row, "recommending_states", raw.get("recommending_states"))

        session = None
        if clean_text(raw.get("session")):
            try:
                session = parse_session(raw["session"])
            except ValueError:
                self.error(row, "session", raw["session"], _("is not a UPR session number"))

        cycle = None
        if clean_text(raw.get("cycle")):
            try:
                cycle = parse_cycle(raw["cycle"])
            except ValueError:
                self.error(row, "cycle", raw["cycle"], _("is not a UPR cycle number"))
        if cycle is None:
            cycle = cycle_for_session(session)

        date = None
        if clean_text(raw.get("date")):
            try:
                date = parse_date(raw["date"])
            except (ValueError, OverflowError):
                self.error(row, "date", raw["date"], _("is not a date"))

        symbol = "; ".join(split_values(raw.get("document_symbol")))
        if len(symbol) > 100:
            self.error(row, "document_symbol", symbol, _("is longer than 100 characters"))
        body = "; ".join(split_values(raw.get("body")))[:100]
        response, response_original = map_response(split_values(raw.get("position")))

        source_id = clean_text(raw.get("source_id"))
        if self.source == "uprinfo":
            source_id = stable_hash(
                country, ",".join(state["code"] for state in recommending), session or "", text
            )
        elif not source_id and self.json_ids:
            source_id = stable_hash(symbol, text)
        elif not source_id:
            self.error(row, "source_id", "", _("empty identifier"))
        if len(source_id) > MAX_ID_LENGTH:
            self.error(row, "source_id", source_id, _("is longer than 100 characters"))

        if row.errors:
            return row
        row.values = {
            "source": self.source,
            "source_id": source_id,
            "text": text,
            "text_language": self.language,
            "country": country,
            "recommending_states": recommending,
            "body": body or ("UPR" if self.source == "uprinfo" else ""),
            "cycle": cycle,
            "session": session,
            "document_symbol": symbol,
            "response": response,
            "response_original": response_original,
            "themes": split_values(raw.get("themes"), commas=self.source == "uprinfo"),
            "affected_persons": split_values(raw.get("affected_persons")),
            "sdgs": split_values(raw.get("sdgs")),
            "date": date,
        }
        return row


# -- files ------------------------------------------------------------------------------


def fold_column(name):
    return re.sub(r"\s+", " ", clean_text(name).lstrip("\ufeff")).strip().lower()


def read_table_xlsx(path):
    """(header, [(row number, cells)…]) from the first sheet of an .xlsx workbook."""
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (
        zipfile.BadZipFile,
        InvalidFileException,
        KeyError,
        OSError,
        ValueError,
        SyntaxError,  # xml.etree's ParseError
    ) as exc:
        raise ImportRefused(
            _("%(file)s cannot be read as an Excel .xlsx workbook (%(why)s).")
            % {"file": path.name, "why": exc.__class__.__name__ + (f": {exc}" if str(exc) else "")}
        ) from exc
    try:
        rows = (
            list(workbook.worksheets[0].iter_rows(values_only=True)) if workbook.worksheets else []
        )
    except (
        zipfile.BadZipFile,
        KeyError,
        OSError,
        ValueError,
        EOFError,
        SyntaxError,
        TypeError,
        IndexError,
    ) as exc:
        raise ImportRefused(
            _("%(file)s is a damaged Excel workbook (%(why)s).")
            % {"file": path.name, "why": exc.__class__.__name__}
        ) from exc
    finally:
        workbook.close()
    return table_with_header(path, [(number, list(cells)) for number, cells in enumerate(rows, 1)])


def read_table_csv(path, encoding):
    try:
        data = path.read_bytes().decode(encoding)
    except UnicodeDecodeError as exc:
        raise ImportRefused(
            _(
                "%(file)s is not %(encoding)s text (byte 0x%(byte)02x at position %(position)s). "
                "Save it as UTF-8, or give its encoding with --encoding (e.g. cp1252)."
            )
            % {
                "file": path.name,
                "encoding": encoding,
                "byte": exc.object[exc.start],
                "position": exc.start,
            }
        ) from exc
    except LookupError as exc:
        raise ImportRefused(_("Unknown encoding: %(encoding)s.") % {"encoding": encoding}) from exc
    data = data.lstrip("\ufeff")
    if "\x00" in data:
        raise ImportRefused(
            _("%(file)s is not a text CSV file (it holds NUL bytes).") % {"file": path.name}
        )
    first_line = data.split("\n", 1)[0]
    delimiter = max([",", ";", "\t"], key=first_line.count)
    reader = csv.reader(io.StringIO(data, newline=""), delimiter=delimiter)
    try:
        records = [(number, cells) for number, cells in enumerate(reader, 1)]
    except csv.Error as exc:
        raise ImportRefused(
            _("%(file)s is not a well-formed CSV file (%(why)s).") % {"file": path.name, "why": exc}
        ) from exc
    return table_with_header(path, records)


def table_with_header(path, records):
    """The header is the first row (of the first ten) that names a column we know."""
    known = set(UHRI_COLUMNS) | set(UPRINFO_COLUMNS)
    records = [(n, cells) for n, cells in records if any(clean_text(c) for c in cells)]
    if not records:
        raise ImportRefused(_("%(file)s holds no rows.") % {"file": path.name})
    header_index = 0
    for index, (_number, cells) in enumerate(records[:10]):
        if any(fold_column(cell) in known for cell in cells):
            header_index = index
            break
    header = [clean_text(cell) for cell in records[header_index][1]]
    return header, records[header_index + 1 :]


def detect_source(header, requested):
    if requested:
        return requested
    folded = {fold_column(name) for name in header}
    uhri = len(folded & set(UHRI_COLUMNS))
    uprinfo = len(folded & set(UPRINFO_COLUMNS))
    return "uprinfo" if uprinfo > uhri else "uhri"


def column_map(header, columns, needed, path):
    """Our key → column index, refusing the file when a needed column is missing."""
    indexes, labels = {}, {}
    for index, name in enumerate(header):
        key = columns.get(fold_column(name))
        if key and key not in indexes:
            indexes[key] = index
            labels[key] = name
    missing = [label for key, label in needed.items() if key not in indexes]
    if missing:
        raise ImportRefused(
            _("%(file)s lacks the column(s) %(missing)s. Columns found: %(found)s.")
            % {
                "file": path.name,
                "missing": ", ".join(f'"{name}"' for name in missing),
                "found": ", ".join(f'"{name}"' for name in header if name) or "—",
            }
        )
    return indexes, labels


def read_tabular(path, source, language, encoding):
    if path.suffix.lower() in EXCEL_EXTENSIONS:
        header, records = read_table_xlsx(path)
        kind = "Excel"
    else:
        header, records = read_table_csv(path, encoding)
        kind = "CSV"
    source = detect_source(header, source)
    if source == "uhri":
        columns, needed = UHRI_COLUMNS, UHRI_NEEDED
        kind = f"UHRI {kind}"
    else:
        columns, needed = UPRINFO_COLUMNS, UPRINFO_NEEDED
        kind = f"UPR Info {kind}"
    indexes, labels = column_map(header, columns, needed, path)
    builder = RowBuilder(source, labels, language=language)
    rows = []
    for number, cells in records:
        raw = {key: cells[index] if index < len(cells) else None for key, index in indexes.items()}
        rows.append(builder.build(number, raw))
    return ParsedFile(source, kind, header, rows)


def read_json(path, source, language):
    if source == "uprinfo":
        raise ImportRefused(_("UPR Info data is read from CSV or Excel files, not JSON."))
    try:
        data = json.loads(path.read_bytes().decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise ImportRefused(
            _("%(file)s is not UTF-8 text (byte 0x%(byte)02x at position %(position)s).")
            % {"file": path.name, "byte": exc.object[exc.start], "position": exc.start}
        ) from exc
    except json.JSONDecodeError as exc:
        raise ImportRefused(
            _("%(file)s is not valid JSON (%(why)s at line %(line)s, column %(column)s).")
            % {"file": path.name, "why": exc.msg, "line": exc.lineno, "column": exc.colno}
        ) from exc
    if isinstance(data, dict):
        wrapped = {key.lower(): value for key, value in data.items()}
        data = next((wrapped[key] for key in JSON_LIST_KEYS if key in wrapped), None)
    if not isinstance(data, list):
        raise ImportRefused(
            _('%(file)s holds no list of recommendations (a JSON list, or {"value": [...]}).')
            % {"file": path.name}
        )
    if not data:
        raise ImportRefused(_("%(file)s holds no rows.") % {"file": path.name})
    labels, found = {}, []
    for item in data:
        if isinstance(item, dict):
            for name in item:
                key = JSON_KEYS.get(re.sub(r"[\W_]+", "", str(name).lower()))
                if key and key not in labels:
                    labels[key] = name
                if name not in found:
                    found.append(name)
    missing = [label for key, label in JSON_NEEDED.items() if key not in labels]
    if missing:
        raise ImportRefused(
            _("%(file)s lacks the field(s) %(missing)s. Fields found: %(found)s.")
            % {
                "file": path.name,
                "missing": ", ".join(f'"{name}"' for name in missing),
                "found": ", ".join(f'"{name}"' for name in found) or "—",
            }
        )
    builder = RowBuilder("uhri", labels, language=language, json_ids=True)
    rows = []
    for number, item in enumerate(data, 1):
        if not isinstance(item, dict):
            row = ParsedRow(number)
            row.errors.append(
                _("row %(row)s: %(value)s is not an object")
                % {"row": number, "value": quoted(item)}
            )
            rows.append(row)
            continue
        raw = {}
        for name, value in item.items():
            key = JSON_KEYS.get(re.sub(r"[\W_]+", "", str(name).lower()))
            if key and key not in raw:
                raw[key] = value
        rows.append(builder.build(number, raw))
    return ParsedFile("uhri", "UHRI JSON", found, rows)


def read_file(path, source=None, language="en", encoding="utf-8-sig"):
    """Parse a whole export file into rows (nothing saved). Raises ImportRefused."""
    path = Path(path)
    if source and source not in SOURCES:
        raise ImportRefused(
            _("Unknown source %(source)s: use uhri or uprinfo.") % {"source": source}
        )
    if not path.is_file():
        raise ImportRefused(_("No such file: %(file)s") % {"file": path})
    suffix = path.suffix.lower()
    if suffix == ".xls":
        raise ImportRefused(
            _("%(file)s is an old .xls workbook: save it as .xlsx or CSV.") % {"file": path.name}
        )
    if suffix in JSON_EXTENSIONS:
        return read_json(path, source, language)
    if suffix in EXCEL_EXTENSIONS | CSV_EXTENSIONS:
        return read_tabular(path, source, language, encoding)
    raise ImportRefused(
        _("%(file)s: unknown file type; use .xlsx, .csv or .json.") % {"file": path.name}
    )


# -- saving -----------------------------------------------------------------------------

COMPARED_FIELDS = (
    "text",
    "text_language",
    "country",
    "recommending_states",
    "body",
    "cycle",
    "session",
    "document_symbol",
    "response",
    "response_original",
    "themes",
    "affected_persons",
    "sdgs",
    "date",
)


@dataclass
class ImportResult:
    counts: Counter = field(default_factory=Counter)
    failures: list = field(default_factory=list)
    ignored: Counter = field(default_factory=Counter)


def save_rows(parsed, progress=None, every=500):
    """Create or update each good row in its own savepoint; count what happened.

    `progress(done, total, counts)` is called every `every` rows and at the end.
    """
    result = ImportResult()
    total = len(parsed.rows)
    seen = {}
    for done, row in enumerate(parsed.rows, 1):
        if row.ignored:
            result.counts["ignored"] += 1
            result.ignored[row.ignored] += 1
        elif row.errors:
            result.counts["failed"] += 1
            result.failures.extend(row.errors)
        else:
            key = row.values["source_id"]
            if key in seen:
                result.counts["failed"] += 1
                result.failures.append(
                    _("row %(row)s: id %(value)s repeats row %(first)s")
                    % {"row": row.number, "value": quoted(key), "first": seen[key]}
                )
            else:
                seen[key] = row.number
                save_row(row, result)
        if progress and (done % every == 0 or done == total):
            progress(done, total, result.counts)
    return result


def save_row(row, result):
    values = row.values
    try:
        with transaction.atomic():
            existing = Recommendation.objects.filter(
                source=values["source"], source_id=values["source_id"]
            ).first()
            if existing is None:
                Recommendation.objects.create(**values)
                result.counts["created"] += 1
                return
            changed = [name for name in COMPARED_FIELDS if getattr(existing, name) != values[name]]
            if not changed:
                result.counts["unchanged"] += 1
                return
            for name in changed:
                setattr(existing, name, values[name])
            existing.save()
            result.counts["updated"] += 1
    except DatabaseError as exc:
        result.counts["failed"] += 1
        result.failures.append(
            _("row %(row)s: not saved (%(why)s)") % {"row": row.number, "why": exc}
        )
