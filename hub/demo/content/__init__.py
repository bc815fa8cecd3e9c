"""The demo content."""


def translations(es, en, pt):
    """A {language: text} row of demo content."""
    return {"es": es, "en": en, "pt": pt}
