"""The newsletter sign-up and contact pages of the demo (`engage.json`).

Both are marked as sample pages: the network decides whether it sends a newsletter, and
which address receives the messages (on the page or in the site settings).
"""

from hub.demo.loader.base import SOURCE, blocks_for, read
from hub.engage.models import ContactPage, NewsletterPage


def load_engage(loader, home):
    """The newsletter and contact pages under the Spanish home, translated (idempotent)."""
    content = read("engage")
    for model, data, label in (
        (NewsletterPage, content["newsletter"], "newsletter page"),
        (ContactPage, content["contact"], "contact page"),
    ):
        loader.learn(data["thank_you_text"])
        loader.page(
            home,
            model,
            data,
            label,
            introduction=data["introduction"][SOURCE],
            body=blocks_for(data["body"], SOURCE),
            thank_you_text=data["thank_you_text"][SOURCE],
        )
