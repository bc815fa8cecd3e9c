"""Open data: UPR recommendations as JSON (paginated) or CSV (every matching row, streamed).

GET /api/recommendations/?country=AR&cycle=2&response=supported&theme=torture&q=…
  &page=2&page_size=100&format=csv

Pagination, CORS and errors are the hub's shared open-data shape (hub.core.api): 50 per
page, page_size up to 200; bad parameters answer 400 with {"error": …}, a page past the
end 404.
"""

from django.http import StreamingHttpResponse
from django.views.decorators.http import require_GET

from hub.core.api import BadRequest, error, paginated, query_values, with_cors
from hub.core.spreadsheets import csv_lines
from hub.upr.filters import RecommendationQuery
from hub.upr.models import Recommendation

CSV_FIELDS = [
    "id",
    "source",
    "source_id",
    "country",
    "country_name",
    "cycle",
    "session",
    "document_symbol",
    "date",
    "text_language",
    "text",
    "recommending_states",
    "body",
    "response",
    "response_original",
    "themes",
    "affected_persons",
    "sdgs",
    "is_sample",
]


def serialise(recommendation):
    return {
        "id": recommendation.id,
        "source": recommendation.source,
        "source_id": recommendation.source_id,
        "text": recommendation.text,
        "text_language": recommendation.text_language,
        "country": recommendation.country,
        "country_name": recommendation.country_name,
        "recommending_states": [
            {"code": state.get("code", ""), "name": state.get("name", "")}
            for state in recommendation.recommending_states or []
        ],
        "body": recommendation.body,
        "cycle": recommendation.cycle,
        "session": recommendation.session,
        "document_symbol": recommendation.document_symbol,
        "response": recommendation.response,
        "response_original": recommendation.response_original,
        "themes": recommendation.themes,
        "affected_persons": recommendation.affected_persons,
        "sdgs": recommendation.sdgs,
        "date": recommendation.date.isoformat() if recommendation.date else None,
        "is_sample": recommendation.is_sample,
    }


@require_GET
def recommendations_api(request):
    try:
        form = RecommendationQuery(request.GET)
        query = query_values(form)
        queryset = form.filter(Recommendation.objects.all())
        if query["format"] == "csv":
            return with_cors(csv_response(queryset, query["country"]))
        return paginated(request, queryset, serialise)
    except BadRequest as exc:
        return error(exc)


def csv_records(queryset):
    for recommendation in queryset.iterator(chunk_size=1000):
        row = serialise(recommendation)
        row["recommending_states"] = recommendation.recommending_state_names
        yield row


def csv_response(queryset, country=""):
    name = "upr-recommendations"
    if country:
        name += f"-{country}"
    response = StreamingHttpResponse(
        csv_lines(CSV_FIELDS, csv_records(queryset)), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{name}.csv"'
    return response
