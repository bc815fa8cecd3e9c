"""The Buenos Aires workshop for the demo.

The workshop's title, dates, venue, convenors, supporters and Panel I (title, moderator,
speakers, themes) are facts from shared/reference. The other panels' records are lost:
panels 2 and 3 are plainly labelled samples with fictional people.
"""

import datetime

from hub.demo.content import translations as T  # noqa: N812 - reads as a table
from hub.events.models import (
    PanelPage,
    PanelParticipant,
    PanelRecording,
    WorkshopConvenor,
    WorkshopPage,
    WorkshopSponsor,
)

SOURCE = "es"


WORKSHOP = {
    "slug": T(
        "taller-buenos-aires-2011", "buenos-aires-workshop-2011", "oficina-buenos-aires-2011"
    ),
    "title": T(
        "Las instituciones nacionales de derechos humanos (INDH) y la implementación de las "
        "recomendaciones del EPU relativas a la prevención de la tortura",
        "National Human Rights Institutions (NHRIs) and Implementation of UPR "
        "Recommendations Relating to Torture Prevention",
        "As instituições nacionais de direitos humanos (INDH) e a implementação das "
        "recomendações da RPU relativas à prevenção da tortura",
    ),
    "show_in_menus": True,
    "short_title": T("Taller de Buenos Aires", "Buenos Aires workshop", "Oficina de Buenos Aires"),
    "summary_text": T(
        "Taller de expertos realizado el 13 y 14 de diciembre de 2011 en la Facultad de "
        "Derecho de la Universidad de Palermo, Buenos Aires, con defensorías de la región, "
        "expertos de la ONU y del sistema interamericano y académicos.",
        "Expert workshop held on 13 and 14 December 2011 at the University of Palermo Law "
        "School, Buenos Aires, with ombudsman institutions of the region, UN and "
        "Inter-American experts and academics.",
        "Oficina de especialistas realizada em 13 e 14 de dezembro de 2011 na Faculdade de "
        "Direito da Universidade de Palermo, Buenos Aires, com defensorias da região, "
        "especialistas da ONU e do sistema interamericano e acadêmicos.",
    ),
    "search_description": T(
        "El taller fundacional de la red (Buenos Aires, diciembre de 2011): paneles, notas y grabaciones.",
        "The network's founding workshop (Buenos Aires, December 2011): panels, briefs and recordings.",
        "A oficina fundadora da rede (Buenos Aires, dezembro de 2011): painéis, notas técnicas e gravações.",
    ),
    "venue": T(
        "Facultad de Derecho, Universidad de Palermo",
        "University of Palermo Law School",
        "Faculdade de Direito, Universidade de Palermo",
    ),
}

