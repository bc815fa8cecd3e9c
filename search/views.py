"""The search page and its JSON twin.

A first version over the pages of one locale; the search issue replaces the engine with
the denormalised search document (DESIGN.md) behind the same two URLs.
"""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from wagtail.contrib.search_promotions.models import Query
from wagtail.models import Locale, Page

from search.query import clean_query

PER_PAGE = 10


def _run(request, language_code):
    query = clean_query(request.GET.get("q", ""))
    pages = Page.objects.none()
    if query:
        locale = Locale.objects.filter(language_code=language_code).first()
        pages = (
            Page.objects.live()
            .public()
            .filter(locale=locale, depth__gt=1)
            .specific()
            .search(query, operator="and")
        )
    paginator = Paginator(pages, PER_PAGE)
    try:
        page = paginator.page(request.GET.get("page", 1))
    except PageNotAnInteger:
        page = paginator.page(1)
    except EmptyPage:
        page = paginator.page(max(paginator.num_pages, 1))
    return query, paginator, page


def search(request):
    query, paginator, results = _run(request, translation.get_language())
    promotions = []
    if query:
        promotions = (
            Query.get(query)
            .editors_picks.filter(
                page__live=True, page__locale__language_code=translation.get_language()
            )
            .select_related("page")
        )
    return TemplateResponse(
        request,
        "search/search.html",
        {
            "search_query": query,
            "raw_query": request.GET.get("q", ""),
            "results": results,
            "paginator": paginator,
            "promotions": promotions,
            "extra_query": "&" + urlencode({"q": query}),
        },
    )


def search_api(request):
    language_code = request.GET.get("lang") or translation.get_language()
    if language_code not in {"es", "en", "pt"}:
        return JsonResponse({"error": _("Unknown language: use es, en or pt.")}, status=400)
    query, paginator, results = _run(request, language_code)
    return JsonResponse(
        {
            "total": paginator.count,
            "query": query,
            "results": [
                {
                    "type": "news" if page.specific_class.__name__ == "NewsPage" else "page",
                    "title": page.title,
                    "url": page.get_url(request),
                    "snippet": getattr(page, "summary", "") or page.search_description,
                    "lang": language_code,
                }
                for page in results
            ],
            "facets": {},
        }
    )
