from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    label = "hub_search"
    verbose_name = _("Search")

    def ready(self):
        from django.db import connection

        from search import checks, signals  # noqa: F401 - checks registers its checks

        signals.connect()
        if connection.vendor == "postgresql":
            from search.wagtail_index import use_compiled_vectors

            use_compiled_vectors()
