"""Machine mail decided by structure with the words: subject form, relation to our mail,
our own mail returned, mail-system and list-robot senders (core.classify, core.autoreply)."""

import pytest

from supportmail.core.autoreply import subject_form
from supportmail.core.classify import classify
from supportmail.core.parse import parse_message
from supportmail.core.types import Kind
from tests.support.mailkind import OWN

OUR_ID = "ack.1401.9f0a@supportmail.houseware.io"
OUR_ACK = (
    "From: Houseware Support <support@houseware.io>\n"
    "Subject: [#1401] Re: Order\n"
    f"Message-ID: <{OUR_ID}>\n"
    "\n"
    "We have received your message and opened ticket #1401 for it.\n"
)


def kind(head: str, body: str, attached: str | None = None) -> Kind:
    """The Kind of a small mail from header lines, a text and optionally an attached message."""
    head = head.strip("\n") + "\nMessage-ID: <x.1@sender.example>\nMIME-Version: 1.0\n"
    if attached is None:
        raw = head + "Content-Type: text/plain; charset=utf-8\n\n" + body
    else:
        raw = (
            head
            + 'Content-Type: multipart/mixed; boundary="b"\n\n--b\n'
            + "Content-Type: text/plain; charset=utf-8\n\n"
            + body
            + "\n--b\nContent-Type: message/rfc822\n\n"
            + attached
            + "\n--b--\n"
        )
    return classify(parse_message(raw.encode("utf-8")), OWN).kind


@pytest.mark.parametrize(
    ("subject", "has_form"),
    [
        ("Automatic reply: [#12] Re: Order", True),
        ("Out of office", True),
        ("Abwesend bis 3.1.", True),
        ("Autosvar: Faktura", True),
        ("Odpowiedź automatyczna: [#5] Re: Błąd", True),
        ("Автоответ: Re: Счёт", True),
        ("【自動返信】お問い合わせ", True),
        ("自动回复: 订单问题", True),
        ("Otomatik yanıt", True),
        ("自动回复功能怎么设置", False),
        ("Automatische Antwort einrichten?", False),
        ("Autosvar fungerar inte längre", False),
        ("Out of office message for my team", False),
        # After a dash or comma, when the writer is back; never a person's topic.
        ("Absence du bureau – retour le 2 septembre", True),
        ("Out of office - back on Monday 2 September", True),
        ("Abwesend – zurück am 3.9.", True),
        ("Afwezig, terug op 2 september", True),
        ("Fuori ufficio - rientro il 2 settembre", True),
        ("Fuera de la oficina – de regreso el 2 de septiembre", True),
        ("Férias - regresso a 2 de setembro", True),
        # The notice named as one, and absence nouns.
        ("Abwesenheitsmeldung", True),
        ("Afwezigheidsmelding", True),
        ("Message d'absence", True),
        ("Aviso de ausencia", True),
        ("Assenza dall'ufficio fino al 30/08", True),
        ("Ausência temporária", False),
        ("Frånvaro – åter 2 september", True),
        ("Ofis dışındayım", True),
        ("Absence du bureau - question sur mon abonnement", False),
        ("Out of office - backup of our invoices", False),
    ],
)
def test_subject_form_is_a_prefix_then_nothing_a_separator_or_a_date(
    subject: str, has_form: bool
) -> None:
    """The phrase opens the subject and is followed by nothing, a separator or a date."""
    assert (subject_form(subject) is not None) is has_form


def test_bare_title_over_a_question_that_answers_nothing_is_a_person() -> None:
    """'Out of office' as the title of a new mail that asks something is a person's mail."""
    body = "I'll be out of office next week. Could we move our call to Monday?\n"
    head = "From: Laura <laura@example.com>\nTo: support@houseware.io\nSubject: Out of office"
    assert kind(head, body) is Kind.HUMAN
    answering = f"{head}\nIn-Reply-To: <{OUR_ID}>"
    assert kind(answering, body) is Kind.AUTO_REPLY


@pytest.mark.parametrize(
    "subject",
    [
        "Out of office from Friday - need invoice for HW-105902 before then",
        "Abwesend ab Freitag - Rechnung vorher bitte",
        "Afwezig vanaf vrijdag: factuur nodig",
    ],
)
def test_absence_title_over_a_question_in_a_new_mail_is_a_person(subject: str) -> None:
    """An absence subject that goes on, over a question in a mail that answers nothing, is a
    person's title. On an answer to our mail the same holds when the topic follows a dash (set
    BF: a customer's "Out of office from Monday - replacement delivery [#...]" over her question;
    decided on set BF's tune half, one sealed person more acknowledged and no machine mail);
    a topic after a colon, a subject naming itself automatic, or a text that asks nothing is an
    autoresponder's."""
    body = "I'm away from Friday. Could you please send me the VAT invoice before then?\n"
    head = f"From: Priya <priya@example.com>\nTo: support@houseware.io\nSubject: {subject}"
    assert kind(head, body) is Kind.HUMAN
    answering = f"{head}\nIn-Reply-To: <{OUR_ID}>"
    dash = " - " in subject
    assert kind(answering, body) is (Kind.HUMAN if dash else Kind.AUTO_REPLY)
    named = answering.replace(f"Subject: {subject}", f"Subject: Automatic reply: {subject}")
    assert kind(named, body) is Kind.AUTO_REPLY
    telling = "I'm away from Friday and back on Monday the 9th.\n"
    assert kind(answering, telling) is Kind.AUTO_REPLY


