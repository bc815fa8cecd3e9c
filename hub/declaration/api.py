"""Open data: /api/action-points/, each with its dated status history and the UPR
recommendations and briefs it concerns (the record: `hub.declaration.exports`)."""

from django.views.decorators.http import require_GET

from wagtail.models import Locale

from hub.core.api import BadRequest, error, paginated
from hub.core.api import language as query_language
from hub.declaration.exports import point_record
from hub.declaration.links import linked_by_key
from hub.declaration.models import ActionPoint


@require_GET
def action_points(request):
    try:
        language = query_language(request, "es")
        # One row per action point, in the language asked for where it is translated.
        published = ActionPoint.objects.live()
        rows = published.filter(locale__language_code=language)
        missing = published.exclude(translation_key__in=rows.values("translation_key")).filter(
            locale__language_code="es"
        )
        queryset = (
            (
                ActionPoint.objects.filter(pk__in=rows.values("pk"))
                | ActionPoint.objects.filter(pk__in=missing.values("pk"))
            )
            .select_related("locale", "declaration")
            .prefetch_related("status_updates")
            .order_by("number", "pk")
        )
        # The links of every action point, read once (there are few action points).
        recommendations, briefs = linked_by_key(
            published,
            Locale.objects.filter(language_code=language).values_list("pk", flat=True).first(),
        )

        def serialize(point):
            point.recommendations_here = recommendations.get(point.translation_key, [])
            point.briefs_here = briefs.get(point.translation_key, [])
            return point_record(point, request)

        return paginated(request, queryset, serialize)
    except BadRequest as problem:
        return error(problem)
