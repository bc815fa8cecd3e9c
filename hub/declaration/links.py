"""What action points concern: the UPR recommendations and the briefs linked to them.

The links are not text to translate, so they belong to an action point as a whole (its
translation key), whichever row of it holds them: wagtail-localize does not synchronise
many-to-many fields. They are read for many action points at once, in a fixed number of
queries however many points and links there are (the declaration page, its downloads and
the API list them all).
"""

from django.db.models import F, Q

from hub.core.utils import public_pages
from hub.upr.models import Recommendation


def linked_by_key(points, locale_id):
    """({translation key: [Recommendation]}, {translation key: [brief page]}) for the
    action points `points` (ActionPoint rows), in three queries. Briefs are shown in the
    language of `locale_id` where a published translation exists, else in their own;
    briefs the public cannot see are left out."""
    points = list(points)
    if not points:
        return {}, {}
    model = type(points[0])
    keys = {point.translation_key for point in points}
    return _recommendations(keys), _briefs(model.briefs.field.related_model, keys, locale_id)


def _recommendations(keys):
    rows = Recommendation.objects.filter(action_points__translation_key__in=keys).annotate(
        point_key=F("action_points__translation_key")
    )
    by_key = {}
    for row in rows.order_by("country", "cycle", "pk"):
        found = by_key.setdefault(row.point_key, {})
        found.setdefault(row.pk, row)
    return {key: list(rows.values()) for key, rows in by_key.items()}


def _briefs(brief_model, keys, locale_id):
    """The linked briefs (each annotated with the action point it is linked from) and
    their translations in `locale_id`, in one query."""
    linked = Q(action_points__translation_key__in=keys)
    here = Q(
        locale_id=locale_id,
        translation_key__in=brief_model.objects.filter(linked).values("translation_key"),
    )
    rows = (
        public_pages(brief_model.objects.live())
        .filter(linked | here)
        .annotate(point_key=F("action_points__translation_key"))
    )
    translated = {}
    links = []
    for page in rows:
        if page.locale_id == locale_id:
            translated[page.translation_key] = page
        if page.point_key in keys:
            links.append(page)
    by_key = {}
    for page in links:
        shown = translated.get(page.translation_key, page)
        by_key.setdefault(page.point_key, {})[shown.pk] = shown
    return {
        key: sorted(pages.values(), key=lambda page: (page.publication_date, page.title))
        for key, pages in by_key.items()
    }


def attach_links(points, locale_id):
    """Give each action point its `recommendations_here` and `briefs_here`."""
    recommendations, briefs = linked_by_key(points, locale_id)
    for point in points:
        point.recommendations_here = recommendations.get(point.translation_key, [])
        point.briefs_here = briefs.get(point.translation_key, [])
    return points
