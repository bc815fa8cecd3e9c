"""The directory's API, under /api/ (hub/urls.py)."""

from django.urls import path

from hub.network import api

urlpatterns = [
    path("countries/", api.countries, name="api_countries"),
    path("organisations/", api.organisations, name="api_organisations"),
]
