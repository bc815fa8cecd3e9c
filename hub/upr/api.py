"""Open data: UPR recommendations as JSON (paginated) or CSV (every matching row, streamed).

GET /api/recommendations/?country=AR&cycle=2&response=supported&theme=torture&q=…
  &page=2&page_size=100&format=csv

Pagination, CORS and errors are the hub's shared open-data shape (hub.core.api): 50 per
page, page_size up to 200; bad parameters answer 400 with {"error": …}, a page past the
end 404.
"""

import csv

from django.db.models import F
from django.http import StreamingHttpResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from hub.core.api import BadRequest, error, paginated, with_cors
from hub.core.countries import UN_NAMES
from hub.core.spreadsheets import safe_csv_cell
from hub.upr.models import Recommendation, search_key

MAX_TERMS = 8
MAX_PARAM_LENGTH = 500
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


def _param(request, name):
    """A query parameter, stripped, without NUL characters (PostgreSQL refuses them)."""
    value = request.GET.get(name, "").replace("\x00", "").strip()
    if len(value) > MAX_PARAM_LENGTH:
        raise BadRequest(
            _("%(name)s is too long (at most %(max)s characters).")
            % {"name": name, "max": MAX_PARAM_LENGTH}
        )
    return value


def _integer(request, name, low, high):
    value = _param(request, name)
    if not value:
        return None
    try:
        number = int(value)
    except ValueError:
        number = None
    if number is None or not low <= number <= high:
        raise BadRequest(
            _("%(name)s must be a whole number from %(low)s to %(high)s.")
            % {"name": name, "low": low, "high": high}
        )
    return number


def filtered_recommendations(request):
    """The recommendations matching the query parameters (raises BadRequest)."""
    queryset = Recommendation.objects.all()

    country = _param(request, "country").upper()
    if country:
        if country not in UN_NAMES:
            raise BadRequest(
                _("country must be an ISO 3166-1 alpha-2 code of a UN member or observer state.")
            )
        queryset = queryset.filter(country=country)

    cycle = _integer(request, "cycle", 1, 9)
    if cycle is not None:
        queryset = queryset.filter(cycle=cycle)

    session = _integer(request, "session", 1, 99)
    if session is not None:
        queryset = queryset.filter(session=session)

    response = _param(request, "response").lower()
    if response:
        if response not in Recommendation.Response.values:
            raise BadRequest(_("response must be one of: supported, noted, other."))
        queryset = queryset.filter(response=response)

    source = _param(request, "source").lower()
    if source:
        if source not in Recommendation.Source.values:
            raise BadRequest(_("source must be one of: uhri, uprinfo, demo."))
        queryset = queryset.filter(source=source)

    theme = search_key(_param(request, "theme"))
    if theme:
        queryset = queryset.filter(themes_text__contains=theme)

    terms = search_key(_param(request, "q")).split()
    if len(terms) > MAX_TERMS:
        raise BadRequest(_("q may hold at most %(max)s words.") % {"max": MAX_TERMS})
    for term in terms:
        queryset = queryset.filter(search_text__contains=term)

    return queryset.order_by("country", F("session").asc(nulls_last=True), "id")


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


def _check_paging(request):
    """page and page_size as plain whole numbers (hub.core.api reads them after this)."""
    for name in ("page", "page_size"):
        raw = request.GET.get(name, "")
        if raw and not (raw.isascii() and raw.isdigit() and int(raw) >= 1):
            raise BadRequest(_("%(name)s must be a positive whole number.") % {"name": name})


@require_GET
def recommendations_api(request):
    try:
        queryset = filtered_recommendations(request)
        output = _param(request, "format").lower() or "json"
        if output not in {"json", "csv"}:
            raise BadRequest(_("format must be json or csv."))
        if output == "csv":
            return with_cors(csv_response(queryset, request))
        _check_paging(request)
        return paginated(request, queryset, serialise)
    except BadRequest as exc:
        return error(exc)


class _Echo:
    def write(self, value):
        return value


def _cell(value):
    """A CSV cell; text that a spreadsheet would run as a formula gets a leading quote."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        value = "; ".join(str(item) for item in value)
    return safe_csv_cell(str(value))


def csv_rows(queryset):
    writer = csv.writer(_Echo())
    yield writer.writerow(CSV_FIELDS)
    for recommendation in queryset.iterator(chunk_size=1000):
        row = serialise(recommendation)
        row["recommending_states"] = recommendation.recommending_state_names
        yield writer.writerow([_cell(row[name]) for name in CSV_FIELDS])


def csv_response(queryset, request):
    name = "upr-recommendations"
    country = _param(request, "country").upper()
    if country:
        name += f"-{country}"
    response = StreamingHttpResponse(csv_rows(queryset), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{name}.csv"'
    return response
