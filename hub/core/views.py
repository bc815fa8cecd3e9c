import posixpath
import time

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

from wagtail import hooks
from wagtail.documents import get_document_model
from wagtail.documents.models import document_served
from wagtail.images import get_image_model

from hub.core.files import file_response
from hub.core.privacy import PRIVATE, PUBLIC, refusal
from hub.core.signals import file_served


@require_safe
def serve_document(request, document_id, document_filename):
    """Wagtail's document URL: privacy checks (collection restrictions, then the briefs
    that offer it: HubDocument.access), then Range. Sends ``file_served`` (hub.stats counts
    the downloads)."""
    Document = get_document_model()
    document = get_object_or_404(Document.objects.select_related("collection"), id=document_id)
    if document.filename != document_filename:
        raise Http404("This document does not match the given filename.")

    for hook in hooks.get_hooks("before_serve_document"):
        result = hook(document, request)
        if isinstance(result, HttpResponse):
            result["Cache-Control"] = "private, no-store"
            return result

    access = document.access(request)
    if access not in (PUBLIC, PRIVATE):
        return access
    document_served.send(sender=Document, instance=document, request=request)
    response = file_response(
        request,
        document.file,
        filename=document.filename,
        content_type=None,
        attachment=document.content_disposition.startswith("attachment"),
        private=access == PRIVATE,
        last_modified=document.created_at,
        etag=document.file_hash or None,
    )
    file_served.send(sender=Document, instance=document, request=request, response=response)
    return response


def _image_access(request, image):
    """Images keep Wagtail's rule, their collection's privacy. A restricted collection's
    images go to those it lets in and to the staff who work on images (the admin shows
    their thumbnails), never cached; to nobody else."""
    restrictions = image.collection.get_view_restrictions()
    if not restrictions:
        return PUBLIC
    user = request.user
    if user.is_authenticated and user.has_perm("wagtailadmin.access_admin"):
        from wagtail.permissions import policy_registry

        policy = policy_registry.get_by_type(get_image_model())
        if policy.user_has_any_permission(user, ["add", "change", "choose", "delete"]):
            return PRIVATE
    if all(restriction.accept_request(request) for restriction in restrictions):
        return PRIVATE
    return refusal(403)


@require_safe
def serve_image_rendition(request, path):
    """Image renditions from MEDIA_ROOT/images/, with their image's privacy.

    A public image's renditions never change under their name: cached for a year. Only
    files that are renditions of an image are served; nothing outside the folder is
    reachable.
    """
    name = posixpath.normpath(f"images/{path}")
    if not name.startswith("images/") or ".." in name.split("/"):
        raise Http404("No such image.")
    Rendition = get_image_model().get_rendition_model()
    rendition = Rendition.objects.filter(file=name).select_related("image__collection").first()
    if rendition is None:
        raise Http404("No such image.")
    access = _image_access(request, rendition.image)
    if access not in (PUBLIC, PRIVATE):
        return access
    response = file_response(
        request, rendition.file, filename=posixpath.basename(name), private=access == PRIVATE
    )
    if access == PUBLIC and response.status_code in (200, 206):
        response["Cache-Control"] = "public, max-age=31536000, immutable"
    return response


@require_safe
def serve_original_image(request, image_id, filename):
    """An image's original file (the images API's `download_url`), with its privacy."""
    image = get_object_or_404(get_image_model().objects.select_related("collection"), pk=image_id)
    if posixpath.basename(image.file.name) != filename:
        raise Http404("No such image.")
    access = _image_access(request, image)
    if access not in (PUBLIC, PRIVATE):
        return access
    return file_response(request, image.file, filename=filename, private=access == PRIVATE)


@require_safe
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


def _sees_health_details(user):
    """Staff: what each part said (versions, backends, errors) is no one else's business."""
    return user.is_authenticated and (user.is_staff or user.has_perm("wagtailadmin.access_admin"))


@require_safe
def healthz(request):
    """200 with "ok" or "degraded"; for staff, what each part said too. Never a 500."""
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
    if not _sees_health_details(request.user):
        response = JsonResponse({"status": status})
        response["Cache-Control"] = "no-store"
        return response
    response = JsonResponse({"status": status, "checks": checks}, json_dumps_params={"indent": 2})
    response["Cache-Control"] = "private, no-store"
    return response


def not_found(request, **kwargs):
    """404 for addresses that match a route but can name nothing (see hub/urls.py)."""
    raise Http404("No such object.")
