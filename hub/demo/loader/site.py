"""The home page, the standard pages and the news (`home.json`, `pages.json`, `news.json`)."""

import datetime

from wagtail.models import Page, Site

from home.models import HomePage
from hub.core.blocks import StandardBodyBlock
from hub.core.models import StandardPage
from hub.demo.loader.base import SOURCE, blocks_for, read
from hub.news.models import NewsIndexPage, NewsPage, NewsPageAuthor, NewsPageTopic


def load_home(loader):
    """The Spanish home page, made the default site's root, and its translations. It has
    no hero image: its hero is the live status map, and it is shared with the site's text
    card in each language rather than with a generated picture."""
    data = read("home")
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    root = Page.get_first_root_node()
    home = HomePage.objects.filter(locale=loader.locales[SOURCE], depth=2).first()
    if home is None:
        home = root.add_child(
            instance=HomePage(
                title=data["title"][SOURCE],
                slug=data["slug"][SOURCE],
                hero_heading=data["hero_heading"][SOURCE],
                hero_text=data["hero_text"][SOURCE],
                search_description=data["search_description"][SOURCE],
                body=blocks_for(data.get("body", []), SOURCE),
                locale=loader.locales[SOURCE],
            )
        )
        home.save_revision().publish()
        loader.note("created", "home page (es)")
    else:
        loader.note("skipped", "home page (es): exists")
    if site is None:
        site = Site.objects.create(hostname="localhost", root_page=home, is_default_site=True)
    if site.root_page_id != home.pk:
        old_root = site.root_page
        site.root_page = home
        site.site_name = "Torture Prevention Hub"
        site.save()
        if old_root.specific_class is Page and old_root.depth == 2:
            old_root.delete()
        loader.note("updated", "site root → demo home page")
    for field in ("title", "slug", "hero_heading", "hero_text", "search_description"):
        loader.learn(data[field])
    loader.learn_blocks(data.get("body", []))
    loader.translate(home, "home page")
    return home


def load_standard_pages(loader, home):
    for data in read("pages"):
        loader.page(
            home,
            StandardPage,
            data,
            f"page {data['key']}",
            introduction=data.get("introduction", {}).get(SOURCE, ""),
            body=blocks_for(data.get("body", []), SOURCE, StandardBodyBlock()),
        )


def load_news(loader, home):
    news = read("news")
    index_data = news["index"]
    index = loader.page(
        home,
        NewsIndexPage,
        {**index_data, "show_in_menus": True},
        "news index",
        introduction=index_data.get("introduction", {}).get(SOURCE, ""),
    )
    for number, data in enumerate(news["items"], start=2):
        page = NewsPage.objects.child_of(index).filter(slug=data["slug"][SOURCE]).first()
        if page is None:
            page = NewsPage(
                title=data["title"][SOURCE],
                slug=data["slug"][SOURCE],
                date=datetime.date.fromisoformat(data["date"]),
                summary_text=data["summary_text"][SOURCE],
                search_description=data.get("search_description", {}).get(SOURCE, ""),
                lead_image=loader.image(f"Demo: {data['key']}", number),
                body=blocks_for(data.get("body", []), SOURCE),
                locale=loader.locales[SOURCE],
            )
            page.authors = [
                NewsPageAuthor(person=loader.person_by_slug[slug]) for slug in data["authors"]
            ]
            page.topics = [
                NewsPageTopic(topic=loader.topic_by_slug[slug]) for slug in data["topics"]
            ]
            index.add_child(instance=page)
            page.save_revision().publish()
            loader.note("created", f"news {data['key']} (es)")
        else:
            loader.note("skipped", f"news {data['key']} (es): exists")
        for field in ("title", "slug", "summary_text", "search_description"):
            if field in data:
                loader.learn(data[field])
        loader.learn_blocks(data.get("body", []))
        loader.translate(page, f"news {data['key']}")
