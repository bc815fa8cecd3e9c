"""The search page (/<lang>/search/); its JSON twin and autocomplete are in search.api.

Both run `search.service.run` with the same parameters. A parameter the search cannot
use gets a 400 with a message (on the page, the message is shown with the form).
"""

from django.conf import settings
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from search import registry, service
from search.params import current_params, link
from search.query import QueryError


def _with_links(outcome, current):
    """Each facet value with the address that selects it (or, when selected, clears it)."""
    facets = {}
    for facet, items in outcome.facets.items():
        for item in items:
            if facet == "lang":
                item["url"] = link(current, lang=item["value"])
            else:
                item["url"] = link(current, **{facet: "" if item["selected"] else item["value"]})
        facets[facet] = items
    return facets


@require_GET
def search(request):
    language = translation.get_language()
    current = current_params(request)
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
            search_query=outcome.params.query,
            shown_query=outcome.query,
            suggestion_url=link(current, q=outcome.suggestion, spell="")
            if outcome.suggestion
            else "",
            as_typed_url=link(current, q=outcome.params.query, spell="0")
            if outcome.corrected
            else "",
            facets=_with_links(outcome, current),
            all_languages_url=link(current, lang="all"),
            own_language_url=link(current, lang=language),
            all_languages=not params.languages,
            sort_relevance_url=link(current, sort=""),
            sort_date_url=link(current, sort="date"),
            previous_url=link(current, page=outcome.page - 1) if outcome.has_previous else "",
            next_url=link(current, page=outcome.page + 1) if outcome.has_next else "",
            first_number=(outcome.page - 1) * service.PER_PAGE + 1,
            facet_titles=[
                ("type", _("Type")),
                ("country", _("Country")),
                ("topic", _("Topic")),
                ("panel", _("Panel")),
                ("year", _("Year")),
            ],
            type_labels=registry.kinds(),
            language_names=dict(settings.LANGUAGES),
        )
    response = TemplateResponse(request, "search/search.html", context, status=status)
    response["X-Robots-Tag"] = "noindex"
    return response
