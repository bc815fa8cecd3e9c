"""The newsletter sign-up and contact pages of the demo (called by the site's `load_demo`).

Both are marked as sample pages: the network decides whether it sends a newsletter, and
which address receives the messages (on the page or in the site settings).
"""

from hub.demo.content import translations as T  # noqa: N812 - reads as a table
from hub.engage.models import ContactPage, NewsletterPage

SOURCE = "es"

NEWSLETTER = {
    "slug": T("boletin", "newsletter", "boletim"),
    "title": T("Boletín", "Newsletter", "Boletim"),
    "search_description": T(
        "Suscríbase al boletín del hub sobre INDH, EPU y prevención de la tortura, en español, "
        "inglés o portugués.",
        "Subscribe to the hub's newsletter on NHRIs, the UPR and torture prevention, in Spanish, "
        "English or Portuguese.",
        "Inscreva-se no boletim do hub sobre INDH, RPU e prevenção da tortura, em espanhol, "
        "inglês ou português.",
    ),
    "introduction": T(
        "Reciba por correo electrónico las novedades del hub: nuevas grabaciones, notas técnicas "
        "y noticias sobre las INDH, el EPU y la prevención de la tortura, en el idioma que elija.",
        "Get the hub's news by email: new recordings, briefs and news on NHRIs, the UPR and "
        "torture prevention, in the language you choose.",
        "Receba por e-mail as novidades do hub: novas gravações, notas técnicas e notícias sobre "
        "as INDH, a RPU e a prevenção da tortura, no idioma que escolher.",
    ),
    "body": [
        (
            "callout",
            {
                "tone": "sample",
                "text": T(
                    "<p>Página de muestra: antes de publicarla, la red debe decidir con qué "
                    "frecuencia enviará el boletín y quién lo redactará.</p>",
                    "<p>Sample page: before publishing it, the network should decide how often "
                    "the newsletter will go out and who will write it.</p>",
                    "<p>Página de amostra: antes de publicá-la, a rede deve decidir com que "
                    "frequência enviará o boletim e quem o redigirá.</p>",
                ),
            },
        ),
    ],
    "thank_you_text": T(
        "<p>Gracias. Le enviamos un correo electrónico: abra el enlace que contiene para confirmar "
        "su suscripción. Hasta entonces no recibirá nada.</p>",
        "<p>Thank you. We have sent you an email: open the link in it to confirm your "
        "subscription. Until then you will receive nothing.</p>",
        "<p>Obrigado. Enviamos um e-mail para você: abra o link que ele contém para confirmar sua "
        "inscrição. Até lá, você não receberá nada.</p>",
    ),
}

CONTACT = {
    "slug": T("contacto", "contact", "contato"),
    "title": T("Contacto", "Contact", "Contato"),
    "search_description": T(
        "Formulario para escribir a la red sobre INDH, EPU y prevención de la tortura.",
        "A form to write to the network on NHRIs, the UPR and torture prevention.",
        "Formulário para escrever à rede sobre INDH, RPU e prevenção da tortura.",
    ),
    "introduction": T(
        "Escríbanos para preguntar por el trabajo de la red, proponer una colaboración o avisar "
        "de un error en el sitio.",
        "Write to us to ask about the network's work, suggest a collaboration or report a "
        "mistake on the site.",
        "Escreva-nos para perguntar sobre o trabalho da rede, propor uma colaboração ou avisar de "
        "um erro no site.",
    ),
    "body": [
        (
            "callout",
            {
                "tone": "sample",
                "text": T(
                    "<p>Página de muestra: la red debe indicar, en esta página o en la "
                    "configuración del sitio, la dirección de correo que recibirá los "
                    "mensajes.</p>",
                    "<p>Sample page: the network should set, on this page or in the site "
                    "settings, the email address that will receive the messages.</p>",
                    "<p>Página de amostra: a rede deve indicar, nesta página ou nas configurações "
                    "do site, o endereço de e-mail que receberá as mensagens.</p>",
                ),
            },
        ),
    ],
    "thank_you_text": T(
        "<p>Gracias por su mensaje. Le responderemos lo antes posible.</p>",
        "<p>Thank you for your message. We will answer as soon as we can.</p>",
        "<p>Obrigado pela sua mensagem. Responderemos o quanto antes.</p>",
    ),
}


def load_engage(loader, home):
    """The newsletter and contact pages under the Spanish home, translated (idempotent)."""
    from hub.demo.loader import blocks_for

    for model, data, label in (
        (NewsletterPage, NEWSLETTER, "newsletter page"),
        (ContactPage, CONTACT, "contact page"),
    ):
        loader.learn(data["thank_you_text"])
        loader.page(
            home,
            model,
            data,
            label,
            introduction=data["introduction"][SOURCE],
            body=blocks_for(data["body"], SOURCE),
            thank_you_text=data["thank_you_text"][SOURCE],
        )
