"""Demo content for the NHRI Torture Prevention Hub, as plain data (es source, en and pt).

Every fact comes from the project's reference notes (shared/reference/latam-opcat-facts.md);
values the notes mark as uncertain are left out. Where the record is lost, the text says so
and is marked as sample content for editors to replace; the people below are fictional
sample profiles (``is_sample``), never real persons. No quotation is invented.
"""

LANGS = ("es", "en", "pt")

# ---------------------------------------------------------------------------------------
# Snippets
# ---------------------------------------------------------------------------------------

TOPICS = [
    {
        "slug": "cat",
        "name": {
            "es": "Convención contra la Tortura (CAT)",
            "en": "Convention against Torture (CAT)",
            "pt": "Convenção contra a Tortura (CAT)",
        },
        "description": {
            "es": "La Convención de las Naciones Unidas contra la Tortura y Otros Tratos o Penas "
            "Crueles, Inhumanos o Degradantes, que obliga a los Estados parte a prevenir y "
            "sancionar la tortura.",
            "en": "The United Nations Convention against Torture and Other Cruel, Inhuman or "
            "Degrading Treatment or Punishment, which binds States parties to prevent and punish "
            "torture.",
            "pt": "A Convenção das Nações Unidas contra a Tortura e Outros Tratamentos ou Penas "
            "Cruéis, Desumanos ou Degradantes, que obriga os Estados partes a prevenir e punir a "
            "tortura.",
        },
    },
    {
        "slug": "opcat",
        "name": {
            "es": "Protocolo Facultativo (OPCAT)",
            "en": "Optional Protocol (OPCAT)",
            "pt": "Protocolo Facultativo (OPCAT)",
        },
        "description": {
            "es": "El Protocolo Facultativo de la Convención contra la Tortura. Crea un sistema de "
            "visitas periódicas a los lugares de detención a cargo de órganos independientes: uno "
            "internacional, el Subcomité para la Prevención de la Tortura, y los mecanismos "
            "nacionales de prevención.",
            "en": "The Optional Protocol to the Convention against Torture. It sets up a system of "
            "regular visits to places of detention by independent bodies: an international one, "
            "the Subcommittee on Prevention of Torture, and the national preventive mechanisms.",
            "pt": "O Protocolo Facultativo à Convenção contra a Tortura. Cria um sistema de "
            "visitas regulares aos locais de detenção feitas por órgãos independentes: um "
            "internacional, o Subcomitê de Prevenção da Tortura, e os mecanismos nacionais de "
            "prevenção.",
        },
    },
    {
        "slug": "npm",
        "name": {
            "es": "Mecanismos nacionales de prevención (MNP)",
            "en": "National preventive mechanisms (NPMs)",
            "pt": "Mecanismos nacionais de prevenção (MNP)",
        },
        "description": {
            "es": "Los órganos que cada Estado parte del OPCAT establece o designa para visitar "
            "lugares de detención y recomendar mejoras. En algunos países esta función recae en "
            "la institución nacional de derechos humanos; en otros, en un órgano creado para ello.",
            "en": "The bodies that each State party to OPCAT sets up or designates to visit places "
            "of detention and recommend improvements. In some countries the national human rights "
            "institution takes on this role; in others, a body created for the purpose does.",
            "pt": "Os órgãos que cada Estado parte do OPCAT cria ou designa para visitar locais de "
            "detenção e recomendar melhorias. Em alguns países essa função cabe à instituição "
            "nacional de direitos humanos; em outros, a um órgão criado para isso.",
        },
    },
    {
        "slug": "upr",
        "name": {
            "es": "Examen Periódico Universal (EPU)",
            "en": "Universal Periodic Review (UPR)",
            "pt": "Revisão Periódica Universal (RPU)",
        },
        "description": {
            "es": "El mecanismo del Consejo de Derechos Humanos de la ONU en el que, por ciclos, "
            "se examina la situación de derechos humanos de cada Estado miembro, que recibe "
            "recomendaciones de los demás Estados.",
            "en": "The UN Human Rights Council mechanism in which, cycle after cycle, the human "
            "rights situation of every member State is reviewed and the State receives "
            "recommendations from the other States.",
            "pt": "O mecanismo do Conselho de Direitos Humanos da ONU no qual, a cada ciclo, a "
            "situação de direitos humanos de cada Estado membro é examinada e o Estado recebe "
            "recomendações dos demais Estados.",
        },
    },
    {
        "slug": "nhri",
        "name": {
            "es": "Instituciones nacionales de derechos humanos (INDH)",
            "en": "National human rights institutions (NHRIs)",
            "pt": "Instituições nacionais de direitos humanos (INDH)",
        },
        "description": {
            "es": "Defensorías del Pueblo, procuradurías, comisiones e institutos nacionales de "
            "derechos humanos: órganos creados por el Estado que deben actuar con independencia, "
            "según los Principios de París.",
            "en": "Ombudsman's offices (Defensorías del Pueblo), human rights procurators, "
            "commissions and institutes: bodies created by the State that must act independently, "
            "in line with the Paris Principles.",
            "pt": "Defensorias del Pueblo, procuradorias, comissões e institutos nacionais de "
            "direitos humanos: órgãos criados pelo Estado que devem atuar com independência, "
            "segundo os Princípios de Paris.",
        },
    },
    {
        "slug": "detention",
        "name": {
            "es": "Privación de libertad",
            "en": "Deprivation of liberty",
            "pt": "Privação de liberdade",
        },
        "description": {
            "es": "Cárceles, comisarías, centros para jóvenes, instituciones psiquiátricas y "
            "cualquier otro lugar donde haya personas privadas de libertad.",
            "en": "Prisons, police stations, youth facilities, psychiatric institutions and any "
            "other place where people are deprived of their liberty.",
            "pt": "Prisões, delegacias, unidades para jovens, instituições psiquiátricas e "
            "qualquer outro local onde haja pessoas privadas de liberdade.",
        },
    },
    {
        "slug": "spt",
        "name": {
            "es": "Subcomité para la Prevención de la Tortura (SPT)",
            "en": "Subcommittee on Prevention of Torture (SPT)",
            "pt": "Subcomitê de Prevenção da Tortura (SPT)",
        },
        "description": {
            "es": "El órgano de expertos de la ONU creado por el OPCAT. Visita lugares de "
            "detención en los Estados parte y asesora a los Estados y a sus mecanismos nacionales "
            "de prevención.",
            "en": "The UN expert body created by OPCAT. It visits places of detention in States "
            "parties and advises States and their national preventive mechanisms.",
            "pt": "O órgão de especialistas da ONU criado pelo OPCAT. Visita locais de detenção "
            "nos Estados partes e assessora os Estados e seus mecanismos nacionais de prevenção.",
        },
    },
    {
        "slug": "paris-principles",
        "name": {
            "es": "Principios de París",
            "en": "Paris Principles",
            "pt": "Princípios de Paris",
        },
        "description": {
            "es": "Las normas de la ONU sobre el mandato, la independencia y la composición de las "
            "INDH; también son la base jurídica de su participación en la prevención de la "
            "tortura.",
            "en": "The UN standards on the mandate, independence and composition of NHRIs; they "
            "are also the legal basis for NHRI involvement in torture prevention.",
            "pt": "As normas da ONU sobre o mandato, a independência e a composição das INDH; "
            "são também a base jurídica de sua participação na prevenção da tortura.",
        },
    },
]

PEOPLE = [
    {
        "slug": "ana-ejemplo",
        "name": "Ana Ejemplo",
        "country_code": "AR",
        "is_sample": True,
        "role": {
            "es": "Editora de contenidos (perfil de muestra)",
            "en": "Content editor (sample profile)",
            "pt": "Editora de conteúdo (perfil de exemplo)",
        },
        "affiliation": {
            "es": "Equipo editorial del hub (afiliación ficticia)",
            "en": "The hub's editorial team (fictional affiliation)",
            "pt": "Equipe editorial do hub (afiliação fictícia)",
        },
        "short_bio": {
            "es": "Perfil de muestra: Ana Ejemplo no es una persona real. Sirve para mostrar cómo "
            "aparecen en el sitio quienes firman las noticias. El equipo editorial debe "
            "sustituirlo por un perfil verificado.",
            "en": "Sample profile: Ana Ejemplo is not a real person. The profile shows how the "
            "authors of news items appear on the site. Editors should replace it with a verified "
            "profile.",
            "pt": "Perfil de exemplo: Ana Ejemplo não é uma pessoa real. O perfil mostra como "
            "aparecem no site as pessoas que assinam as notícias. A equipe editorial deve "
            "substituí-lo por um perfil verificado.",
        },
    },
    {
        "slug": "pedro-muestra",
        "name": "Pedro Muestra",
        "country_code": "MX",
        "is_sample": True,
        "role": {
            "es": "Editor de noticias (perfil de muestra)",
            "en": "News editor (sample profile)",
            "pt": "Editor de notícias (perfil de exemplo)",
        },
        "affiliation": {
            "es": "Equipo editorial del hub (afiliación ficticia)",
            "en": "The hub's editorial team (fictional affiliation)",
            "pt": "Equipe editorial do hub (afiliação fictícia)",
        },
        "short_bio": {
            "es": "Perfil de muestra: Pedro Muestra no es una persona real. Aparece como autor de "
            "noticias de demostración y debe sustituirse por un perfil verificado antes de "
            "publicar el sitio.",
            "en": "Sample profile: Pedro Muestra is not a real person. He appears as the author of "
            "demonstration news items and should be replaced by a verified profile before the site "
            "goes public.",
            "pt": "Perfil de exemplo: Pedro Muestra não é uma pessoa real. Aparece como autor de "
            "notícias de demonstração e deve ser substituído por um perfil verificado antes da "
            "publicação do site.",
        },
    },
    {
        "slug": "maria-exemplo",
        "name": "Maria Exemplo",
        "country_code": "BR",
        "is_sample": True,
        "role": {
            "es": "Traductora y editora (perfil de muestra)",
            "en": "Translator and editor (sample profile)",
            "pt": "Tradutora e editora (perfil de exemplo)",
        },
        "affiliation": {
            "es": "Equipo editorial del hub (afiliación ficticia)",
            "en": "The hub's editorial team (fictional affiliation)",
            "pt": "Equipe editorial do hub (afiliação fictícia)",
        },
        "short_bio": {
            "es": "Perfil de muestra: Maria Exemplo no es una persona real. Ilustra el perfil de "
            "quien traduce y revisa los contenidos en portugués. El equipo editorial debe "
            "sustituirlo por un perfil verificado.",
            "en": "Sample profile: Maria Exemplo is not a real person. She illustrates the profile "
            "of whoever translates and reviews the Portuguese content. Editors should replace it "
            "with a verified profile.",
            "pt": "Perfil de exemplo: Maria Exemplo não é uma pessoa real. Ilustra o perfil de "
            "quem traduz e revisa os conteúdos em português. A equipe editorial deve substituí-lo "
            "por um perfil verificado.",
        },
    },
]

FOOTER = {
    "tagline": {
        "es": "Instituciones nacionales de derechos humanos, EPU y prevención de la tortura en "
        "América Latina",
        "en": "National human rights institutions, the UPR and torture prevention in Latin America",
        "pt": "Instituições nacionais de direitos humanos, RPU e prevenção da tortura na América "
        "Latina",
    },
    "body": {
        "es": "<p>Espacio de difusión de una red de investigación nacida en el taller de expertos "
        "de Buenos Aires de diciembre de 2011.</p>"
        "<p>Contenidos en español, inglés y portugués. El contenido de muestra está señalado como "
        "tal.</p>",
        "en": "<p>The dissemination hub of a research network that grew out of the Buenos Aires "
        "expert workshop of December 2011.</p>"
        "<p>Content in Spanish, English and Portuguese. Sample content is marked as such.</p>",
        "pt": "<p>Espaço de divulgação de uma rede de pesquisa nascida na oficina de especialistas "
        "de Buenos Aires, em dezembro de 2011.</p>"
        "<p>Conteúdos em espanhol, inglês e português. O conteúdo de exemplo está identificado "
        "como tal.</p>",
    },
}

# Shared notices (the same Spanish string always gets the same translation).
_TEMPLATE_TITLE = {
    "es": "Plantilla para revisar",
    "en": "Template for review",
    "pt": "Modelo para revisão",
}

