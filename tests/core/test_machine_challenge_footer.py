"""Two classes found on set J (machine_mail_j_tune), checked on variants written here:

- a challenge-response filter's notice (our mail held until we confirm we are a person) is an
  auto-reply from any generator, in any shape, in the languages we read (core.senderchecks);
- a person's mail with their company's footer ("generated automatically and scanned for
  viruses", "confidential") stays a person's: the footer is no statement of the sender about
  this mail (core.disclaimers), while a notice's own statements above such a footer still count.
"""

import pytest

from supportmail.core.types import Kind
from tests.support.mailkind import kind

OUR_ID = "<msg-1401.3@supportmail.houseware.io>"


# What challenge-response notices say, in the words of several kinds of filter (a hosted
# service, a personal whitelist, TMDA-style "reply to release"); none is a set-J sample's text.
CHALLENGES = {
    "en-service": (
        "Hello,\n\nYour message to mark.ellis@ellisbuild.example has been placed in a waiting "
        "list and will be delivered as soon as you confirm your address.\n\n"
        "Confirm here: https://guard.example/c/8812\n\nYou only need to do this once.\n"
    ),
    "en-whitelist": (
        "I am protecting my inbox with a sender verification service. Only approved senders "
        "reach me directly. Once I have approved you, your original message lands in my "
        "inbox; you do not need to send it again.\n\nhttps://guard.example/request/51\n"
    ),
    "en-release": (
        "Your message about the subject below is being held pending confirmation. It will "
        "only be delivered after you reply to this notice without changing the subject line.\n"
    ),
    "de": (
        "Guten Tag,\n\nIhre Nachricht an buchhaltung@mueller-bau.example wurde "
        "zurückgehalten und wird erst zugestellt, sobald Sie Ihre Absenderadresse einmalig "
        "bestätigen:\n\nhttps://pruefen.example/b/77\n\nUnbestätigte Nachrichten werden nach "
        "14 Tagen gelöscht.\n"
    ),
    "fr": (
        "Bonjour,\n\nVotre message à compta@atelier-roux.example est en attente jusqu'à ce "
        "que vous confirmiez être l'expéditeur. Cliquez sur le lien ci-dessous :\n\n"
        "https://filtre.example/v/31\n\nMerci de votre compréhension.\n"
    ),
    "es": (
        "Estimado remitente:\n\nSu correo a ventas@lopezhnos.example está pendiente hasta que "
        "usted verifique su dirección. Una vez verificada, se entregará automáticamente.\n\n"
        "https://filtro.example/r/902\n"
    ),
    "it": (
        "Gentile mittente,\n\nil suo messaggio a amministrazione@ferri.example è in attesa "
        "finché non conferma di essere una persona tramite il link seguente:\n\n"
        "https://verifica.example/m/44\n"
    ),
    "nl": (
        "Beste afzender,\n\nUw bericht aan info@vandam-installatie.example wordt "
        "vastgehouden totdat u bevestigt dat u een mens bent. Klik op de onderstaande link:\n\n"
        "https://check.example/n/19\n"
    ),
    "pt": (
        "Olá,\n\nA sua mensagem para financeiro@padaria-sol.example ficou retida até que "
        "confirme o seu endereço. Depois disso será entregue ao destinatário.\n\n"
        "https://verifica.example/p/63\n"
    ),
    "sv": (
        "Hej,\n\nDitt meddelande till ekonomi@lundqvist.example hålls kvar tills du bekräftar "
        "att du är en människa:\n\nhttps://kontroll.example/s/7\n"
    ),
    "pl": (
        "Dzień dobry,\n\nPana wiadomość do biuro@kowalski.example została wstrzymana do czasu, "
        "aż potwierdzi Pan swój adres:\n\nhttps://weryfikacja.example/k/5\n"
    ),
    "cs": (
        "Dobrý den,\n\nvaše zpráva pro ucetni@novak.example byla zadržena, dokud neověříte "
        "svou adresu. Potvrďte, že jste člověk:\n\nhttps://overeni.example/z/3\n"
    ),
}
# The shapes such a notice comes in: a subject of its own from the service's mailbox with the
# protected address as display name; an answer from the protected person's own address that
# threads to our mail; a subject of its own as an HTML-only mail.
SHAPES = {
    "service": (
        '"ellis@ellisbuild.example" <verify@guard.example>',
        "Please confirm your address to deliver your message",
        False,
    ),
    "answer": ("Mark Ellis <mark.ellis@ellisbuild.example>", "Re: [#1401] Re: Order 4411", False),
    "html": ("Mail Guard <verify+c8812@guard.example>", "Action required", True),
}


