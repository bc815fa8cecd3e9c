"""The README's "Roles and review" table, cell by cell, through the admin over HTTP.

Each row of TABLE is one action and the groups that may do it; every row is run for
every group, so each cell is checked both ways: the action happens for the groups that
have it, and is refused (nothing changes) for the others. Each action says whether it
happened by looking at the data, not at the answer's wording.

Pages are checked in the source (Spanish) tree and in a translation (English) tree;
snippets are in their own module (another engineer's part).
"""

import io

import pytest
from PIL import Image

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from wagtail.contrib.forms.models import FormSubmission
from wagtail.models import Collection, Page, WorkflowState
from wagtail.test.utils.form_data import nested_form_data, streamfield

from hub.core.models import HubDocument, HubImage, StandardPage
from hub.demo import documents as sample_documents
from hub.demo.media import make_sample_audio
from hub.engage.models import ContactPage, NewsletterPage, NewsletterSubmission
from media_library.models import MediaFile
from tests.factories import DocumentFactory, ImageFactory, StandardPageFactory

pytestmark = pytest.mark.django_db

EDITORS, MODERATORS, TRANSLATORS, ADMINISTRATORS = (
    "Editors",
    "Moderators",
    "Translators",
    "Administrators",
)
ROLES = [EDITORS, MODERATORS, TRANSLATORS, ADMINISTRATORS]
ALL = set(ROLES)
PUBLISHERS = {MODERATORS, ADMINISTRATORS}
SOURCE_WRITERS = {EDITORS, MODERATORS, ADMINISTRATORS}


# -- pages -----------------------------------------------------------------------------


def home(language):
    return Page.objects.get(depth=2, locale__language_code=language)


def draft(language, owner, live=False):
    page = StandardPageFactory(parent=home(language), live=live, owner=owner)
    page.save_revision(user=owner)
    return page


def page_form(title, slug, **extra):
    return nested_form_data(
        {
            "title": title,
            "slug": slug,
            "introduction": "",
            "body": streamfield([]),
            "comments": {"TOTAL_FORMS": 0, "INITIAL_FORMS": 0},
            **extra,
        }
    )


def create_page(language):
    def act(client, user, other, tmp_path):
        parent = home(language)
        client.post(
            reverse("wagtailadmin_pages:add", args=["core", "standardpage", parent.pk]),
            page_form("Página de la tabla", "pagina-de-la-tabla"),
        )
        return StandardPage.objects.filter(slug="pagina-de-la-tabla").exists()

    return act


def edit_page(language, action=None):
    """Save a revision of someone else's page (with `action`, submit or publish it)."""

    def act(client, user, other, tmp_path):
        page = draft(language, other)
        revisions = page.revisions.count()
        extra = {action: action} if action else {}
        client.post(
            reverse("wagtailadmin_pages:edit", args=[page.pk]),
            page_form("Título nuevo", page.slug, **extra),
        )
        page.refresh_from_db()
        if action == "action-publish":
            return page.live
        if action == "action-submit":
            return WorkflowState.objects.filter(
                object_id=str(page.pk), status=WorkflowState.STATUS_IN_PROGRESS
            ).exists()
        return page.revisions.count() > revisions

    return act


def delete_page(language, own=True, live=False, bulk=False):
    def act(client, user, other, tmp_path):
        page = draft(language, user if own else other, live=live)
        if bulk:
            url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "delete"])
            client.post(f"{url}?id={page.pk}")
        else:
            client.post(reverse("wagtailadmin_pages:delete", args=[page.pk]))
        return not Page.objects.filter(pk=page.pk).exists()

    return act


# -- documents, images, media ----------------------------------------------------------


def root_collection():
    return Collection.get_first_root_node()


def png():
    out = io.BytesIO()
    Image.new("RGB", (40, 30), (200, 30, 90)).save(out, "PNG")
    return SimpleUploadedFile("foto.png", out.getvalue(), content_type="image/png")


def pdf(tmp_path):
    path = sample_documents.make_pdf(tmp_path / "nota.pdf", "Nota", "Autora", ["Texto."], "es")
    return SimpleUploadedFile("nota.pdf", path.read_bytes(), content_type="application/pdf")


def m4a(tmp_path):
    path = make_sample_audio(tmp_path / "voz.m4a", seconds=1)
    return SimpleUploadedFile("voz.m4a", path.read_bytes(), content_type="audio/mp4")


def make_document(owner):
    return DocumentFactory(uploaded_by_user=owner, collection=root_collection())


def make_image(owner):
    return ImageFactory(uploaded_by_user=owner, collection=root_collection())


def make_media(owner, tmp_path):
    return MediaFile.objects.create(
        title="Grabación de la tabla",
        type="audio",
        file=m4a(tmp_path),
        uploaded_by_user=owner,
        collection=root_collection(),
    )


