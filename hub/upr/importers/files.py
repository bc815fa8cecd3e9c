"""Export files (Excel, CSV, JSON) read into parsed rows; nothing is saved here."""

import csv
import io
import json
import re
import zipfile
import zlib
from pathlib import Path

from django.utils.translation import gettext as _

from hub.core.extraction import ExtractionError, check_zip
from hub.upr.importers.rows import ImportRefused, ParsedFile, ParsedRow, RowBuilder
from hub.upr.importers.values import clean_text, quoted

SOURCES = ("uhri", "uprinfo")
EXCEL_EXTENSIONS = {".xlsx", ".xlsm"}
CSV_EXTENSIONS = {".csv", ".tsv", ".txt"}
JSON_EXTENSIONS = {".json"}

# The columns of a UHRI "Export to Excel", in its order and with its spelling
# ("Reccomending"); the importer reads those named in UHRI_COLUMNS and ignores the others.
UHRI_EXPORT_HEADER = (
    "Text",
    "Countries Concerned",
    "Reccomending Body",
    "Document Symbol",
    "Themes",
    "Affected Persons",
    "Sdgs",
    "Document Publication Date",
    "UPR Reccomending States",
    "UPR Position",
    "Type",
    "OHCHR Annotation Id",
    "UPR Session",
    "Regions Concerned",
    "Recommending Regions",
    "Date of publication on UHRI",
)

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
    "action category": "action_category",
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
    "actioncategory": "action_category",
    "annotationtype": "type",
    "type": "type",
}
JSON_NEEDED = {"text": "Text", "country": "Countries"}
JSON_LIST_KEYS = ("value", "results", "data", "items", "recommendations")


def fold_column(name):
    return re.sub(r"\s+", " ", clean_text(name).lstrip("\ufeff")).strip().lower()


def read_table_xlsx(path):
    """(header, [(row number, cells)…]) from the first sheet of an .xlsx workbook."""
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    check_package(path)
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (
        zipfile.BadZipFile,
        InvalidFileException,
        KeyError,
        OSError,
        ValueError,
        EOFError,
        zlib.error,  # a damaged deflate stream
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
        zlib.error,
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


def check_package(path):
    """Refuse a workbook whose parts would inflate past the extraction limits (a ZIP
    bomb), from its directory alone, before openpyxl opens anything."""
    try:
        with zipfile.ZipFile(path) as package:
            check_zip(package.infolist(), path.name)
    except ExtractionError as exc:
        raise ImportRefused(str(exc)) from exc
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
        raise ImportRefused(
            _("%(file)s cannot be read as an Excel .xlsx workbook (%(why)s).")
            % {"file": path.name, "why": exc.__class__.__name__ + (f": {exc}" if str(exc) else "")}
        ) from exc


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
    except RecursionError as exc:
        raise ImportRefused(
            _("%(file)s is nested too deeply to be a list of recommendations.")
            % {"file": path.name}
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
