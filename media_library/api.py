"""The recordings' API, under /api/ (hub/urls.py): a recording's chapters in the
Podcasting 2.0 JSON chapters format (a format of its own, not the hub's list envelope)."""

from django.http import JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_GET

from hub.core.api import BadRequest, error, list_format
from hub.core.utils import public_pages
from media_library.models import RecordingPage


@require_GET
def chapters_json(request, page_id):
    """Podcasting 2.0 JSON chapters of a recording (titles in the page's language)."""
    page = get_object_or_404(public_pages(RecordingPage.objects.live()), pk=page_id)
    try:
        list_format(request, offered=("json",))
    except BadRequest as problem:
        return error(problem)
    data = {
        "version": "1.2.0",
        "chapters": [
            {"startTime": chapter["start"], "title": chapter["title"]}
            for chapter in page.chapter_list()
        ],
    }
    response = JsonResponse(data, json_dumps_params={"ensure_ascii": False})
    response["Content-Type"] = "application/json+chapters; charset=utf-8"
    response["Access-Control-Allow-Origin"] = "*"
    return response