KINDS = {
    "document": {
        "model": HubDocument,
        "make": lambda owner, tmp_path: make_document(owner),
        "upload": lambda tmp_path: ("wagtaildocs:add", [], {"file": pdf(tmp_path)}),
        "edit": "wagtaildocs:edit",
        "delete": "wagtaildocs:delete",
        "bulk": ["core", "hubdocument", "delete"],
    },
    "image": {
        "model": HubImage,
        "make": lambda owner, tmp_path: make_image(owner),
        "upload": lambda tmp_path: ("wagtailimages:add", [], {"file": png()}),
        "edit": "wagtailimages:edit",
        "delete": "wagtailimages:delete",
        "bulk": ["core", "hubimage", "delete"],
    },
    "media": {
        "model": MediaFile,
        "make": make_media,
        "upload": lambda tmp_path: ("wagtailmedia:add", ["audio"], {"file": m4a(tmp_path)}),
        "edit": "wagtailmedia:edit",
        "delete": "wagtailmedia:delete",
        "bulk": None,
    },
}


def upload(kind):
    def act(client, user, other, tmp_path):
        model = KINDS[kind]["model"]
        name, args, files = KINDS[kind]["upload"](tmp_path)
        client.post(
            reverse(name, args=args),
            {"title": "Subida de la tabla", "collection": root_collection().pk, **files},
        )
        return model.objects.filter(title="Subida de la tabla").exists()

    return act


def edit_item(kind, own):
    def act(client, user, other, tmp_path):
        item = KINDS[kind]["make"](user if own else other, tmp_path)
        client.post(
            reverse(KINDS[kind]["edit"], args=[item.pk]),
            {"title": "Título cambiado", "collection": root_collection().pk},
        )
        item.refresh_from_db()
        return item.title == "Título cambiado"

    return act


def delete_item(kind, own, bulk=False):
    def act(client, user, other, tmp_path):
        item = KINDS[kind]["make"](user if own else other, tmp_path)
        if bulk:
            url = reverse("wagtail_bulk_action", args=KINDS[kind]["bulk"])
            client.post(f"{url}?id={item.pk}")
        else:
            client.post(reverse(KINDS[kind]["delete"], args=[item.pk]))
        return not KINDS[kind]["model"].objects.filter(pk=item.pk).exists()

    return act


# -- personal data: contact messages and newsletter subscriptions -------------------------


def form_page(model, language):
    page = model.objects.filter(locale__language_code=language).first()
    assert page is not None, f"the demo site has a {model.__name__} in {language}"
    return page


def submission(model, language):
    page = form_page(model, language)
    if model is NewsletterPage:
        made = NewsletterSubmission.objects.create(
            page=page,
            newsletter_key=page.translation_key,
            email="persona@example.org",
            language=language,
            form_data={"email": "persona@example.org"},
        )
    else:
        made = FormSubmission.objects.create(
            page=page, form_data={"name": "Persona", "email": "persona@example.org"}
        )
    return page, made


def opens(response):
    return response.status_code == 200


def forms_listed(model, language):
    def act(client, user, other, tmp_path):
        page = form_page(model, language)
        response = client.get(reverse("wagtailforms:index"))
        return (
            opens(response)
            and reverse("wagtailforms:list_submissions", args=[page.pk])
            in response.content.decode()
        )

    return act


def submissions(model, language, export=None):
    def act(client, user, other, tmp_path):
        page, _made = submission(model, language)
        url = reverse("wagtailforms:list_submissions", args=[page.pk])
        response = client.get(url, {"export": export} if export else {})
        if not opens(response):
            return False
        if export == "csv":
            return b"persona@example.org" in b"".join(response.streaming_content)
        return export == "xlsx" or "persona@example.org" in response.content.decode()

    return act


def delete_submission(model, language):
    def act(client, user, other, tmp_path):
        page, made = submission(model, language)
        url = reverse("wagtailforms:delete_submissions", args=[page.pk])
        client.post(f"{url}?selected-submissions={made.pk}")
        return not FormSubmission.objects.filter(pk=made.pk).exists() and not (
            NewsletterSubmission.objects.filter(pk=made.pk).exists()
        )

    return act


def admin_view(name, *args):
    """The view opens, perhaps after a redirect within itself (settings: to the site's)."""

    def act(client, user, other, tmp_path):
        url = reverse(name, args=args)
        response = client.get(url, follow=True)
        return opens(response) and response.request["PATH_INFO"].startswith(url)

    return act


# -- the table ---------------------------------------------------------------------------

