"""Open data lists: {"count", "next", "previous", "results"}, 50 per page, CORS for GET."""

from django.http import JsonResponse
from django.utils.translation import gettext as _

DEFAULT_PAGE_SIZE = 50
MAX_PAGE_SIZE = 200


class BadRequest(ValueError):
    """A parameter the visitor sent cannot be used; the message says why."""


def error(message, status=400):
    return with_cors(JsonResponse({"error": str(message)}, status=status))


def with_cors(response):
    response["Access-Control-Allow-Origin"] = "*"
    response["Access-Control-Allow-Methods"] = "GET, OPTIONS"
    return response


def positive_int(request, name, default, maximum=None):
    raw = request.GET.get(name)
    if raw in (None, ""):
        return default
    if not (raw.isascii() and raw.isdigit()) or int(raw) < 1:
        raise BadRequest(_("%(name)s must be a positive whole number.") % {"name": name})
    value = int(raw)
    return min(value, maximum) if maximum else value


def paginated(request, queryset, serialize):
    """The page of `queryset` the request asks for, as the hub's JSON list shape."""
    size = positive_int(request, "page_size", DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE)
    number = positive_int(request, "page", 1)
    count = queryset.count()
    start = (number - 1) * size
    if start and start >= count:
        return error(_("There is no page %(number)s.") % {"number": number}, status=404)

    def link(page_number):
        params = request.GET.copy()
        params["page"] = page_number
        return request.build_absolute_uri(f"{request.path}?{params.urlencode()}")

    items = queryset[start : start + size]
    return with_cors(
        JsonResponse(
            {
                "count": count,
                "next": link(number + 1) if start + size < count else None,
                "previous": link(number - 1) if number > 1 else None,
                "results": [serialize(item) for item in items],
            },
            json_dumps_params={"ensure_ascii": False},
        )
    )
