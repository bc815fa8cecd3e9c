from wagtail import hooks

from hub.dashboard.panels import dashboard_panels


@hooks.register("construct_homepage_panels")
def editors_dashboard(request, panels):
    panels[:] = dashboard_panels(request)