@pytest.mark.parametrize(
    "subject",
    [
        "Urlaub ab 12.08. - Rechnung Auftrag 4471",
        "Out of office until Friday: invoice for order 5521",
        "Afwezig vanaf 16/8 - factuur bestelling 3310",
    ],
)
def test_absence_title_with_a_topic_in_a_new_mail_is_left_to_the_text(subject: str) -> None:
    """An absence subject that goes on with a topic of its own ('- Rechnung Auftrag 4471')
    on a mail that answers nothing is a person's title, question or not; the text decides.
    Answering our mail, or naming itself automatic, the same subject decides."""
    body = "I'm on holiday from the 12th. Please send the corrected invoice to my colleague Tom.\n"
    head = f"From: Petra <petra@example.com>\nTo: support@houseware.io\nSubject: {subject}"
    assert kind(head, body) is Kind.HUMAN
    assert kind(f"{head}\nIn-Reply-To: <{OUR_ID}>", body) is Kind.AUTO_REPLY
    named = head.replace(f"Subject: {subject}", f"Subject: Automatic reply: {subject}")
    assert kind(named, body) is Kind.AUTO_REPLY


@pytest.mark.parametrize(
    "body",
    [
        "Je suis absente du bureau jusqu'au 30 août. Votre message ne sera pas transféré. Pour"
        " toute urgence, écrivez à commandes@atelier.example.",
        "I am out of the office until 2 September. Your message will not be forwarded; for"
        " urgent matters please call 020 7946 0000.",
        "Ich bin bis zum 2. September im Urlaub. Ihre Nachricht wird nicht weitergeleitet. In"
        " dringenden Fällen wenden Sie sich an info@firma.example.",
        "Estoy de vacaciones hasta el 2 de septiembre. Su mensaje no será reenviado. Si es"
        " urgente, escriba a pedidos@empresa.example.",
        "Sono in ferie fino al 2 settembre. Il suo messaggio non sarà inoltrato. Per urgenze"
        " scrivere a ordini@ditta.example.",
        "Ik ben met vakantie tot 2 september. Uw e-mail wordt niet doorgestuurd. Voor dringende"
        " zaken kunt u bellen met 010 123 4567.",
        "Estou de férias até 2 de setembro. A sua mensagem não será reencaminhada. Em caso de"
        " urgência contacte encomendas@empresa.example.",
    ],
)
def test_absence_notice_sent_as_a_new_mail_speaks_of_the_mail_it_got(body: str) -> None:
    """A client rule's absence notice sent as a new mail (no references, a subject of its
    own) tells the sender what becomes of their message: it answers a mail all the same."""
    head = "From: Claire <claire@atelier.example>\nTo: support@houseware.io\nSubject: Info"
    assert kind(head, body) is Kind.AUTO_REPLY


def test_absence_announced_in_a_new_mail_with_a_request_is_a_person() -> None:
    """A person's own news of an absence, with a request about a ticket, is acknowledged."""
    head = "From: Claire <claire@atelier.example>\nTo: support@houseware.io\nSubject: Absence"
    body = (
        "Je serai absente du 19 au 23 janvier. Pour le ticket #5521, merci d'envoyer le devis"
        " corrigé à mon collègue Paul, je validerai à mon retour."
    )
    assert kind(head, body) is Kind.HUMAN


def test_closure_notice_in_answer_to_our_mail_is_an_auto_reply() -> None:
    """'The office is closed' alone decides only in a short unquoted answer to our mail."""
    body = "Hello,\n\nour office is closed for the summer holidays.\n\nExample Ltd\n"
    head = "From: office@firm.example\nTo: support@houseware.io\nSubject: Re: [#1401] Re: Order"
    assert kind(head, body) is Kind.HUMAN
    assert kind(f"{head}\nIn-Reply-To: <{OUR_ID}>", body) is Kind.AUTO_REPLY


def test_phone_reply_saying_away_in_answer_to_our_mail_stays_a_person() -> None:
    """A customer's short unquoted answer that mentions being away is not an autoresponder."""
    head = (
        "From: Chris <chris@example.co.uk>\nTo: support@houseware.io\n"
        f"Subject: Re: [#1401] Re: Order\nIn-Reply-To: <{OUR_ID}>"
    )
    body = (
        "Thanks. I'm away until Friday, so please send it to Mark instead.\n\nSent from my iPhone\n"
    )
    assert kind(head, body) is Kind.HUMAN


def test_our_mail_returned_with_a_block_notice_is_a_bounce_from_any_mailbox() -> None:
    """Our own mail attached to a 'blocked' notice is a bounce; forwarded by a person, not."""
    body = "Your message was blocked by our policy and was not delivered.\n"
    head = "From: IT Notices <it-notices@bank.example>\nTo: support@houseware.io\nSubject: Notice"
    assert kind(head, body, OUR_ACK) is Kind.BOUNCE
    other = OUR_ACK.replace("support@houseware.io", "shop@else.example").replace(
        OUR_ID, "z@else.example"
    )
    assert kind(head, body, other) is Kind.HUMAN
    forwarded = head.replace("Subject: Notice", "Subject: Fwd: Notice")
    assert kind(forwarded, "Why was this blocked? " + body, OUR_ACK) is Kind.HUMAN


