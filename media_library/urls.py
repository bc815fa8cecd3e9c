"""The recordings' API, under /api/ (hub/urls.py)."""

from django.urls import path

from media_library import api

urlpatterns = [
    path("recordings/<int:page_id>/chapters.json", api.chapters_json, name="recording_chapters"),
]
