"""The search page (/<lang>/search/), its JSON twin (/api/search/) and autocomplete.

Both run `search.service.run` with the same parameters. A parameter the search cannot
use gets a 400 with a message (on the page, the message is shown with the form).
"""

from django.conf import settings
from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from hub.core.api import error, with_cors
from search import service
from search.models import ResultType
from search.query import QueryError
from search.text import LANGUAGES

# Query-string names of the filters, in the order links are written.
PARAMS = ("q", "lang", "type", "country", "topic", "panel", "year", "sort")


def _current(request):
    return {name: request.GET[name] for name in PARAMS if request.GET.get(name)}


def _link(current, **changes):
    """The search address with `current` parameters changed (a page number only if given)."""
    wanted = {**current, **changes}
    return "?" + urlencode({name: wanted[name] for name in (*PARAMS, "page") if wanted.get(name)})


def _with_links(outcome, current):
    """Each facet value with the address that selects it (or, when selected, clears it)."""
    facets = {}
    for facet, items in outcome.facets.items():
        for item in items:
            if facet == "lang":
                item["url"] = _link(current, lang=item["value"])
            else:
                item["url"] = _link(current, **{facet: "" if item["selected"] else item["value"]})
        facets[facet] = items
    return facets


@require_GET
def search(request):
    language = translation.get_language()
    current = _current(request)
    context = {
        "raw_query": request.GET.get("q", ""),
        "current": current,
        "error": "",
        "language": language,
    }
    status = 200
    try:
        params = service.SearchParams.from_request(request, language)
        outcome = service.run(params, language)
    except QueryError as problem:
        context["error"] = str(problem)
        status = 400
    else:
        context.update(
            outcome=outcome,
            search_query=outcome.query,
            facets=_with_links(outcome, current),
            all_languages_url=_link(current, lang="all"),
            own_language_url=_link(current, lang=language),
            all_languages=not params.languages,
            sort_relevance_url=_link(current, sort=""),
            sort_date_url=_link(current, sort="date"),
            previous_url=_link(current, page=outcome.page - 1) if outcome.has_previous else "",
            next_url=_link(current, page=outcome.page + 1) if outcome.has_next else "",
            first_number=(outcome.page - 1) * service.PER_PAGE + 1,
            facet_titles=[
                ("type", _("Type")),
                ("country", _("Country")),
                ("topic", _("Topic")),
                ("panel", _("Panel")),
                ("year", _("Year")),
            ],
            type_labels=dict(ResultType.choices),
            language_names=dict(settings.LANGUAGES),
        )
    response = TemplateResponse(request, "search/search.html", context, status=status)
    response["X-Robots-Tag"] = "noindex"
    return response


def _api_language(request):
    language = translation.get_language()
    return language if language in LANGUAGES else "es"


@require_GET
def search_api(request):
    language = _api_language(request)
    try:
        params = service.SearchParams.from_request(request, language)
        outcome = service.run(params, language)
    except QueryError as problem:
        return error(problem)
    current = _current(request)
    base = request.build_absolute_uri(request.path)

    def page_link(number):
        return base + _link(current, page=number)

    return with_cors(
        JsonResponse(
            {
                "total": outcome.total,
                "query": outcome.query,
                "page": outcome.page,
                "num_pages": outcome.num_pages,
                "next": page_link(outcome.page + 1) if outcome.has_next else None,
                "previous": page_link(outcome.page - 1) if outcome.has_previous else None,
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
        params = service.SearchParams.from_request(request, language)
        suggestions = service.autocomplete(params.query, params.languages)
    except QueryError as problem:
        return error(problem)
    return with_cors(
        JsonResponse({"results": suggestions}, json_dumps_params={"ensure_ascii": False})
    )