@pytest.mark.parametrize("shape", sorted(SHAPES))
@pytest.mark.parametrize("notice", sorted(CHALLENGES))
def test_challenge_response_notice_is_an_auto_reply(notice: str, shape: str) -> None:
    """A filter that holds our mail until we confirm is an auto-reply, whatever its wording,
    language, sender or shape: no acknowledgement goes back to it."""
    sender, subject, html = SHAPES[shape]
    head = f"From: {sender}\nTo: support@houseware.io\nSubject: {subject}\n"
    if shape == "answer":
        head += f"In-Reply-To: {OUR_ID}\nReferences: {OUR_ID}\n"
    assert kind(head, CHALLENGES[notice], html=html, line_breaks=False) is Kind.AUTO_REPLY


# Wordings written after the first patterns, to check they generalise: the proof asked of the
# sender (a person, not a robot, a verified sender) and the mail not delivered yet, in any
# order and sentence, whatever the words between.
OTHER_WORDINGS = [
    "Was this message really sent by you? To protect its owner from spam, this mailbox accepts "
    "mail only from verified senders. Please click the link below so your e-mail can be "
    "delivered: https://x.example/v/1",
    "Hi! I use a spam blocker. Your email to me has not been delivered yet. Please take a "
    "moment to verify yourself by clicking https://x.example/2 - you will only be asked once.",
    "Dear sender, the recipient of your e-mail uses MailShield to keep spam out. We have put "
    "your e-mail on hold. To confirm you are a human being and release it, simply follow this "
    "link: https://ms.example/r/1 . Afterwards your e-mails reach the recipient directly.",
    "Automated notice from Boxlock: the message you sent to anna@acme.example is waiting for "
    "your verification. Click to verify: https://boxlock.example/v/9 (Messages not verified "
    "within 10 days are discarded.)",
    "Ihre E-Mail an info@firma.example liegt in der Warteschlange. Bitte bestätigen Sie mit "
    "einem Klick, dass Sie kein Spam-Roboter sind; danach wird sie zugestellt: "
    "https://x.example/4",
    "Sehr geehrte Absenderin, sehr geehrter Absender, Ihre Mail an vertrieb@schulz.example wird "
    "von unserem Spamschutz zurückgehalten. Sie wird zugestellt, nachdem Sie über den folgenden "
    "Link bestätigt haben, dass Sie kein Roboter sind: https://schutz.example/a/3",
    "Votre courriel n'a pas encore été remis à son destinataire. Pour qu'il le soit, confirmez "
    "que vous n'êtes pas un robot en cliquant ici : https://x.example/5",
    "Bonjour, afin de lutter contre le spam, ce destinataire n'accepte que les messages des "
    "expéditeurs vérifiés. Votre message est en attente. Merci de valider votre adresse : "
    "https://anti.example/f/2",
    "Su mensaje no se ha entregado todavía. Para que llegue a su destino, confirme que no es un "
    "robot haciendo clic aquí: https://x.example/6",
    "Hola: para evitar el spam, este buzón solo acepta correos de remitentes verificados. Su "
    "correo está pendiente de entrega; valide su dirección aquí: https://anti.example/e/5",
    "Il messaggio che ha inviato non è stato ancora recapitato. Per completare la consegna "
    "confermi di non essere un robot: https://x.example/7",
    "Gentile mittente, la casella di destinazione accetta solo messaggi da mittenti verificati. "
    "Il suo messaggio è in attesa: clicchi sul link per confermare di essere una persona. "
    "https://anti.example/i/4",
    "Uw e-mail is nog niet afgeleverd. Bevestig via onderstaande link dat u geen robot bent, "
    "dan wordt het bericht alsnog bezorgd: https://x.example/8",
    "Beste afzender, deze ontvanger accepteert alleen berichten van geverifieerde afzenders. Uw "
    "bericht staat in de wacht totdat u uw adres bevestigt: https://anti.example/n/6",
    "A sua mensagem ainda não foi entregue. Para que seja entregue, confirme que não é um robô "
    "clicando aqui: https://x.example/9",
    "Prezado remetente, esta caixa aceita apenas mensagens de remetentes verificados. A sua "
    "mensagem está pendente; confirme o seu endereço neste link: https://anti.example/p/7",
    # The filter's owner named in the third person, the mail called "original".
    "The user ana@shop.example protects this mailbox from unsolicited mail. To confirm your "
    "address and have your original message delivered, reply to this message.",
]


