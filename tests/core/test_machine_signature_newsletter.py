"""A person's new request under a company signature that offers a way out of the company's
newsletter (web and social links, "To unsubscribe from our mailings, visit ...") is a person's
mail; newsletters, from mass senders with and without their headers, stay list mail.

The grid: 7 languages x 4 mail clients x 2 kinds of request (a question; a report without one)
x 2 endings (closing words and a first name; the name block alone) x plain text and HTML, and a
webmail that marks nothing with a question; against newsletters of
six senders (Mailchimp, Brevo, HubSpot, Klaviyo, Constant Contact, a home-made PHP mailer), each
with its headers, without its List-* headers, and with no sender marks at all. What separates
them is where the links and the way out sit (core.signatures), never one sample's words.
"""

import pytest

from supportmail.core.types import Kind
from tests.support.mailkind import kind

# Per language: a greeting to us, a question, a report without a question, a closing, the
# writer's name and title, and their company's signature (3 links or more and the way out of
# the company's newsletter, in the words such signatures use).
PEOPLE = {
    "en": (
        "Hello,",
        "The replacement filter for order 44172 is still not here. Could you tell me when it "
        "ships?",
        "The replacement filter for order 44172 arrived broken, the housing is cracked. I have "
        "photos if needed.",
        "Best regards,",
        "Joanna Pike\nPurchasing | Pike & Sons Ltd\n+44 20 7946 0412",
        "www.pikeandsons.example | https://linkedin.example/company/pikesons\n"
        "https://twitter.example/pikesons | https://instagram.example/pikesons\n"
        "You are receiving our newsletter as a customer. To unsubscribe from our mailings, "
        "visit https://pikeandsons.example/unsubscribe",
    ),
    "de": (
        "Guten Tag,",
        "bei Auftrag 55810 fehlt die Rechnung. Können Sie sie mir bitte noch einmal schicken?",
        "ich habe bei Auftrag 55810 zwei Geräte bestellt, geliefert wurde nur eins.",
        "Mit freundlichen Grüßen",
        "Markus Brandt\nEinkauf, Brandt Haustechnik GmbH\nTel. +49 40 555 0188",
        "Web: https://brandt-haustechnik.example\nXing: https://xing.example/brandt\n"
        "LinkedIn: https://linkedin.example/brandt\n"
        "Newsletter abbestellen: https://brandt-haustechnik.example/newsletter/abmelden",
    ),
    "fr": (
        "Bonjour,",
        "Nous n'avons pas reçu la facture de la commande 30914. Pourriez-vous nous la renvoyer ?",
        "J'ai reçu la commande 30914 mais il manque le couvercle du deuxième carton.",
        "Cordialement,",
        "Claire Moreau\nResponsable achats - Moreau Cuisines SARL",
        "https://moreau-cuisines.example | https://facebook.example/moreaucuisines | "
        "https://instagram.example/moreaucuisines\n"
        "Pour vous désinscrire de notre lettre d'information : "
        "https://moreau-cuisines.example/desinscription",
    ),
    "es": (
        "Hola,",
        "El pedido 71203 sigue sin llegar. ¿Me pueden decir cuándo lo envían?",
        "Mi pedido 71203 llegó con la tapa rota y falta una pieza.",
        "Un saludo,",
        "Lucía Ortega\nCompras · Ortega Reformas S.L.",
        "https://ortegareformas.example\nhttps://linkedin.example/ortega\n"
        "https://instagram.example/ortegareformas\n"
        "Si no desea recibir más nuestro boletín, puede darse de baja aquí: "
        "https://ortegareformas.example/baja",
    ),
    "it": (
        "Buongiorno,",
        "l'ordine 62091 risulta ancora in preparazione. Potete dirmi quando verrà spedito?",
        "Ho ricevuto l'ordine 62091 ma il coperchio del bollitore è rotto.",
        "Cordiali saluti",
        "Paolo Greco\nUfficio acquisti - Greco Arredamenti srl",
        "Sito: https://grecoarredamenti.example | Facebook: https://facebook.example/greco | "
        "Instagram: https://instagram.example/greco\n"
        "Per non ricevere più la nostra newsletter, disiscriviti qui: "
        "https://grecoarredamenti.example/disiscrizione",
    ),
    "nl": (
        "Goedemiddag,",
        "Bestelling 88410 staat nog steeds op 'in behandeling'. Kunt u mij laten weten wanneer "
        "deze verzonden wordt?",
        "Ik heb bestelling 88410 ontvangen, maar de tweede doos was leeg.",
        "Met vriendelijke groet,",
        "Sanne de Vries\nInkoop | De Vries Installatietechniek B.V.",
        "https://devries-installatie.example | https://linkedin.example/devries | "
        "https://facebook.example/devries\n"
        "Geen nieuwsbrief meer ontvangen? Afmelden: https://devries-installatie.example/afmelden",
    ),
    "pt": (
        "Bom dia,",
        "A encomenda 19377 ainda não chegou. Podem informar-me quando será enviada?",
        "Recebi a encomenda 19377 mas falta o cabo de alimentação.",
        "Atenciosamente,",
        "Rita Alves\nCompras - Alves & Filhos, Lda.",
        "https://alvesefilhos.example\nhttps://facebook.example/alvesefilhos\n"
        "https://linkedin.example/alvesefilhos\n"
        "Se não deseja receber mais a nossa newsletter, cancele a sua subscrição em "
        "https://alvesefilhos.example/cancelar",
    ),
}
# What each client writes of itself (a webmail that writes nothing: "webmail").
CLIENTS = {
    "outlook": ("X-Mailer: Microsoft Outlook 16.0\nThread-Index: AdnQx2f3kPq8B7nTy6mZgA==\n", None),
    "gmail": ("", "<CAF7q3zN9xJ2p0wR5k8m=Yk1Lq@mail.gmail.com>"),
    "apple": ("X-Mailer: Apple Mail (2.3774.600.62)\n", None),
    "thunderbird": ("User-Agent: Mozilla Thunderbird\n", None),
}


