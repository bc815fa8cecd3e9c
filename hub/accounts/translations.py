"""Whether a translated page still matches its source.

wagtail-localize keeps, per source page, when its text was last extracted for translators
(`TranslationSource.last_updated_at`: at the first translation and at each "Sync
translated pages"). A translation is out of date when the source page has been published
again since: its translators have not seen the new text yet.

"Sync translated pages" (and snippets) may also publish the translations at once: only
for those who may publish them (`sync_translations`, in front of wagtail-localize's view).
"""

from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from django.shortcuts import get_object_or_404

from wagtail.models import Page


def out_of_date_source(page):
    """The source page when `page` is a translation whose source changed since it was last
    synced, else None."""
    from wagtail_localize.models import TranslationSource

    source = (
        TranslationSource.objects.filter(object_id=page.translation_key)
        .exclude(locale_id=page.locale_id)
        .select_related("locale")
        .first()
    )
    if source is None:
        return None
    original = Page.objects.filter(
        translation_key=page.translation_key, locale_id=source.locale_id
    ).first()
    if original is None or original.last_published_at is None:
        return None
    return original if original.last_published_at > source.last_updated_at else None


def may_publish_translations(user, source):
    """Whether `user` may publish every enabled translation of a TranslationSource: what
    wagtail-localize's "Sync translated pages/snippets" does with "Publish immediately"."""
    from wagtail.models import DraftStateMixin
    from wagtail.permissions import policy_registry

    for translation in source.translations.filter(enabled=True).select_related("target_locale"):
        try:
            target = translation.get_target_instance()
        except ObjectDoesNotExist:
            target = None
        if isinstance(target, Page):
            if not target.permissions_for_user(user).can_publish():
                return False
            continue
        model = source.specific_content_type.model_class()
        if target is None and issubclass(model, Page):
            return False  # a new page translation: publishing it is a reviewer's call
        if issubclass(model, DraftStateMixin):
            policy = policy_registry.get_by_type(model)
            if target is None:
                allowed = policy.user_has_permission(user, "publish")
            else:
                allowed = policy.user_has_permission_for_instance(user, "publish", target)
            if not allowed:
                return False
    return True


def sync_translations(request, translation_source_id):
    """wagtail-localize's "Sync translated pages/snippets", with "Publish immediately"
    kept to those who may publish the translations (it checks only the permission to
    submit translations, which Editors and Translators have)."""
    from wagtail_localize.models import TranslationSource
    from wagtail_localize.views.update_translations import UpdateTranslationsView

    if request.method == "POST" and request.POST.get("publish_translations"):
        source = get_object_or_404(TranslationSource, pk=translation_source_id)
        if not may_publish_translations(request.user, source):
            raise PermissionDenied
    return UpdateTranslationsView.as_view()(request, translation_source_id=translation_source_id)