@pytest.mark.parametrize("subject", ["Please verify", "Re: [#1401] Re: Order 4411"])
@pytest.mark.parametrize("body", OTHER_WORDINGS)
def test_challenge_in_other_words_is_an_auto_reply(body: str, subject: str) -> None:
    """A proof asked of the sender of a mail that is not delivered yet is a challenge."""
    head = f"From: Guard <check@guard.example>\nTo: support@houseware.io\nSubject: {subject}\n"
    assert kind(head, body) is Kind.AUTO_REPLY


@pytest.mark.parametrize(
    "body",
    [
        "Your sign-up page asks me to confirm that I am not a robot and then shows an empty "
        "page. Could you check it?\n",
        "We use a sender verification service. Please add support@houseware.io to the approved "
        "senders on your side as well, our replies bounce.\n",
        "My message to your sales team was held by our own gateway until I confirmed it, so "
        "the price list may reach them a day late. Please tell them to expect it.\n",
        "Ihre Bestätigungsmail kommt nicht an. Wir haben eine Absenderprüfung, bitte senden "
        "Sie sie noch einmal an buchhaltung@mueller-bau.example.\n",
        "Il modulo mi chiede di confermare di essere una persona, ma il pulsante non funziona.\n",
        # The mail not delivered yet, said by a person, with no proof asked of us.
        "Your verification e-mail has not been delivered yet. I clicked resend twice. Can you "
        "check my account?\n",
        "Hi, your captcha keeps asking whether I am not a robot and my order message never goes "
        "through. Is the form broken?\n",
        "We added houseware.io to our verified senders list last week but your mails still wait "
        "in quarantine. Please advise.\n",
        "Bonjour, votre message est resté en attente dans notre filtre, je viens de le libérer. "
        "Pouvez-vous confirmer la date de livraison ?\n",
        "Hola, su correo quedó retenido en nuestro filtro. Ya lo liberé; por favor confirmen el "
        "pedido.\n",
        "Ik heb uw bericht uit de quarantaine gehaald. Kunt u bevestigen dat de levering vrijdag "
        "is?\n",
        "Olá, a sua mensagem estava retida no nosso filtro, já libertei. Podem confirmar o prazo "
        "de entrega?\n",
        "Please confirm that the invoice will be delivered to the new address once you have the "
        "PO number.\n",
    ],
)
def test_person_writing_about_verification_stays_a_person(body: str) -> None:
    """A person who writes of captchas, sender lists or a held mail of their own is no filter."""
    head = "From: Mark Ellis <mark.ellis@ellisbuild.example>\nTo: support@houseware.io\n"
    assert kind(head + "Subject: Sign-up\n", body) is Kind.HUMAN


