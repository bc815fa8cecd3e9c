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
  Recommendation, Session (needed), Response, Cycle, Issues, Action category (1–5, read
  when present). UPR Info
  rows carry no identifier: the row's id is the SHA-1 of the state under review's code,
  the recommending states' codes, the session and the text (whitespace collapsed), so
  spelling variants of country names ("Turkey"/"Türkiye") give the same id.

UHRI carries every mechanism, not only the UPR: the treaty bodies' recommendations (the
Committee against Torture's among them) and the special procedures' are imported like the
UPR's, without session or recommending state; the model reads each one's mechanism from
its Recommending Body (`hub.upr.choices.mechanism_for`).

UHRI rows whose Type is given and is not a recommendation (concerns, observations,
positive aspects) are left out and counted as ignored.

Column names are compared without regard to case and whitespace. A file that cannot be
read, or lacks a needed column, is refused as a whole (`ImportRefused`) before anything
is saved. A row with problems reports every one of them and is not saved; the others are.

The package: `values` (cells), `rows` (one row checked), `files` (the formats),
`saving` (bulk writes, then the search documents once).
"""

from hub.upr.importers.files import SOURCES, read_file
from hub.upr.importers.rows import ImportRefused, ParsedFile, ParsedRow, RowBuilder
from hub.upr.importers.saving import ImportResult, index_rows, save_rows
from hub.upr.importers.values import (
    clean_text,
    map_response,
    parse_cycle,
    parse_date,
    parse_session,
    quoted,
    split_values,
    stable_hash,
)

__all__ = [
    "SOURCES",
    "ImportRefused",
    "ImportResult",
    "ParsedFile",
    "ParsedRow",
    "RowBuilder",
    "clean_text",
    "index_rows",
    "map_response",
    "parse_cycle",
    "parse_date",
    "parse_session",
    "quoted",
    "read_file",
    "save_rows",
    "split_values",
    "stable_hash",
]
