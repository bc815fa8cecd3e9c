"""The UPR app's models: the recommendations and the public database's page."""

from hub.upr.models.pages import RecommendationIndexPage
from hub.upr.models.recommendations import (
    DERIVED,
    Recommendation,
    cycle_for_session,
    mechanism_for,
    search_key,
)

__all__ = [
    "DERIVED",
    "Recommendation",
    "RecommendationIndexPage",
    "cycle_for_session",
    "mechanism_for",
    "search_key",
]
