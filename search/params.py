"""The search's query-string parameters, read and written the same way by the page and
the API."""

from django.utils.http import urlencode

# Query-string names of the filters, in the order links are written.
PARAMS = ("q", "lang", "type", "country", "topic", "panel", "year", "sort", "spell")


def current_params(request):
    return {name: request.GET[name] for name in PARAMS if request.GET.get(name)}


def link(current, **changes):
    """The search address with `current` parameters changed (a page number only if given)."""
    wanted = {**current, **changes}
    return "?" + urlencode({name: wanted[name] for name in (*PARAMS, "page") if wanted.get(name)})
