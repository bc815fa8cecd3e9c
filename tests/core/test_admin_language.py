"""The admin speaks the language the editor chose in their account, choosers included,
whatever the browser sends and whatever language the site's pages default to."""

import json
import re

import pytest

from django.contrib.auth.models import Group
from django.urls import reverse

from wagtail.users.models import UserProfile

from hub.core import admin_language

pytestmark = pytest.mark.django_db

CHOOSERS = {
    "page": "wagtailadmin_choose_page",
    "image": "wagtailimages_chooser:choose",
    "document": "wagtaildocs_chooser:choose",
    "media": "wagtailmedia:chooser",
    "snippet": "wagtailsnippetchoosers_core_topic:choose",
}
# What each chooser shows in the editor's language: its title and its tabs.
EXPECTED = {
    "en": {
        "page": ("Choose a page", []),
        "image": ("Choose an image", ["Search", "Upload"]),
        "document": ("Choose a document", ["Search", "Upload"]),
        "media": ("Choose a media item", ["Search", "Upload Audio", "Upload Video"]),
        "snippet": ("Choose", []),
    },
    "pt": {
        "page": ("Escolher uma página", []),
        "image": ("Escolher uma imagem", ["Buscar", "Enviar"]),
        "document": ("Escolher um documento", ["Buscar", "Enviar"]),
        "media": ("Escolher um arquivo de mídia", ["Buscar", "Enviar áudio", "Enviar vídeo"]),
        "snippet": ("Escolher", []),
    },
    "es": {
        "page": ("Seleccionar una página", []),
        "image": ("Seleccionar una imagen", ["Buscar", "Subir"]),
        "document": ("Seleccionar un documento", ["Buscar", "Subir"]),
        "media": ("Elegir un archivo de medios", ["Buscar", "Subir audio", "Subir video"]),
        "snippet": ("Seleccionar", []),
    },
}


@pytest.fixture
def editor_in(client, django_user_model):
    """editor_in(language): the client signed in as an editor who chose that language
    ("" for none) in their account."""

    def sign_in(language):
        user = django_user_model.objects.create_user(
            f"editor-{language or 'default'}", f"{language}@example.org", "pw-12345678"
        )
        user.groups.add(Group.objects.get(name="Editors"))
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = language
        profile.save()
        client.force_login(user)
        return client

    return sign_in


def chooser(client, kind, **headers):
    response = client.get(reverse(CHOOSERS[kind]), headers=headers)
    assert response.status_code == 200, kind
    html = json.loads(response.content)["html"]
    title = re.search(r"<h1[^>]*>(.*?)</h1>", html, re.S)
    tabs = re.findall(r'id="tab-label-[^"]*"[^>]*>\s*([^<]*?)\s*<', html)
    return " ".join(re.sub(r"<[^>]+>", " ", title.group(1)).split()), tabs


def shows(expected_title, title):
    return title == expected_title or title.startswith(expected_title + " ")


@pytest.mark.parametrize("language", ["en", "pt"])
@pytest.mark.parametrize("kind", list(CHOOSERS))
def test_a_chooser_speaks_the_editors_language(editor_in, language, kind):
    client = editor_in(language)
    expected_title, expected_tabs = EXPECTED[language][kind]
    # No Accept-Language at all, and a browser asking for Spanish: the account decides.
    for headers in ({}, {"accept-language": "es"}):
        title, tabs = chooser(client, kind, **headers)
        assert shows(expected_title, title), (headers, title)
        assert tabs == expected_tabs, headers


def test_without_a_chosen_language_the_admin_follows_the_browser_then_the_default(editor_in):
    client = editor_in("")
    assert chooser(client, "image", **{"accept-language": "en"}) == (
        "Choose an image",
        ["Search", "Upload"],
    )
    assert chooser(client, "image") == ("Seleccionar una imagen", ["Buscar", "Subir"])


def test_the_page_editor_speaks_the_editors_language(editor_in):
    from hub.news.models import NewsPage

    client = editor_in("en")
    page = NewsPage.objects.filter(locale__language_code="es").first()
    html = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    # Labels of the choosers in the form (an image field), and the form's own tabs.
    assert "Choose an image" in html
    assert "Seleccionar" not in html and "Elegir" not in html


def test_wagtail_still_translates_chooser_labels_too_early():
    """While this holds, hub.core.admin_language is needed; when Wagtail translates them
    lazily itself, this fails: remove the module and this test."""
    assert admin_language.chooser_labels_are_eager()
