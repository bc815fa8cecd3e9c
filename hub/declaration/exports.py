"""Action points as open data: one record per action point, served by /api/action-points/
(JSON, paginated) and offered beside the declaration page as ``action-points.csv`` and
``action-points.json`` (that declaration's points, in the page's language).

A record: its identity (the translation key), number, language and text; who must act;
the CAT and OPCAT articles; its latest status and the whole dated history; the UPR
recommendations and briefs it concerns. The CSV has one row per action point; its list
cells hold "a; b", the history as "date status: note" entries in date order.
"""

from django.http import JsonResponse, StreamingHttpResponse

from hub.core.spreadsheets import csv_lines
from hub.core.utils import absolute_url, language_of

CSV_FIELDS = [
    "id",
    "number",
    "lang",
    "text",
    "who_must_act",
    "cat_articles",
    "opcat_articles",
    "status",
    "status_date",
    "status_history",
    "recommendations",
    "briefs",
    "is_sample",
]


def articles(value):
    return [article.strip() for article in value.split(",") if article.strip()]


def point_record(point, request):
    """An action point as JSON; `point` carries its links (`links.attach_links`)."""
    current = point.current_status()
    return {
        "id": str(point.translation_key),
        "number": point.number,
        "lang": point.locale.language_code,
        "text": point.text,
        "who_must_act": point.actor_codes(),
        "cat_articles": articles(point.cat_articles),
        "opcat_articles": articles(point.opcat_articles),
        "status": current.status if current else None,
        "status_date": current.date.isoformat() if current else None,
        "status_history": [
            {"status": update.status, "date": update.date.isoformat(), "note": update.note}
            for update in point.history()
        ],
        "recommendations": [
            {
                "source": r.source,
                "source_id": r.source_id,
                "country": r.country,
                "cycle": r.cycle,
                "response": r.response,
                "text": r.text,
                "is_sample": r.is_sample,
            }
            for r in point.linked_recommendations()
        ],
        "briefs": [
            {"title": brief.title, "url": absolute_url(request, brief), "lang": language_of(brief)}
            for brief in point.linked_briefs()
        ],
        "is_sample": point.is_sample,
    }


def csv_record(record):
    """A JSON record as a CSV row: lists of things become lists of their names."""
    history = [
        f"{u['date']} {u['status']}" + (f": {u['note']}" if u["note"] else "")
        for u in record["status_history"]
    ]
    return {
        **record,
        "status_history": history,
        "recommendations": [r["source_id"] for r in record["recommendations"]],
        "briefs": [brief["url"] for brief in record["briefs"]],
    }


def download(page, request, fmt):
    """The declaration page's action points as ``action-points.csv`` or ``.json``."""
    records = [point_record(point, request) for point in page.action_points()]
    filename = f"{page.slug}-action-points.{fmt}"
    if fmt == "csv":
        response = StreamingHttpResponse(
            csv_lines(CSV_FIELDS, map(csv_record, records)),
            content_type="text/csv; charset=utf-8",
        )
    else:
        data = {
            "declaration": {
                "title": page.title,
                "url": absolute_url(request, page),
                "lang": page.locale.language_code,
                "place": page.place,
                "date": page.date.isoformat() if page.date else None,
                "is_sample": page.is_sample,
            },
            "count": len(records),
            "results": records,
        }
        response = JsonResponse(data, json_dumps_params={"ensure_ascii": False, "indent": 1})
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Access-Control-Allow-Origin"] = "*"
    return response
