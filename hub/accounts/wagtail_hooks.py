from django.contrib import messages
from django.urls import path
from django.utils.formats import date_format
from django.utils.timezone import localtime
from django.utils.translation import gettext as _

from wagtail import hooks

from hub.accounts.files import delete_media
from hub.accounts.roles import PERSONAL_DATA_PERMISSION
from hub.accounts.translations import out_of_date_source, sync_translations


@hooks.register("before_edit_page")
def warn_about_out_of_date_translations(request, page):
    """Editing a translation whose source has changed: say so, and how to catch up."""
    source = out_of_date_source(page)
    if source is not None and request.method == "GET":
        messages.warning(
            request,
            _(
                "This translation is out of date: the %(language)s page was published again "
                "(%(date)s). Use “Sync translated pages” on it to bring the new text here."
            )
            % {
                "language": source.locale.get_display_name(),
                "date": date_format(localtime(source.last_published_at), "SHORT_DATETIME_FORMAT"),
            },
        )


@hooks.register("filter_form_submissions_for_user")
def personal_data_for_those_who_need_it(user, editable_forms):
    """Contact messages and subscriptions only for those with the permission to view them.

    Wagtail shows a form page's submissions to everyone who may edit the page (editors,
    translators); the Forms menu, the lists, their CSV and XLSX exports and the delete
    view all go through this filter.
    """
    if user.has_perm(PERSONAL_DATA_PERMISSION):
        return editable_forms
    return editable_forms.none()


@hooks.register("register_admin_urls", order=-100)
def guard_media_deletion():
    """Before wagtailmedia's own: its delete address answers through our policy first."""
    return [path("media/delete/<int:media_id>/", delete_media, name="hub_media_delete")]


@hooks.register("register_admin_urls", order=-100)
def guard_publishing_on_sync():
    """Before wagtail-localize's own: "Sync translated pages/snippets" with "Publish
    immediately" asks for the permission to publish the translations."""
    return [
        path(
            "localize/update/<int:translation_source_id>/",
            sync_translations,
            name="hub_update_translations",
        )
    ]
