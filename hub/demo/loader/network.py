"""The network's part of the demo: countries with their timelines, organisations, people.

Country facts come from `hub/demo/content/countries.json` (written from
shared/reference, every event with its source). The organisations and people below are
the ones the reference names; their roles are given as they were at the 2011 workshop.
"""

import datetime
import json
from pathlib import Path

from hub.demo.content import translations as T  # noqa: N812 - reads as a table
from hub.network.models import Country, CountryStatusEvent, Organisation, Person

DATA_FILE = Path(__file__).resolve().parent.parent / "content" / "countries.json"

SOURCE = "es"


# Bodies the reference names beside the NHRIs (collaborators, convenors, supporters).
ORGANISATIONS = [
    {
        "slug": "apt-latin-america",
        "acronym": "APT",
        "kind": "civil-society",
        "country_code": "",
        "website": "https://www.apt.ch/",
        "name": T(
            "Asociación para la Prevención de la Tortura, oficina para América Latina",
            "Association for the Prevention of Torture, Latin America office",
            "Associação para a Prevenção da Tortura, escritório para a América Latina",
        ),
    },
    {
        "slug": "ohchr-south-america",
        "acronym": "ACNUDH",
        "kind": "un",
        "country_code": "",
        "website": "",
        "name": T(
            "Oficina Regional para América del Sur del ACNUDH",
            "OHCHR Regional Office for South America",
            "Escritório Regional do ACNUDH para a América do Sul",
        ),
    },
    {
        "slug": "ippdh-mercosur",
        "acronym": "IPPDH",
        "kind": "state",
        "country_code": "",
        "website": "",
        "name": T(
            "Instituto de Políticas Públicas en Derechos Humanos del MERCOSUR",
            "MERCOSUR Institute of Public Policies on Human Rights",
            "Instituto de Políticas Públicas em Direitos Humanos do MERCOSUL",
        ),
    },
    {
        "slug": "iachr",
        "acronym": "CIDH",
        "kind": "iachr",
        "country_code": "",
        "website": "",
        "name": T(
            "Comisión Interamericana de Derechos Humanos",
            "Inter-American Commission on Human Rights",
            "Comissão Interamericana de Direitos Humanos",
        ),
    },
    {
        "slug": "universidad-de-palermo",
        "acronym": "",
        "kind": "academia",
        "country_code": "AR",
        "website": "",
        "name": T(
            "Universidad de Palermo, Facultad de Derecho",
            "University of Palermo Law School",
            "Universidade de Palermo, Faculdade de Direito",
        ),
    },
    {
        "slug": "university-of-london-hrc",
        "acronym": "",
        "kind": "academia",
        "country_code": "GB",
        "website": "",
        "name": T(
            "Human Rights Consortium, School of Advanced Study, Universidad de Londres",
            "Human Rights Consortium, School of Advanced Study, University of London",
            "Human Rights Consortium, School of Advanced Study, Universidade de Londres",
        ),
    },
    {
        "slug": "trinity-college-dublin",
        "acronym": "",
        "kind": "academia",
        "country_code": "IE",
        "website": "",
        "name": T("Trinity College Dublin", "Trinity College Dublin", "Trinity College Dublin"),
    },
    {
        "slug": "uk-fco",
        "acronym": "FCO",
        "kind": "funder",
        "country_code": "GB",
        "website": "",
        "name": T(
            "Ministerio de Relaciones Exteriores y de la Commonwealth del Reino Unido",
            "British Foreign and Commonwealth Office",
            "Ministério das Relações Exteriores e da Commonwealth do Reino Unido",
        ),
    },
    {
        "slug": "ppn-argentina",
        "acronym": "PPN",
        "kind": "state",
        "country_code": "AR",
        "website": "",
        "name": T(
            "Procuración Penitenciaria de la Nación",
            "Office of the Prison Ombudsman (Argentina)",
            "Procuradoria Penitenciária da Nação (Argentina)",
        ),
    },
    {
        "slug": "comisionado-carcelario-uruguay",
        "acronym": "",
        "kind": "state",
        "country_code": "UY",
        "website": "",
        "name": T(
            "Comisionado Parlamentario para el Sistema Carcelario",
            "Parliamentary Commissioner for Prisons (Uruguay)",
            "Comissário Parlamentar para o Sistema Prisional (Uruguai)",
        ),
    },
]

