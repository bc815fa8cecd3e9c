"""Drop the repeated entries that a union merge of .po files leaves (msgfmt refuses them).

    .venv/bin/python tools/po_dedupe.py locale/*/LC_MESSAGES/django.po

The file is read as blank-line separated entries and written back unchanged apart from
the dropped ones. The first entry of each (msgctxt, msgid) stays; a later one is dropped,
and reported when its translation differs, so that a translator can choose. Exits 1 when
any did.
"""

import re
import sys

KEY_LINE = re.compile(r'^(msgctxt|msgid)\s+"|^"')


def key_of(entry):
    """msgctxt and msgid of an entry, as written (continuation lines included)."""
    key, part = [], None
    for line in entry.splitlines():
        if line.startswith(("msgctxt ", "msgid ")):
            part = line.split(" ", 1)[0]
            key.append(line)
        elif line.startswith('"') and part:
            key.append(line)
        elif line.startswith(("msgstr", "msgid_plural")):
            part = None
    return "\n".join(key)


def translation_of(entry):
    lines = entry.splitlines()
    start = next((i for i, line in enumerate(lines) if line.startswith("msgstr")), len(lines))
    return "\n".join(lines[start:])


def dedupe(path):
    with open(path, encoding="utf-8") as handle:
        entries = handle.read().split("\n\n")
    seen, kept, differing = {}, [], []
    for entry in entries:
        key = key_of(entry)
        if not key or key == 'msgid ""' or key not in seen:
            seen.setdefault(key, entry)
            kept.append(entry)
            continue
        if translation_of(entry) != translation_of(seen[key]):
            differing.append((key, translation_of(seen[key]), translation_of(entry)))
    dropped = len(entries) - len(kept)
    if dropped:
        with open(path, "w", encoding="utf-8") as handle:
            handle.write("\n\n".join(kept))
    print(f"{path}: {dropped} repeated entr{'y' if dropped == 1 else 'ies'} dropped")
    for key, first, later in differing:
        print(f"  {key}\n    kept    {first}\n    dropped {later}")
    return differing


if __name__ == "__main__":
    differing = [item for path in sys.argv[1:] for item in dedupe(path)]
    sys.exit(1 if differing else 0)