def person_mail(language: str, shape: str, signoff: str = "closing") -> tuple[str, str]:
    """Headers (no client's) and text of a person's new request in `language`, closed with
    the closing words and their first name, or (`signoff` "name") with their name block only."""
    greeting, question, report, closing, name, signature = PEOPLE[language]
    said = question if shape == "question" else report
    head = f"From: {name.split(chr(10))[0]} <buyer@firm-{language}.example>\n"
    head += "To: support@houseware.io\nSubject: Order\n"
    first_name = name.split()[0]
    ending = f"{closing}\n{first_name}\n\n" if signoff == "closing" else ""
    body = f"{greeting}\n\n{said}\n\n{ending}{name}\n{signature}\n"
    return head, body


@pytest.mark.parametrize("html", [False, True], ids=["text", "html"])
@pytest.mark.parametrize("signoff", ["closing", "name"])
@pytest.mark.parametrize("shape", ["question", "report"])
@pytest.mark.parametrize("client", sorted(CLIENTS))
@pytest.mark.parametrize("language", sorted(PEOPLE))
def test_new_request_under_a_company_signature_is_a_person(
    language: str, client: str, shape: str, signoff: str, html: bool
) -> None:
    """A person's new mail to us, closed or signed with their name, with the company's links
    and newsletter way out below, is a person's (acknowledged), from any client."""
    head, body = person_mail(language, shape, signoff)
    marks, message_id = CLIENTS[client]
    got = kind(head + marks, body, html=html, message_id=message_id or "<x.1@firm.example>")
    assert got is Kind.HUMAN


@pytest.mark.parametrize("language", sorted(PEOPLE))
def test_question_from_a_webmail_that_marks_nothing_is_a_person(language: str) -> None:
    """Without any client's marks, a request that asks us something is a person's."""
    head, body = person_mail(language, "question")
    assert kind(head, body) is Kind.HUMAN


# A person's question about pages of our shop, their links in it.
LINKED_QUESTIONS = {
    "en": "The pages https://houseware.example/p/4471 and https://houseware.example/p/4472 "
    "show the wrong price. Could you check them?",
    "de": "Auf https://houseware.example/p/4471 und https://houseware.example/p/4472 stimmt "
    "der Preis nicht. Können Sie das prüfen?",
    "fr": "Les pages https://houseware.example/p/4471 et https://houseware.example/p/4472 "
    "affichent un mauvais prix. Pouvez-vous vérifier ?",
}


@pytest.mark.parametrize("client", sorted(CLIENTS))
@pytest.mark.parametrize("language", sorted(LINKED_QUESTIONS))
def test_question_with_links_of_its_own_is_a_person(language: str, client: str) -> None:
    """A person's client, a question with two links of its own above the company signature:
    a person's (a newsletter's offers are many links, and no client of a person sends them)."""
    head, body = person_mail(language, "question")
    body = body.replace(PEOPLE[language][1], LINKED_QUESTIONS[language])
    marks, message_id = CLIENTS[client]
    assert kind(head + marks, body, message_id=message_id or "<x.1@firm.example>") is Kind.HUMAN