# People the reference names, with their roles at the time of the 2011 workshop.
PEOPLE = [
    {
        "slug": "roberto-p-saba",
        "name": "Roberto P. Saba",
        "country_code": "AR",
        "organisation": "universidad-de-palermo",
        "role": T(
            "Decano de la Facultad de Derecho (en 2011)",
            "Dean of the Law School (in 2011)",
            "Decano da Faculdade de Direito (em 2011)",
        ),
        "affiliation": T(
            "Universidad de Palermo", "University of Palermo", "Universidade de Palermo"
        ),
        "short_bio": T(
            "Moderó el primer panel del taller de Buenos Aires, en diciembre de 2011.",
            "Chaired the first panel of the Buenos Aires workshop in December 2011.",
            "Moderou o primeiro painel da oficina de Buenos Aires, em dezembro de 2011.",
        ),
    },
    {
        "slug": "santiago-canton",
        "name": "Santiago Cantón",
        "country_code": "AR",
        "organisation": "iachr",
        "role": T(
            "Secretario Ejecutivo (en 2011)",
            "Executive Secretary (in 2011)",
            "Secretário Executivo (em 2011)",
        ),
        "affiliation": T(
            "Comisión Interamericana de Derechos Humanos",
            "Inter-American Commission on Human Rights",
            "Comissão Interamericana de Direitos Humanos",
        ),
        "short_bio": T(
            "Habló en el primer panel del taller de Buenos Aires, en diciembre de 2011.",
            "Spoke on the first panel of the Buenos Aires workshop in December 2011.",
            "Falou no primeiro painel da oficina de Buenos Aires, em dezembro de 2011.",
        ),
    },
    {
        "slug": "maria-jose-urgel",
        "name": "María José Urgel",
        "country_code": "",
        "organisation": "apt-latin-america",
        "role": T(
            "Oficina para América Latina (en 2011)",
            "Latin America office (in 2011)",
            "Escritório para a América Latina (em 2011)",
        ),
        "affiliation": T(
            "Asociación para la Prevención de la Tortura",
            "Association for the Prevention of Torture",
            "Associação para a Prevenção da Tortura",
        ),
        "short_bio": T(
            "Habló en el primer panel del taller de Buenos Aires, en diciembre de 2011.",
            "Spoke on the first panel of the Buenos Aires workshop in December 2011.",
            "Falou no primeiro painel da oficina de Buenos Aires, em dezembro de 2011.",
        ),
    },
    {
        "slug": "par-engstrom",
        "name": "Par Engstrom",
        "country_code": "GB",
        "organisation": "university-of-london-hrc",
        "role": T(
            "Coorganizador del taller de 2011",
            "Co-convenor of the 2011 workshop",
            "Co-organizador da oficina de 2011",
        ),
        "affiliation": T(
            "Universidad de Londres", "University of London", "Universidade de Londres"
        ),
        "short_bio": T(
            "Convocó el taller de Buenos Aires de diciembre de 2011 junto con Thomas Pegram.",
            "Convened the Buenos Aires workshop of December 2011 with Thomas Pegram.",
            "Convocou a oficina de Buenos Aires de dezembro de 2011 com Thomas Pegram.",
        ),
    },
    {
        "slug": "thomas-pegram",
        "name": "Thomas Pegram",
        "country_code": "IE",
        "organisation": "trinity-college-dublin",
        "role": T(
            "Coorganizador del taller de 2011",
            "Co-convenor of the 2011 workshop",
            "Co-organizador da oficina de 2011",
        ),
        "affiliation": T(
            "Trinity College Dublin", "Trinity College Dublin", "Trinity College Dublin"
        ),
        "short_bio": T(
            "Convocó el taller de Buenos Aires de diciembre de 2011 junto con Par Engstrom.",
            "Convened the Buenos Aires workshop of December 2011 with Par Engstrom.",
            "Convocou a oficina de Buenos Aires de dezembro de 2011 com Par Engstrom.",
        ),
    },
    {
        "slug": "victor-rodriguez-rescia",
        "name": "Víctor Rodríguez-Rescia",
        "country_code": "",
        "organisation": "",
        "role": T(
            "Jefe de la delegación del SPT en Argentina (2012)",
            "Head of the SPT delegation to Argentina (2012)",
            "Chefe da delegação do SPT na Argentina (2012)",
        ),
        "affiliation": T(
            "Subcomité para la Prevención de la Tortura de la ONU",
            "UN Subcommittee on Prevention of Torture",
            "Subcomitê de Prevenção da Tortura da ONU",
        ),
        "short_bio": T(
            "Encabezó la visita del Subcomité a la Argentina del 18 al 27 de abril de 2012.",
            "Led the Subcommittee's visit to Argentina from 18 to 27 April 2012.",
            "Chefiou a visita do Subcomitê à Argentina de 18 a 27 de abril de 2012.",
        ),
    },
]


