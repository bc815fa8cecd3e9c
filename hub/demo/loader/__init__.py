"""Builds the demo site from `hub.demo.content`, in three locales.

Spanish is the source; English and Portuguese are made through wagtail-localize's own
translation records (TranslationSource, Translation, StringTranslation), exactly as an
editor's translations are, so that sync and "out of date" work for them too.

Idempotent: whatever exists already (looked up by slug, title or translation) is left as
it is and counted as skipped.
"""

import datetime
import io
import random
from collections import Counter

from PIL import Image as PILImage
from PIL import ImageDraw

from django.core.files.images import ImageFile
from django.db import transaction

from wagtail.models import Locale, Page, Site
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)
from wagtail_localize.strings import StringValue, extract_strings

from home.models import HomePage
from hub.core.models import FooterText, HubImage, StandardPage, Topic
from hub.demo.content import site as content
from hub.demo.loader.briefs import load_briefs
from hub.demo.loader.declaration import load_declaration
from hub.demo.loader.engage import load_engage
from hub.demo.loader.events import load_workshop
from hub.demo.loader.network import load_network, load_network_pages
from hub.demo.loader.recordings import load_recordings
from hub.demo.loader.upr import load_demo_recommendations
from hub.network.models import Person
from hub.news.models import NewsIndexPage, NewsPage, NewsPageAuthor, NewsPageTopic

SOURCE = "es"
TARGETS = ("en", "pt")
HOME_SLUGS = {"es": "inicio", "en": "home", "pt": "pagina-inicial"}
PALETTE = [(14, 59, 90), (31, 94, 122), (176, 96, 34), (226, 232, 236), (90, 110, 122)]


class DemoLoader:
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
        for _type, value in blocks:
            if set(value) == {"es", "en", "pt"}:
                self.learn(value)
                continue
            for item in value.values():
                if isinstance(item, dict):
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
        for code in (SOURCE, *TARGETS):
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
            credit="Sample illustration, generated for the demo",
            file=ImageFile(generated_picture(seed), name=f"demo-{seed}.jpg"),
        )
        image.save()
        self.note("created", f"image {title!r}")
        return image

    def topics(self):
        self.topic_by_slug = {}
        for data in content.TOPICS:
            topic = Topic.objects.filter(slug=data["slug"], locale=self.locales[SOURCE]).first()
            if topic is None:
                topic = Topic.objects.create(
                    slug=data["slug"],
                    name=data["name"][SOURCE],
                    description=data["description"][SOURCE],
                    locale=self.locales[SOURCE],
                )
                self.note("created", f"topic {data['slug']} (es)")
            else:
                self.note("skipped", f"topic {data['slug']} (es): exists")
            self.learn(data["name"])
            self.learn(data["description"])
            self.translate(topic, f"topic {data['slug']}")
            self.topic_by_slug[data["slug"]] = topic

    def people(self):
        self.person_by_slug = {}
        for data in content.PEOPLE:
            person = Person.objects.filter(slug=data["slug"], locale=self.locales[SOURCE]).first()
            if person is None:
                person = Person.objects.create(
                    slug=data["slug"],
                    name=data["name"],
                    country_code=data.get("country_code", ""),
                    is_sample=data.get("is_sample", False),
                    role=data["role"][SOURCE],
                    affiliation=data["affiliation"][SOURCE],
                    short_bio=data["short_bio"][SOURCE],
                    locale=self.locales[SOURCE],
                )
                self.note("created", f"person {data['slug']} (es)")
            else:
                self.note("skipped", f"person {data['slug']} (es): exists")
            for field in ("role", "affiliation", "short_bio"):
                self.learn(data[field])
            self.translate(person, f"person {data['slug']}")
            self.person_by_slug[data["slug"]] = person

    def footer(self):
        footer = FooterText.objects.filter(locale=self.locales[SOURCE]).first()
        if footer is None:
            footer = FooterText.objects.create(
                tagline=content.FOOTER["tagline"][SOURCE],
                body=content.FOOTER["body"][SOURCE],
                locale=self.locales[SOURCE],
            )
            self.note("created", "footer text (es)")
        else:
            self.note("skipped", "footer text (es): exists")
        self.learn(content.FOOTER["tagline"])
        self.learn(content.FOOTER["body"])
        self.translate(footer, "footer text")

    def home(self):
        data = {"slug": HOME_SLUGS, **content.HOME}
        site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
        root = Page.get_first_root_node()
        home = HomePage.objects.filter(locale=self.locales[SOURCE], depth=2).first()
        if home is None:
            home = root.add_child(
                instance=HomePage(
                    title=data["title"][SOURCE],
                    slug=data["slug"][SOURCE],
                    hero_heading=data["hero_heading"][SOURCE],
                    hero_text=data["hero_text"][SOURCE],
                    search_description=data["search_description"][SOURCE],
                    hero_image=self.image("Demo: home", 1),
                    body=blocks_for(data.get("body", []), SOURCE),
                    locale=self.locales[SOURCE],
                )
            )
            home.save_revision().publish()
            self.note("created", "home page (es)")
        else:
            self.note("skipped", "home page (es): exists")
        if site is None:
            site = Site.objects.create(hostname="localhost", root_page=home, is_default_site=True)
        if site.root_page_id != home.pk:
            old_root = site.root_page
            site.root_page = home
            site.site_name = "NHRI Torture Prevention Hub"
            site.save()
            if old_root.specific_class is Page and old_root.depth == 2:
                old_root.delete()
            self.note("updated", "site root → demo home page")
        for field in ("title", "slug", "hero_heading", "hero_text", "search_description"):
            self.learn(data[field])
        self.learn_blocks(data.get("body", []))
        self.translate(home, "home page")
        return home

    def page(self, parent, model, data, label, **fields):
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

    def standard_pages(self, home):
        for data in content.PAGES:
            self.page(
                home,
                StandardPage,
                data,
                f"page {data['key']}",
                introduction=data.get("introduction", {}).get(SOURCE, ""),
                body=blocks_for(data.get("body", []), SOURCE),
            )

    def news(self, home):
        index_data = content.NEWS_INDEX
        index = self.page(
            home,
            NewsIndexPage,
            {**index_data, "show_in_menus": True},
            "news index",
            introduction=index_data.get("introduction", {}).get(SOURCE, ""),
        )
        for number, data in enumerate(content.NEWS, start=2):
            page = NewsPage.objects.child_of(index).filter(slug=data["slug"][SOURCE]).first()
            if page is None:
                page = NewsPage(
                    title=data["title"][SOURCE],
                    slug=data["slug"][SOURCE],
                    date=datetime.date.fromisoformat(data["date"]),
                    summary_text=data["summary_text"][SOURCE],
                    search_description=data.get("search_description", {}).get(SOURCE, ""),
                    lead_image=self.image(f"Demo: {data['key']}", number),
                    body=blocks_for(data.get("body", []), SOURCE),
                    locale=self.locales[SOURCE],
                )
                page.authors = [
                    NewsPageAuthor(person=self.person_by_slug[slug]) for slug in data["authors"]
                ]
                page.topics = [
                    NewsPageTopic(topic=self.topic_by_slug[slug]) for slug in data["topics"]
                ]
                index.add_child(instance=page)
                page.save_revision().publish()
                self.note("created", f"news {data['key']} (es)")
            else:
                self.note("skipped", f"news {data['key']} (es): exists")
            for field in ("title", "slug", "summary_text", "search_description"):
                if field in data:
                    self.learn(data[field])
            self.learn_blocks(data.get("body", []))
            self.translate(page, f"news {data['key']}")

    def run(self):
        # No transaction around the whole run: wagtail-localize publishes translations in
        # on-commit hooks, which must run after each translation (as they do for an
        # editor's request), not all at the end with stale parents. Every step is
        # idempotent, so a run that stops half-way is completed by the next one.
        self.ensure_locales()
        self.topics()
        self.people()
        self.footer()
        load_network(self)
        self.counts.update(load_demo_recommendations(self.write))
        home = self.home()
        self.standard_pages(home)
        self.news(home)
        load_network_pages(self, home)
        load_recordings(self, home)
        workshop, panels = load_workshop(self, home)
        load_briefs(self, home, panels)
        load_declaration(self, workshop)
        load_engage(self, home)
        return self.counts, self.failures