def test_exchange_system_sender_with_a_delay_subject_is_a_bounce() -> None:
    """Exchange writes its reports as MicrosoftExchange<guid>@ with a real Return-Path."""
    sender = "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@firm.example"
    head = (
        f"Return-Path: <{sender}>\nFrom: Microsoft Outlook <{sender}>\n"
        "To: support@houseware.io\nSubject: Delivery delayed: [#1401] Re: Order"
    )
    assert kind(head, "Delivery is delayed to these recipients: a@firm.example\n") is Kind.BOUNCE


@pytest.mark.parametrize(
    ("sender", "subject", "body", "expected"),
    [
        (
            "info@smallfirm.example",
            "Cancel my plan",
            "Hello,\n\nplease unsubscribe me from the service from next month, we are closing.\n",
            Kind.HUMAN,
        ),
        (
            "news@shop.example",
            "Summer sale",
            "Our summer sale is on: every kettle and toaster at half price until Sunday.\n\n"
            "Unsubscribe: https://shop.example/u?1\n",
            Kind.BULK,
        ),
        (
            "customers-owner@lists.example.org",
            "Your message awaits moderator approval",
            "Your message to customers@lists.example.org is held until a moderator decides.\n",
            Kind.BULK,
        ),
    ],
)
def test_list_mail_needs_a_mass_sender_sign(
    sender: str, subject: str, body: str, expected: Kind
) -> None:
    """'Unsubscribe' in a person's sentence is a request; a footer with its link, or a list
    robot's moderation notice, is list mail."""
    head = f"From: {sender}\nTo: support@houseware.io\nSubject: {subject}"
    assert kind(head, body) is expected


@pytest.mark.parametrize(
    ("extra", "to", "footer", "expected"),
    [
        # LISTSERV: the list's own address as Sender, the list in To, we nowhere.
        (
            "Sender: Logistik <LOGISTIK-L@LISTSERV.EXAMPLE>",
            "LOGISTIK-L@LISTSERV.EXAMPLE",
            "",
            Kind.BULK,
        ),
        # Majordomo: a list robot's envelope and a footer telling how to leave.
        (
            "Sender: owner-fleet@lists.example\nReturn-Path: <owner-fleet@lists.example>",
            "fleet@lists.example",
            "\n--\nTo unsubscribe from this list, write to majordomo@lists.example.\n",
            Kind.BULK,
        ),
        # The robot's envelope alone (a list reply cc'd around) is not enough.
        ("Sender: owner-fleet@lists.example", "colleague@firm.example", "", Kind.HUMAN),
        # Sent on someone's behalf, or through the writer's own group, to us: a person.
        ("Sender: assistant@firm.example", "support@houseware.io", "", Kind.HUMAN),
        (
            "Sender: buying@firm.example\nCc: buying@firm.example",
            "support@houseware.io",
            "",
            Kind.HUMAN,
        ),
    ],
)
def test_list_post_relayed_without_list_headers(
    extra: str, to: str, footer: str, expected: Kind
) -> None:
    """A post the list relayed to us carries the list's mark in Sender or the envelope and is
    addressed to the list; a person's mail sent through someone else is addressed to us."""
    head = f"From: Petra Wieland <petra@firm.example>\nTo: {to}\n{extra}\nSubject: Ramp slots"
    body = "Has anyone set up time slots for their loading ramps yet; how do you do it\n" + footer
    assert kind(head, body) is expected


@pytest.mark.parametrize(
    ("sender", "subject", "body", "expected"),
    [
        # A provider's home-made bounce: failure subject and text, automatic only in the signature.
        (
            "Hostmail CZ <posta@hostmail.example>",
            "Zpráva nemohla být doručena",
            "Vaše zpráva nemohla být doručena příjemci:\n\n  obchod@firma.example\n\n"
            "-- \nTato zpráva byla vygenerována automaticky, neodpovídejte na ni.\n",
            Kind.BOUNCE,
        ),
        (
            "NetStar.pl <poczta@netstar.example>",
            "Wiadomość niedostarczona",
            "Twoja wiadomość nie mogła zostać dostarczona do odbiorcy:\n\n  biuro@firma.example\n\n"
            "--\nWiadomość wygenerowana automatycznie - prosimy na nią nie odpowiadać.\n",
            Kind.BOUNCE,
        ),
        # The same words from a person who signs as herself: no machine statement, a request.
        (
            "Anna Nowak <anna@hurtownia.example>",
            "Wiadomość niedostarczona",
            "Nasze wiadomości do biuro@firma.example nie mogą zostać dostarczone.\n"
            "Proszę to sprawdzić.\n\n-- \nAnna Nowak\n",
            Kind.HUMAN,
        ),
        # A failure subject and a machine statement, but a question: a person asks.
        (
            "Tom <tom@firm.example>",
            "Mail delivery failed",
            "Our mails to shop@firm.example could not be delivered, why?\n\n-- \n"
            "This message was sent automatically from our CRM.\n",
            Kind.HUMAN,
        ),
    ],
)
def test_failure_notice_that_calls_itself_automatic_is_a_bounce(
    sender: str, subject: str, body: str, expected: Kind
) -> None:
    """Subject, failure sentence and self-declared automatic text together make a bounce; the
    failure words alone, or with a question, are a person's."""
    assert kind(f"From: {sender}\nTo: support@houseware.io\nSubject: {subject}", body) is expected


