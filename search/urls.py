"""The search API, under /api/ (hub/urls.py); the search page is a language page."""

from django.urls import path

from search import api

urlpatterns = [
    path("search/", api.search_api, name="search_api"),
    path("search/autocomplete/", api.autocomplete_api, name="search_autocomplete"),
]
