from .drafts import PublishedQuerySet, ReviewedSnippetMixin
from .files import HubDocument, HubImage, HubRendition
from .pages import AuthorsAndTopics, BasePage, ShortTitle, StandardPage, names_field
from .settings import SiteSettings
from .snippets import FooterText, Topic

__all__ = [
    "AuthorsAndTopics",
    "BasePage",
    "FooterText",
    "HubDocument",
    "HubImage",
    "HubRendition",
    "PublishedQuerySet",
    "ReviewedSnippetMixin",
    "ShortTitle",
    "SiteSettings",
    "StandardPage",
    "Topic",
    "names_field",
]
