"""The search document of a page: what every page has, and the hooks of a page type.

Every live, public page with an address is found by its title, the text of its
`search_fields` (related ones too, drafts of snippets left out), in its locale's
language. A page type that subclasses `SearchablePage` adds its kind, its own date, its
facets and other texts.

A page is dated by what it is about (`content_date()`, hub.core's `BasePage`), never by
its publication: that is when the hub put the page online, for an archive often years
after the event (every page of the demo was published on the day it was loaded, so a
2011 panel would come first when sorting by date). A page with no date of its own has no
date in search: undated, it is shown without one and sorted after the dated results.
"""

from django.db.models import Manager
from django.utils.html import strip_tags

from wagtail.search import index

from hub.core.utils import is_hidden
from search.contract import DocumentData, Searchable


def _as_text(value):
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return "\n".join(_as_text(item) for item in value)
    if isinstance(value, dict):
        return "\n".join(_as_text(item) for item in value.values())
    return strip_tags(str(value))


def _field_texts(obj, search_fields, skip=()):
    """The text of an object's search fields (title and `skip` left out)."""
    for search_field in search_fields:
        name = search_field.field_name
        if name == "title" or name in skip:
            continue
        if isinstance(search_field, index.SearchField):
            yield _as_text(search_field.get_value(obj))
        elif isinstance(search_field, index.RelatedFields):
            related = getattr(obj, name, None)
            if related is None:
                continue
            related = related.all() if isinstance(related, Manager) else [related]
            for item in related:
                if not is_hidden(item):
                    yield from _field_texts(item, search_field.fields)


def page_document(page, kind="page", skip=()):
    """The document every page has, or None for a draft, a private page, the root or a
    page without an address. Undated (see the module's docstring)."""
    if page.depth <= 1 or not page.live or page.get_view_restrictions().exists():
        return None
    url = page.get_url()
    if not url:
        return None
    language = page.locale.language_code
    return DocumentData(
        kind=kind,
        lang=language,
        title=page.title,
        url=url,
        parts=[[language, text] for text in _field_texts(page, page.get_search_fields(), skip)],
    )


class SearchablePage(Searchable):
    """A page type with its own kind of result. Its page's `content_date()` (a news
    item's date, a panel's day) dates the document and gives it its year. Override what
    applies:

    - `search_facets()`: {"countries": [...], "topics": [...], "panel": "..."};
    - `search_texts()`: more [language, text] to search (the words of a transcript);
    - `search_files`: names of document fields whose extracted text is searched in the
      document's own language (re-indexed when the text is extracted);
    - `search_media_id`: the media file whose transcript moments a result shows;
    - `search_dependents()`: the searchable rows whose documents hold something of this
      page (its dates): publishing the page rewrites them too.
    """

    search_files = ()
    search_media_id = None

    def search_facets(self):
        return {}

    def search_texts(self):
        return []

    def search_dependents(self):
        return []

    def search_document(self):
        data = page_document(self, self.search_kind, skip=self.search_files)
        if data is None:
            return None
        content_date = self.content_date()
        if content_date:
            data.date, data.year = content_date, content_date.year
        for name in self.search_files:
            document = getattr(self, name)
            if document is not None and document.extracted_text:
                data.parts.append([document.language or data.lang, document.extracted_text])
        for facet, value in self.search_facets().items():
            setattr(data, facet, value)
        data.parts += self.search_texts()
        data.media_id = self.search_media_id
        return data