# Webmails and phones, as they mark their mail: header lines, Message-ID.
WEBMAILS = {
    "yahoo": ("X-Mailer: WebService/1.1.22645 YMailNorrin\n", "<1234.5678@mail.yahoo.com>"),
    "proton": ("", "<Zk3n9xQ2@proton.me>"),
    "gmx": ("X-UI-Message-Type: mail\n", "<trinity-4f1a-9c@3c-app-gmx-bap41>"),
    "roundcube": ("User-Agent: Roundcube Webmail/1.6.5\n", None),
    "outlook.com": ("", "<AM9PR07MB71223F1A@AM9PR07MB7122.eurprd07.prod.outlook.com>"),
    "android": ("User-Agent: K-9 Mail for Android\n", None),
}


@pytest.mark.parametrize("webmail", sorted(WEBMAILS))
@pytest.mark.parametrize("language", sorted(PEOPLE))
def test_report_from_a_webmail_or_phone_is_a_person(language: str, webmail: str) -> None:
    """A report without a question, from a webmail or a phone's client that marks its mail,
    under the company signature, is a person's."""
    head, body = person_mail(language, "report")
    marks, message_id = WEBMAILS[webmail]
    assert kind(head + marks, body, message_id=message_id or "<x.1@firm.example>") is Kind.HUMAN