@pytest.mark.parametrize(
    ("head", "body", "expected"),
    [
        # A departure notice answers the mail it got; the same news sent unasked is a person's.
        (
            "From: Ingrid <ingrid@firm.example>\nSubject: Contactpersoon",
            "Jan is niet meer werkzaam bij ons. Stuur alles naar mij.\n",
            Kind.HUMAN,
        ),
        (
            "From: Erik <erik@firm.example>\nSubject: [Houseware #48177] Leveransen",
            "Erik arbetar inte längre hos oss.\n",
            Kind.AUTO_REPLY,
        ),
        # Our footer in single quotes is not the sender's statement; an apostrophe is no quote.
        (
            "From: Mia <mia@firm.example>\nSubject: Billing",
            "Your mails end with 'Please do not reply to this email' so I write here.\n"
            "New address: 1 Mill Lane.\n",
            Kind.HUMAN,
        ),
        (
            "From: Desk <desk@firm.example>\nSubject: Info",
            "Please don't reply to this message, it's sent from an address that isn't monitored.\n",
            Kind.AUTO_REPLY,
        ),
        # The customer's mail admin asks from postmaster@; a link's "?" is no question.
        (
            "From: Postmaster <postmaster@firm.example>\nSubject: Delivery problem with your mails",
            "Your mails are rejected with 550 5.7.23 SPF. Has your IP range changed?\n",
            Kind.HUMAN,
        ),
        (
            "From: Postmaster <postmaster@firm.example>\nSubject: Undeliverable: Order",
            "Delivery has failed: 550 5.1.1 user unknown. Details: https://help.example/?code=5.1.1\n",
            Kind.BOUNCE,
        ),
    ],
)
def test_statements_a_person_also_makes_need_their_shape(
    head: str, body: str, expected: Kind
) -> None:
    """A departure notice, a do-not-reply line, a postmaster@ mailbox: each a person's too,
    unless the shape of the mail (an answer, the sender's own words, no question) says otherwise."""
    assert kind(f"{head}\nTo: support@houseware.io", body) is expected


@pytest.mark.parametrize(
    "body",
    [
        "Your message to orders@shop.example has not yet been delivered. The server will"
        " continue to retry for 4 more days; you do not need to send it again.",
        "Ihre Nachricht an einkauf@firma.example wurde noch nicht zugestellt. Weitere"
        " Zustellversuche folgen in den nächsten 48 Stunden.",
        "Votre message à achats@societe.example n'a pas encore été remis. Le serveur"
        " continuera à essayer pendant 4 jours.",
        "Su mensaje a compras@empresa.example aún no ha sido entregado. Seguiremos"
        " intentándolo durante 48 horas.",
        "Il messaggio a ordini@ditta.example non è ancora stato consegnato. Il sistema"
        " continuerà a tentare la consegna per altri 4 giorni.",
        "Uw bericht aan inkoop@bedrijf.example is nog niet afgeleverd. De server blijft het"
        " opnieuw proberen tot 23 augustus.",
        "A sua mensagem para compras@empresa.example ainda não foi entregue. Continuaremos a"
        " tentar durante 48 horas.",
        "Twoja wiadomość do zamowienia@hurtownia.example nie została jeszcze dostarczona.",
        "Ваше сообщение для zakaz@mebel.example ещё не доставлено: сервер не отвечает.",
        "Ditt meddelande till inkop@firma.example har ännu inte levererats.",
    ],
)
def test_delay_warning_from_postmaster_with_a_real_return_path_is_a_bounce(body: str) -> None:
    """A provider's delay warning in its own words (no DSN, no SMTP code) from postmaster@
    with a real Return-Path: not yet delivered, retried. A person asks from there."""
    head = (
        "Return-Path: <postmaster@mail.provider.example>\n"
        "From: postmaster@mail.provider.example\nTo: support@houseware.io\nSubject: Warning"
    )
    assert kind(head, body) is Kind.BOUNCE
    assert kind(head, body + " Has your server changed?") is Kind.HUMAN


@pytest.mark.parametrize(
    ("sender", "subject", "body"),
    [
        (
            "DLP-Gateway <dlp@firm.example>",
            "Nachricht aufgehalten",
            "Ihre Nachricht an einkauf@firm.example wurde aufgehalten, weil sie gegen die"
            " Richtlinie 'Personenbezogene Daten' verstößt.",
        ),
        (
            "Data Loss Prevention <data-loss-prevention@firm.example>",
            "Message held for policy review",
            "Your message to ap@firm.example has been held because it matched the policy"
            " 'PCI - card numbers'. A reviewer will release or delete it.",
        ),
    ],
)
def test_data_loss_prevention_gateway_notice_is_a_bounce(
    sender: str, subject: str, body: str
) -> None:
    """A data-loss-prevention gateway's notice from its own mailbox, with a real Return-Path
    and no report structure: held or stopped by a policy."""
    head = f"From: {sender}\nTo: support@houseware.io\nSubject: {subject}"
    assert kind(head, body) is Kind.BOUNCE


