"""Open data of UPR recommendations (/api/recommendations/)."""

from django.urls import path

from hub.upr import views

urlpatterns = [
    path("recommendations/", views.recommendations_api, name="api_recommendations"),
]
