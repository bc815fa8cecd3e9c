from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from hub.stats.admin_views import PlaysAndDownloadsView, may_see_counts


class CountsMenuItem(MenuItem):
    def is_shown(self, request):
        return may_see_counts(request.user)


@hooks.register("register_admin_urls")
def register_report_urls():
    return [
        path(
            "reports/plays-and-downloads/",
            PlaysAndDownloadsView.as_view(),
            name="stats_report",
        ),
        path(
            "reports/plays-and-downloads/results/",
            PlaysAndDownloadsView.as_view(results_only=True),
            name="stats_report_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_report_menu_item():
    return CountsMenuItem(
        _("Plays and downloads"),
        reverse("stats_report"),
        name="plays-and-downloads",
        icon_name="view",
        order=1100,
    )