@pytest.mark.parametrize(
    ("sender", "subject", "body"),
    [
        # A segment of the mailbox starts with the gateway's word.
        (
            "Virusscanner <virusscanner@firm.example>",
            "Waarschuwing: virus aangetroffen",
            "In uw bericht aan inkoop@firm.example is een virus aangetroffen. Het bericht is"
            " niet afgeleverd.",
        ),
        (
            "Antispam <antispam@firm.example>",
            "Zpráva byla zablokována",
            "Vaše zpráva pro nakup@firm.example byla zablokována filtrem obsahu.",
        ),
        # A mail system by its name ("Administrador do Sistema"), from an ordinary mailbox.
        (
            "Administrador do Sistema <administrador@firm.example>",
            "Mensagem bloqueada",
            "A sua mensagem para compras@firm.example foi bloqueada pelo antivírus do servidor.",
        ),
    ],
)
def test_gateway_notice_from_its_own_or_a_mail_system_mailbox(
    sender: str, subject: str, body: str
) -> None:
    """A virus gateway's notice with a real Return-Path and no report structure."""
    head = f"From: {sender}\nTo: support@houseware.io\nSubject: {subject}"
    assert kind(head, body) is Kind.BOUNCE


QUARANTINED = {
    "en": "The message you sent to einkauf@firm.example was quarantined: suspicious attachment.",
    "de": "Die Nachricht an einkauf@firm.example wurde in Quarantäne verschoben.",
    "fr": "Le message envoyé à achats@firm.example a été mis en quarantaine.",
    "es": "El mensaje enviado a compras@firm.example ha sido puesto en cuarentena.",
    "it": "Il messaggio inviato a ordini@firm.example è stato messo in quarantena.",
    "nl": "Het bericht aan inkoop@firm.example is in quarantaine geplaatst.",
    "pt": "A mensagem enviada para compras@firm.example foi colocada em quarentena.",
}


@pytest.mark.parametrize("language", sorted(QUARANTINED))
@pytest.mark.parametrize(
    "sender",
    [
        "ESET Mail Security <eset@firm.example>",
        "Mail Gateway <mailgw@firm.example>",
        "FortiMail <fortimail@firm.example>",
        "Filtro <quarentena@firm.example>",
    ],
)
def test_quarantine_notice_from_a_filter_named_by_mailbox_or_display_name(
    sender: str, language: str
) -> None:
    """A filter's quarantine notice in each language, from a mailbox or display name that
    names a filter product or function, with a real Return-Path and no report structure."""
    head = f"From: {sender}\nTo: support@houseware.io\nSubject: Notice"
    assert kind(head, QUARANTINED[language]) is Kind.BOUNCE


COMPLAINED = {
    "en": "A recipient reported a message as spam. It was sent from 203.0.113.45.",
    "de": "Ein Empfänger hat eine Nachricht als Spam gemeldet. Sie kam von 203.0.113.45.",
    "fr": "Un destinataire a signalé un message comme spam. Il venait de 203.0.113.45.",
    "es": "Un destinatario ha denunciado un mensaje como spam. Fue enviado desde 203.0.113.45.",
    "it": "Un destinatario ha segnalato un messaggio come spam. È stato inviato da 203.0.113.45.",
    "nl": "Een ontvanger heeft een bericht als spam gemeld. Het kwam van 203.0.113.45.",
    "pt": "Um destinatário denunciou uma mensagem como spam. Foi enviada a partir de 203.0.113.45.",
}


@pytest.mark.parametrize("language", sorted(COMPLAINED))
@pytest.mark.parametrize(
    "sender", ["noc@isp.example", "postmaster@isp.example", "trust-safety@isp.example"]
)
def test_complaint_in_words_only_from_a_network_desk(sender: str, language: str) -> None:
    """A complaint naming the sending IP, with nothing attached, from a network's operations,
    trust-and-safety or postmaster mailbox, in each language."""
    head = f"From: {sender}\nTo: support@houseware.io\nSubject: Spam"
    assert kind(head, COMPLAINED[language]) is Kind.BOUNCE


def test_abuse_desk_report_in_words_only_names_the_sending_ip() -> None:
    """An abuse desk's complaint with neither the message attached nor its headers pasted:
    its mailbox, a complaint and the sending IP; the same desk asking is a person's mail."""
    head = "From: Abuse <abuse@hoster.example>\nTo: support@houseware.io\nSubject: Abuse report"
    said = "We received complaints about unsolicited email sent from 203.0.113.45 yesterday.\n"
    assert kind(head, said) is Kind.BOUNCE
    assert kind(head, said + "Is this server yours?\n") is Kind.HUMAN
    person = "From: Kim <kim@firm.example>\nTo: support@houseware.io\nSubject: Spam from you"
    assert kind(person, said) is Kind.HUMAN


