"""Open data: /api/action-points/, each with the UPR recommendations it answers."""

from django.conf import settings
from django.views.decorators.http import require_GET

from hub.core.api import BadRequest, error, paginated
from hub.declaration.models import ActionPoint
from hub.upr.models import Recommendation


@require_GET
def action_points(request):
    try:
        language = request.GET.get("lang", "es")
        if language not in dict(settings.LANGUAGES):
            raise BadRequest(f"Unknown language {language!r}: use es, en or pt.")
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
        # Links to recommendations belong to the action point whichever row holds them.
        links = {}
        keys = dict(ActionPoint.objects.values_list("pk", "translation_key"))
        for point_pk, recommendation in ActionPoint.recommendations.through.objects.values_list(
            "actionpoint_id", "recommendation_id"
        ):
            links.setdefault(keys[point_pk], set()).add(recommendation)
        recommendations = {
            r.pk: r
            for r in Recommendation.objects.filter(
                pk__in={pk for pks in links.values() for pk in pks}
            )
        }

        def serialize(point):
            current = point.current_status()
            return {
                "id": str(point.translation_key),
                "number": point.number,
                "lang": point.locale.language_code,
                "text": point.text,
                "who_must_act": point.actor_codes(),
                "cat_articles": [a.strip() for a in point.cat_articles.split(",") if a.strip()],
                "opcat_articles": [a.strip() for a in point.opcat_articles.split(",") if a.strip()],
                "status": current.status if current else None,
                "status_history": [
                    {"status": u.status, "date": u.date.isoformat(), "note": u.note}
                    for u in point.history()
                ],
                "recommendations": [
                    {
                        "source": r.source,
                        "source_id": r.source_id,
                        "country": r.country,
                        "cycle": r.cycle,
                        "response": r.response,
                        "text": r.text,
                        "is_sample": r.is_sample,
                    }
                    for r in sorted(
                        (recommendations[pk] for pk in links.get(point.translation_key, ())),
                        key=lambda r: (r.country, r.cycle, r.pk),
                    )
                ],
                "is_sample": point.is_sample,
            }

        return paginated(request, queryset, serialize)
    except BadRequest as problem:
        return error(problem)
