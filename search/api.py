"""The search as JSON (/api/search/) and autocomplete (/api/search/autocomplete/).

The list has the hub's open-data envelope ("count", "next", "previous", "results"; see
hub.core.api) with the search's own additions (facets, page numbers, the engine);
errors are {"error": ...} with a 400. With ?format=csv, the page's results as CSV
(hub.core.api.csv_list); the suggestions are JSON only.
"""

from django.http import JsonResponse
from django.utils import translation
from django.views.decorators.http import require_GET

from hub.core.api import BadRequest, csv_list, error, list_format, with_cors
from search import service
from search.params import current_params, link
from search.query import QueryError
from search.text import LANGUAGES


def _api_language(request):
    language = translation.get_language()
    return language if language in LANGUAGES else "es"


@require_GET
def search_api(request):
    language = _api_language(request)
    try:
        fmt = list_format(request)
        params = service.SearchParams.from_request(request, language)
        outcome = service.run(params, language)
    except (BadRequest, QueryError) as problem:
        return error(problem)
    if fmt == "csv":
        return csv_list(request, [r.as_json() for r in outcome.promotions + outcome.results])
    current = current_params(request)
    base = request.build_absolute_uri(request.path)

    def pagelink(number):
        return base + link(current, page=number)

    return with_cors(
        JsonResponse(
            {
                "count": outcome.total,
                "total": outcome.total,
                "query": outcome.params.query,
                "corrected_query": outcome.query if outcome.corrected else None,
                "suggestion": outcome.suggestion or None,
                "page": outcome.page,
                "num_pages": outcome.num_pages,
                "next": pagelink(outcome.page + 1) if outcome.has_next else None,
                "previous": pagelink(outcome.page - 1) if outcome.has_previous else None,
                "results": [r.as_json() for r in outcome.promotions + outcome.results],
                "facets": {
                    facet: [
                        {key: item[key] for key in ("value", "label", "count", "selected")}
                        for item in items
                    ]
                    for facet, items in outcome.facets.items()
                },
                "engine": outcome.engine,
                "degraded": outcome.degraded,
            },
            json_dumps_params={"ensure_ascii": False},
        )
    )


@require_GET
def autocomplete_api(request):
    language = _api_language(request)
    try:
        list_format(request, offered=("json",))
        params = service.SearchParams.from_request(request, language)
        suggestions = service.autocomplete(params.query, params.languages)
    except (BadRequest, QueryError) as problem:
        return error(problem)
    return with_cors(
        JsonResponse({"results": suggestions}, json_dumps_params={"ensure_ascii": False})
    )