TABLE = [
    # Pages in the source language (Spanish).
    ("page es: create", create_page("es"), SOURCE_WRITERS),
    ("page es: edit someone's", edit_page("es"), SOURCE_WRITERS),
    ("page es: submit for review", edit_page("es", "action-submit"), SOURCE_WRITERS),
    ("page es: publish", edit_page("es", "action-publish"), PUBLISHERS),
    ("page es: delete own draft", delete_page("es"), SOURCE_WRITERS),
    ("page es: delete someone's draft", delete_page("es", own=False), PUBLISHERS),
    ("page es: delete a live page", delete_page("es", own=False, live=True), PUBLISHERS),
    ("page es: bulk delete someone's draft", delete_page("es", own=False, bulk=True), PUBLISHERS),
    # Pages in a translation's language (English; Portuguese is the same).
    ("page en: create", create_page("en"), SOURCE_WRITERS),
    ("page en: edit someone's", edit_page("en"), ALL),
    ("page en: submit for review", edit_page("en", "action-submit"), ALL),
    ("page en: publish", edit_page("en", "action-publish"), PUBLISHERS),
    ("page en: delete own draft", delete_page("en"), ALL),
    ("page en: delete someone's draft", delete_page("en", own=False), PUBLISHERS),
    ("page en: bulk delete someone's draft", delete_page("en", own=False, bulk=True), PUBLISHERS),
    # Documents, images, media.
    ("document: upload", upload("document"), ALL),
    ("document: edit own", edit_item("document", own=True), ALL),
    ("document: edit someone's", edit_item("document", own=False), SOURCE_WRITERS),
    ("document: delete own", delete_item("document", own=True), ALL),
    ("document: delete someone's", delete_item("document", own=False), PUBLISHERS),
    ("document: bulk delete someone's", delete_item("document", False, bulk=True), PUBLISHERS),
    ("image: upload", upload("image"), SOURCE_WRITERS),
    ("image: edit own", edit_item("image", own=True), SOURCE_WRITERS),
    ("image: edit someone's", edit_item("image", own=False), SOURCE_WRITERS),
    ("image: delete own", delete_item("image", own=True), SOURCE_WRITERS),
    ("image: delete someone's", delete_item("image", own=False), PUBLISHERS),
    ("image: bulk delete someone's", delete_item("image", False, bulk=True), PUBLISHERS),
    ("media: upload", upload("media"), SOURCE_WRITERS),
    ("media: edit own", edit_item("media", own=True), SOURCE_WRITERS),
    ("media: edit someone's", edit_item("media", own=False), SOURCE_WRITERS),
    ("media: delete own", delete_item("media", own=True), SOURCE_WRITERS),
    ("media: delete someone's", delete_item("media", own=False), PUBLISHERS),
    # Personal data: contact messages and newsletter subscriptions, in both trees.
    *[
        row
        for model, what in ((ContactPage, "contact messages"), (NewsletterPage, "subscriptions"))
        for language in ("es", "en")
        for row in (
            (f"{what} {language}: listed under Forms", forms_listed(model, language), PUBLISHERS),
            (f"{what} {language}: view", submissions(model, language), PUBLISHERS),
            (f"{what} {language}: export CSV", submissions(model, language, "csv"), PUBLISHERS),
            (f"{what} {language}: export XLSX", submissions(model, language, "xlsx"), PUBLISHERS),
            (f"{what} {language}: delete", delete_submission(model, language), PUBLISHERS),
        )
    ],
    # Users and settings.
    ("users: list", admin_view("wagtailusers_users:index"), {ADMINISTRATORS}),
    ("groups: list", admin_view("wagtailusers_groups:index"), {ADMINISTRATORS}),
    (
        "site settings: edit",
        admin_view("wagtailsettings:edit", "core", "sitesettings"),
        {ADMINISTRATORS},
    ),
]


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize(("action", "act", "allowed"), TABLE, ids=[row[0] for row in TABLE])
def test_the_role_table(client, member, tmp_path, role, action, act, allowed):
    user = member(role, "persona-del-rol")
    other = member(EDITORS, "otra-persona")
    client.force_login(user)
    done = act(client, user, other, tmp_path)
    assert done == (role in allowed), (
        f"{role} {'may' if role in allowed else 'may not'} {action}, but it "
        f"{'was refused' if role in allowed else 'happened'}"
    )


# -- what a role may not do is not offered either ---------------------------------------


def shows(client, url, link):
    response = client.get(url)
    assert response.status_code == 200, url
    return link in response.content.decode()


@pytest.mark.parametrize(("role", "offered"), [(EDITORS, False), (MODERATORS, True)])
def test_delete_is_offered_only_where_it_is_allowed(client, member, tmp_path, role, offered):
    user = member(role, "persona-del-rol")
    other = member(EDITORS, "otra-persona")
    client.force_login(user)

    own, someones = draft("es", user), draft("es", other)
    for page, expected in ((own, True), (someones, offered)):
        delete = reverse("wagtailadmin_pages:delete", args=[page.pk])
        assert shows(client, reverse("wagtailadmin_pages:edit", args=[page.pk]), delete) is expected
        listing = reverse("wagtailadmin_explore", args=[home("es").pk])
        assert shows(client, listing, delete) is expected

    for kind in KINDS:
        for owner, expected in ((user, True), (other, offered)):
            item = KINDS[kind]["make"](owner, tmp_path)
            delete = reverse(KINDS[kind]["delete"], args=[item.pk])
            edit = reverse(KINDS[kind]["edit"], args=[item.pk])
            assert shows(client, edit, delete) is expected, (kind, owner.username)


@pytest.mark.parametrize("role", ROLES)
def test_the_forms_menu_only_for_those_who_see_personal_data(client, member, role):
    client.force_login(member(role, "persona-del-rol"))
    forms = reverse("wagtailforms:index")
    assert shows(client, reverse("wagtailadmin_home"), forms) is (role in PUBLISHERS)
