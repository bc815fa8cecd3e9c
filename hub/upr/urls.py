"""The UPR app's API, under /api/ (hub/urls.py)."""

from django.urls import path

from hub.upr import api

urlpatterns = [
    path("recommendations/", api.recommendations_api, name="api_recommendations"),
]
