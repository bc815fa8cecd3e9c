from django import template

from hub.engage import links

register = template.Library()


@register.simple_tag(takes_context=True)
def engage_links(context):
    """{"newsletter": URL or None, "contact": URL or None} in the active language."""
    return links.engage_links(context.get("request"))