# Company footers in the languages we read, each saying the mail was generated automatically
# (what a gateway claims of every mail) with confidentiality or a virus scan.
FOOTERS = {
    "en": "This e-mail was generated automatically and checked for viruses. It is confidential "
    "and intended solely for the addressee.",
    "de": "Diese E-Mail wurde automatisch erstellt und auf Viren geprüft. Sie ist vertraulich "
    "und ausschließlich für den Adressaten bestimmt.",
    "fr": "Ce message a été généré automatiquement et analysé par un antivirus. Il est "
    "confidentiel et destiné exclusivement à son destinataire.",
    "es": "Este correo ha sido generado automáticamente y analizado por un antivirus. Es "
    "confidencial y está dirigido exclusivamente a su destinatario.",
    "it": "Questo messaggio è stato generato automaticamente e controllato da antivirus. È "
    "riservato e destinato esclusivamente al destinatario.",
    "nl": "Dit bericht is automatisch gegenereerd en gescand op virussen. De inhoud is "
    "vertrouwelijk en uitsluitend bestemd voor de geadresseerde.",
    "pt": "Esta mensagem foi gerada automaticamente e verificada por antivírus. É confidencial "
    "e destinada exclusivamente ao destinatário.",
    "sv": "Detta är ett automatiskt genererat meddelande som har viruskontrollerats. Det är "
    "konfidentiellt och endast avsett för mottagaren.",
    "pl": "Ta wiadomość została wygenerowana automatycznie. Jest poufna i przeznaczona "
    "wyłącznie dla adresata.",
    "cs": "Tato zpráva byla vygenerována automaticky. Je důvěrná a určena výhradně pro adresáta.",
}
# Where a client puts the footer: under a separator line, after a blank line, right under the
# signature, or in a mail with no blank line at all.
LAYOUTS = {
    "separator": "{text}\n\nRegards,\nJoost Hendriks\n\n----------------------------\n{footer}\n"
    "----------------------------\n",
    "blank": "{text}\n\nRegards,\nJoost Hendriks\nHendriks Bouw B.V.\n\n{footer}\n",
    "signature": "Hello Anna,\n\n{text}\n\nRegards,\nJoost Hendriks\n{footer}\n",
    "one-block": "Hello Anna,\n{text}\nRegards, Joost Hendriks\n{footer}\n",
}
REQUESTS = {
    "reply-asking": (
        "Re: [#1401] Re: Invoices imported twice",
        "The March import still lists the Eneco invoices twice. Should I delete the extra lines "
        "myself, or can you clean them up?",
    ),
    "new-request": (
        "Copy of invoice 2291",
        "Please send me a copy of invoice 2291 for our auditor, addressed to the new office.",
    ),
}


@pytest.mark.parametrize("request_kind", sorted(REQUESTS))
@pytest.mark.parametrize("layout", sorted(LAYOUTS))
@pytest.mark.parametrize("language", sorted(FOOTERS))
def test_company_footer_saying_automatic_leaves_a_person(
    language: str, layout: str, request_kind: str
) -> None:
    """A person's text above a footer that calls every mail of the company automatic is a
    person's mail, in each language and wherever the client puts the footer."""
    subject, text = REQUESTS[request_kind]
    head = f"From: Joost Hendriks <j.hendriks@hendriks-bouw.example>\nSubject: {subject}\n"
    head += "To: support@houseware.io\n"
    if subject.startswith("Re:"):
        head += f"In-Reply-To: {OUR_ID}\n"
    body = LAYOUTS[layout].format(text=text, footer=FOOTERS[language])
    assert kind(head, body) is Kind.HUMAN


NOTICES = {
    "away": "I am out of the office until 3 September with no access to my e-mail. For urgent "
    "matters please call the office.",
    "receipt": "We have received your request and registered it under ticket number 88121. "
    "We will get back to you as soon as possible.",
}


