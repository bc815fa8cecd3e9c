"""System checks of the search's settings (`manage.py check`, and at every start)."""

from django.conf import settings
from django.core import checks


@checks.register("search")
def elasticsearch_backend(app_configs=None, **kwargs):
    """ELASTICSEARCH_URL set with another backend in WAGTAILSEARCH_BACKENDS: every search
    would fall back to the database (a settings module that sets the backends itself)."""
    if not getattr(settings, "ELASTICSEARCH_URL", ""):
        return []
    backend = settings.WAGTAILSEARCH_BACKENDS.get("default", {}).get("BACKEND", "")
    if "elasticsearch" in backend:
        return []
    return [
        checks.Warning(
            f"ELASTICSEARCH_URL is set but the search backend is {backend!r}: every search "
            "falls back to the database.",
            hint="Set WAGTAILSEARCH_BACKENDS with hub.settings.elasticsearch.search_backends.",
            id="hub_search.W001",
        )
    ]
