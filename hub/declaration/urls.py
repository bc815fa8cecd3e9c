"""The declaration app's API, under /api/ (hub/urls.py)."""

from django.urls import path

from hub.declaration import api

urlpatterns = [
    path("action-points/", api.action_points, name="api_action_points"),
]
