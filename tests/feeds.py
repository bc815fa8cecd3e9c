"""Reading an RSS 2.0 feed the way a feed reader does: the XML must parse (xml.etree)."""

import email.utils
import xml.etree.ElementTree as ET

DC = "{http://purl.org/dc/elements/1.1/}"


def read_feed(client, url):
    """(channel, items): the channel element and each item as a dict."""
    response = client.get(url)
    assert response.status_code == 200, url
    assert response["Content-Type"].startswith("application/rss+xml")
    assert not response.cookies
    root = ET.fromstring(response.content)
    assert root.tag == "rss" and root.get("version") == "2.0"
    channel = root.find("channel")
    items = []
    for item in channel.findall("item"):
        enclosure = item.find("enclosure")
        items.append(
            {
                "title": item.findtext("title"),
                "link": item.findtext("link"),
                "guid": item.findtext("guid"),
                "description": item.findtext("description"),
                "published": email.utils.parsedate_to_datetime(item.findtext("pubDate")),
                "author": item.findtext(f"{DC}creator"),
                "categories": [c.text for c in item.findall("category")],
                "enclosure": dict(enclosure.attrib) if enclosure is not None else None,
            }
        )
    return channel, items


def fetch_enclosure(client, enclosure):
    """The bytes behind an enclosure URL (absolute, on the test server)."""
    assert enclosure["url"].startswith("http://testserver/")
    response = client.get(enclosure["url"].removeprefix("http://testserver"))
    assert response.status_code == 200
    content = response.streaming_content if response.streaming else [response.content]
    return b"".join(content), response
