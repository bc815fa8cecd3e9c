"""The demo loader's groundwork: progress lines, the translation memory, pages and images.

Spanish is the source; English and Portuguese are made through wagtail-localize's own
translation records (TranslationSource, Translation, StringTranslation), exactly as an
editor's translations are, so that sync and "out of date" work for them too. The loader
learns each Spanish string's translations from the data files' es/en/pt rows, then asks
wagtail-localize to build the translated page or snippet from them.

Idempotent: whatever exists already (looked up by slug, title or translation) is left as
it is and counted as skipped.
"""

import json
from collections import Counter
from pathlib import Path

from django.core.files.images import ImageFile
from django.db import transaction

from wagtail.models import Locale
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)
from wagtail_localize.strings import StringValue, extract_strings

from hub.core.models import HubImage
from hub.demo.pictures import generated_picture

SOURCE = "es"
TARGETS = ("en", "pt")
LANGUAGES = (SOURCE, *TARGETS)
CONTENT = Path(__file__).resolve().parent.parent / "content"


def read(name):
    """The data of `hub/demo/content/<name>.json`."""
    return json.loads((CONTENT / f"{name}.json").read_text(encoding="utf-8"))


def is_row(value):
    """Whether a data value is a {es, en, pt} row of texts."""
    return isinstance(value, dict) and set(value) == set(LANGUAGES)


class Loader:
    def __init__(self, write=print):
        self.write = write
        self.counts = Counter()
        self.failures = []
        self.strings = {code: {} for code in TARGETS}
        self.locales = {}

    # -- bookkeeping -------------------------------------------------------------------
    def note(self, action, what):
        self.counts[action] += 1
        self.write(f"  {action:<8} {what}")

    def fail(self, what, why):
        self.failures.append((what, why))
        self.write(f"  FAILED   {what}: {why}")

    # -- translation memory ------------------------------------------------------------
    def learn(self, value):
        """Record source → target strings for a {es, en, pt} dict (text or rich text)."""
        source = value[SOURCE]
        for code in TARGETS:
            target = value[code]
            if source.lstrip().startswith("<"):
                source_strings = [s.data for s, _attrs in extract_strings(source)[1]]
                target_strings = [s.data for s, _attrs in extract_strings(target)[1]]
                if len(source_strings) != len(target_strings):
                    self.fail(f"rich text in {code}", "paragraph counts differ from Spanish")
                    continue
                self.strings[code].update(zip(source_strings, target_strings, strict=True))
            else:
                self.strings[code][StringValue.from_plaintext(source).data] = (
                    StringValue.from_plaintext(target).data
                )

    def learn_blocks(self, blocks):
        for block in blocks:
            value = block["value"]
            if is_row(value):
                self.learn(value)
                continue
            # A struct's values, or the items of a list of structs (cited documents).
            for struct in value if isinstance(value, list) else [value]:
                for item in struct.values():
                    if is_row(item):
                        self.learn(item)

    def translate(self, instance, label):
        """Create or complete the en and pt translations of a page or snippet."""
        for code in TARGETS:
            locale = self.locales[code]
            if instance.get_translation_or_none(locale) is not None:
                self.note("skipped", f"{label} ({code}): exists")
                continue
            source, _created = TranslationSource.get_or_create_from_instance(instance)
            translation, _created = Translation.objects.get_or_create(
                source=source, target_locale=locale, defaults={"enabled": True}
            )
            missing = []
            segments = StringSegment.objects.filter(source=source).select_related("string")
            for segment in segments:
                target = self.strings[code].get(segment.string.data)
                if target is None:
                    missing.append(segment.string.data[:60])
                    continue
                StringTranslation.objects.update_or_create(
                    translation_of=segment.string,
                    locale=locale,
                    context=segment.context,
                    defaults={"data": target},
                )
            if missing:
                self.fail(f"{label} ({code})", f"no translation for {missing}")
            with transaction.atomic():
                translation.save_target(publish=True)
            self.note("created", f"{label} ({code})")

    # -- pieces ------------------------------------------------------------------------
    def ensure_locales(self):
        for code in LANGUAGES:
            self.locales[code], created = Locale.objects.get_or_create(language_code=code)
            if created:
                self.note("created", f"locale {code}")

    def image(self, title, seed):
        existing = HubImage.objects.filter(title=title).first()
        if existing:
            self.note("skipped", f"image {title!r}: exists")
            return existing
        image = HubImage(
            title=title,
            alt_text="",
            # No credit: an image is shared by the three languages and its credit is not
            # translated; these abstract pictures are generated and credit no one.
            file=ImageFile(generated_picture(seed), name=f"demo-{seed}.jpg"),
        )
        image.save()
        self.note("created", f"image {title!r}")
        return image

    def page(self, parent, model, data, label, **fields):
        """The Spanish page of `data` under `parent` (made if missing), then translated."""
        page = model.objects.child_of(parent).filter(slug=data["slug"][SOURCE]).first()
        if page is None:
            page = parent.add_child(
                instance=model(
                    title=data["title"][SOURCE],
                    slug=data["slug"][SOURCE],
                    search_description=data.get("search_description", {}).get(SOURCE, ""),
                    show_in_menus=data.get("show_in_menus", False),
                    locale=self.locales[SOURCE],
                    **fields,
                )
            )
            page.save_revision().publish()
            self.note("created", f"{label} (es)")
        else:
            self.note("skipped", f"{label} (es): exists")
        for field in ("title", "slug", "search_description", "introduction", "summary_text"):
            if field in data:
                self.learn(data[field])
        self.learn_blocks(data.get("body", []))
        self.translate(page, label)
        return page


def blocks_for(blocks, code, stream_block=None):
    """The StreamField value of demo blocks in one language, for `stream_block` (the
    editorial body by default). A block's value is a row, a struct of rows and plain
    values, or a list of such structs (a list block).

    Optional children left out of the demo data take their default ("" for text, as the
    admin form would store them).
    """
    from hub.core.blocks import BodyBlock

    stream_block = stream_block or BodyBlock()
    stream = []
    for block in blocks:
        block_type, value = block["type"], block["value"]
        child_block = stream_block.child_blocks[block_type]
        if is_row(value):
            stream.append((block_type, value[code]))
        elif isinstance(value, list):
            stream.append(
                (block_type, [struct_for(item, code, child_block.child_block) for item in value])
            )
        else:
            stream.append((block_type, struct_for(value, code, child_block)))
    return stream


def struct_for(value, code, struct_block):
    """A struct block's value in one language, from its demo data."""
    from wagtail import blocks as wagtail_blocks

    struct = {k: (v[code] if is_row(v) else v) for k, v in value.items()}
    for name, child in struct_block.child_blocks.items():
        if isinstance(child, wagtail_blocks.DateBlock) and isinstance(struct.get(name), str):
            struct[name] = child.to_python(struct[name])  # "2009-08-24" in the data files
        if name not in struct and isinstance(child, wagtail_blocks.FieldBlock):
            is_text = isinstance(child, wagtail_blocks.CharBlock | wagtail_blocks.TextBlock)
            is_address = isinstance(child, wagtail_blocks.URLBlock)
            struct[name] = "" if is_text or is_address else child.get_default()
    return struct