@pytest.mark.parametrize("layout", ["separator", "blank"])
@pytest.mark.parametrize("notice", sorted(NOTICES))
@pytest.mark.parametrize("language", ["en", "de", "nl"])
def test_notice_above_a_company_footer_stays_machine_mail(
    language: str, notice: str, layout: str
) -> None:
    """An autoresponder's own statements above the company footer still decide."""
    head = "From: Joost Hendriks <j.hendriks@hendriks-bouw.example>\nSubject: Invoice 2291\n"
    head += f"To: support@houseware.io\nIn-Reply-To: {OUR_ID}\n"
    body = LAYOUTS[layout].format(text=NOTICES[notice], footer=FOOTERS[language])
    assert kind(head, body) is Kind.AUTO_REPLY


@pytest.mark.parametrize("language", sorted(FOOTERS))
def test_absence_written_into_the_footer_paragraph_still_counts(language: str) -> None:
    """An autoresponder that puts its absence in the same paragraph as the confidentiality
    sentence is still one: only the footer's claims about every mail are set aside."""
    head = "From: Joost Hendriks <j.hendriks@hendriks-bouw.example>\nSubject: Re: [#1401] Order\n"
    head += f"To: support@houseware.io\nIn-Reply-To: {OUR_ID}\n"
    body = (
        "Dear sender,\n\nThank you for your message. I am out of the office until 3 September "
        f"with no access to my e-mail. {FOOTERS[language]}\n"
    )
    assert kind(head, body) is Kind.AUTO_REPLY


# A company signature with its web and social links and a way out of its newsletter.
SIGNATURES = {
    "en": "Visit us: https://hendriks-bouw.example | https://linkedin.example/hb | "
    "https://instagram.example/hb\nTo unsubscribe from our mailings, visit "
    "https://hendriks-bouw.example/unsubscribe",
    "de": "Besuchen Sie uns: https://mueller-bau.example | https://xing.example/mb | "
    "https://facebook.example/mb\nNewsletter abbestellen: https://mueller-bau.example/abmelden",
    "nl": "https://hendriks-bouw.example | https://linkedin.example/hb | "
    "https://facebook.example/hb\nGeen nieuwsbrief meer ontvangen? Afmelden: "
    "https://hendriks-bouw.example/afmelden",
    "fr": "https://atelier-roux.example | https://linkedin.example/ar | "
    "https://instagram.example/ar\nPour vous désinscrire de notre lettre : "
    "https://atelier-roux.example/desinscription",
}


@pytest.mark.parametrize("language", sorted(SIGNATURES))
def test_reply_with_a_company_signature_offering_unsubscribe_is_a_person(language: str) -> None:
    """A person's answer to our mail under a signature with links and a newsletter's way out
    is no newsletter: a newsletter never answers our mail."""
    head = "From: Joost Hendriks <j.hendriks@hendriks-bouw.example>\nSubject: Re: [#1401] Order\n"
    head += f"To: support@houseware.io\nIn-Reply-To: {OUR_ID}\n"
    body = f"The part still has not arrived.\n\nRegards,\nJoost\n\n{SIGNATURES[language]}\n"
    assert kind(head, body) is Kind.HUMAN
    newsletter = "From: Hendriks Bouw <j.hendriks@hendriks-bouw.example>\nSubject: Spring offers\n"
    newsletter += "To: support@houseware.io\n"
    assert kind(newsletter, f"Our spring offers.\n\n{SIGNATURES[language]}\n") is Kind.BULK


def test_text_that_is_only_an_automatic_statement_is_no_footer() -> None:
    """A notice that is nothing but "generated automatically, confidential" has no sender's
    text above it to be the footer of: it stays an auto-reply."""
    head = "From: Billing <billing@vendor.example>\nTo: support@houseware.io\nSubject: Notice\n"
    assert kind(head, FOOTERS["en"] + "\n") is Kind.AUTO_REPLY
