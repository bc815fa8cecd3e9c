"""The play beacon (/api/stats/play/): the player says "playback started" once per page view."""

import re

from django.http import HttpResponse, JsonResponse
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from hub.stats.counting import count
from hub.stats.models import DailyCount
from hub.stats.report import RECORDINGS

PAGE_ID = re.compile(r"[0-9]{1,12}")


def _refused(message, status):
    response = JsonResponse({"error": message}, status=status)
    response["Cache-Control"] = "no-store"
    return response


# A beacon cannot carry a CSRF token; this view only adds one to a counter for a live
# recording the visitor may see, and answers nothing else.
@csrf_exempt
@require_POST
def count_play(request):
    raw = request.POST.get("page", "").strip()
    if not PAGE_ID.fullmatch(raw):
        return _refused(_("Send the number of a recording page as “page”."), 400)
    page = (
        RECORDINGS.model()
        .objects.live()
        .filter(pk=int(raw), media__isnull=False)
        .only("pk", "path", "depth")
        .first()
    )
    if page is None or not all(
        restriction.accept_request(request) for restriction in page.get_view_restrictions()
    ):
        return _refused(_("There is no recording with this number."), 404)
    count(request, page, DailyCount.Kind.PLAY)
    response = HttpResponse(status=204)
    response["Cache-Control"] = "no-store"
    return response
