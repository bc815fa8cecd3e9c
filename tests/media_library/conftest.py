import pytest

from django.contrib.auth.models import Group
from django.utils import translation

from wagtail.users.models import UserProfile


@pytest.fixture(autouse=True)
def english_messages():
    """Messages are checked in English, the source language, whatever LANGUAGE_CODE is."""
    with translation.override("en"):
        yield


@pytest.fixture
def uploader(django_user_model):
    """A member of the Editors group (who may add media files), with the admin in English."""
    user = django_user_model.objects.create_user("editora", "editora@example.org", "pw-1234567")
    user.groups.add(Group.objects.get(name="Editors"))
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    return user


@pytest.fixture
def uploader_client(client, uploader):
    client.force_login(uploader)
    return client
