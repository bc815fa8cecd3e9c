"""The actions of the README's "Roles and review" table, as a member does them in the admin.

Each builder (create_page, edit_page, delete_page, upload, edit_item, delete_item,
forms_listed, submissions, delete_submission, admin_view) returns an act(client, user,
other, tmp_path) that does one action over HTTP as `user` (on something of `other` when it
is someone else's) and says whether it happened by looking at the data, not at the
answer's wording. The role names and the sets of groups the table uses are here too.
"""

import io

from PIL import Image

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from wagtail.contrib.forms.models import FormSubmission
from wagtail.models import Collection, Page, WorkflowState
from wagtail.test.utils.form_data import nested_form_data, streamfield

from hub.core.models import HubDocument, HubImage, StandardPage
from hub.demo import documents as sample_documents
from hub.demo.media import make_sample_audio
from hub.engage.models import NewsletterPage, NewsletterSubmission
from media_library.models import MediaFile
from tests.factories import DocumentFactory, ImageFactory, StandardPageFactory
from tests.media_library.tus import send

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


def resumable_upload():
    """Send a recording in pieces (tus), as Media → Upload a recording does."""

    def act(client, user, other, tmp_path):
        send(client, m4a(tmp_path).read(), chunk_size=4096, title="Subida reanudable de la tabla")
        return MediaFile.objects.filter(title="Subida reanudable de la tabla").exists()

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
