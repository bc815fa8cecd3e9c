"""Open data of UPR recommendations (/api/recommendations/)."""

urlpatterns = []
