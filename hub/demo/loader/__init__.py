"""Builds the demo site from the data files in `hub/demo/content/`, in three locales.

One module per part of the site, each reading its own data file; `base` holds what they
share (progress lines, the translation memory, pages, images). See `base` for how the
English and Portuguese translations are made.
"""

from hub.demo.loader.base import Loader
from hub.demo.loader.briefs import load_briefs
from hub.demo.loader.declaration import load_declaration
from hub.demo.loader.engage import load_engage
from hub.demo.loader.events import load_workshop
from hub.demo.loader.network import load_network, load_network_pages
from hub.demo.loader.recordings import load_recordings
from hub.demo.loader.site import load_home, load_news, load_standard_pages
from hub.demo.loader.snippets import load_footer, load_sample_people, load_topics
from hub.demo.loader.upr import (
    load_demo_recommendations,
    load_other_mechanism_samples,
    load_recommendations_page,
)


class DemoLoader(Loader):
    def run(self):
        # No transaction around the whole run: wagtail-localize publishes translations in
        # on-commit hooks, which must run after each translation (as they do for an
        # editor's request), not all at the end with stale parents. Every step is
        # idempotent, so a run that stops half-way is completed by the next one.
        self.ensure_locales()
        load_topics(self)
        load_sample_people(self)
        load_footer(self)
        load_network(self)
        self.counts.update(load_demo_recommendations(self.write))
        self.counts.update(load_other_mechanism_samples(self.write))
        home = load_home(self)
        load_standard_pages(self, home)
        load_news(self, home)
        load_network_pages(self, home)
        load_recommendations_page(self, home)
        load_recordings(self, home)
        workshop, panels = load_workshop(self, home)
        load_briefs(self, home, panels)
        load_declaration(self, workshop)
        load_engage(self, home)
        return self.counts, self.failures
