"""The editorial body: one StreamBlock shared by every page that carries prose."""

import datetime

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul", "superscript"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("text"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("level"),
        choices=[("h2", _("Section (H2)")), ("h3", _("Subsection (H3)"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "components/blocks/heading_block.html"
        preview_value = {"text": "Prevención de la tortura", "level": "h2"}


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        super().__init__(features=RICH_TEXT_FEATURES, **kwargs)

    class Meta:
        icon = "pilcrow"
        label = _("Text")
        template = "components/blocks/paragraph_block.html"
        preview_value = (
            "<p>Los mecanismos nacionales de prevención visitan lugares de detención "
            "para prevenir la tortura.</p>"
        )


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("image"))
    alt_text = blocks.CharBlock(
        label=_("text alternative"),
        required=False,
        help_text=_("Leave empty to use the image's own text alternative."),
    )
    caption = blocks.CharBlock(label=_("caption"), required=False)
    credit = blocks.CharBlock(
        label=_("credit"), required=False, help_text=_("Leave empty to use the image's credit.")
    )

    class Meta:
        icon = "image"
        label = _("Image")
        template = "components/blocks/image_block.html"
        preview_value = {"caption": "Sala del taller, Buenos Aires", "credit": "Muestra"}


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("quote"))
    attribution = blocks.CharBlock(label=_("attribution"), required=False)
    source_url = blocks.URLBlock(label=_("source"), required=False)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "components/blocks/quote_block.html"
        preview_value = {
            "quote": "Texto de ejemplo para una cita: reemplácelo por una cita verificada.",
            "attribution": "Persona de ejemplo",
        }


class VideoEmbedBlock(blocks.StructBlock):
    embed = EmbedBlock(label=_("address"), help_text=_("A YouTube or Vimeo address."))
    caption = blocks.CharBlock(label=_("caption"), required=False)

    class Meta:
        icon = "media"
        label = _("Embed")
        template = "components/blocks/embed_block.html"
        preview_value = {"caption": "Video de ejemplo"}


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("document"))
    title = blocks.CharBlock(
        label=_("link text"),
        required=False,
        help_text=_("Leave empty to use the document's title."),
    )

    class Meta:
        icon = "doc-full"
        label = _("Document")
        template = "components/blocks/document_block.html"
        preview_value = {"title": "Documento de ejemplo"}


class CalloutBlock(blocks.StructBlock):
    tone = blocks.ChoiceBlock(
        label=_("tone"),
        choices=[
            ("info", _("Information")),
            ("important", _("Important")),
            ("sample", _("Sample content notice")),
        ],
        default="info",
    )
    title = blocks.CharBlock(label=_("title"), required=False)
    text = blocks.RichTextBlock(label=_("text"), features=RICH_TEXT_FEATURES)
    link_page = blocks.PageChooserBlock(label=_("link to a page"), required=False)
    link_url = blocks.URLBlock(label=_("or to an address"), required=False)
    link_text = blocks.CharBlock(label=_("link text"), required=False)

    class Meta:
        icon = "help"
        label = _("Call-out")
        template = "components/blocks/callout_block.html"
        preview_value = {
            "tone": "info",
            "title": "Para saber más",
            "text": "<p>El Protocolo Facultativo crea mecanismos nacionales de prevención.</p>",
        }

    def clean(self, value):
        value = super().clean(value)
        errors = {}
        if value.get("link_page") and value.get("link_url"):
            errors["link_url"] = ValidationError(_("Choose a page or an address, not both."))
        if (value.get("link_page") or value.get("link_url")) and not value.get("link_text"):
            errors["link_text"] = ValidationError(_("A link needs a text that says where it goes."))
        if errors:
            raise blocks.StructBlockValidationError(block_errors=errors)
        return value


PREVIEW_CITATION = {
    "issuer": "Secretario General de las Naciones Unidas",
    "title": "Informe del Secretario General",
    "language": "",
    "symbol": "A/64/320",
    "date": datetime.date(2009, 8, 24),
    "date_precision": "day",
    "note": "Citado por el papel de las INDH en la aplicación de las normas en cada país.",
    "url": "",
}


class CitedDocumentBlock(blocks.StructBlock):
    """One document a page cites: who issued it, its title, its symbol and date as far as
    they are known, what it is cited for, and the official record's address if known."""

    issuer = blocks.CharBlock(label=_("issued by"), max_length=200, required=False)
    title = blocks.CharBlock(label=_("title or description"), max_length=300)
    language = blocks.ChoiceBlock(
        label=_("language of the title"),
        choices=[("es", "Español"), ("en", "English"), ("pt", "Português"), ("fr", "Français")],
        required=False,
        help_text=_("Only when the title is not in the page's language."),
    )
    symbol = blocks.CharBlock(
        label=_("symbol"), max_length=100, required=False, help_text=_("For example A/64/320.")
    )
    date = blocks.DateBlock(label=_("date"), required=False)
    date_precision = blocks.ChoiceBlock(
        label=_("precision of the date"),
        choices=[("day", _("day")), ("month", _("month")), ("year", _("year"))],
        default="day",
    )
    note = blocks.TextBlock(label=_("what it is cited for"), required=False)
    url = blocks.URLBlock(
        label=_("address of the official record"),
        required=False,
        help_text=_("Only an address you have checked; leave empty when it is not known."),
    )

    class Meta:
        icon = "doc-full-inverse"
        label = _("Cited document")
        template = "components/blocks/cited_document_block.html"
        preview_value = PREVIEW_CITATION


class CitedDocumentsBlock(blocks.ListBlock):
    """A list of cited documents, shown as a list of references."""

    def __init__(self, **kwargs):
        super().__init__(CitedDocumentBlock(), **kwargs)

    class Meta:
        icon = "list-ul"
        label = _("Cited documents")
        template = "components/blocks/cited_documents_block.html"
        preview_value = [PREVIEW_CITATION]


class SourcesBlock(blocks.StreamBlock):
    """A page's sources: notes on what its facts rest on, and the documents they come from."""

    note = ParagraphBlock()
    documents = CitedDocumentsBlock()

    class Meta:
        template = "components/blocks/sources_block.html"


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    image = ImageBlock()
    quote = QuoteBlock()
    embed = VideoEmbedBlock()
    document = DocumentLinkBlock()
    callout = CalloutBlock()

    class Meta:
        template = "components/blocks/body.html"


class StandardBodyBlock(BodyBlock):
    """The body of a standard page: the editorial blocks and lists of cited documents."""

    documents = CitedDocumentsBlock()

    class Meta:
        template = "components/blocks/body.html"