@pytest.mark.parametrize(
    ("head", "body", "expected"),
    [
        (
            "From: Ops moderators <ops+owner@groups.example>\nSubject: Message held",
            "Your message to the ops group is awaiting approval because you are not a member.",
            Kind.BULK,
        ),
        (
            "From: Listes <listes@assoc.example>\nSubject: Liste fournisseurs",
            "Votre message à la liste fournisseurs est en attente d'approbation.",
            Kind.BULK,
        ),
        # What waits is not the sender's message: a person in a group's mailbox.
        (
            "From: Sanne <sanne@glas-groep.example>\nSubject: Goedkeuringsflow doet niets",
            "Facturen staan in de lijst op status 'Wacht op goedkeuring'. Groet, Glas Groep",
            Kind.HUMAN,
        ),
        (
            "From: Tom <tom@firm.example>\nSubject: Price list",
            "The new price list for the group is awaiting approval from finance.",
            Kind.HUMAN,
        ),
    ],
)
def test_moderation_notice_is_about_the_senders_held_message(
    head: str, body: str, expected: Kind
) -> None:
    """A list's moderation notice says the sender's message waits for approval; approval
    waited for by anything else is a person's news."""
    assert kind(f"{head}\nTo: support@houseware.io", body) is expected


HELD = {
    "en": "Your message to the buyers list is awaiting approval.",
    "de": "Ihre Nachricht an die Liste einkauf wartet auf Genehmigung.",
    "fr": "Votre message à la liste achats est en attente d'approbation.",
    "es": "Su mensaje a la lista compras está pendiente de aprobación.",
    "it": "Il tuo messaggio alla lista acquisti è in attesa di approvazione.",
    "nl": "Uw bericht aan de lijst inkoop wacht op goedkeuring.",
    "pt": "A sua mensagem para a lista compras aguarda aprovação.",
}


@pytest.mark.parametrize("language", sorted(HELD))
@pytest.mark.parametrize(
    "sender", ["Buyers moderators <buyers+owner@groups.example>", "Lists <lists@assoc.example>"]
)
def test_held_message_notice_in_each_language(sender: str, language: str) -> None:
    """A list's notice that the sender's message waits for approval, in each language, from a
    list robot (a plus-tagged one too: buyers+owner@) or a mailbox that names the list."""
    head = f"From: {sender}\nTo: support@houseware.io\nSubject: Message held"
    assert kind(head, HELD[language]) is Kind.BULK


@pytest.mark.parametrize(
    "subject",
    ["Thank you for your email", "Vielen Dank für Ihre Nachricht", "Merci pour votre message"],
)
def test_absence_notice_titled_with_thanks_for_the_mail_it_got(subject: str) -> None:
    """A new mail whose subject thanks for the mail it answers and whose text says only that
    the writer is away and back later is an autoresponder's; a question makes it a person's."""
    head = f"From: Jade <jade@studio.example>\nTo: support@houseware.io\nSubject: {subject}"
    body = "I'm currently out of the office with limited access to email, returning 2 September."
    assert kind(head, body) is Kind.AUTO_REPLY
    assert kind(head, body + " Could you send the part to my neighbour?") is Kind.HUMAN


NOT_DELIVERED = {
    "en": "Your message to einkauf@firma.example was not delivered. The address does not exist.",
    "de": "Ihre Nachricht an einkauf@firma.example wurde nicht zugestellt. Die Adresse existiert"
    " nicht.",
    "fr": "Votre message à achats@societe.example n'a pas été remis : l'adresse n'existe pas.",
    "es": "Su mensaje a compras@empresa.example no se ha podido entregar: la dirección no existe.",
    "it": "Il messaggio inviato a ordini@ditta.example non è stato recapitato: l'indirizzo non"
    " esiste.",
    "nl": "Uw bericht aan inkoop@bedrijf.example is niet afgeleverd: het adres bestaat niet.",
    "pt": "A sua mensagem para compras@empresa.example não foi entregue: o endereço não existe.",
}
PARCEL_NOT_DELIVERED = {
    "en": "My order HW-5512 was not delivered. Please send a replacement.",
    "de": "Meine Bestellung HW-5512 wurde nicht zugestellt. Bitte Ersatz schicken.",
    "fr": "Ma commande HW-5512 n'a pas été livrée. Merci d'envoyer un remplacement.",
    "es": "Mi pedido HW-5512 no ha sido entregado. Envíen un reemplazo por favor.",
    "it": "Il mio ordine HW-5512 non è stato consegnato. Inviate un sostituto.",
    "nl": "Mijn bestelling HW-5512 is niet bezorgd. Stuur aub een vervanging.",
    "pt": "A minha encomenda HW-5512 não foi entregue. Enviem uma substituição.",
}


@pytest.mark.parametrize("language", sorted(NOT_DELIVERED))
def test_plain_failure_notice_from_postmaster_in_each_language(language: str) -> None:
    """A provider's home-made failure notice, in its own words and without an SMTP code, from
    postmaster@ with a real Return-Path: the message (its recipient's address, dots and all,
    between) was not delivered. The same words of a parcel, from a person, are a person's."""
    head = (
        "Return-Path: <postmaster@mail.provider.example>\nFrom: postmaster@mail.provider.example"
        "\nTo: support@houseware.io\nSubject: Delivery problem"
    )
    assert kind(head, NOT_DELIVERED[language]) is Kind.BOUNCE
    person = "From: Kim <kim@customer.example>\nTo: support@houseware.io\nSubject: Not delivered"
    assert kind(person, PARCEL_NOT_DELIVERED[language]) is Kind.HUMAN


