from django.apps import AppConfig


class DemoConfig(AppConfig):
    """The demo site: its content as data files, the loader and the sample file makers."""

    name = "hub.demo"
    label = "demo"
    verbose_name = "Demo content"
