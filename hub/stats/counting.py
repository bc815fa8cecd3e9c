"""Adding one to a thing's counter for today, safely when requests race.

The user agent is read to leave obvious robots out; it is never stored.
"""

import logging
import re

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import DatabaseError, IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from hub.core.files import RANGE_RE
from hub.stats.models import DailyCount

logger = logging.getLogger(__name__)

# Crawlers, link previews, command-line and library clients, headless browsers.
ROBOT = re.compile(
    r"(?-i:bot|Bot|BOT/)|crawl|spider|slurp|archiver|externalhit|preview|scrap|headless|"
    r"phantom|lighthouse|curl|wget|python|httpx|aiohttp|okhttp|go-http|java/|libwww|perl|"
    r"httpclient|axios|node-fetch|postman|uptime",
    re.IGNORECASE,
)


def is_robot(request):
    agent = request.headers.get("User-Agent", "")
    return not agent.strip() or ROBOT.search(agent) is not None


def add_one(obj, kind):
    """One more for `obj` today (in the site's time zone): a single UPDATE, or an INSERT
    the first time of the day."""
    key = {
        "content_type": ContentType.objects.get_for_model(obj),
        "object_id": obj.pk,
        "kind": kind,
        "date": timezone.localdate(),
    }
    if not DailyCount.objects.filter(**key).update(count=F("count") + 1):
        insert_or_add(key)


def insert_or_add(key):
    """The day's first count inserts its row; when another request inserted it meanwhile,
    the unique constraint refuses this one, which adds to that row instead."""
    try:
        with transaction.atomic():
            DailyCount.objects.create(**key, count=1)
    except IntegrityError:
        DailyCount.objects.filter(**key).update(count=F("count") + 1)


def count(request, obj, kind):
    """Count `obj` unless a robot asked; a database that refuses is logged, never fatal."""
    if is_robot(request):
        return False
    try:
        add_one(obj, kind)
    except DatabaseError as error:
        logger.warning("Could not count a %s of %r: %s", kind, obj, error)
        return False
    return True


def starts_a_download(request, response):
    """Whether a file response is the start of a download: a GET answered from byte 0.

    HEAD requests, refusals, and Range requests that continue a download (a player
    seeking, a PDF viewer fetching pages) are not counted again.
    """
    if request.method != "GET" or response.status_code not in (200, 206):
        return False
    if response.status_code == 206:
        return response.get("Content-Range", "").startswith("bytes 0-")
    if settings.HUB_FILE_HANDOFF:
        # The proxy answers the Range itself: judge from the request.
        header = request.headers.get("Range", "").strip()
        match = RANGE_RE.match(header)
        if match:
            return match.group(1) != "" and int(match.group(1)) == 0
    return True


def count_download(sender, instance, request, response, **kwargs):
    """Receives hub.core.signals.file_served."""
    if starts_a_download(request, response):
        count(request, instance, DailyCount.Kind.DOWNLOAD)