# ---------------------------------------------------------------------------------------
# Home page
# ---------------------------------------------------------------------------------------

HOME = {
    "title": {"es": "Inicio", "en": "Home", "pt": "Início"},
    "hero_heading": {
        "es": "Prevenir la tortura desde las instituciones nacionales de derechos humanos",
        "en": "Preventing torture through national human rights institutions",
        "pt": "Prevenir a tortura a partir das instituições nacionais de direitos humanos",
    },
    "hero_text": {
        "es": "El espacio de una red de investigación sobre las instituciones nacionales de "
        "derechos humanos, el Examen Periódico Universal y la prevención de la tortura en América "
        "Latina. Grabaciones, documentos y datos por país, en español, inglés y portugués.",
        "en": "The home of a research network on national human rights institutions, the "
        "Universal Periodic Review and torture prevention in Latin America. Recordings, documents "
        "and country data, in Spanish, English and Portuguese.",
        "pt": "O espaço de uma rede de pesquisa sobre as instituições nacionais de direitos "
        "humanos, a Revisão Periódica Universal e a prevenção da tortura na América Latina. "
        "Gravações, documentos e dados por país, em espanhol, inglês e português.",
    },
    "search_description": {
        "es": "Red sobre INDH, Examen Periódico Universal y prevención de la tortura en América "
        "Latina: grabaciones, documentos y datos por país.",
        "en": "Network on NHRIs, the Universal Periodic Review and torture prevention in Latin "
        "America: recordings, documents and country data.",
        "pt": "Rede sobre INDH, Revisão Periódica Universal e prevenção da tortura na América "
        "Latina: gravações, documentos e dados por país.",
    },
    "body": [
        (
            "paragraph",
            {
                "es": "<p>Este hub está pensado para quienes trabajan en las Defensorías del "
                "Pueblo y demás instituciones nacionales de derechos humanos (INDH), para el "
                "personal de los Estados, para las organizaciones de la sociedad civil y para "
                "quienes investigan. En él encontrará:</p>"
                "<ul>"
                "<li>las grabaciones de los paneles del taller de expertos de Buenos Aires "
                "(diciembre de 2011), con subtítulos y transcripciones;</li>"
                "<li>los documentos de análisis (briefs) escritos por las y los panelistas;</li>"
                "<li>la declaración conjunta de la red y sus puntos de acción;</li>"
                "<li>la situación de cada país respecto del Protocolo Facultativo y de su "
                "mecanismo nacional de prevención;</li>"
                "<li>las recomendaciones del Examen Periódico Universal (EPU) relacionadas con la "
                "tortura;</li>"
                "<li>un buscador que funciona en español, inglés y portugués.</li>"
                "</ul>",
                "en": "<p>This hub is meant for people working in Ombudsman's offices "
                "(Defensorías del Pueblo) and other national human rights institutions (NHRIs), "
                "for state officials, for civil society organisations and for researchers. Here "
                "you will find:</p>"
                "<ul>"
                "<li>recordings of the panels of the Buenos Aires expert workshop (December "
                "2011), with captions and transcripts;</li>"
                "<li>the briefs written by the panellists;</li>"
                "<li>the network's joint declaration and its action points;</li>"
                "<li>where each country stands on the Optional Protocol and its national "
                "preventive mechanism;</li>"
                "<li>Universal Periodic Review (UPR) recommendations relating to torture;</li>"
                "<li>a search that works in Spanish, English and Portuguese.</li>"
                "</ul>",
                "pt": "<p>Este hub foi pensado para quem trabalha nas Defensorias del Pueblo e "
                "demais instituições nacionais de direitos humanos (INDH), para servidores "
                "públicos, para organizações da sociedade civil e para pesquisadores. Aqui você "
                "encontra:</p>"
                "<ul>"
                "<li>as gravações dos painéis da oficina de especialistas de Buenos Aires "
                "(dezembro de 2011), com legendas e transcrições;</li>"
                "<li>os documentos de análise (briefs) escritos pelos painelistas;</li>"
                "<li>a declaração conjunta da rede e seus pontos de ação;</li>"
                "<li>a situação de cada país em relação ao Protocolo Facultativo e ao seu "
                "mecanismo nacional de prevenção;</li>"
                "<li>as recomendações da Revisão Periódica Universal (RPU) relacionadas à "
                "tortura;</li>"
                "<li>uma busca que funciona em espanhol, inglês e português.</li>"
                "</ul>",
            },
        ),
        (
            "heading",
            {
                "text": {
                    "es": "¿Por qué la prevención?",
                    "en": "Why prevention?",
                    "pt": "Por que a prevenção?",
                },
                "level": "h2",
            },
        ),
        (
            "paragraph",
            {
                "es": "<p>Los Estados no solo deben sancionar la tortura cuando ocurre: tienen el "
                "deber de prevenirla. El Protocolo Facultativo de la Convención contra la Tortura "
                "(OPCAT) traduce ese deber en visitas periódicas de órganos independientes, "
                "nacionales e internacionales, a los lugares donde hay personas privadas de "
                "libertad.</p>"
                "<p>En varios países de la región, la Defensoría del Pueblo u otra INDH ha "
                "asumido la función de mecanismo nacional de prevención; en otros, esa tarea "
                "corresponde a un órgano distinto. A la vez, el EPU deja a cada Estado "
                "recomendaciones concretas sobre la tortura, y las INDH pueden ayudar a que se "
                "cumplan. La red trabaja justo en ese cruce.</p>",
                "en": "<p>States must do more than punish torture once it has happened: they have "
                "a duty to prevent it. The Optional Protocol to the Convention against Torture "
                "(OPCAT) turns that duty into regular visits by independent national and "
                "international bodies to the places where people are deprived of their "
                "liberty.</p>"
                "<p>In several countries of the region, the Ombudsman's office or another NHRI "
                "has taken on the role of national preventive mechanism; in others, a separate "
                "body does this work. Meanwhile, the UPR leaves each State with concrete "
                "recommendations on torture, and NHRIs can help see them through. The network "
                "works exactly where these paths meet.</p>",
                "pt": "<p>Os Estados não devem apenas punir a tortura quando ela acontece: têm o "
                "dever de preveni-la. O Protocolo Facultativo à Convenção contra a Tortura "
                "(OPCAT) transforma esse dever em visitas regulares de órgãos independentes, "
                "nacionais e internacionais, aos locais onde há pessoas privadas de "
                "liberdade.</p>"
                "<p>Em vários países da região, a Defensoría del Pueblo ou outra INDH assumiu a "
                "função de mecanismo nacional de prevenção; em outros, essa tarefa cabe a um "
                "órgão distinto. Ao mesmo tempo, a RPU deixa a cada Estado recomendações "
                "concretas sobre a tortura, e as INDH podem ajudar a cumpri-las. A rede trabalha "
                "justamente nesse cruzamento.</p>",
            },
        ),
        (
            "callout",
            {
                "tone": "sample",
                "title": {
                    "es": "Sitio en desarrollo",
                    "en": "Site under development",
                    "pt": "Site em desenvolvimento",
                },
                "text": {
                    "es": "<p>El hub está en construcción. Parte de lo que se ve es contenido de "
                    "muestra y está marcado como tal: por ejemplo, los perfiles de quienes firman "
                    "las noticias o el espacio de la declaración conjunta, cuyo texto original no "
                    "se ha podido recuperar. El equipo editorial lo sustituirá por contenido "
                    "verificado.</p>",
                    "en": "<p>The hub is still being built. Some of what you see is sample content "
                    "and is marked as such: for example, the profiles of news authors or the "
                    "space for the joint declaration, whose original text could not be recovered. "
                    "The editors will replace it with verified content.</p>",
                    "pt": "<p>O hub está em construção. Parte do que se vê é conteúdo de exemplo e "
                    "está identificado como tal: por exemplo, os perfis de quem assina as notícias "
                    "ou o espaço da declaração conjunta, cujo texto original não pôde ser "
                    "recuperado. A equipe editorial vai substituí-lo por conteúdo verificado.</p>",
                },
            },
        ),
    ],
}

# ---------------------------------------------------------------------------------------
# Standard pages (children of home, in menu order)
# ---------------------------------------------------------------------------------------

