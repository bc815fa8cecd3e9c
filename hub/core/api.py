"""Open data lists: {"count", "next", "previous", "results"}, 50 per page, CORS for GET.

Each list reads its query parameters through a form (`QueryForm`, in the app's
`filters.py`); `query_values` answers the first value the form refuses with a 400,
{"error": "…"}, whose message names the parameter.

Every list is also CSV with `?format=csv` (`paginated`): every matching row, not one
page, one column per field (`a.b` for a field of a nested object; a list of values
joined with "; ", a list of objects as JSON). Another format is refused with a 400.
"""

import csv
import json

from django import forms
from django.conf import settings
from django.http import HttpResponse, JsonResponse
from django.utils.translation import gettext as _

from hub.core.filters import FilterForm
from hub.core.spreadsheets import safe_csv_cell

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


class QueryForm(FilterForm):
    """The query parameters of a JSON list, as a form: `query_values` answers a value it
    refuses with a 400 whose message names the parameter."""

    def error_messages_for(self, name, field):
        values = {"name": name}
        messages = dict.fromkeys(field.error_messages, _("%(name)s could not be read.") % values)
        if isinstance(field, forms.ChoiceField):
            values["choices"] = ", ".join(str(value) for value, _label in field.choices if value)
            messages["invalid_choice"] = _("%(name)s must be one of: %(choices)s.") % values
        if isinstance(field, forms.IntegerField):
            values.update(low=field.min_value, high=field.max_value)
            number = (
                _("%(name)s must be a whole number from %(low)s to %(high)s.")
                if field.max_value is not None
                else _("%(name)s must be a positive whole number.")
            )
            messages.update(dict.fromkeys(("invalid", "min_value", "max_value"), number % values))
        if isinstance(field, forms.CharField) and field.max_length:
            values["max"] = field.max_length
            messages["max_length"] = (
                _("%(name)s is too long (at most %(max)s characters).") % values
            )
        return messages


def query_values(form):
    """The values of a `QueryForm`; BadRequest with its first refusal."""
    if not form.is_valid():
        raise BadRequest(next(iter(form.errors.values()))[0])
    return form.cleaned_data


class PageQuery(QueryForm):
    page = forms.IntegerField(required=False, min_value=1)
    page_size = forms.IntegerField(required=False, min_value=1)


class LanguageQuery(QueryForm):
    """`lang`, the language of the content."""

    lang = forms.ChoiceField(required=False, choices=settings.LANGUAGES)


def language(request, default):
    """The language the request asks for with ?lang= (BadRequest for another)."""
    return query_values(LanguageQuery(request.GET))["lang"] or default


class FormatQuery(QueryForm):
    """`format`: json (the default) or csv."""

    format = forms.ChoiceField(required=False, choices=[("json", "JSON"), ("csv", "CSV")])


def list_format(request, offered=("json", "csv")):
    """The format the request asks for with ?format= (BadRequest for one not `offered`)."""
    form = FormatQuery(request.GET)
    form.fields["format"].choices = [(code, code) for code in offered]
    return query_values(form)["format"] or "json"


def _flat(row, prefix=""):
    """A JSON object as CSV cells: nested objects as `a.b` columns, lists as text."""
    cells = {}
    for key, value in row.items():
        name = prefix + key
        if isinstance(value, dict):
            cells.update(_flat(value, name + "."))
        elif isinstance(value, list):
            nested = any(isinstance(item, dict | list) for item in value)
            cells[name] = (
                json.dumps(value, ensure_ascii=False)
                if nested
                else "; ".join("" if item is None else str(item) for item in value)
            )
        elif isinstance(value, bool):
            cells[name] = "true" if value else "false"
        else:
            cells[name] = "" if value is None else value
    return cells


def csv_list(request, rows):
    """JSON objects (the `results` of a list) as a CSV download named after the path."""
    flat = [_flat(row) for row in rows]
    columns = list(dict.fromkeys(name for row in flat for name in row))
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    name = request.path.strip("/").replace("api/", "", 1).replace("/", "-") or "list"
    response["Content-Disposition"] = f'attachment; filename="{name}.csv"'
    writer = csv.writer(response)
    writer.writerow(columns)
    for row in flat:
        writer.writerow([safe_csv_cell(row.get(column, "")) for column in columns])
    return with_cors(response)


def paginated(request, queryset, serialize):
    """The page of `queryset` the request asks for, as the hub's JSON list shape; with
    ?format=csv, every row as CSV."""
    if list_format(request) == "csv":
        return csv_list(request, (serialize(item) for item in queryset))
    paging = query_values(PageQuery(request.GET))
    size = min(paging["page_size"] or DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE)
    number = paging["page"] or 1
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
