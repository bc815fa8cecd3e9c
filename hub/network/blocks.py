from django.utils.translation import gettext_lazy as _

from wagtail import blocks


class LinkBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("label"), max_length=100)
    url = blocks.URLBlock(label=_("address"))

    class Meta:
        icon = "link"
        label = _("Link")
        template = "components/blocks/link_block.html"
        preview_value = {"label": "Sitio institucional", "url": "https://example.org/"}
