"""Open data: recommendations as JSON (paginated) or CSV (every matching row, streamed).

GET /api/recommendations/?country=AR&mechanism=cat&cycle=2&session=14&recommending_state=FR
  &response=supported&theme=Conditions of detention&action_category=5&implementation=partial
  &q=…
  &page=2&page_size=100&format=csv

Pagination, CORS and errors are the hub's shared open-data shape (hub.core.api): 50 per
page, page_size up to 200; bad parameters answer 400 with {"error": …} (a theme that is not
on record among them), a page past the end 404.
"""

from django.views.decorators.http import require_GET

from hub.core.api import BadRequest, error, paginated, query_values, with_cors
from hub.upr.exports import export_response, serialise
from hub.upr.filters import RecommendationQuery
from hub.upr.models import Recommendation


@require_GET
def recommendations_api(request):
    try:
        form = RecommendationQuery(request.GET, themes=Recommendation.themes_on_record())
        query = query_values(form)
        queryset = form.filter(Recommendation.objects.all())
        if query["format"] == "csv":
            return with_cors(
                export_response(queryset, "csv", query["country"], "upr-recommendations")
            )
        return paginated(request, queryset, serialise)
    except BadRequest as exc:
        return error(exc)
