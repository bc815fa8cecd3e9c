from django.contrib import messages
from django.utils.formats import date_format
from django.utils.timezone import localtime
from django.utils.translation import gettext as _

from wagtail import hooks

from hub.accounts.translations import out_of_date_source


@hooks.register("before_edit_page")
def warn_about_out_of_date_translations(request, page):
    """Editing a translation whose source has changed: say so, and how to catch up."""
    source = out_of_date_source(page)
    if source is not None and request.method == "GET":
        messages.warning(
            request,
            _(
                "This translation is out of date: the %(language)s page was published again "
                "on %(date)s. Use “Sync translated pages” on it to bring the new text here."
            )
            % {
                "language": source.locale.get_display_name(),
                "date": date_format(localtime(source.last_published_at), "SHORT_DATETIME_FORMAT"),
            },
        )