PANELS = [
    {
        "number": 1,
        "is_sample": False,
        "slug": T("panel-1", "panel-1", "painel-1"),
        "title": T(
            "Prevención y respuesta a la tortura: las normas internacionales y su implementación",
            "Prevention and Response to Torture: International Standards and their Operationalization",
            "Prevenção e resposta à tortura: as normas internacionais e sua implementação",
        ),
        "summary_text": T(
            "El deber de los Estados de prevenir la tortura, los Principios de París como base de "
            "la actuación de las INDH, la prevención frente a la respuesta, y lo que el OPCAT "
            "significa para las defensorías, incluida su designación como MNP.",
            "States' duty to prevent torture, the Paris Principles as the legal basis for NHRI "
            "involvement, prevention versus response, and what OPCAT means for ombudsman "
            "institutions, including their designation as NPMs.",
            "O dever dos Estados de prevenir a tortura, os Princípios de Paris como base da "
            "atuação das INDH, a prevenção diante da resposta, e o que o OPCAT significa para as "
            "defensorias, incluída sua designação como MNP.",
        ),
        "questions": [
            T(
                "¿Qué exige a los Estados el deber de prevenir la tortura?",
                "What does the duty to prevent torture require of states?",
                "O que o dever de prevenir a tortura exige dos Estados?",
            ),
            T(
                "¿Cómo fundan los Principios de París la actuación de las INDH en este campo?",
                "How do the Paris Principles ground NHRI involvement in this field?",
                "Como os Princípios de Paris fundamentam a atuação das INDH neste campo?",
            ),
            T(
                "¿Qué significa el OPCAT para las defensorías, incluida su designación como MNP?",
                "What does OPCAT mean for ombudsman institutions, including their designation as NPMs?",
                "O que o OPCAT significa para as defensorias, incluída sua designação como MNP?",
            ),
        ],
        "participants": [
            ("roberto-p-saba", "moderator", "Universidad de Palermo"),
            ("santiago-canton", "speaker", "CIDH"),
            ("maria-jose-urgel", "speaker", "APT"),
        ],
        "recordings": [],
    },
    {
        "number": 2,
        "is_sample": True,
        "slug": T("panel-2-muestra", "panel-2-sample", "painel-2-amostra"),
        "title": T(
            "Panel de muestra 2: el seguimiento de las recomendaciones del EPU",
            "Sample panel 2: following up UPR recommendations",
            "Painel de amostra 2: o acompanhamento das recomendações da RPU",
        ),
        "summary_text": T(
            "Contenido de muestra: el registro de este panel se perdió. Reemplácelo por el título, "
            "las personas y el resumen reales.",
            "Sample content: the record of this panel is lost. Replace it with the real title, "
            "people and summary.",
            "Conteúdo de amostra: o registro deste painel se perdeu. Substitua-o pelo título, "
            "pelas pessoas e pelo resumo reais.",
        ),
        "questions": [],
        "participants": [("ana-ejemplo", "moderator", ""), ("pedro-muestra", "speaker", "")],
        "recordings": ["sample-video-1"],
    },
    {
        "number": 3,
        "is_sample": True,
        "slug": T("panel-3-muestra", "panel-3-sample", "painel-3-amostra"),
        "title": T(
            "Panel de muestra 3: los mecanismos nacionales de prevención en funcionamiento",
            "Sample panel 3: national preventive mechanisms at work",
            "Painel de amostra 3: os mecanismos nacionais de prevenção em funcionamento",
        ),
        "summary_text": T(
            "Contenido de muestra: el registro de este panel se perdió. Reemplácelo por el título, "
            "las personas y el resumen reales.",
            "Sample content: the record of this panel is lost. Replace it with the real title, "
            "people and summary.",
            "Conteúdo de amostra: o registro deste painel se perdeu. Substitua-o pelo título, "
            "pelas pessoas e pelo resumo reais.",
        ),
        "questions": [],
        "participants": [("maria-exemplo", "moderator", "")],
        "recordings": ["sample-video-2", "sample-audio-2"],
    },
]


def load_workshop(loader, home):
    from hub.network.models import Organisation, Person

    es = loader.locales[SOURCE]
    people = {p.slug: p for p in Person.objects.filter(locale=es)}
    organisations = {o.slug: o for o in Organisation.objects.filter(locale=es)}
    data = WORKSHOP
    loader.learn(data["venue"])
    loader.learn(data["short_title"])
    loader.learn(T("Buenos Aires", "Buenos Aires", "Buenos Aires"))
    workshop = loader.page(
        home,
        WorkshopPage,
        data,
        "workshop",
        start_date=datetime.date(2011, 12, 13),
        end_date=datetime.date(2011, 12, 14),
        venue=data["venue"][SOURCE],
        short_title=data["short_title"][SOURCE],
        city="Buenos Aires",
        country_code="AR",
        summary_text=data["summary_text"][SOURCE],
        convenors=[
            WorkshopConvenor(person=people[slug]) for slug in ("par-engstrom", "thomas-pegram")
        ],
        sponsors=[
            WorkshopSponsor(organisation=organisations[slug])
            for slug in ("uk-fco", "universidad-de-palermo", "university-of-london-hrc")
        ],
    )
    panels = {}
    for panel_data in PANELS:
        for question in panel_data["questions"]:
            loader.learn(question)
        recordings = recording_pages(panel_data["recordings"], es)
        panels[panel_data["number"]] = loader.page(
            workshop,
            PanelPage,
            panel_data,
            f"panel {panel_data['number']}",
            number=panel_data["number"],
            summary_text=panel_data["summary_text"][SOURCE],
            is_sample=panel_data["is_sample"],
            guiding_questions=[("question", q[SOURCE]) for q in panel_data["questions"]],
            participants=[
                PanelParticipant(
                    person=people[slug], role=role, affiliation_at_the_time=affiliation
                )
                for slug, role, affiliation in panel_data["participants"]
            ],
            recordings=[PanelRecording(recording=page) for page in recordings],
        )
    return workshop, panels


def recording_pages(keys, locale):
    from media_library.models import RecordingPage

    pages = RecordingPage.objects.filter(
        locale=locale, media__title__in=[f"Demo: {k}" for k in keys]
    )
    return list(pages)
