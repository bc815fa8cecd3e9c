"""Turning what a visitor typed into something every search backend accepts."""

import re
import unicodedata

MAX_QUERY_LENGTH = 200
# Letters (any script), digits, spaces, quotes for phrases, and the hyphen for exclusion.
UNSAFE = re.compile(r"[^\w\s\"\-']", re.UNICODE)


def clean_query(raw):
    """Control characters, FTS operators and punctuation out; length capped; spaces folded."""
    text = "".join(ch for ch in (raw or "") if unicodedata.category(ch)[0] != "C")
    text = UNSAFE.sub(" ", text[: MAX_QUERY_LENGTH * 2])
    if text.count('"') % 2:
        text = text.replace('"', " ")
    words = [word for word in text.split() if word.strip("-'\"")]
    return " ".join(words)[:MAX_QUERY_LENGTH].strip()