@pytest.mark.parametrize(
    "subject",
    [
        "Roberto Galli è fuori ufficio.",
        "Juan Pérez está fuera de la oficina.",
        "João Silva está fora do escritório.",
        "Jean Dupont est absent du bureau.",
        "Jan de Vries is niet op kantoor.",
        "Anna Berg är på semester.",
    ],
)
def test_someone_is_away_as_the_whole_subject(subject: str) -> None:
    """Domino's and similar agents' subject, '<name> is out of the office.', in each language."""
    head = f"From: Team <team@firm.example>\nTo: support@houseware.io\nSubject: {subject}"
    assert kind(head, "Back on Monday.") is Kind.AUTO_REPLY


MTA_FAILURES = [
    "This is the mail system at host mx.provider.example.\n\nI'm sorry to have to inform you that"
    " your message could not\nbe delivered to one or more recipients.\n\n<bob@shop.example>:"
    " host mx.shop.example said: 550 5.1.1 User unknown\n",
    "This message was created automatically by mail delivery software.\n\nA message that you"
    " sent has not yet been delivered to one or more of its\nrecipients after more than 24 hours"
    " on the queue.\n\n  bob@shop.example\n    451 4.7.1 Greylisted\n",
]


@pytest.mark.parametrize("body", MTA_FAILURES)
@pytest.mark.parametrize(
    "sender", ["mail@relay.example", "system@relay.example", "root@relay.example"]
)
def test_mta_notice_from_an_ordinary_mailbox_is_a_bounce(sender: str, body: str) -> None:
    """A mail transfer agent's failure or delay notice (its self-description, a failure text and
    a failure subject) re-sent from an ordinary mailbox with a real Return-Path is a bounce."""
    head = f"Return-Path: <{sender}>\nFrom: {sender}\nTo: support@houseware.io"
    head += "\nSubject: failure notice"
    assert kind(head, body) is Kind.BOUNCE


@pytest.mark.parametrize("body", MTA_FAILURES)
def test_person_forwarding_or_pasting_an_mta_notice_is_a_person(body: str) -> None:
    """A person who forwards such a notice, or pastes it under its subject and asks, is a person:
    the notice's lines are no statement of the sender's."""
    head = "From: Gareth <g@family.example>\nTo: support@houseware.io\nSubject: "
    asks = "Which address should I use for returns?\n\n" + body
    assert kind(head + "Undelivered Mail Returned to Sender", asks) is Kind.HUMAN
    forwarded = "FYI, see below.\n\n-------- Forwarded Message --------\n" + body
    assert kind(head + "Fwd: Undelivered Mail Returned to Sender", forwarded) is Kind.HUMAN


def _with_saved_mail(head: str, body: str) -> Kind:
    """The Kind of a mail with a saved message attached as application/octet-stream .eml."""
    raw = (
        head + "\nMessage-ID: <x.2@sender.example>\nMIME-Version: 1.0\n"
        'Content-Type: multipart/mixed; boundary="b"\n\n--b\n'
        "Content-Type: text/plain; charset=utf-8\n\n" + body + "\n--b\n"
        'Content-Type: application/octet-stream; name="message.eml"\n'
        'Content-Disposition: attachment; filename="message.eml"\n\n'
        "From: Houseware <support@houseware.io>\nSubject: Deals\n\nDeals.\n--b--\n"
    )
    return classify(parse_message(raw.encode("utf-8")), OWN).kind


def test_saved_mail_attached_as_a_file_is_the_reported_message() -> None:
    """An abuse desk that attaches the reported mail as 'message.eml' (octet-stream) reports
    it as surely as with message/rfc822; a person attaching one to ask is a person."""
    desk = "From: Service Abuse <abuse@isp.example>\nTo: support@houseware.io\nSubject: Signalement"
    said = "Un abonné a signalé comme indésirable le message ci-joint (IP 203.0.113.45).\n"
    assert _with_saved_mail(desk, said) is Kind.BOUNCE
    person = "From: Hélène <helene@example.fr>\nTo: support@houseware.io\nSubject: Spam ?"
    asks = "J'ai reçu ce message à votre nom. Votre compte a-t-il été piraté ?\n"
    assert _with_saved_mail(person, asks) is Kind.HUMAN


def test_complaint_with_our_mail_attached_needs_an_abuse_desk_trace() -> None:
    """A person attaching our newsletter to complain writes about herself; a network's abuse
    report names the source IP."""
    ours = "From: Houseware News <news@houseware.io>\nSubject: Deals\n\nDeals.\n"
    person = "From: Karl <karl@firm.example>\nTo: support@houseware.io\nSubject: Complaint: spam"
    noc = "From: NOC <noc@isp.example>\nTo: support@houseware.io\nSubject: Spam complaint"
    assert kind(person, "I unsubscribed twice, still get this. Remove me.\n", ours) is Kind.HUMAN
    said = "A subscriber complained of the attached message, sent from 203.0.113.25.\n"
    assert kind(noc, said, ours) is Kind.BOUNCE