def blocks_for(blocks, code):
    """The StreamField value of demo blocks in one language.

    Optional text children left out of the demo data are stored as "" (not None), as the
    admin form would store them.
    """
    from wagtail import blocks as wagtail_blocks

    from hub.core.blocks import BodyBlock

    body = BodyBlock()
    stream = []
    for block_type, value in blocks:
        if set(value) == {"es", "en", "pt"}:
            stream.append((block_type, value[code]))
            continue
        struct = {k: (v[code] if isinstance(v, dict) else v) for k, v in value.items()}
        for name, child in body.child_blocks[block_type].child_blocks.items():
            if name not in struct and isinstance(child, wagtail_blocks.FieldBlock):
                is_text = isinstance(child, wagtail_blocks.CharBlock | wagtail_blocks.TextBlock)
                struct[name] = "" if is_text or isinstance(child, wagtail_blocks.URLBlock) else None
        stream.append((block_type, struct))
    return stream


def generated_picture(seed, size=(1600, 900)):
    """A small abstract illustration (no photograph is invented for the demo)."""
    rng = random.Random(seed)
    picture = PILImage.new("RGB", size, PALETTE[seed % 2])
    draw = ImageDraw.Draw(picture)
    width, height = size
    for _ in range(14):
        colour = rng.choice(PALETTE)
        x = rng.randrange(0, width)
        y = rng.randrange(0, height)
        w = rng.randrange(width // 10, width // 3)
        h = rng.randrange(height // 12, height // 2)
        draw.rectangle([x, y, x + w, y + h], fill=colour)
    for i in range(0, width, 80):
        draw.line([(i, 0), (i + height, height)], fill=PALETTE[3], width=2)
    buffer = io.BytesIO()
    picture.save(buffer, "JPEG", quality=70, optimize=True)
    buffer.seek(0)
    return buffer
