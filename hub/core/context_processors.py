from django.conf import settings


def hub(request):
    return {
        "LANGUAGE_NATIVE_NAMES": settings.LANGUAGE_NATIVE_NAMES,
    }
