"""What organisations and people share as entries of the network directory."""

from django.utils import translation

from hub.core.utils import is_hidden
from search.contract import DocumentData, Searchable, live_page


class DirectoryEntry(Searchable):
    """An entry of the directory (NetworkPage). Its search result opens the directory of
    its language filtered down to it and scrolled to `#<directory_anchor>-<slug>`."""

    search_address_pages = ("network.NetworkPage",)
    # A card of one line: below the content about its subject, unless the query names it.
    search_weight = 0.15
    directory_anchor = ""

    def entry_title(self):
        return self.name

    def entry_texts(self):
        """Its text to search, read in its own language."""
        return []

    def entry_names(self):
        """Other names it is found by as one types (an acronym)."""
        return []

    def directory_url(self, network_page):
        """Its entry in `network_page` (the directory of its language), or None while it
        is not shown there."""
        if network_page is None or is_hidden(self):
            return None
        return network_page.entry_url(
            self.name, self.country_code, f"{self.directory_anchor}-{self.slug}"
        )

    def search_document(self):
        if is_hidden(self):
            return None
        network_page = live_page("network.NetworkPage", self.locale)
        if network_page is None:
            return None
        language = self.locale.language_code
        with translation.override(language):
            # str() here: a lazy text would be translated later, in whatever language is active.
            title = str(self.entry_title())
            texts = [str(text) for text in self.entry_texts() if text]
        return DocumentData(
            kind=self.search_kind,
            lang=language,
            title=title,
            url=self.directory_url(network_page),
            parts=[[language, "\n".join(texts)]],
            names=self.entry_names(),
            countries=[self.country_code],
        )
