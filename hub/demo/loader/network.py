"""The network's part of the demo: countries with their timelines, organisations, people.

Country facts come from `countries.json` (written from shared/reference, every event with
its source). The organisations (`organisations.json`) and the named people (`people.json`,
"named") are the ones the reference names; their roles are given as they were at the 2011
workshop.
"""

import datetime

from hub.demo.loader.base import SOURCE, read
from hub.demo.loader.snippets import load_person
from hub.network.models import (
    Country,
    CountryIndexPage,
    CountryStatusEvent,
    NetworkPage,
    Organisation,
)


def translated_or_blank(value, code):
    return (value or {}).get(code, "") if isinstance(value, dict) else (value or "")


def source_titles(sources, key, names):
    """A source's title in each language, naming the country where the source is a list
    of countries (a treaty's participants, a database's country pages): {es, en, pt}."""
    return {
        code: title.format(country=names[code]) for code, title in sources[key]["title"].items()
    }


def load_network(loader):
    """Countries, their NHRIs and NPMs, the other organisations and the named people."""
    data = read("countries")
    sources = data["sources"]
    checked = datetime.date.fromisoformat(data["as_of"])
    es = loader.locales[SOURCE]
    organisation_by_slug = {}

    for entry in data["countries"]:
        iso = entry["iso"]
        country = Country.objects.filter(iso_code=iso, locale=es).first()
        if country is None:
            country = Country(
                iso_code=iso,
                name=entry["names"][SOURCE],
                subregion=entry["subregion"],
                status_updated_on=checked,
                locale=es,
            )
            country.events = [
                CountryStatusEvent(
                    kind=event["kind"],
                    date=datetime.date.fromisoformat(event["date"]),
                    precision=event["precision"],
                    uncertain=event["uncertain"],
                    body=translated_or_blank(event.get("body"), SOURCE),
                    is_nhri=event.get("is_nhri"),
                    accession=event.get("accession", False),
                    accreditation_status=event.get("status") or "",
                    upr_cycle=event.get("cycle"),
                    upr_session=event.get("session"),
                    note=translated_or_blank(event.get("note"), SOURCE),
                    document_symbol=event.get("document_symbol", ""),
                    source_title=source_titles(sources, event["source"], entry["names"])[SOURCE],
                    source_url=sources[event["source"]]["url"],
                    locale=es,
                )
                for event in entry["events"]
            ]
            country.save()
            loader.note("created", f"country {iso} (es)")
        else:
            loader.note("skipped", f"country {iso} (es): exists")
        loader.learn(entry["names"])
        for event in entry["events"]:
            for key in ("body", "note"):
                if isinstance(event.get(key), dict) and event[key].get(SOURCE):
                    loader.learn(event[key])
            loader.learn(source_titles(sources, event["source"], entry["names"]))
        loader.translate(country, f"country {iso}")

        for role, kind in (("nhri", "nhri"), ("npm", "npm")):
            body = entry.get(role)
            if not body or (role == "npm" and body.get("is_nhri")):
                continue  # An NHRI that is also the NPM is one organisation.
            slug = f"{role}-{iso.lower()}"
            fields = {
                "acronym": body.get("acronym", ""),
                "kind": kind,
                "country_code": iso,
                "website": body.get("website", ""),
                "name": body["names"],
                "ganhri_status": body.get("ganhri_status", "") if role == "nhri" else "",
                "ganhri_as_of": body.get("ganhri_as_of", "") if role == "nhri" else "",
                "ganhri_uncertain": role == "nhri" and body.get("ganhri_uncertain", False),
                "ganhri_note": body.get("ganhri_note") if role == "nhri" else None,
                "is_npm": role == "npm" or bool((entry.get("npm") or {}).get("is_nhri")),
            }
            organisation_by_slug[slug] = load_organisation(loader, slug, fields)

    for item in read("organisations"):
        organisation_by_slug[item["slug"]] = load_organisation(loader, item["slug"], item)

    for item in read("people")["named"]:
        load_person(loader, item, organisation=organisation_by_slug.get(item["organisation"]))


def load_organisation(loader, slug, fields):
    es = loader.locales[SOURCE]
    organisation = Organisation.objects.filter(slug=slug, locale=es).first()
    note = fields.get("ganhri_note") or {}
    if organisation is None:
        organisation = Organisation.objects.create(
            slug=slug,
            name=fields["name"][SOURCE],
            acronym=fields.get("acronym", ""),
            kind=fields["kind"],
            country_code=fields.get("country_code", ""),
            website=fields.get("website", ""),
            ganhri_status=fields.get("ganhri_status", ""),
            ganhri_as_of=fields.get("ganhri_as_of", ""),
            ganhri_uncertain=fields.get("ganhri_uncertain", False),
            ganhri_note=note.get(SOURCE, ""),
            is_npm=fields.get("is_npm", False),
            locale=es,
        )
        loader.note("created", f"organisation {slug} (es)")
    else:
        loader.note("skipped", f"organisation {slug} (es): exists")
    loader.learn(fields["name"])
    if note.get(SOURCE):
        loader.learn(note)
    loader.translate(organisation, f"organisation {slug}")
    return organisation


def load_network_pages(loader, home):
    """The countries overview and the network directory (`network.json`)."""
    content = read("network")
    for model, data, label in (
        (CountryIndexPage, content["countries"], "countries overview"),
        (NetworkPage, content["directory"], "network directory"),
    ):
        loader.page(home, model, data, label, introduction=data["introduction"][SOURCE])
