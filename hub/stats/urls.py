"""The play beacon, under /api/ (hub/urls.py)."""

from django.urls import path

from hub.stats import api

urlpatterns = [
    path("stats/play/", api.count_play, name="count_play"),
]
