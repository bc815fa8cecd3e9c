import posixpath
import time

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.db.models.fields.files import FieldFile
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from wagtail import hooks
from wagtail.documents import get_document_model
from wagtail.documents.models import document_served
from wagtail.images import get_image_model

from hub.core.files import file_response
from hub.stats.counting import count_download


def serve_document(request, document_id, document_filename):
    """Wagtail's document URL: privacy checks (collection restrictions), then Range; the
    first request of each download is counted (hub.stats)."""
    Document = get_document_model()
    document = get_object_or_404(Document, id=document_id)
    if document.filename != document_filename:
        raise Http404("This document does not match the given filename.")

    for hook in hooks.get_hooks("before_serve_document"):
        result = hook(document, request)
        if isinstance(result, HttpResponse):
            result["Cache-Control"] = "private, no-store"
            return result

    document_served.send(sender=Document, instance=document, request=request)
    private = bool(document.collection.get_view_restrictions())
    response = file_response(
        request,
        document.file,
        filename=document.filename,
        content_type=None,
        attachment=document.content_disposition.startswith("attachment"),
        private=private,
        last_modified=document.created_at,
        etag=document.file_hash or None,
    )
    return count_download(request, document, response)


@require_GET
def serve_image_rendition(request, path):
    """Image renditions (public by design in Wagtail) from MEDIA_ROOT/images/.

    Production proxies may serve /media/images/ themselves; this keeps `make run` and a
    plain gunicorn complete. Nothing outside the renditions folder is reachable here.
    """
    field = get_image_model()._meta.get_field("file")
    name = posixpath.normpath(f"images/{path}")
    if not name.startswith("images/") or ".." in name.split("/"):
        raise Http404("No such image.")
    if not field.storage.exists(name):
        raise Http404("No such image.")
    fieldfile = FieldFile(None, field, name)
    response = file_response(request, fieldfile, filename=posixpath.basename(name))
    response["Cache-Control"] = "public, max-age=31536000, immutable"
    return response


@require_GET
@cache_control(max_age=3600, public=True)
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /django-admin/",
        "Disallow: /api/",
        "Disallow: /*/search/",
        f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


def _check_database():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()
    return {"status": "ok", "vendor": connection.vendor}


def _check_cache():
    key = "healthz:probe"
    cache.set(key, "1", 10)
    if cache.get(key) != "1":
        raise RuntimeError("cache did not return what was written")
    return {"status": "ok", "backend": settings.CACHES["default"]["BACKEND"].rsplit(".", 1)[-1]}


def _check_search():
    from wagtail.search.backends import get_search_backend

    backend = get_search_backend()
    result = {"status": "ok", "backend": type(backend).__module__}
    if settings.ELASTICSEARCH_URL:
        if not backend.es.ping():
            raise RuntimeError("Elasticsearch does not answer")
    return result


def _check_tasks():
    from django_tasks import task_backends

    backend = task_backends["default"]
    result = {"status": "ok", "backend": type(backend).__name__}
    if "django_tasks_db" in type(backend).__module__:
        from django_tasks_db.models import DBTaskResult

        result["pending"] = DBTaskResult.objects.ready().count()
    else:
        result["pending"] = 0
    return result


@require_GET
def healthz(request):
    """200 with "ok" or "degraded" and what each part said; never a 500."""
    checks = {}
    for name, check in [
        ("database", _check_database),
        ("cache", _check_cache),
        ("search", _check_search),
        ("tasks", _check_tasks),
    ]:
        started = time.monotonic()
        try:
            checks[name] = check()
        except Exception as error:  # noqa: BLE001 - a health check reports, never raises
            checks[name] = {"status": "error", "error": f"{type(error).__name__}: {error}"}
        checks[name]["ms"] = round((time.monotonic() - started) * 1000, 1)
    status = "ok" if all(c["status"] == "ok" for c in checks.values()) else "degraded"
    response = JsonResponse({"status": status, "checks": checks}, json_dumps_params={"indent": 2})
    response["Cache-Control"] = "no-store"
    return response


def not_found(request, **kwargs):
    """404 for addresses that match a route but can name nothing (see hub/urls.py)."""
    raise Http404("No such object.")
