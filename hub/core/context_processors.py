from django.conf import settings


def hub(request):
    return {
        "LANGUAGE_NATIVE_NAMES": settings.LANGUAGE_NATIVE_NAMES,
        # The site's name in the active language (defined once: WAGTAIL_SITE_NAME).
        "site_name": settings.WAGTAIL_SITE_NAME,
    }
