from django.utils.translation import gettext_lazy as _

from wagtail import blocks


class QuestionBlock(blocks.TextBlock):
    class Meta:
        icon = "help"
        label = _("Question")
        template = "components/blocks/question_block.html"
        preview_value = "¿Cómo participan las defensorías en el seguimiento del EPU?"


class ProgrammeItemBlock(blocks.StructBlock):
    day = blocks.DateBlock(label=_("day"))
    starts = blocks.TimeBlock(label=_("starts"))
    ends = blocks.TimeBlock(label=_("ends"), required=False)
    title = blocks.CharBlock(label=_("title"), max_length=255)
    panel = blocks.PageChooserBlock(label=_("panel"), page_type="events.PanelPage", required=False)

    class Meta:
        icon = "time"
        label = _("Programme item")
        template = "components/blocks/programme_item_block.html"
        preview_value = {"title": "Apertura"}