PAGES = [
    {
        "key": "about",
        "slug": {"es": "acerca-del-proyecto", "en": "about", "pt": "sobre"},
        "show_in_menus": True,
        "title": {
            "es": "Acerca del proyecto",
            "en": "About the project",
            "pt": "Sobre o projeto",
        },
        "introduction": {
            "es": "Una red que reúne a las instituciones nacionales de derechos humanos de América "
            "Latina con los Estados, la sociedad civil y especialistas internacionales para "
            "prevenir la tortura.",
            "en": "A network that brings Latin America's national human rights institutions "
            "together with States, civil society and international experts to prevent torture.",
            "pt": "Uma rede que aproxima as instituições nacionais de direitos humanos da América "
            "Latina dos Estados, da sociedade civil e de especialistas internacionais para "
            "prevenir a tortura.",
        },
        "search_description": {
            "es": "El propósito y los tres objetivos de la red sobre INDH, EPU y prevención de la "
            "tortura, nacida en Buenos Aires en diciembre de 2011.",
            "en": "The aim and three objectives of the network on NHRIs, the UPR and torture "
            "prevention, founded in Buenos Aires in December 2011.",
            "pt": "O propósito e os três objetivos da rede sobre INDH, RPU e prevenção da tortura, "
            "nascida em Buenos Aires em dezembro de 2011.",
        },
        "body": [
            (
                "heading",
                {
                    "text": {"es": "Nuestro propósito", "en": "Our aim", "pt": "Nosso propósito"},
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                {
                    "es": "<p>El proyecto pone en contacto a las instituciones nacionales de "
                    "derechos humanos (INDH) de América Latina con el personal de los Estados, las "
                    "organizaciones de la sociedad civil y especialistas de las Naciones Unidas y "
                    "del sistema interamericano. El punto de encuentro es muy concreto: cómo "
                    "llevar a la práctica las recomendaciones del Examen Periódico Universal (EPU) "
                    "que tratan de la prevención de la tortura.</p>",
                    "en": "<p>The project connects Latin America's national human rights "
                    "institutions (NHRIs) with state officials, civil society organisations and "
                    "experts from the United Nations and the Inter-American system. They meet "
                    "around a very practical question: how to put into practice the Universal "
                    "Periodic Review (UPR) recommendations that deal with torture prevention.</p>",
                    "pt": "<p>O projeto põe em contato as instituições nacionais de direitos "
                    "humanos (INDH) da América Latina com servidores públicos, organizações da "
                    "sociedade civil e especialistas das Nações Unidas e do sistema "
                    "interamericano. O ponto de encontro é bem concreto: como pôr em prática as "
                    "recomendações da Revisão Periódica Universal (RPU) que tratam da prevenção "
                    "da tortura.</p>",
                },
            ),
            (
                "heading",
                {
                    "text": {
                        "es": "Tres objetivos",
                        "en": "Three objectives",
                        "pt": "Três objetivos",
                    },
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                {
                    "es": "<ol><li><b>Compartir conocimiento y práctica</b> entre las INDH sobre "
                    "el Protocolo Facultativo (OPCAT), los mecanismos nacionales de prevención y "
                    "el seguimiento del EPU.</li><li><b>Fortalecer la implementación y el "
                    "monitoreo</b> de las recomendaciones del EPU relacionadas con la prevención "
                    "de la tortura.</li><li><b>Poner a libre disposición</b> los resultados del "
                    "taller y de la red, en español, inglés y portugués, para profesionales e "
                    "investigadores.</li></ol>",
                    "en": "<ol><li><b>Share knowledge and practice</b> among NHRIs on the Optional "
                    "Protocol (OPCAT), national preventive mechanisms and UPR "
                    "follow-up.</li><li><b>Strengthen the implementation and monitoring</b> of UPR "
                    "recommendations relating to torture prevention.</li><li><b>Make openly "
                    "available</b> the results of the workshop and the network, in Spanish, "
                    "English and Portuguese, for practitioners and researchers.</li></ol>",
                    "pt": "<ol><li><b>Compartilhar conhecimento e prática</b> entre as INDH sobre "
                    "o Protocolo Facultativo (OPCAT), os mecanismos nacionais de prevenção e o "
                    "monitoramento da RPU.</li><li><b>Fortalecer a implementação e o "
                    "monitoramento</b> das recomendações da RPU relacionadas à prevenção da "
                    "tortura.</li><li><b>Disponibilizar abertamente</b> os resultados da oficina e "
                    "da rede, em espanhol, inglês e português, para profissionais e "
                    "pesquisadores.</li></ol>",
                },
            ),
            (
                "heading",
                {
                    "text": {
                        "es": "El origen: el taller de Buenos Aires",
                        "en": "Where it began: the Buenos Aires workshop",
                        "pt": "A origem: a oficina de Buenos Aires",
                    },
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                {
                    "es": "<p>La red nació en un taller de expertos celebrado el 13 y el 14 de "
                    "diciembre de 2011 en la Facultad de Derecho de la Universidad de Palermo, en "
                    "Buenos Aires. Lo convocaron Par Engstrom (Universidad de Londres) y Thomas "
                    "Pegram (Trinity College Dublin), con el apoyo del Ministerio de Relaciones "
                    "Exteriores y de la Commonwealth del Reino Unido (Foreign and Commonwealth "
                    "Office), de la Universidad de Palermo y del Human Rights Consortium de la "
                    "School of Advanced Study de la Universidad de Londres.</p>"
                    "<p>El proyecto ha trabajado con INDH de Bolivia, Chile, Colombia, Costa Rica, "
                    "Ecuador, El Salvador, Guatemala, México, Nicaragua, Panamá, Paraguay, Perú y "
                    "Venezuela, así como con la Procuración Penitenciaria de la Nación (Argentina) "
                    "y el Comisionado Parlamentario para las cárceles de Uruguay. Colaboraron la "
                    "oficina para América Latina de la Asociación para la Prevención de la Tortura "
                    "(APT), el instituto de políticas públicas en derechos humanos del MERCOSUR y "
                    "la oficina regional para América del Sur del Alto Comisionado de las Naciones "
                    "Unidas para los Derechos Humanos.</p>",
                    "en": "<p>The network was born at an expert workshop held on 13 and 14 "
                    "December 2011 at the University of Palermo Law School in Buenos Aires. It was "
                    "convened by Par Engstrom (University of London) and Thomas Pegram (Trinity "
                    "College Dublin), with support from the British Foreign and Commonwealth "
                    "Office, the University of Palermo and the Human Rights Consortium of the "
                    "School of Advanced Study, University of London.</p>"
                    "<p>The project has worked with NHRIs from Bolivia, Chile, Colombia, Costa "
                    "Rica, Ecuador, El Salvador, Guatemala, Mexico, Nicaragua, Panama, Paraguay, "
                    "Peru and Venezuela, and with Argentina's Procuración Penitenciaria de la "
                    "Nación and Uruguay's Parliamentary Commissioner for Prisons. Its "
                    "collaborators were the Latin America office of the Association for the "
                    "Prevention of Torture (APT), the MERCOSUR human rights public policy "
                    "institute and the South America regional office of the UN High Commissioner "
                    "for Human Rights.</p>",
                    "pt": "<p>A rede nasceu em uma oficina de especialistas realizada nos dias 13 "
                    "e 14 de dezembro de 2011 na Faculdade de Direito da Universidade de Palermo, "
                    "em Buenos Aires. Foi convocada por Par Engstrom (Universidade de Londres) e "
                    "Thomas Pegram (Trinity College Dublin), com o apoio do Ministério das "
                    "Relações Exteriores e da Commonwealth do Reino Unido (Foreign and "
                    "Commonwealth Office), da Universidade de Palermo e do Human Rights Consortium "
                    "da School of Advanced Study da Universidade de Londres.</p>"
                    "<p>O projeto trabalhou com INDH da Bolívia, do Chile, da Colômbia, da Costa "
                    "Rica, do Equador, de El Salvador, da Guatemala, do México, da Nicarágua, do "
                    "Panamá, do Paraguai, do Peru e da Venezuela, além da Procuración "
                    "Penitenciaria de la Nación (Argentina) e do Comissário Parlamentar para as "
                    "prisões do Uruguai. Colaboraram o escritório para a América Latina da "
                    "Associação para a Prevenção da Tortura (APT), o instituto de políticas "
                    "públicas em direitos humanos do MERCOSUL e o escritório regional para a "
                    "América do Sul do Alto Comissariado das Nações Unidas para os Direitos "
                    "Humanos.</p>",
                },
            ),
            (
                "heading",
                {
                    "text": {
                        "es": "Del primer sitio web a este hub",
                        "en": "From the first website to this hub",
                        "pt": "Do primeiro site a este hub",
                    },
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                {
                    "es": "<p>El 3 de mayo de 2012 el proyecto abrió su primer sitio web, "
                    "nhritortureprevention.org, en inglés y con una versión en español. Aquel "
                    "sitio presentaba el proyecto y el taller, pero no tenía grabaciones ni "
                    "buscador. Este hub recoge ese material y añade las grabaciones de los "
                    "paneles, una búsqueda en tres idiomas, una página para cada panel y la "
                    "versión en portugués.</p><p>El texto de la declaración conjunta del taller no "
                    "se ha podido recuperar. Mientras no aparezca, el hub no lo reconstruye: "
                    "muestra en su lugar contenido de muestra, claramente señalado.</p>",
                    "en": "<p>On 3 May 2012 the project opened its first website, "
                    "nhritortureprevention.org, in English with a Spanish version. That site "
                    "presented the project and the workshop, but it had no recordings and no "
                    "search. This hub gathers that material and adds the panel recordings, search "
                    "in three languages, a page for each panel and a Portuguese version.</p>"
                    "<p>The text of the workshop's joint declaration could not be recovered. Until "
                    "it is found, the hub does not reconstruct it: it shows clearly marked sample "
                    "content instead.</p>",
                    "pt": "<p>Em 3 de maio de 2012 o projeto lançou seu primeiro site, "
                    "nhritortureprevention.org, em inglês e com uma versão em espanhol. Aquele "
                    "site apresentava o projeto e a oficina, mas não tinha gravações nem busca. "
                    "Este hub reúne esse material e acrescenta as gravações dos painéis, uma busca "
                    "em três idiomas, uma página para cada painel e a versão em português.</p>"
                    "<p>O texto da declaração conjunta da oficina não pôde ser recuperado. "
                    "Enquanto ele não for encontrado, o hub não o reconstrói: mostra em seu lugar "
                    "conteúdo de exemplo, claramente identificado.</p>",
                },
            ),
        ],
    },
    {
        "key": "countries",
        "slug": {
            "es": "panorama-de-paises",
            "en": "country-overview",
            "pt": "panorama-dos-paises",
        },
        "show_in_menus": False,
        "title": {
            "es": "Panorama de países",
            "en": "Country overview",
            "pt": "Panorama dos países",
        },
        "introduction": {
            "es": "Dónde estaba cada uno de los 17 países que sigue la red en la prevención de la "
            "tortura, y por qué cada dato vale para una fecha concreta.",
            "en": "Where each of the 17 countries the network follows stood on torture prevention, "
            "and why every fact holds for a particular date.",
            "pt": "Onde estava cada um dos 17 países acompanhados pela rede na prevenção da "
            "tortura, e por que cada dado vale para uma data determinada.",
        },
        "search_description": {
            "es": "Situación del OPCAT y de los mecanismos nacionales de prevención en 17 países "
            "de América Latina, con fechas y fuentes.",
            "en": "Where 17 Latin American countries stand on OPCAT and national preventive "
            "mechanisms, with dates and sources.",
            "pt": "Situação do OPCAT e dos mecanismos nacionais de prevenção em 17 países da "
            "América Latina, com datas e fontes.",
        },
        "body": [
            (
                "heading",
                {
                    "text": {
                        "es": "Los países que sigue la red",
                        "en": "The countries the network follows",
                        "pt": "Os países acompanhados pela rede",
                    },
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                {
                    "es": "<p>El hub sigue diecisiete países: Argentina, Bolivia, "
                    "Brasil, Chile, Colombia, Costa Rica, Ecuador, El Salvador, Guatemala, "
                    "Honduras, México, Nicaragua, Panamá, Paraguay, Perú, Uruguay y Venezuela. En "
                    "cada caso importan tres preguntas: si ratificó el Protocolo "
                    "Facultativo (OPCAT), qué órgano actúa como mecanismo nacional de prevención "
                    "(MNP) y si ese órgano es la institución nacional de derechos humanos "
                    "(INDH).</p>",
                    "en": "<p>The hub covers seventeen countries: Argentina, Bolivia, Brazil, "
                    "Chile, Colombia, Costa Rica, Ecuador, El Salvador, Guatemala, Honduras, "
                    "Mexico, Nicaragua, Panama, Paraguay, Peru, Uruguay and Venezuela. For each "
                    "one, three questions matter: whether it has ratified the Optional Protocol "
                    "(OPCAT), which body acts as its national preventive mechanism (NPM) and "
                    "whether that body is the national human rights institution (NHRI).</p>",
                    "pt": "<p>O hub acompanha dezessete países: Argentina, Bolívia, "
                    "Brasil, Chile, Colômbia, Costa Rica, Equador, El Salvador, Guatemala, "
                    "Honduras, México, Nicarágua, Panamá, Paraguai, Peru, Uruguai e Venezuela. Em "
                    "cada caso, três perguntas importam: se ratificou o Protocolo "
                    "Facultativo (OPCAT), que órgão atua como mecanismo nacional de prevenção "
                    "(MNP) e se esse órgão é a instituição nacional de direitos humanos "
                    "(INDH).</p>",
                },
            ),
            (
                "heading",
                {
                    "text": {
                        "es": "La foto de diciembre de 2011",
                        "en": "The picture in December 2011",
                        "pt": "O retrato de dezembro de 2011",
                    },
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                {
                    "es": "<p>En la época del taller de Buenos Aires, la síntesis del proyecto "
                    "agrupaba a los países así:</p>"
                    "<ul>"
                    "<li><b>INDH designadas como MNP:</b> Costa Rica, México y Uruguay.</li>"
                    "<li><b>OPCAT ratificado, sin MNP designado todavía:</b> Argentina, Bolivia, "
                    "Chile, Ecuador, Guatemala, Nicaragua, Paraguay y Perú.</li>"
                    "<li><b>OPCAT no ratificado, con una INDH activa en la prevención de la "
                    "tortura:</b> Colombia, El Salvador y Venezuela.</li>"
                    "</ul>",
                    "en": "<p>At the time of the Buenos Aires workshop, the project's synopsis "
                    "grouped the countries as follows:</p>"
                    "<ul>"
                    "<li><b>NHRIs designated as NPMs:</b> Costa Rica, Mexico and Uruguay.</li>"
                    "<li><b>OPCAT ratified, no NPM designated yet:</b> Argentina, Bolivia, Chile, "
                    "Ecuador, Guatemala, Nicaragua, Paraguay and Peru.</li>"
                    "<li><b>OPCAT not ratified, NHRI active on torture prevention:</b> Colombia, "
                    "El Salvador and Venezuela.</li>"
                    "</ul>",
                    "pt": "<p>Na época da oficina de Buenos Aires, a síntese do projeto agrupava "
                    "os países assim:</p>"
                    "<ul>"
                    "<li><b>INDH designadas como MNP:</b> Costa Rica, México e Uruguai.</li>"
                    "<li><b>OPCAT ratificado, ainda sem MNP designado:</b> Argentina, Bolívia, "
                    "Chile, Equador, Guatemala, Nicarágua, Paraguai e Peru.</li>"
                    "<li><b>OPCAT não ratificado, com uma INDH ativa na prevenção da tortura:</b> "
                    "Colômbia, El Salvador e Venezuela.</li>"
                    "</ul>",
                },
            ),
            (
                "heading",
                {
                    "text": {
                        "es": "Lo que precisan las fuentes",
                        "en": "What the sources add",
                        "pt": "O que as fontes precisam",
                    },
                    "level": "h3",
                },
            ),
            (
                "paragraph",
                {
                    "es": "<p>Las fuentes añaden dos matices:</p>"
                    "<ul>"
                    "<li>La Defensoría del Pueblo de Ecuador ya había adoptado su resolución como "
                    "MNP (Resolución 111) el 8 de noviembre de 2011, un mes antes del taller.</li>"
                    "<li>Guatemala (noviembre de 2010) y Paraguay (abril de 2011) ya habían creado "
                    "por ley un mecanismo propio, distinto de la INDH, aunque todavía sin "
                    "integrantes nombrados.</li>"
                    "</ul>",
                    "en": "<p>The sources add two nuances:</p>"
                    "<ul>"
                    "<li>Ecuador's Defensoría del Pueblo had already adopted its resolution as NPM "
                    "(Resolution 111) on 8 November 2011, a month before the workshop.</li>"
                    "<li>Guatemala (November 2010) and Paraguay (April 2011) had already created a "
                    "mechanism of their own by law, separate from the NHRI, though its members had "
                    "not yet been appointed.</li>"
                    "</ul>",
                    "pt": "<p>As fontes acrescentam duas nuances:</p><ul><li>A Defensoría del "
                    "Pueblo do Equador já havia adotado sua resolução como MNP (Resolução 111) em "
                    "8 de novembro de 2011, um mês antes da oficina.</li><li>A Guatemala (novembro "
                    "de 2010) e o Paraguai (abril de 2011) já haviam criado por lei um mecanismo "
                    "próprio, distinto da INDH, embora ainda sem membros nomeados.</li></ul>",
                },
            ),
            (
                "heading",
                {
                    "text": {
                        "es": "Brasil, Honduras y Panamá",
                        "en": "Brazil, Honduras and Panama",
                        "pt": "Brasil, Honduras e Panamá",
                    },
                    "level": "h3",
                },
            ),
            (
                "paragraph",
                {
                    "es": "<ul>"
                    "<li><b>Brasil</b> ratificó el OPCAT el 12 de enero de 2007 y en 2012 no tenía "
                    "INDH. Su mecanismo nacional nació con la Ley 12.847, de 2 de agosto de "
                    "2013.</li>"
                    "<li><b>Honduras</b> cuenta con el CONAPREV, creado por ley en 2008 y en "
                    "funcionamiento desde 2010; es un órgano distinto de su INDH, el CONADEH.</li>"
                    "<li><b>Panamá</b> ratificó el OPCAT el 2 de junio de 2011; la Ley 6, de 22 de "
                    "febrero de 2017, designó como MNP a su Defensoría del Pueblo.</li>"
                    "</ul>",
                    "en": "<ul>"
                    "<li><b>Brazil</b> ratified OPCAT on 12 January 2007 and had no NHRI in 2012. "
                    "Its national mechanism was created by Law 12.847 of 2 August 2013.</li>"
                    "<li><b>Honduras</b> has CONAPREV, created by law in 2008 and working since "
                    "2010; it is a body separate from the country's NHRI, CONADEH.</li>"
                    "<li><b>Panama</b> ratified OPCAT on 2 June 2011; Law 6 of 22 February 2017 "
                    "designated its Defensoría del Pueblo as the NPM.</li>"
                    "</ul>",
                    "pt": "<ul>"
                    "<li>O <b>Brasil</b> ratificou o OPCAT em 12 de janeiro de 2007 e em 2012 não "
                    "tinha INDH. Seu mecanismo nacional foi criado pela Lei 12.847, de 2 de agosto "
                    "de 2013.</li>"
                    "<li><b>Honduras</b> conta com o CONAPREV, criado por lei em 2008 e em "
                    "funcionamento desde 2010; é um órgão distinto de sua INDH, o CONADEH.</li>"
                    "<li>O <b>Panamá</b> ratificou o OPCAT em 2 de junho de 2011; a Lei 6, de 22 "
                    "de fevereiro de 2017, designou como MNP sua Defensoría del Pueblo.</li>"
                    "</ul>",
                },
            ),
            (
                "heading",
                {
                    "text": {
                        "es": "Por qué cada dato lleva fecha",
                        "en": "Why every fact carries a date",
                        "pt": "Por que cada dado tem data",
                    },
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                {
                    "es": "<p>Estos casos muestran que una sola casilla («tiene MNP: sí o no») no "
                    "basta: una ley puede crear un mecanismo años antes de que funcione. Por eso "
                    "el hub guarda para cada país una historia fechada, en la que cada hecho tiene "
                    "su fecha, su tipo, el órgano implicado y su fuente. Lo que se muestra es "
                    "siempre la situación a una fecha, y la síntesis de 2011 es un punto más de "
                    "esa línea de tiempo.</p>",
                    "en": "<p>These cases show that a single field (“has an NPM: yes or no”) is "
                    "not enough: a law can create a mechanism years before it starts working. That "
                    "is why the hub keeps a dated history for each country, in which every event "
                    "has its date, its kind, the body involved and its source. What you see is "
                    "always the status as of a date, and the 2011 synopsis is one more point on "
                    "that timeline.</p>",
                    "pt": "<p>Esses casos mostram que um único campo (“tem MNP: sim ou não”) não "
                    "basta: uma lei pode criar um mecanismo anos antes de ele funcionar. Por isso "
                    "o hub guarda para cada país uma história datada, em que cada fato tem sua "
                    "data, seu tipo, o órgão envolvido e sua fonte. O que se mostra é sempre a "
                    "situação em uma data, e a síntese de 2011 é mais um ponto dessa linha do "
                    "tempo.</p>",
                },
            ),
            (
                "callout",
                {
                    "tone": "info",
                    "title": {
                        "es": "Perfiles de país en preparación",
                        "en": "Country profiles in preparation",
                        "pt": "Perfis de país em preparação",
                    },
                    "text": {
                        "es": "<p>Pronto se publicará un perfil por país con su cronología "
                        "completa y la fuente de cada dato.</p>",
                        "en": "<p>A profile for each country, with its full timeline and the "
                        "source of every fact, will be published soon.</p>",
                        "pt": "<p>Em breve será publicado um perfil por país, com sua cronologia "
                        "completa e a fonte de cada dado.</p>",
                    },
                },
            ),
            (
                "paragraph",
                {
                    "es": '<p>Fuentes: datos de la <a href="https://treaties.un.org/">'
                    "Colección de Tratados de las Naciones Unidas</a>, las fichas por país de la "
                    'base de datos sobre el OPCAT de la <a href="https://www.apt.ch/">Asociación '
                    "para la Prevención de la Tortura (APT)</a> y documentos de la "
                    '<a href="https://www.ohchr.org/">Oficina del Alto Comisionado de las Naciones '
                    "Unidas para los Derechos Humanos</a>.</p>",
                    "en": '<p>Sources: data from the <a href="https://treaties.un.org/">United '
                    "Nations Treaty Collection</a>, the country pages of the OPCAT database of the "
                    '<a href="https://www.apt.ch/">Association for the Prevention of Torture '
                    '(APT)</a> and documents of the <a href="https://www.ohchr.org/">Office of '
                    "the UN High Commissioner for Human Rights</a>.</p>",
                    "pt": '<p>Fontes: dados da <a href="https://treaties.un.org/">Coleção de '
                    "Tratados das Nações Unidas</a>, as fichas por país da base de dados sobre o "
                    'OPCAT da <a href="https://www.apt.ch/">Associação para a Prevenção da Tortura '
                    '(APT)</a> e documentos do <a href="https://www.ohchr.org/">Escritório do Alto '
                    "Comissariado das Nações Unidas para os Direitos Humanos</a>.</p>",
                },
            ),
        ],
    },
    {
        "key": "privacy",
        "slug": {"es": "privacidad", "en": "privacy", "pt": "privacidade"},
        "show_in_menus": False,
        "title": {
            "es": "Declaración de privacidad",
            "en": "Privacy statement",
            "pt": "Declaração de privacidade",
        },
        "introduction": {
            "es": "Qué datos trata este sitio, para qué y por cuánto tiempo.",
            "en": "What data this site handles, what for and for how long.",
            "pt": "Quais dados este site trata, para quê e por quanto tempo.",
        },
        "search_description": {
            "es": "Cómo trata los datos personales el hub de la red sobre INDH y prevención de la "
            "tortura: sin cookies de seguimiento; solo totales diarios de reproducciones y "
            "descargas.",
            "en": "How the hub of the network on NHRIs and torture prevention handles personal "
            "data: no tracking cookies; only daily totals of plays and downloads.",
            "pt": "Como o hub da rede sobre INDH e prevenção da tortura trata dados pessoais: sem "
            "cookies de rastreamento; apenas totais diários de reproduções e downloads.",
        },
        "body": [
            (
                "callout",
                {
                    "tone": "sample",
                    "title": _TEMPLATE_TITLE,
                    "text": {
                        "es": "<p>Este texto es una plantilla. La red debe revisarlo, completarlo "
                        "con sus datos de contacto y con la legislación que le sea aplicable, y "
                        "aprobarlo antes de que el sitio se publique.</p>",
                        "en": "<p>This text is a template. The network should review it, complete "
                        "it with its contact details and the law that applies to it, and approve "
                        "it before the site goes public.</p>",
                        "pt": "<p>Este texto é um modelo. A rede deve revisá-lo, completá-lo com "
                        "seus dados de contato e com a legislação aplicável, e aprová-lo antes da "
                        "publicação do site.</p>",
                    },
                },
            ),
            (
                "heading",
                {
                    "text": {
                        "es": "Lo que no hacemos",
                        "en": "What we do not do",
                        "pt": "O que não fazemos",
                    },
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                {
                    "es": "<p>El sitio no usa cookies de seguimiento ni de publicidad y, en su "
                    "configuración por defecto, no incluye herramientas de analítica que sigan a "
                    "quienes lo visitan: solo cuenta reproducciones y descargas, como se explica "
                    "más abajo. No vendemos ni cedemos datos personales a nadie.</p>",
                    "en": "<p>The site uses no tracking or advertising cookies and, in its default "
                    "configuration, includes no analytics tools that follow its visitors: it only "
                    "counts plays and downloads, as explained below. We do not sell or pass on "
                    "personal data to anyone.</p>",
                    "pt": "<p>O site não usa cookies de rastreamento nem de publicidade e, em sua "
                    "configuração padrão, não inclui ferramentas de análise que acompanhem quem o "
                    "visita: apenas conta reproduções e downloads, como se explica abaixo. Não "
                    "vendemos nem repassamos dados pessoais a ninguém.</p>",
                },
            ),
            (
                "heading",
                {
                    "text": {
                        "es": "Lo que sí se registra",
                        "en": "What is recorded",
                        "pt": "O que é registrado",
                    },
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                {
                    "es": "<p>Para que el sitio funcione y sea seguro se tratan muy pocos "
                    "datos:</p><ul><li><b>Registros del servidor.</b> Cada visita deja una línea "
                    "con la dirección IP, la fecha y la hora, la página pedida y el navegador. Se "
                    "conservan durante un plazo breve, solo para detectar abusos y resolver "
                    "fallos, y después se borran.</li><li><b>Preferencia de idioma.</b> Si elige "
                    "un idioma, el sitio puede recordarlo en una pequeña cookie que solo contiene "
                    "el código del idioma.</li><li><b>Recuentos de reproducciones y descargas."
                    "</b> Cuando una grabación empieza a reproducirse, o cuando se descarga un "
                    "documento o un archivo de audio o vídeo, el sitio suma uno al total de ese "
                    "contenido en ese día. Solo se guarda qué contenido, qué día y cuántas veces: "
                    "ninguna cookie, dirección IP, dato del navegador ni identificador de la "
                    "persona. El navegador se mira solo para no contar a los robots conocidos, y "
                    "no se guarda. Para evitar abusos, los avisos de reproducción que llegan desde "
                    "cada dirección se limitan con un contador que dura un minuto en la memoria "
                    "caché del servidor y no se escribe en la base de datos. Estos totales solo "
                    "los ve el equipo editorial, en la administración del sitio.</li>"
                    "<li><b>Cuentas del equipo editorial.</b> Quienes "
                    "publican contenidos tienen una cuenta con nombre, correo electrónico y "
                    "contraseña (que se guarda protegida, nunca como texto legible). Al iniciar "
                    "sesión se usan cookies técnicas imprescindibles, que no sirven para ningún "
                    "otro fin.</li></ul>",
                    "en": "<p>Very little data is handled, only so that the site works and stays "
                    "secure:</p><ul><li><b>Server logs.</b> Each visit leaves a line with the IP "
                    "address, the date and time, the page requested and the browser. Logs are kept "
                    "for a short time, only to detect abuse and fix faults, and are then "
                    "deleted.</li><li><b>Language preference.</b> If you choose a language, the "
                    "site may remember it in a small cookie that holds only the language "
                    "code.</li><li><b>Counts of plays and downloads.</b> When a recording starts "
                    "playing, or a document or an audio or video file is downloaded, the site adds "
                    "one to that item's total for the day. Only the item, the day and the number "
                    "are kept: no cookie, IP address, browser details or identifier of the "
                    "person. The browser is looked at only to leave known robots out, and is not "
                    "stored. To prevent abuse, the play notices that come from each address are "
                    "limited by a counter that lasts one minute in the server's cache and is "
                    "never written to the database. Only the editorial team sees these totals, "
                    "in the site's administration.</li><li><b>Editors' accounts.</b> People who publish content have an "
                    "account with a name, an email address and a password (stored in protected "
                    "form, never as readable text). Signing in uses strictly necessary technical "
                    "cookies, which serve no other purpose.</li></ul>",
                    "pt": "<p>Para que o site funcione e seja seguro, tratam-se pouquíssimos "
                    "dados:</p>"
                    "<ul>"
                    "<li><b>Registros do servidor.</b> Cada visita deixa uma linha com o endereço "
                    "IP, a data e a hora, a página solicitada e o navegador. Eles são guardados "
                    "por um prazo curto, apenas para detectar abusos e corrigir falhas, e depois "
                    "apagados.</li>"
                    "<li><b>Preferência de idioma.</b> Se você escolher um idioma, o site pode "
                    "lembrá-lo em um pequeno cookie que contém apenas o código do idioma.</li>"
                    "<li><b>Contagens de reproduções e downloads.</b> Quando uma gravação começa "
                    "a ser reproduzida, ou quando se baixa um documento ou um arquivo de áudio ou "
                    "vídeo, o site soma um ao total desse conteúdo naquele dia. Guarda-se apenas "
                    "qual conteúdo, qual dia e quantas vezes: nenhum cookie, endereço IP, dado do "
                    "navegador ou identificador da pessoa. O navegador é consultado apenas para "
                    "não contar os robôs conhecidos, e não é guardado. Para evitar abusos, os "
                    "avisos de reprodução que chegam de cada endereço são limitados por um "
                    "contador que dura um minuto no cache do servidor e nunca é gravado no banco "
                    "de dados. Só a equipe editorial vê esses totais, na administração do "
                    "site.</li>"
                    "<li><b>Contas da equipe editorial.</b> Quem publica conteúdos tem uma conta "
                    "com nome, e-mail e senha (guardada de forma protegida, nunca como texto "
                    "legível). O login usa "
                    "cookies técnicos estritamente necessários, que não servem para nenhum outro "
                    "fim.</li>"
                    "</ul>",
                },
            ),
            (
                "heading",
                {
                    "text": {
                        "es": "Boletín y formulario de contacto",
                        "en": "Newsletter and contact form",
                        "pt": "Boletim e formulário de contato",
                    },
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                {
                    "es": "<p>Si se suscribe al boletín, guardamos su dirección de correo "
                    "electrónico, el idioma y los temas que eligió, y las fechas de la suscripción "
                    "y de su confirmación, solo para enviarle el boletín. La suscripción se "
                    "confirma con un enlace que le enviamos por correo; una dirección que no se "
                    "confirma en siete días se borra. Si nos escribe con el formulario de "
                    "contacto, guardamos su nombre, su correo electrónico y su mensaje para "
                    "responderle: se envían por correo al equipo de la red y se conservan en la "
                    "administración del sitio, a la que solo acceden sus editores, hasta que los "
                    "borren. Para limitar los abusos, el sitio cuenta durante poco tiempo los "
                    "formularios enviados desde cada dirección IP, sin guardarla junto a sus "
                    "datos.</p>",
                    "en": "<p>If you subscribe to the newsletter, we keep your email address, the "
                    "language and topics you chose, and the dates of your sign-up and of its "
                    "confirmation, only to send you the newsletter. The subscription is confirmed "
                    "through a link we email you; an address not confirmed within seven days is "
                    "deleted. If you write to us with the contact form, we keep your name, email "
                    "address and message in order to answer you: they are emailed to the "
                    "network's team and kept in the site's administration, which only its editors "
                    "can open, until they delete them. To limit abuse, the site counts for a short "
                    "time the forms sent from each IP address, without storing it with your "
                    "data.</p>",
                    "pt": "<p>Se você se inscrever no boletim, guardamos seu endereço de e-mail, o "
                    "idioma e os temas que escolheu e as datas da inscrição e da confirmação, "
                    "apenas para lhe enviar o boletim. A inscrição é confirmada por um link que "
                    "enviamos por e-mail; um endereço não confirmado em sete dias é apagado. Se "
                    "você nos escrever pelo formulário de contato, guardamos seu nome, seu e-mail "
                    "e sua mensagem para responder: eles são enviados por e-mail à equipe da rede "
                    "e guardados na administração do site, à qual só seus editores têm acesso, até "
                    "que os apaguem. Para limitar abusos, o site conta por pouco tempo os "
                    "formulários enviados de cada endereço IP, sem guardá-lo junto com seus "
                    "dados.</p>",
                },
            ),
            (
                "heading",
                {
                    "text": {
                        "es": "Vídeos de otras plataformas",
                        "en": "Videos from other platforms",
                        "pt": "Vídeos de outras plataformas",
                    },
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                {
                    "es": "<p>Las grabaciones se sirven, siempre que es posible, desde el propio "
                    "sitio. Si una página incluye un vídeo alojado en otra plataforma, esa "
                    "plataforma puede recibir datos cuando usted lo reproduce; en esos casos se "
                    "prefieren los modos de inserción que reducen el seguimiento.</p>",
                    "en": "<p>Recordings are served from the site itself wherever possible. If a "
                    "page embeds a video hosted on another platform, that platform may receive "
                    "data when you play it; in those cases, embedding modes that reduce tracking "
                    "are preferred.</p>",
                    "pt": "<p>As gravações são servidas, sempre que possível, pelo próprio site. "
                    "Se uma página incorporar um vídeo hospedado em outra plataforma, essa "
                    "plataforma pode receber dados quando você o reproduzir; nesses casos, dá-se "
                    "preferência aos modos de incorporação que reduzem o rastreamento.</p>",
                },
            ),
            (
                "heading",
                {
                    "text": {
                        "es": "Sus derechos y cómo contactarnos",
                        "en": "Your rights and how to contact us",
                        "pt": "Seus direitos e como falar conosco",
                    },
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                {
                    "es": "<p>Puede preguntar qué datos suyos tratamos y pedir que se corrijan o "
                    "se borren. Para ello, escriba a la red a través de los datos de contacto que "
                    "publica en este sitio; le responderemos en el plazo que fije la ley "
                    "aplicable.</p>",
                    "en": "<p>You can ask which of your data we handle and request that they be "
                    "corrected or deleted. To do so, write to the network using the contact "
                    "details it publishes on this site; we will reply within the time set by the "
                    "applicable law.</p>",
                    "pt": "<p>Você pode perguntar quais dados seus tratamos e pedir que sejam "
                    "corrigidos ou apagados. Para isso, escreva à rede pelos dados de contato que "
                    "ela publica neste site; responderemos no prazo fixado pela lei aplicável.</p>",
                },
            ),
        ],
    },
    {
        "key": "accessibility",
        "slug": {"es": "accesibilidad", "en": "accessibility", "pt": "acessibilidade"},
        "show_in_menus": False,
        "title": {
            "es": "Declaración de accesibilidad",
            "en": "Accessibility statement",
            "pt": "Declaração de acessibilidade",
        },
        "introduction": {
            "es": "Queremos que todas las personas puedan usar el hub, también con lector de "
            "pantalla, solo con el teclado o con una conexión lenta.",
            "en": "We want everyone to be able to use the hub, including with a screen reader, "
            "with the keyboard alone or over a slow connection.",
            "pt": "Queremos que todas as pessoas possam usar o hub, inclusive com leitor de tela, "
            "só com o teclado ou com uma conexão lenta.",
        },
        "search_description": {
            "es": "Accesibilidad del hub: objetivo WCAG 2.2 AA, subtítulos y transcripciones, "
            "uso con teclado, versiones ligeras y cómo avisar de una barrera.",
            "en": "Hub accessibility: aiming at WCAG 2.2 AA, captions and transcripts, keyboard "
            "use, low-bandwidth versions and how to report a barrier.",
            "pt": "Acessibilidade do hub: meta WCAG 2.2 AA, legendas e transcrições, uso por "
            "teclado, versões leves e como relatar uma barreira.",
        },
        "body": [
            (
                "callout",
                {
                    "tone": "sample",
                    "title": _TEMPLATE_TITLE,
                    "text": {
                        "es": "<p>Esta declaración es una plantilla. La red debe revisarla después "
                        "de evaluar el sitio y añadir la fecha de esa evaluación.</p>",
                        "en": "<p>This statement is a template. The network should review it after "
                        "assessing the site and add the date of that assessment.</p>",
                        "pt": "<p>Esta declaração é um modelo. A rede deve revisá-la depois de "
                        "avaliar o site e acrescentar a data dessa avaliação.</p>",
                    },
                },
            ),
            (
                "heading",
                {
                    "text": {"es": "Nuestro objetivo", "en": "Our goal", "pt": "Nosso objetivo"},
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                {
                    "es": "<p>El hub aspira a cumplir el nivel AA de las Pautas de Accesibilidad "
                    "para el Contenido Web (WCAG) 2.2. Muchas personas lo consultan desde el "
                    "teléfono y con conexiones lentas, y lo tenemos en cuenta en cada página.</p>",
                    "en": "<p>The hub aims to meet level AA of the Web Content Accessibility "
                    "Guidelines (WCAG) 2.2. Many people use it on their phones and over slow "
                    "connections, and we keep that in mind on every page.</p>",
                    "pt": "<p>O hub busca atender ao nível AA das Diretrizes de Acessibilidade "
                    "para Conteúdo Web (WCAG) 2.2. Muitas pessoas o acessam pelo celular e com "
                    "conexões lentas, e levamos isso em conta em cada página.</p>",
                },
            ),
            (
                "heading",
                {
                    "text": {"es": "Qué hacemos", "en": "What we do", "pt": "O que fazemos"},
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                {
                    "es": "<ul>"
                    "<li><b>Subtítulos y transcripciones:</b> las grabaciones llevan subtítulos y "
                    "una transcripción que se puede leer y buscar.</li>"
                    "<li><b>Teclado:</b> todo el sitio, incluido el reproductor, se puede usar sin "
                    "ratón, con un foco siempre visible.</li>"
                    "<li><b>Versiones ligeras:</b> las grabaciones se ofrecen también en versiones "
                    "de menor peso, pensadas para conexiones lentas.</li>"
                    "<li><b>Textos alternativos:</b> las imágenes que aportan información llevan "
                    "una descripción.</li>"
                    "</ul>",
                    "en": "<ul>"
                    "<li><b>Captions and transcripts:</b> recordings have captions and a "
                    "transcript you can read and search.</li>"
                    "<li><b>Keyboard:</b> the whole site, player included, can be used without a "
                    "mouse, with a focus that is always visible.</li>"
                    "<li><b>Low-bandwidth versions:</b> recordings are also offered in lighter "
                    "versions, designed for slow connections.</li>"
                    "<li><b>Text alternatives:</b> images that carry information have a "
                    "description.</li>"
                    "</ul>",
                    "pt": "<ul><li><b>Legendas e transcrições:</b> as gravações têm legendas e uma "
                    "transcrição que pode ser lida e pesquisada.</li><li><b>Teclado:</b> todo o "
                    "site, inclusive o player, pode ser usado sem mouse, com um foco sempre "
                    "visível.</li><li><b>Versões leves:</b> as gravações são oferecidas também em "
                    "versões mais leves, pensadas para conexões lentas.</li><li><b>Textos "
                    "alternativos:</b> as imagens que trazem informação têm uma "
                    "descrição.</li></ul>",
                },
            ),
            (
                "heading",
                {
                    "text": {
                        "es": "Limitaciones conocidas",
                        "en": "Known limitations",
                        "pt": "Limitações conhecidas",
                    },
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                {
                    "es": "<ul>"
                    "<li>Parte del contenido es de muestra y se sustituirá; hasta entonces, está "
                    "marcado como tal.</li>"
                    "<li>Algunos documentos antiguos pueden ser PDF sin etiquetar, difíciles de "
                    "leer con un lector de pantalla. Si necesita uno de ellos en otro formato, "
                    "pídalo y se lo enviaremos.</li>"
                    "</ul>",
                    "en": "<ul>"
                    "<li>Some content is sample content and will be replaced; until then, it is "
                    "marked as such.</li>"
                    "<li>Some older documents may be untagged PDFs, hard to read with a screen "
                    "reader. If you need one of them in another format, ask and we will send "
                    "it.</li>"
                    "</ul>",
                    "pt": "<ul>"
                    "<li>Parte do conteúdo é de exemplo e será substituída; até lá, está "
                    "identificada como tal.</li>"
                    "<li>Alguns documentos antigos podem ser PDFs sem marcação, difíceis de ler "
                    "com leitor de tela. Se precisar de algum deles em outro formato, peça e nós o "
                    "enviaremos.</li>"
                    "</ul>",
                },
            ),
            (
                "heading",
                {
                    "text": {
                        "es": "Cómo avisar de una barrera",
                        "en": "How to report a barrier",
                        "pt": "Como relatar uma barreira",
                    },
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                {
                    "es": "<p>Si algo del sitio le impide o le dificulta el acceso, escriba a la "
                    "red a través de los datos de contacto publicados en este sitio. Indique la "
                    "dirección de la página, qué intentaba hacer y, si quiere, qué dispositivo o "
                    "tecnología de apoyo usa. Le responderemos y, mientras se corrige el problema, "
                    "le ofreceremos la información en otro formato.</p>",
                    "en": "<p>If anything on the site keeps you from using it or makes it hard, "
                    "write to the network using the contact details published on this site. "
                    "Tell us the page address, what you were trying to do and, if you wish, which "
                    "device or assistive technology you use. We will reply and, while the problem "
                    "is being fixed, offer you the information in another format.</p>",
                    "pt": "<p>Se algo no site impedir ou dificultar seu acesso, escreva à rede "
                    "pelos dados de contato publicados neste site. Informe o endereço da página, o "
                    "que você tentava fazer e, se quiser, qual dispositivo ou tecnologia assistiva "
                    "usa. Responderemos e, enquanto o problema é corrigido, ofereceremos a "
                    "informação em outro formato.</p>",
                },
            ),
        ],
    },
]

# ---------------------------------------------------------------------------------------
# News
# ---------------------------------------------------------------------------------------

NEWS_INDEX = {
    "slug": {"es": "noticias", "en": "news", "pt": "novidades"},
    "title": {"es": "Noticias", "en": "News", "pt": "Notícias"},
    "introduction": {
        "es": "Novedades de la red: actividades de las instituciones nacionales de derechos "
        "humanos, visitas del Subcomité para la Prevención de la Tortura y noticias del proyecto.",
        "en": "News from the network: the work of national human rights institutions, visits by "
        "the Subcommittee on Prevention of Torture and updates on the project.",
        "pt": "Novidades da rede: atividades das instituições nacionais de direitos humanos, "
        "visitas do Subcomitê de Prevenção da Tortura e notícias do projeto.",
    },
    "search_description": {
        "es": "Noticias de la red sobre INDH, EPU y prevención de la tortura en América Latina.",
        "en": "News from the network on NHRIs, the UPR and torture prevention in Latin America.",
        "pt": "Notícias da rede sobre INDH, RPU e prevenção da tortura na América Latina.",
    },
}


# The notice under every demo news item: its author is a fictional sample profile.
_SAMPLE_AUTHOR_ANA = (
    "callout",
    {
        "tone": "sample",
        "title": {
            "es": "Autoría de muestra",
            "en": "Sample author",
            "pt": "Autoria de exemplo",
        },
        "text": {
            "es": "<p>Esta noticia se ha redactado para la demostración del hub a partir de los "
            "datos conservados del proyecto. Ana Ejemplo es un perfil de muestra, no una persona "
            "real; el equipo editorial debe sustituirlo por la autoría verificada.</p>",
            "en": "<p>This item was written for the hub's demonstration from the project's "
            "surviving records. Ana Ejemplo is a sample profile, not a real person; editors should "
            "replace it with the verified author.</p>",
            "pt": "<p>Esta notícia foi redigida para a demonstração do hub a partir dos registros "
            "preservados do projeto. Ana Ejemplo é um perfil de exemplo, não uma pessoa real; a "
            "equipe editorial deve substituí-lo pela autoria verificada.</p>",
        },
    },
)

_SAMPLE_AUTHOR_PEDRO = (
    "callout",
    {
        "tone": "sample",
        "title": {
            "es": "Autoría de muestra",
            "en": "Sample author",
            "pt": "Autoria de exemplo",
        },
        "text": {
            "es": "<p>Esta noticia se ha redactado para la demostración del hub a partir de los "
            "datos conservados del proyecto. Pedro Muestra es un perfil de muestra, no una persona "
            "real; el equipo editorial debe sustituirlo por la autoría verificada.</p>",
            "en": "<p>This item was written for the hub's demonstration from the project's "
            "surviving records. Pedro Muestra is a sample profile, not a real person; editors "
            "should replace it with the verified author.</p>",
            "pt": "<p>Esta notícia foi redigida para a demonstração do hub a partir dos registros "
            "preservados do projeto. Pedro Muestra é um perfil de exemplo, não uma pessoa real; a "
            "equipe editorial deve substituí-lo pela autoria verificada.</p>",
        },
    },
)

_SAMPLE_AUTHOR_MARIA = (
    "callout",
    {
        "tone": "sample",
        "title": {
            "es": "Autoría de muestra",
            "en": "Sample author",
            "pt": "Autoria de exemplo",
        },
        "text": {
            "es": "<p>Esta noticia se ha redactado para la demostración del hub a partir de los "
            "datos conservados del proyecto. Maria Exemplo es un perfil de muestra, no una persona "
            "real; el equipo editorial debe sustituirlo por la autoría verificada.</p>",
            "en": "<p>This item was written for the hub's demonstration from the project's "
            "surviving records. Maria Exemplo is a sample profile, not a real person; editors "
            "should replace it with the verified author.</p>",
            "pt": "<p>Esta notícia foi redigida para a demonstração do hub a partir dos registros "
            "preservados do projeto. Maria Exemplo é um perfil de exemplo, não uma pessoa real; a "
            "equipe editorial deve substituí-lo pela autoria verificada.</p>",
        },
    },
)

_NO_FINDINGS_TITLE = {
    "es": "Sobre las conclusiones",
    "en": "About the findings",
    "pt": "Sobre as conclusões",
}

NEWS = [
    {
        "key": "spt-honduras",
        "slug": {
            "es": "visita-asesora-subcomite-honduras-2012",
            "en": "spt-advisory-visit-honduras-2012",
            "pt": "visita-consultiva-subcomite-honduras-2012",
        },
        "date": "2012-05-04",
        "authors": ["maria-exemplo"],
        "topics": ["spt", "npm", "opcat"],
        "title": {
            "es": "El Subcomité asesora al mecanismo nacional de prevención de Honduras",
            "en": "The Subcommittee advises Honduras' national preventive mechanism",
            "pt": "O Subcomitê assessora o mecanismo nacional de prevenção de Honduras",
        },
        "summary_text": {
            "es": "Del 30 de abril al 4 de mayo de 2012, el Subcomité para la Prevención de la "
            "Tortura realizó una visita de asesoramiento sobre el mecanismo nacional de prevención "
            "de Honduras, el CONAPREV.",
            "en": "From 30 April to 4 May 2012, the Subcommittee on Prevention of Torture made an "
            "advisory visit on Honduras' national preventive mechanism, CONAPREV.",
            "pt": "De 30 de abril a 4 de maio de 2012, o Subcomitê de Prevenção da Tortura "
            "realizou uma visita de assessoramento sobre o mecanismo nacional de prevenção de "
            "Honduras, o CONAPREV.",
        },
        "search_description": {
            "es": "Visita de asesoramiento del Subcomité para la Prevención de la Tortura al "
            "CONAPREV de Honduras, 30 de abril al 4 de mayo de 2012.",
            "en": "Advisory visit of the UN Subcommittee on Prevention of Torture on Honduras' "
            "CONAPREV, 30 April to 4 May 2012.",
            "pt": "Visita de assessoramento do Subcomitê de Prevenção da Tortura ao CONAPREV de "
            "Honduras, de 30 de abril a 4 de maio de 2012.",
        },
        "body": [
            (
                "heading",
                {
                    "text": {
                        "es": "¿Qué es una visita de asesoramiento?",
                        "en": "What is an advisory visit?",
                        "pt": "O que é uma visita de assessoramento?",
                    },
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                {
                    "es": "<p>El Protocolo Facultativo de la Convención contra la Tortura (OPCAT) "
                    "no solo encarga al Subcomité para la Prevención de la Tortura (SPT) visitar "
                    "lugares de detención: también le encomienda asesorar a los Estados y a sus "
                    "mecanismos nacionales de prevención (MNP). En una visita de asesoramiento, la "
                    "atención se centra en el propio mecanismo: cómo está organizado, cómo trabaja "
                    "y qué necesita para cumplir su mandato.</p>",
                    "en": "<p>The Optional Protocol to the Convention against Torture (OPCAT) does "
                    "not only task the Subcommittee on Prevention of Torture (SPT) with visiting "
                    "places of detention: it also asks it to advise States and their national "
                    "preventive mechanisms (NPMs). On an advisory visit, the focus is on the "
                    "mechanism itself: how it is organised, how it works and what it needs to "
                    "fulfil its mandate.</p>",
                    "pt": "<p>O Protocolo Facultativo à Convenção contra a Tortura (OPCAT) não "
                    "encarrega o Subcomitê de Prevenção da Tortura (SPT) apenas de visitar locais "
                    "de detenção: também lhe atribui a tarefa de assessorar os Estados e seus "
                    "mecanismos nacionais de prevenção (MNP). Em uma visita de assessoramento, a "
                    "atenção se volta para o próprio mecanismo: como está organizado, como "
                    "trabalha e do que precisa para cumprir seu mandato.</p>",
                },
            ),
            (
                "heading",
                {
                    "text": {
                        "es": "El mecanismo hondureño",
                        "en": "The Honduran mechanism",
                        "pt": "O mecanismo hondurenho",
                    },
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                {
                    "es": "<p>Algunos datos de contexto:</p>"
                    "<ul>"
                    "<li>Honduras firmó el OPCAT el 8 de diciembre de 2004 y lo ratificó el 23 de "
                    "mayo de 2006.</li>"
                    "<li>El CONAPREV fue creado por ley en 2008 y funciona desde 2010.</li>"
                    "<li>El CONAPREV es un órgano distinto de la INDH del país, el Comisionado "
                    "Nacional de los Derechos Humanos (CONADEH).</li>"
                    "</ul>",
                    "en": "<p>Some background:</p>"
                    "<ul>"
                    "<li>Honduras signed OPCAT on 8 December 2004 and ratified it on 23 May "
                    "2006.</li>"
                    "<li>CONAPREV was created by law in 2008 and has been working since 2010.</li>"
                    "<li>CONAPREV is a body separate from the country's NHRI, the National "
                    "Commissioner for Human Rights (CONADEH).</li>"
                    "</ul>",
                    "pt": "<p>Alguns dados de contexto:</p>"
                    "<ul>"
                    "<li>Honduras assinou o OPCAT em 8 de dezembro de 2004 e o ratificou em 23 de "
                    "maio de 2006.</li>"
                    "<li>O CONAPREV foi criado por lei em 2008 e funciona desde 2010.</li>"
                    "<li>O CONAPREV é um órgão distinto da INDH do país, o Comissário Nacional dos "
                    "Direitos Humanos (CONADEH).</li>"
                    "</ul>",
                },
            ),
            (
                "heading",
                {
                    "text": {
                        "es": "Por qué interesa a la red",
                        "en": "Why it matters to the network",
                        "pt": "Por que interessa à rede",
                    },
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                {
                    "es": "<p>Honduras es uno de los países de la región que confiaron la función "
                    "de MNP a un órgano creado para ello, y no a su INDH. Para las INDH que "
                    "debaten qué papel les corresponde en la prevención, resulta útil ver cómo se "
                    "acompaña a un mecanismo de este tipo y cómo se articula con la institución "
                    "nacional de derechos humanos.</p>",
                    "en": "<p>Honduras is one of the countries in the region that entrusted the "
                    "NPM role to a body created for the purpose rather than to its NHRI. For NHRIs "
                    "weighing up their own role in prevention, it is useful to see how such a "
                    "mechanism is supported and how it relates to the national human rights "
                    "institution.</p>",
                    "pt": "<p>Honduras é um dos países da região que confiaram a função de MNP a "
                    "um órgão criado para isso, e não à sua INDH. Para as INDH que discutem qual "
                    "papel lhes cabe na prevenção, é útil ver como se acompanha um mecanismo desse "
                    "tipo e como ele se articula com a instituição nacional de direitos "
                    "humanos.</p>",
                },
            ),
            (
                "callout",
                {
                    "tone": "info",
                    "title": _NO_FINDINGS_TITLE,
                    "text": {
                        "es": "<p>Esta noticia no resume conclusiones de la visita. Si el "
                        "Subcomité publica un documento sobre ella, el equipo editorial lo "
                        "enlazará aquí.</p>",
                        "en": "<p>This item does not summarise any findings of the visit. If the "
                        "Subcommittee publishes a document about it, the editors will link it "
                        "here.</p>",
                        "pt": "<p>Esta notícia não resume conclusões da visita. Se o Subcomitê "
                        "publicar um documento sobre ela, a equipe editorial vai inseri-lo "
                        "aqui.</p>",
                    },
                },
            ),
            _SAMPLE_AUTHOR_MARIA,
        ],
    },
    {
        "key": "launch",
        "slug": {
            "es": "la-red-estrena-su-sitio-web",
            "en": "network-website-launched",
            "pt": "rede-lanca-seu-site",
        },
        "date": "2012-05-03",
        "authors": ["ana-ejemplo"],
        "topics": ["nhri", "upr", "opcat"],
        "title": {
            "es": "La red sobre INDH y prevención de la tortura estrena su sitio web",
            "en": "The network on NHRIs and torture prevention launches its website",
            "pt": "A rede sobre INDH e prevenção da tortura lança seu site",
        },
        "summary_text": {
            "es": "Desde hoy, el proyecto sobre instituciones nacionales de derechos humanos, EPU "
            "y prevención de la tortura en América Latina tiene sitio web, en inglés y en español. "
            "Presenta el proyecto, el taller de Buenos Aires y recursos de la ONU.",
            "en": "From today, the project on national human rights institutions, the UPR and "
            "torture prevention in Latin America has a website, in English and Spanish. It "
            "presents the project, the Buenos Aires workshop and UN resources.",
            "pt": "A partir de hoje, o projeto sobre instituições nacionais de direitos humanos, "
            "RPU e prevenção da tortura na América Latina tem um site, em inglês e em espanhol. "
            "Ele apresenta o projeto, a oficina de Buenos Aires e recursos da ONU.",
        },
        "search_description": {
            "es": "El 3 de mayo de 2012 la red sobre INDH, EPU y prevención de la tortura abrió su "
            "sitio web en inglés y en español.",
            "en": "On 3 May 2012 the network on NHRIs, the UPR and torture prevention opened its "
            "website in English and Spanish.",
            "pt": "Em 3 de maio de 2012 a rede sobre INDH, RPU e prevenção da tortura lançou seu "
            "site em inglês e em espanhol.",
        },
        "body": [
            (
                "paragraph",
                {
                    "es": "<p>El proyecto que reúne a instituciones nacionales de derechos humanos "
                    "(INDH) de América Latina en torno a la prevención de la tortura abre hoy su "
                    "sitio web, nhritortureprevention.org. Está en inglés y cuenta con una versión "
                    "en español.</p>",
                    "en": "<p>The project that brings together Latin American national human "
                    "rights institutions (NHRIs) around torture prevention opens its website "
                    "today, nhritortureprevention.org. It is in English and has a Spanish "
                    "version.</p>",
                    "pt": "<p>O projeto que reúne instituições nacionais de direitos humanos "
                    "(INDH) da América Latina em torno da prevenção da tortura lança hoje seu "
                    "site, nhritortureprevention.org. Ele está em inglês e tem uma versão em "
                    "espanhol.</p>",
                },
            ),
            (
                "heading",
                {
                    "text": {
                        "es": "Qué se puede consultar",
                        "en": "What you can find",
                        "pt": "O que se pode consultar",
                    },
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                {
                    "es": "<p>El sitio ofrece, entre otros contenidos:</p>"
                    "<ul>"
                    "<li>una presentación del proyecto y su síntesis;</li>"
                    "<li>el taller celebrado en Buenos Aires el 13 y el 14 de diciembre de 2011, "
                    "con su programa;</li>"
                    "<li>recursos de las Naciones Unidas sobre la Convención contra la Tortura, el "
                    "Protocolo Facultativo y el Subcomité para la Prevención de la Tortura, "
                    "incluidas las recomendaciones por país;</li>"
                    "<li>páginas sobre las INDH de América Latina y su relación con las normas "
                    "internacionales de derechos humanos.</li>"
                    "</ul>",
                    "en": "<p>Among other things, the site offers:</p>"
                    "<ul>"
                    "<li>an overview of the project and its synopsis;</li>"
                    "<li>the workshop held in Buenos Aires on 13 and 14 December 2011, with its "
                    "outline;</li>"
                    "<li>United Nations resources on the Convention against Torture, the Optional "
                    "Protocol and the Subcommittee on Prevention of Torture, including "
                    "country-specific recommendations;</li>"
                    "<li>pages on Latin American NHRIs and how they relate to international human "
                    "rights standards.</li>"
                    "</ul>",
                    "pt": "<p>O site oferece, entre outros conteúdos:</p><ul><li>uma apresentação "
                    "do projeto e sua síntese;</li><li>a oficina realizada em Buenos Aires nos "
                    "dias 13 e 14 de dezembro de 2011, com sua programação;</li><li>recursos das "
                    "Nações Unidas sobre a Convenção contra a Tortura, o Protocolo Facultativo e o "
                    "Subcomitê de Prevenção da Tortura, incluindo as recomendações por "
                    "país;</li><li>páginas sobre as INDH da América Latina e sua relação com as "
                    "normas internacionais de direitos humanos.</li></ul>",
                },
            ),
            (
                "heading",
                {
                    "text": {
                        "es": "Próximos pasos",
                        "en": "Next steps",
                        "pt": "Próximos passos",
                    },
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                {
                    "es": "<p>El sitio se irá completando con las noticias de la red, como las "
                    "visitas del Subcomité para la Prevención de la Tortura a la región, y con los "
                    "materiales que surjan del trabajo conjunto de las INDH.</p>",
                    "en": "<p>The site will grow with news from the network, such as the visits of "
                    "the Subcommittee on Prevention of Torture to the region, and with the "
                    "material that comes out of the NHRIs' joint work.</p>",
                    "pt": "<p>O site será completado com as notícias da rede, como as visitas do "
                    "Subcomitê de Prevenção da Tortura à região, e com os materiais que surgirem "
                    "do trabalho conjunto das INDH.</p>",
                },
            ),
            _SAMPLE_AUTHOR_ANA,
        ],
    },
    {
        "key": "spt-argentina",
        "slug": {
            "es": "subcomite-prevencion-tortura-visita-argentina-2012",
            "en": "spt-visit-argentina-2012",
            "pt": "subcomite-prevencao-tortura-visita-argentina-2012",
        },
        "date": "2012-04-27",
        "authors": ["pedro-muestra"],
        "topics": ["spt", "opcat", "npm", "detention"],
        "title": {
            "es": "El Subcomité para la Prevención de la Tortura concluye su visita a Argentina",
            "en": "The Subcommittee on Prevention of Torture concludes its visit to Argentina",
            "pt": "O Subcomitê de Prevenção da Tortura conclui sua visita à Argentina",
        },
        "summary_text": {
            "es": "Del 18 al 27 de abril de 2012, una delegación del Subcomité de la ONU para la "
            "Prevención de la Tortura visitó 24 lugares de detención en Argentina, un país que aún "
            "no ha designado su mecanismo nacional de prevención.",
            "en": "From 18 to 27 April 2012, a delegation of the UN Subcommittee on Prevention of "
            "Torture visited 24 places of detention in Argentina, a country that has not yet "
            "designated its national preventive mechanism.",
            "pt": "De 18 a 27 de abril de 2012, uma delegação do Subcomitê de Prevenção da Tortura "
            "da ONU visitou 24 locais de detenção na Argentina, país que ainda não designou seu "
            "mecanismo nacional de prevenção.",
        },
        "search_description": {
            "es": "Visita del Subcomité para la Prevención de la Tortura a Argentina, 18 al 27 de "
            "abril de 2012: 24 lugares de detención.",
            "en": "Visit of the UN Subcommittee on Prevention of Torture to Argentina, 18 to 27 "
            "April 2012: 24 places of detention.",
            "pt": "Visita do Subcomitê de Prevenção da Tortura à Argentina, de 18 a 27 de abril "
            "de 2012: 24 locais de detenção.",
        },
        "body": [
            (
                "heading",
                {
                    "text": {
                        "es": "¿Qué es el Subcomité?",
                        "en": "What is the Subcommittee?",
                        "pt": "O que é o Subcomitê?",
                    },
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                {
                    "es": "<p>El Subcomité para la Prevención de la Tortura (SPT) es el órgano de "
                    "expertos de las Naciones Unidas creado por el Protocolo Facultativo de la "
                    "Convención contra la Tortura (OPCAT). Visita los lugares donde hay personas "
                    "privadas de libertad en los Estados parte, formula recomendaciones a las "
                    "autoridades y asesora a los mecanismos nacionales de prevención (MNP) que "
                    "cada Estado debe establecer o designar.</p>",
                    "en": "<p>The Subcommittee on Prevention of Torture (SPT) is the United "
                    "Nations expert body created by the Optional Protocol to the Convention "
                    "against Torture (OPCAT). It visits places where people are deprived of their "
                    "liberty in States parties, makes recommendations to the authorities and "
                    "advises the national preventive mechanisms (NPMs) that each State must set up "
                    "or designate.</p>",
                    "pt": "<p>O Subcomitê de Prevenção da Tortura (SPT) é o órgão de especialistas "
                    "das Nações Unidas criado pelo Protocolo Facultativo à Convenção contra a "
                    "Tortura (OPCAT). Ele visita os locais onde há pessoas privadas de liberdade "
                    "nos Estados partes, faz recomendações às autoridades e assessora os "
                    "mecanismos nacionais de prevenção (MNP) que cada Estado deve criar ou "
                    "designar.</p>",
                },
            ),
            (
                "heading",
                {
                    "text": {"es": "La visita", "en": "The visit", "pt": "A visita"},
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                {
                    "es": "<p>La delegación, encabezada por Víctor Rodríguez-Rescia, visitó 24 "
                    "lugares de detención:</p>"
                    "<ul>"
                    "<li>8 establecimientos penitenciarios;</li>"
                    "<li>10 comisarías;</li>"
                    "<li>2 centros para jóvenes;</li>"
                    "<li>4 instituciones psiquiátricas.</li>"
                    "</ul>",
                    "en": "<p>The delegation, headed by Víctor Rodríguez-Rescia, visited 24 places "
                    "of detention:</p>"
                    "<ul>"
                    "<li>8 prisons;</li>"
                    "<li>10 police stations;</li>"
                    "<li>2 youth facilities;</li>"
                    "<li>4 psychiatric institutions.</li>"
                    "</ul>",
                    "pt": "<p>A delegação, chefiada por Víctor Rodríguez-Rescia, visitou 24 locais "
                    "de detenção:</p>"
                    "<ul>"
                    "<li>8 estabelecimentos prisionais;</li>"
                    "<li>10 delegacias de polícia;</li>"
                    "<li>2 unidades para jovens;</li>"
                    "<li>4 instituições psiquiátricas.</li>"
                    "</ul>",
                },
            ),
            (
                "heading",
                {
                    "text": {
                        "es": "Por qué importa para el diseño del MNP",
                        "en": "Why it matters for the design of the NPM",
                        "pt": "Por que importa para o desenho do MNP",
                    },
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                {
                    "es": "<p>Argentina ratificó el OPCAT el 15 de noviembre de 2004, pero en el "
                    "momento de la visita aún no había designado su mecanismo nacional. La visita "
                    "llega, por tanto, cuando la forma de ese mecanismo sigue abierta. La variedad "
                    "de lugares visitados (cárceles, comisarías, centros para jóvenes e "
                    "instituciones psiquiátricas) recuerda que un MNP debe poder llegar a todos "
                    "ellos, en todo el territorio de un país federal.</p>"
                    "<p>Para las instituciones que siguen de cerca la privación de libertad, como "
                    "la Procuración Penitenciaria de la Nación, que participa en la red, la visita "
                    "ofrece una referencia directa sobre lo que exige la prevención.</p>",
                    "en": "<p>Argentina ratified OPCAT on 15 November 2004 but, at the time of the "
                    "visit, had not yet designated its national mechanism. The visit therefore "
                    "comes while the shape of that mechanism is still open. The range of places "
                    "visited (prisons, police stations, youth facilities and psychiatric "
                    "institutions) is a reminder that an NPM must be able to reach all of them, "
                    "across the whole territory of a federal country.</p>"
                    "<p>For institutions that closely follow deprivation of liberty, such as the "
                    "Procuración Penitenciaria de la Nación, which takes part in the network, the "
                    "visit offers a first-hand reference on what prevention demands.</p>",
                    "pt": "<p>A Argentina ratificou o OPCAT em 15 de novembro de 2004, mas, no "
                    "momento da visita, ainda não havia designado seu mecanismo nacional. A visita "
                    "chega, portanto, quando a forma desse mecanismo ainda está em aberto. A "
                    "variedade de locais visitados (prisões, delegacias, unidades para jovens e "
                    "instituições psiquiátricas) lembra que um MNP precisa chegar a todos eles, em "
                    "todo o território de um país federal.</p>"
                    "<p>Para as instituições que acompanham de perto a privação de liberdade, como "
                    "a Procuración Penitenciaria de la Nación, que participa da rede, a visita "
                    "oferece uma referência direta sobre o que a prevenção exige.</p>",
                },
            ),
            (
                "callout",
                {
                    "tone": "info",
                    "title": _NO_FINDINGS_TITLE,
                    "text": {
                        "es": "<p>Esta noticia no resume conclusiones de la visita. Si el "
                        "Subcomité publica un documento sobre ella, el equipo editorial lo "
                        "enlazará aquí.</p>",
                        "en": "<p>This item does not summarise any findings of the visit. If the "
                        "Subcommittee publishes a document about it, the editors will link it "
                        "here.</p>",
                        "pt": "<p>Esta notícia não resume conclusões da visita. Se o Subcomitê "
                        "publicar um documento sobre ela, a equipe editorial vai inseri-lo "
                        "aqui.</p>",
                    },
                },
            ),
            _SAMPLE_AUTHOR_PEDRO,
        ],
    },
    {
        "key": "workshop",
        "slug": {
            "es": "taller-buenos-aires-diciembre-2011",
            "en": "buenos-aires-workshop-december-2011",
            "pt": "oficina-buenos-aires-dezembro-2011",
        },
        "date": "2011-12-14",
        "authors": ["ana-ejemplo"],
        "topics": ["nhri", "upr", "opcat", "npm", "paris-principles"],
        "title": {
            "es": "Buenos Aires: taller sobre INDH, recomendaciones del EPU y prevención de la "
            "tortura",
            "en": "Buenos Aires workshop on NHRIs, UPR recommendations and torture prevention",
            "pt": "Buenos Aires: oficina sobre INDH, recomendações da RPU e prevenção da tortura",
        },
        "summary_text": {
            "es": "El 13 y el 14 de diciembre de 2011, la Facultad de Derecho de la Universidad de "
            "Palermo acogió un taller de expertos sobre el papel de las INDH en la implementación "
            "de las recomendaciones del EPU relativas a la prevención de la tortura.",
            "en": "On 13 and 14 December 2011, the University of Palermo Law School hosted an "
            "expert workshop on the role of NHRIs in implementing UPR recommendations relating to "
            "torture prevention.",
            "pt": "Nos dias 13 e 14 de dezembro de 2011, a Faculdade de Direito da Universidade de "
            "Palermo sediou uma oficina de especialistas sobre o papel das INDH na implementação "
            "das recomendações da RPU relativas à prevenção da tortura.",
        },
        "search_description": {
            "es": "Taller de expertos en Buenos Aires, 13 y 14 de diciembre de 2011: las INDH y "
            "las recomendaciones del EPU sobre prevención de la tortura.",
            "en": "Expert workshop in Buenos Aires, 13 and 14 December 2011: NHRIs and UPR "
            "recommendations on torture prevention.",
            "pt": "Oficina de especialistas em Buenos Aires, 13 e 14 de dezembro de 2011: as INDH "
            "e as recomendações da RPU sobre prevenção da tortura.",
        },
        "body": [
            (
                "paragraph",
                {
                    "es": "<p>El taller, cuyo título en inglés es <i>National Human Rights "
                    "Institutions (NHRIs) and Implementation of UPR Recommendations Relating to "
                    "Torture Prevention</i>, se celebró en la Facultad de Derecho de la "
                    "Universidad de Palermo, en Buenos Aires. Lo convocaron Par Engstrom "
                    "(Universidad de Londres) y Thomas Pegram (Trinity College Dublin). El "
                    "programa circuló en español.</p>"
                    "<p>Contó con el apoyo del Ministerio de Relaciones Exteriores y de la "
                    "Commonwealth del Reino Unido (Foreign and Commonwealth Office), de la "
                    "Universidad de Palermo y del Human Rights Consortium de la School of Advanced "
                    "Study de la Universidad de Londres.</p>",
                    "en": "<p>The workshop, <i>National Human Rights Institutions (NHRIs) and "
                    "Implementation of UPR Recommendations Relating to Torture Prevention</i>, was "
                    "held at the University of Palermo Law School in Buenos Aires. It was convened "
                    "by Par Engstrom (University of London) and Thomas Pegram (Trinity College "
                    "Dublin). The programme was circulated in Spanish.</p>"
                    "<p>It was supported by the British Foreign and Commonwealth Office, the "
                    "University of Palermo and the Human Rights Consortium of the School of "
                    "Advanced Study, University of London.</p>",
                    "pt": "<p>A oficina, cujo título em inglês é <i>National Human Rights "
                    "Institutions (NHRIs) and Implementation of UPR Recommendations Relating to "
                    "Torture Prevention</i>, foi realizada na Faculdade de Direito da Universidade "
                    "de Palermo, em Buenos Aires. Foi convocada por Par Engstrom (Universidade de "
                    "Londres) e Thomas Pegram (Trinity College Dublin). A programação circulou em "
                    "espanhol.</p><p>Contou com o apoio do Ministério das Relações Exteriores e da "
                    "Commonwealth do Reino Unido (Foreign and Commonwealth Office), da "
                    "Universidade de Palermo e do Human Rights Consortium da School of Advanced "
                    "Study da Universidade de Londres.</p>",
                },
            ),
            (
                "heading",
                {
                    "text": {
                        "es": "Panel I: las normas internacionales y su implementación",
                        "en": "Panel I: international standards and their operationalization",
                        "pt": "Painel I: as normas internacionais e sua implementação",
                    },
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                {
                    "es": "<p>El primer panel, «Prevención y respuesta a la tortura: las normas "
                    "internacionales y su implementación», fue moderado por Roberto P. Saba, "
                    "decano de la Facultad de Derecho de la Universidad de Palermo. Entre sus "
                    "ponentes estuvieron Santiago Cantón, secretario ejecutivo de la Comisión "
                    "Interamericana de Derechos Humanos (CIDH), y María José Urgel, de la oficina "
                    "para América Latina de la Asociación para la Prevención de la Tortura "
                    "(APT).</p>"
                    "<p>El panel trató cuatro temas:</p>"
                    "<ul>"
                    "<li>el deber de los Estados de prevenir la tortura;</li>"
                    "<li>los Principios de París como base jurídica de la participación de las "
                    "INDH;</li>"
                    "<li>la diferencia entre prevención y respuesta, según el enfoque de la "
                    "APT;</li>"
                    "<li>lo que el OPCAT significa para las Defensorías, incluida su designación "
                    "como MNP.</li>"
                    "</ul>",
                    "en": "<p>The first panel, \u201cPrevention and Response to Torture: "
                    "International Standards and their Operationalization\u201d, was moderated by "
                    "Roberto P. Saba, Dean of the Law Faculty of the University of Palermo. Its "
                    "speakers included Santiago Cantón, Executive Secretary of the Inter-American "
                    "Commission on Human Rights (IACHR), and María José Urgel, of the Latin "
                    "America office of the Association for the Prevention of Torture (APT).</p>"
                    "<p>The panel covered four themes:</p>"
                    "<ul>"
                    "<li>States' duty to prevent torture;</li>"
                    "<li>the Paris Principles as the legal basis for NHRI involvement;</li>"
                    "<li>prevention as distinct from response, in the APT's approach;</li>"
                    "<li>what OPCAT means for Defensorías, including their designation as "
                    "NPMs.</li>"
                    "</ul>",
                    "pt": "<p>O primeiro painel, \u201cPrevenção e resposta à tortura: as normas "
                    "internacionais e sua implementação\u201d, foi moderado por Roberto P. Saba, "
                    "decano da Faculdade de Direito da Universidade de Palermo. Entre os "
                    "palestrantes estiveram Santiago Cantón, secretário executivo da Comissão "
                    "Interamericana de Direitos Humanos (CIDH), e María José Urgel, do escritório "
                    "para a América Latina da Associação para a Prevenção da Tortura (APT).</p>"
                    "<p>O painel tratou de quatro temas:</p>"
                    "<ul>"
                    "<li>o dever dos Estados de prevenir a tortura;</li>"
                    "<li>os Princípios de Paris como base jurídica da participação das INDH;</li>"
                    "<li>a diferença entre prevenção e resposta, segundo a abordagem da APT;</li>"
                    "<li>o que o OPCAT significa para as Defensorias, incluindo sua designação "
                    "como MNP.</li>"
                    "</ul>",
                },
            ),
            (
                "heading",
                {
                    "text": {
                        "es": "Los demás paneles",
                        "en": "The other panels",
                        "pt": "Os demais painéis",
                    },
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                {
                    "es": "<p>El registro de los demás paneles no se ha conservado completo: el "
                    "esquema del taller agrupa las sesiones en cinco preguntas temáticas, mientras "
                    "que la síntesis del proyecto habla de seis paneles. El hub solo publicará los "
                    "títulos y los nombres que puedan documentarse.</p>",
                    "en": "<p>The record of the other panels has not survived in full: the "
                    "workshop outline groups the sessions under five thematic questions, while the "
                    "project synopsis speaks of six panels. The hub will publish only the titles "
                    "and names that can be documented.</p>",
                    "pt": "<p>O registro dos demais painéis não se conservou por completo: o "
                    "roteiro da oficina agrupa as sessões em cinco perguntas temáticas, enquanto a "
                    "síntese do projeto fala em seis painéis. O hub só publicará os títulos e os "
                    "nomes que puderem ser documentados.</p>",
                },
            ),
            (
                "callout",
                {
                    "tone": "info",
                    "title": {
                        "es": "Grabaciones y documentos",
                        "en": "Recordings and papers",
                        "pt": "Gravações e documentos",
                    },
                    "text": {
                        "es": "<p>Las grabaciones de los paneles y los documentos de análisis de "
                        "las y los panelistas se publicarán en este hub a medida que estén "
                        "disponibles.</p>",
                        "en": "<p>The panel recordings and the panellists' briefs will be "
                        "published on this hub as they become available.</p>",
                        "pt": "<p>As gravações dos painéis e os documentos de análise dos "
                        "painelistas serão publicados neste hub à medida que estiverem "
                        "disponíveis.</p>",
                    },
                },
            ),
            _SAMPLE_AUTHOR_ANA,
        ],
    },
]
