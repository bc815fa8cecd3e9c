"""Topics, the sample people and the footer text (`topics.json`, `people.json`, `footer.json`)."""

from hub.core.models import FooterText, Topic
from hub.demo.loader.base import SOURCE, read
from hub.network.models import Person


def load_topics(loader):
    loader.topic_by_slug = {}
    for data in read("topics"):
        topic = Topic.objects.filter(slug=data["slug"], locale=loader.locales[SOURCE]).first()
        if topic is None:
            topic = Topic.objects.create(
                slug=data["slug"],
                name=data["name"][SOURCE],
                description=data["description"][SOURCE],
                locale=loader.locales[SOURCE],
            )
            loader.note("created", f"topic {data['slug']} (es)")
        else:
            loader.note("skipped", f"topic {data['slug']} (es): exists")
        loader.learn(data["name"])
        loader.learn(data["description"])
        loader.translate(topic, f"topic {data['slug']}")
        loader.topic_by_slug[data["slug"]] = topic


def load_sample_people(loader):
    """The fictional profiles (`is_sample`) that sign the news and the sample briefs."""
    loader.person_by_slug = {
        data["slug"]: load_person(loader, data) for data in read("people")["samples"]
    }


def load_person(loader, data, organisation=None):
    """The Spanish profile of a person (made if missing), then translated."""
    es = loader.locales[SOURCE]
    person = Person.objects.filter(slug=data["slug"], locale=es).first()
    if person is None:
        person = Person.objects.create(
            slug=data["slug"],
            name=data["name"],
            country_code=data.get("country_code", ""),
            is_sample=data.get("is_sample", False),
            organisation=organisation,
            role=data["role"][SOURCE],
            affiliation=data["affiliation"][SOURCE],
            short_bio=data["short_bio"][SOURCE],
            locale=es,
        )
        loader.note("created", f"person {data['slug']} (es)")
    else:
        loader.note("skipped", f"person {data['slug']} (es): exists")
    for field in ("role", "affiliation", "short_bio"):
        loader.learn(data[field])
    loader.translate(person, f"person {data['slug']}")
    return person


def load_footer(loader):
    data = read("footer")
    footer = FooterText.objects.filter(locale=loader.locales[SOURCE]).first()
    if footer is None:
        footer = FooterText.objects.create(
            tagline=data["tagline"][SOURCE],
            body=data["body"][SOURCE],
            locale=loader.locales[SOURCE],
        )
        loader.note("created", "footer text (es)")
    else:
        loader.note("skipped", "footer text (es): exists")
    loader.learn(data["tagline"])
    loader.learn(data["body"])
    loader.translate(footer, "footer text")
