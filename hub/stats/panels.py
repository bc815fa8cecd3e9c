"""A read-only panel with the plays and downloads of the page being edited."""

from wagtail.admin.panels import Panel

from hub.stats.report import page_row


class CountsPanel(Panel):
    class BoundPanel(Panel.BoundPanel):
        template_name = "stats/counts_panel.html"

        def is_shown(self):
            return bool(self.instance and self.instance.pk)

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["row"] = page_row(self.instance)
            return context