# Newsletters: the header lines each sender writes ("list" lines are its List-*/Precedence), and
# a text in one of the languages, in its own layout. None of them asks us anything.
ESP_HEADERS = {
    "mailchimp": (
        "X-Mailer: MailChimp Mailer - **CIDa81f2c3e4b5d6e7f8a9b**\n"
        "X-Campaign: mailchimp4c9b1e2f3a.a81f2c3e4b\nX-campaignid: mailchimp4c9b1e2f3a.a81f2c3e4b\n"
        "X-MC-User: 4c9b1e2f3a5d6e7f8a9b0c1d2\nFeedback-ID: 91823746:91823746.1102934:us21:mc\n",
        "List-Unsubscribe: <https://pikeandsons.us21.list-manage.example/unsubscribe?u=4c9b>\n"
        "List-Unsubscribe-Post: List-Unsubscribe=One-Click\nList-Id: Pike & Sons <4c9b.list-id>\n",
    ),
    "brevo": (
        "X-Mailer: Sendinblue\nX-sib-id: Nq3gLd8vJ0fQ2pR5sT7uW9yA1bC3dE5fG7hJ9kL\n"
        "Feedback-ID: 185.41.28.53:3298114_-1:3298114:Sendinblue\nX-Mailin-Campaign: 41\n",
        "List-Unsubscribe: <https://r.sendibm1.example/unsubscribe?l=41>\n"
        "List-Unsubscribe-Post: List-Unsubscribe=One-Click\n",
    ),
    "hubspot": (
        "X-HS-Cid: 1eQWbXw4nKqJ8QJ8\nX-Report-Abuse-To: abuse@hubspot.example\n"
        "Feedback-ID: ::hubspot:2394812\n",
        "List-Unsubscribe: <mailto:unsubscribe@hs-email.example?subject=u-2394812>\n",
    ),
    "klaviyo": (
        "X-Kmail-Relay-Addr: 3182\nX-Kmail-Account: TfQ2mK\nFeedback-ID: 3182:TfQ2mK:klaviyo\n",
        "List-Unsubscribe: <https://manage.kmail-lists.example/unsubscribe?a=TfQ2mK>\n"
        "List-Unsubscribe-Post: List-Unsubscribe=One-Click\n",
    ),
    "constantcontact": (
        "X-Roving-Id: 1144278912331.1109283745\nX-Roving-Campaignid: 1133847561923\n"
        "X-Feedback-ID: 1133847561923:1144278912331:ctct\n",
        "List-Unsubscribe: <https://visitor.constantcontact.example/do?p=un&m=001a>\n"
        "Precedence: bulk\n",
    ),
    "php": ("X-Mailer: PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)\n", ""),
}
NEWSLETTERS = {
    # Mailchimp, English: articles, each with its link, signed by the team.
    "mailchimp": (
        "Pike & Sons <news@pikeandsons.example>",
        "Spring at Pike & Sons: three new ranges",
        "Spring has arrived in our showroom.\n\n"
        "NEW: the Oakline kitchen range\nSolid oak fronts in six finishes. "
        "Discover it: https://pikeandsons.example/oakline?utm_source=newsletter\n\n"
        "Workshop: fitting a worktop yourself, 14 March. Book a place: "
        "https://pikeandsons.example/workshops?utm_source=newsletter\n\n"
        "Best regards,\nThe Pike & Sons team\n\n"
        "https://facebook.example/pikesons | https://instagram.example/pikesons\n"
        "You are receiving this email because you opted in at our website. "
        "Unsubscribe: https://pikeandsons.us21.list-manage.example/unsubscribe?u=4c9b\n",
    ),
    # Brevo, French: a crowd greeting, an offer, no closing.
    "brevo": (
        "Moreau Cuisines <contact@moreau-cuisines.example>",
        "Les soldes commencent demain",
        "Chers clients,\n\nDès demain, -30 % sur toutes nos crédences et plans de travail.\n"
        "Voir les offres : https://moreau-cuisines.example/soldes\n"
        "Trouver un magasin : https://moreau-cuisines.example/magasins\n\n"
        "Suivez-nous : https://facebook.example/moreaucuisines "
        "https://instagram.example/moreaucuisines\n"
        "Vous recevez cet e-mail car vous êtes inscrit à notre lettre d'information. "
        "Se désinscrire : https://r.sendibm1.example/unsubscribe?l=41\n",
    ),
    # HubSpot, German: a founder's letter signed by a person, its links in the text.
    "hubspot": (
        "Markus Brandt <markus.brandt@brandt-haustechnik.example>",
        "Neu bei Brandt: Wärmepumpen-Sprechstunde",
        "Guten Tag,\n\nab März beraten wir jeden Donnerstag zu Wärmepumpen. Termine: "
        "https://brandt-haustechnik.example/sprechstunde\nUnser Ratgeber zur Förderung 2025: "
        "https://brandt-haustechnik.example/ratgeber\n\n"
        "Mit freundlichen Grüßen\nMarkus Brandt\nGeschäftsführer\n\n"
        "https://xing.example/brandt | https://linkedin.example/brandt\n"
        "Sie erhalten diese E-Mail, weil Sie sich für unseren Newsletter angemeldet haben. "
        "Abmelden: https://brandt-haustechnik.example/abmelden\n",
    ),
    # Klaviyo, Dutch: a shop's products, each with its link.
    "klaviyo": (
        "De Vries Wonen <hallo@devries-wonen.example>",
        "Nieuw binnen: de zomercollectie",
        "Nieuw binnen!\n\nLinnen kussenhoes - € 24,95\nhttps://devries-wonen.example/p/kussen\n"
        "Rotan mand - € 39,95\nhttps://devries-wonen.example/p/mand\n"
        "Gratis verzending vanaf € 50: https://devries-wonen.example/verzending\n\n"
        "https://instagram.example/devrieswonen | https://pinterest.example/devrieswonen\n"
        "Geen e-mails meer ontvangen? Afmelden: "
        "https://manage.kmail-lists.example/unsubscribe?a=TfQ2mK\n",
    ),
    # Constant Contact, Italian: an association's news to its members.
    "constantcontact": (
        "Associazione Artigiani Greco <info@artigiani-greco.example>",
        "Notizie di marzo dall'associazione",
        "Cari soci,\n\nl'assemblea annuale si terrà il 21 marzo. Programma: "
        "https://artigiani-greco.example/assemblea\nNuovo corso sulla sicurezza: "
        "https://artigiani-greco.example/corsi\n\n"
        "Cordiali saluti\nIl team dell'associazione\n\n"
        "https://facebook.example/artigianigreco | https://linkedin.example/artigianigreco\n"
        "Per non ricevere più la nostra newsletter: "
        "https://visitor.constantcontact.example/do?p=un&m=001a\n",
    ),
    # A home-made PHP mailer, Portuguese: no List headers ever, a shop's promotion.
    "php": (
        "Alves & Filhos <loja@alvesefilhos.example>",
        "Promoção de primavera: 20% em ferramentas",
        "Olá!\n\nEsta semana, 20% de desconto em todas as ferramentas elétricas.\n"
        "Ver promoção: https://alvesefilhos.example/promocao\n"
        "Lojas e horários: https://alvesefilhos.example/lojas\n\n"
        "Com os melhores cumprimentos,\nA equipa Alves & Filhos\n\n"
        "https://facebook.example/alvesefilhos | https://instagram.example/alvesefilhos\n"
        "Se não deseja receber mais a nossa newsletter, cancele a sua subscrição em "
        "https://alvesefilhos.example/cancelar\n",
    ),
}


@pytest.mark.parametrize("headers", ["all", "no-list", "none"])
@pytest.mark.parametrize("esp", sorted(NEWSLETTERS))
def test_newsletter_stays_list_mail(esp: str, headers: str) -> None:
    """A newsletter is list mail with its sender's headers, without its List-* headers (a
    relay dropped them, or the sender never writes them) and with no sender marks at all."""
    sender, subject, body = NEWSLETTERS[esp]
    marks, list_lines = ESP_HEADERS[esp]
    head = f"From: {sender}\nTo: support@houseware.io\nSubject: {subject}\n"
    head += {"all": marks + list_lines, "no-list": marks, "none": ""}[headers]
    assert kind(head, body) is Kind.BULK
    assert kind(head, body, html=True) is Kind.BULK