def load_country_data():
    return json.loads(DATA_FILE.read_text(encoding="utf-8"))


def translated_or_blank(value, code):
    return (value or {}).get(code, "") if isinstance(value, dict) else (value or "")


def load_network(loader):
    """Countries, their NHRIs and NPMs, the other organisations and the named people."""
    data = load_country_data()
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
                    accreditation_status=event.get("status") or "",
                    upr_cycle=event.get("cycle"),
                    upr_session=event.get("session"),
                    note=translated_or_blank(event.get("note"), SOURCE),
                    source_title=sources[event["source"]]["title"],
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
                "ganhri_note": body.get("ganhri_note") if role == "nhri" else None,
                "is_npm": role == "npm" or bool((entry.get("npm") or {}).get("is_nhri")),
            }
            organisation_by_slug[slug] = load_organisation(loader, slug, fields)

    for item in ORGANISATIONS:
        organisation_by_slug[item["slug"]] = load_organisation(loader, item["slug"], item)

    for item in PEOPLE:
        person = Person.objects.filter(slug=item["slug"], locale=es).first()
        if person is None:
            organisation = organisation_by_slug.get(item["organisation"])
            person = Person.objects.create(
                slug=item["slug"],
                name=item["name"],
                country_code=item["country_code"],
                organisation=organisation,
                role=item["role"][SOURCE],
                affiliation=item["affiliation"][SOURCE],
                short_bio=item["short_bio"][SOURCE],
                locale=es,
            )
            loader.note("created", f"person {item['slug']} (es)")
        else:
            loader.note("skipped", f"person {item['slug']} (es): exists")
        for field in ("role", "affiliation", "short_bio"):
            loader.learn(item[field])
        loader.translate(person, f"person {item['slug']}")


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


COUNTRY_INDEX = {
    "slug": T("paises", "countries", "paises"),
    "title": T("Países", "Countries", "Países"),
    "show_in_menus": True,
    "introduction": T(
        "Dónde está cada país en la ratificación del Protocolo Facultativo y la designación "
        "de su mecanismo nacional de prevención, en cualquier fecha desde 2006.",
        "Where each country stands on ratifying the Optional Protocol and designating its "
        "national preventive mechanism, on any date since 2006.",
        "Onde cada país está na ratificação do Protocolo Facultativo e na designação do seu "
        "mecanismo nacional de prevenção, em qualquer data desde 2006.",
    ),
    "search_description": T(
        "Mapa y tabla del estado del OPCAT y de los mecanismos nacionales de prevención en "
        "17 países de América Latina, con fechas y fuentes.",
        "Map and table of OPCAT and national preventive mechanism status in 17 Latin "
        "American countries, with dates and sources.",
        "Mapa e tabela da situação do OPCAT e dos mecanismos nacionais de prevenção em 17 "
        "países da América Latina, com datas e fontes.",
    ),
}

NETWORK_PAGE = {
    "slug": T("red", "network", "rede"),
    "title": T("La red", "The network", "A rede"),
    "show_in_menus": True,
    "introduction": T(
        "Instituciones nacionales de derechos humanos, mecanismos de prevención, organismos "
        "internacionales, academia y personas que participan en la red.",
        "National human rights institutions, preventive mechanisms, international bodies, "
        "academia and the people who take part in the network.",
        "Instituições nacionais de direitos humanos, mecanismos de prevenção, organismos "
        "internacionais, academia e as pessoas que participam da rede.",
    ),
    "search_description": T(
        "Directorio de instituciones y personas de la red, por país y por tipo.",
        "Directory of the network's institutions and people, by country and by kind.",
        "Diretório das instituições e pessoas da rede, por país e por tipo.",
    ),
}


def load_network_pages(loader, home):
    from hub.network.models import CountryIndexPage, NetworkPage

    for model, data, label in (
        (CountryIndexPage, COUNTRY_INDEX, "countries overview"),
        (NetworkPage, NETWORK_PAGE, "network directory"),
    ):
        loader.page(home, model, data, label, introduction=data["introduction"][SOURCE])
