"""Recommendations as files: CSV (streamed), JSON (streamed) and Excel (XLSX).

The API's CSV and the public database's three exports write the same columns
(`FIELDS`), each row as `serialise` gives it; text cells that a spreadsheet would run
as a formula get a leading quote in CSV (`hub.core.spreadsheets`), and stay text cells
with Excel's quote prefix in XLSX.
"""

import io
import json

from django.http import HttpResponse, StreamingHttpResponse

from hub.core.countries import un_name
from hub.core.spreadsheets import FORMULA_STARTS, csv_lines

FIELDS = [
    "id",
    "source",
    "source_id",
    "country",
    "country_name",
    "mechanism",
    "body",
    "cycle",
    "session",
    "document_symbol",
    "date",
    "text_language",
    "text",
    "recommending_states",
    "response",
    "response_original",
    "action_category",
    "implementation_status",
    "themes",
    "affected_persons",
    "sdgs",
    "is_sample",
]
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CHUNK = 1000


def serialise(recommendation):
    """One recommendation as the API and the JSON export give it."""
    return {
        "id": recommendation.id,
        "source": recommendation.source,
        "source_id": recommendation.source_id,
        "text": recommendation.text,
        "text_language": recommendation.text_language,
        "country": recommendation.country,
        "country_name": un_name(recommendation.country),
        "recommending_states": [
            {"code": state.get("code", ""), "name": state.get("name", "")}
            for state in recommendation.recommending_states or []
        ],
        "mechanism": recommendation.mechanism,
        "body": recommendation.body,
        "cycle": recommendation.cycle,
        "session": recommendation.session,
        "document_symbol": recommendation.document_symbol,
        "response": recommendation.response,
        "response_original": recommendation.response_original,
        "action_category": recommendation.action_category,
        "implementation_status": recommendation.implementation_status,
        "themes": recommendation.themes,
        "affected_persons": recommendation.affected_persons,
        "sdgs": recommendation.sdgs,
        "date": recommendation.date.isoformat() if recommendation.date else None,
        "is_sample": recommendation.is_sample,
    }


def flat_row(recommendation):
    """The row of a table: lists joined by "; ", states as "France (FR); …"."""
    row = serialise(recommendation)
    row["recommending_states"] = recommendation.recommending_state_names
    cells = []
    for name in FIELDS:
        value = row[name]
        if isinstance(value, list):
            value = "; ".join(str(item) for item in value)
        cells.append(value)
    return cells


def csv_rows(queryset):
    """The filtered set as the lines of a CSV file (the hub's one CSV writer)."""
    records = (
        dict(zip(FIELDS, flat_row(recommendation), strict=True))
        for recommendation in queryset.iterator(chunk_size=CHUNK)
    )
    return csv_lines(FIELDS, records)


def json_chunks(queryset):
    """{"count": N, "results": [...]}, written a recommendation at a time."""
    yield '{"count": ' + str(queryset.count()) + ', "results": ['
    for number, recommendation in enumerate(queryset.iterator(chunk_size=CHUNK)):
        yield ("," if number else "") + json.dumps(serialise(recommendation), ensure_ascii=False)
    yield "]}"


def xlsx_bytes(queryset):
    """One sheet, a header row and a row per recommendation (openpyxl's write-only mode)."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("recommendations")
    sheet.append(FIELDS)
    for recommendation in queryset.iterator(chunk_size=CHUNK):
        row = []
        for value in flat_row(recommendation):
            cell = WriteOnlyCell(sheet, value=value)
            if isinstance(value, str) and value.startswith(FORMULA_STARTS):
                cell.data_type = "s"
                cell.quotePrefix = True
            row.append(cell)
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def export_response(queryset, file_format, country="", prefix="recommendations"):
    """The filtered set as a download in `file_format` (csv, json or xlsx), named after
    the state under review when the set is one state's."""
    name = prefix + (f"-{country}" if country else "")
    if file_format == "xlsx":
        response = HttpResponse(xlsx_bytes(queryset), content_type=XLSX_TYPE)
    elif file_format == "json":
        response = StreamingHttpResponse(
            json_chunks(queryset), content_type="application/json; charset=utf-8"
        )
    else:
        response = StreamingHttpResponse(csv_rows(queryset), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{name}.{file_format}"'
    return response
