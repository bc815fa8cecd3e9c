"""The engage app's API, under /api/ (hub/urls.py)."""

from django.urls import path

from hub.engage import api

urlpatterns = [
    path("csrf/", api.csrf_token, name="csrf_token"),
]