# Newsletters that look most like a person's mail: no link above a closing signed by a person,
# the links and the way out below it. They announce; they neither ask nor speak of the writer.
ANNOUNCEMENTS = {
    "en": "Our showroom reopens on 3 March with the new Oakline range on display.",
    "de": "Unsere Ausstellung öffnet am 3. März wieder, mit der neuen Oakline-Serie.",
    "fr": "Notre salle d'exposition rouvre le 3 mars avec la nouvelle gamme Oakline.",
    "nl": "Onze showroom gaat op 3 maart weer open, met de nieuwe Oakline-collectie.",
}


@pytest.mark.parametrize("language", sorted(ANNOUNCEMENTS))
def test_announcement_signed_like_a_person_stays_list_mail(language: str) -> None:
    """An announcement with no link above its closing, from no person's client, neither asking
    nor speaking of its writer, under a signature with a way out, stays list mail."""
    closing, name, signature = {
        "en": PEOPLE["en"][3:],
        "de": PEOPLE["de"][3:],
        "fr": PEOPLE["fr"][3:],
        "nl": PEOPLE["nl"][3:],
    }[language]
    head = "From: Sales <sales@firm.example>\nTo: support@houseware.io\nSubject: Showroom\n"
    body = f"{ANNOUNCEMENTS[language]}\n\n{closing}\n{name}\n{signature}\n"
    assert kind(head, body) is Kind.BULK


@pytest.mark.parametrize("language", sorted(PEOPLE))
def test_request_from_a_newsletter_mailbox_or_mass_sender_stays_list_mail(language: str) -> None:
    """The same text sent from a newsletter mailbox, or through a mass sender (its X-SIB-Id)
    or a script's mailer, is the newsletter's: no person's client sends as those."""
    head, body = person_mail(language, "question")
    from_news = head.replace("buyer@", "newsletter@")
    assert kind(from_news, body) is Kind.BULK
    assert kind(head + "X-sib-id: Nq3gLd8vJ0fQ2pR5sT7uW9yA1bC3dE5f\n", body) is Kind.BULK
    assert kind(head + "X-Mailer: PHPMailer 6.8.1\n", body) is Kind.BULK


STOP_RECEIVING = {
    "en": "We would like to stop receiving paper invoices. Please send them to "
    "https://portal.firm.example/invoices instead.",
    "it": "Per non ricevere più le fatture cartacee vi chiediamo di inviarle via "
    "https://portal.firm.example/fatture, grazie.",
    "es": "Para dejar de recibir facturas en papel, ¿pueden enviarlas a "
    "https://portal.firm.example/facturas?",
}


@pytest.mark.parametrize("language", sorted(STOP_RECEIVING))
def test_a_person_asking_to_stop_receiving_something_is_a_person(language: str) -> None:
    """A person from a small firm's info@ who wants to stop receiving something, a link beside
    it, writes no newsletter footer: the footer's "to stop receiving" leads to the way out."""
    head = "From: Info Firm <info@firm.example>\nTo: support@houseware.io\nSubject: Invoices\n"
    body = (
        "Hello,\n\nwe are customer 4471 and have bought our spare parts from you for many "
        "years now, the shop and the delivery work very well for us, thank you for that.\n\n"
        f"{STOP_RECEIVING[language]}\n"
    )
    assert kind(head, body) is Kind.HUMAN


@pytest.mark.parametrize("to", ["undisclosed-recipients:;", "the sender"])
@pytest.mark.parametrize("language", sorted(ANNOUNCEMENTS))
def test_mailing_sent_by_hand_to_readers_in_bcc_stays_list_mail(language: str, to: str) -> None:
    """An announcement a person sends from Outlook to many readers as Bcc (To names nobody, or
    the sender), signed like a person's mail, under the company's way out: list mail."""
    closing, name, signature = PEOPLE[language][3:]
    sender = f"joanna@firm-{language}.example"
    head = f"From: Joanna Pike <{sender}>\nSubject: News\n"
    head += f"To: {sender if to == 'the sender' else to}\n" + CLIENTS["outlook"][0]
    body = f"{ANNOUNCEMENTS[language]}\n\n{closing}\nJoanna\n\n{name}\n{signature}\n"
    assert kind(head, body) is Kind.BULK