CHALLENGE = (
    "Hello,\n\nyour mail\n\nTo: anna.berg@mailshield.example\nSubject: Broken kettle lid\n\n"
    "is on hold at SenderCheck. Open the link below once so that your address joins the\n"
    "approved senders and the mail is handed over:\n\n"
    "https://check.mailshield.example/confirm?k=77\n"
)


def test_answer_restating_the_mail_it_answers_is_an_auto_reply() -> None:
    """A challenge-response notice: "Re: <subject>" over its own lines To:/Subject: of the
    mail it answers, no From: line, nothing asked (the link's "?k=" is no question)."""
    head = (
        "From: anna.berg@mailshield.example\nTo: support@houseware.io\n"
        "Subject: Re: Broken kettle lid"
    )
    assert kind(head, CHALLENGE) is Kind.AUTO_REPLY


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        # A new mail, not an answer: the restated lines answer nothing.
        ("Broken kettle lid", CHALLENGE),
        # The restated subject is another mail's, not the one answered.
        ("Re: Invoice 4411", CHALLENGE),
        # A person asks about the mail they restate.
        (
            "Re: Broken kettle lid",
            "Did this one reach you?\n\nTo: support@houseware.io\nSubject: Broken kettle lid\n",
        ),
        # A person pastes a whole header block, From: first, to show what they sent.
        (
            "Re: Broken kettle lid",
            "This is what I sent last week, it seems to have gone to the wrong team.\n\n"
            "From: Anna Berg <anna.berg@mailshield.example>\nTo: sales@houseware.io\n"
            "Subject: Broken kettle lid\n\nThe lid of my kettle cracked after two days.\n",
        ),
    ],
)
def test_restated_lines_without_their_structure_leave_a_person(subject: str, body: str) -> None:
    """Restated To:/Subject: lines decide only in an answer to that very mail that asks
    nothing and has no From: line."""
    head = (
        "From: Anna Berg <anna.berg@mailshield.example>\nTo: support@houseware.io\n"
        f"Subject: {subject}"
    )
    assert kind(head, body) is Kind.HUMAN


RELAY_FAILURE = (
    "Your mail with the subject Kettle spare parts could not be delivered to these\n"
    "recipients:\n\n    lena.vogt@parts.example\n\nDo not send it again; the relay keeps trying "
    "for three days.\n"
)


@pytest.mark.parametrize(
    ("sender", "expected"),
    [
        # A filtering gateway relays mail and reports the relay's failure from its mailbox.
        ("MailScanner_Relay@gw.parts.example", Kind.BOUNCE),
        ("quarantine@gw.parts.example", Kind.BOUNCE),
        # The same lines from a person's mailbox do not decide: a person may report a
        # failure in the words of a notice.
        ("lena.vogt@parts.example", Kind.HUMAN),
    ],
)
def test_failure_text_decides_only_from_a_gateway_mailbox(sender: str, expected: Kind) -> None:
    """A delivery failure stated in plain text ("could not be delivered", no report, no
    daemon sender) is a bounce when a filtering gateway's own mailbox sends it."""
    head = f"From: {sender}\nTo: support@houseware.io\nSubject: Mail not handed over"
    assert kind(head, RELAY_FAILURE) is expected


@pytest.mark.parametrize(
    "header",
    [
        "X-JIRA-FingerPrint: 4c1e0d9a77b2f1e3a0c5d6e7f8091a2b",
        "X-Redmine-Project: webshop",
        "X-GitHub-Reason: mention",
        "X-GitLab-Project: shop-frontend",
        "X-Bugzilla-Type: changed",
        "X-Launchpad-Notification-Type: bug",
        "X-Trac-Ticket-ID: 812",
        "X-ServiceNow-Generated: true",
        "X-Gerrit-MessageType: comment",
        "X-Phabricator-Sent-This-Message: Yes",
    ],
)
def test_tracker_notification_header_alone_makes_a_notice(header: str) -> None:
    # A tracker's notice carries a person's words (the comment it reports) and often no
    # Precedence or Auto-Submitted; the header only its notices carry decides.
    body = "Dana Whitfield commented:\n\nCan you check the export again? It still fails for me.\n"
    head = f"From: Dana Whitfield <tracker@issues.example>\nSubject: [PRJ-77] Export\n{header}"
    assert kind(head, body) is Kind.BULK


@pytest.mark.parametrize(
    "header",
    ["X-Zendesk-From-Account-Id: 7f21c", "X-RT-Loop-Prevention: IT", "X-Mailer: Jira Connector"],
)
def test_helpdesk_headers_every_answer_carries_leave_a_person(header: str) -> None:
    # An agent of another helpdesk answering through it, or a client naming a tracker: a person.
    body = "Hello, our export to your shop still fails since Monday. Can you check it?\nDana\n"
    head = f"From: Dana Whitfield <dana@shop.example>\nSubject: Export fails\n{header}"
    assert kind(head, body) is Kind.HUMAN
