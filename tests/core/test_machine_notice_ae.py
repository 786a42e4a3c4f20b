"""Classes found on set AE (machine_mail_ae_tune), checked on variants written here:

- a mailbox whose mail "is processed automatically and not read", said of the mail sent there
  (en de fr es it nl), and a Portuguese mailbox "não é mais monitorada" (a word between);
- a departure in the first person in Portuguese ("não faço mais parte da equipe") and "your
  message was not forwarded" in the past tense;
- a Flemish helpdesk receipt: "uw melding werd geregistreerd onder nummer", "meldingsnummer";
- a mass mail without links that tells its readers to leave by mail: "reply with REMOVE",
  "stuur een e-mail met 'afmelden'", "rispondete con oggetto CANCELLAMI" (and the Spanish
  "no desea recibir", which was never read: the pattern spelled "recebir").

And the people who use the same words: a customer who asks to be taken off a newsletter by
mail, one whose own supplier stopped reading an address, one who left a project.
"""

import pytest

from supportmail.core.machinetext import evidence
from supportmail.core.types import Kind
from tests.support.mailkind import answer, kind, new_mail

# Each row: language, a sentence, the statement it makes (read on its own).
STATEMENTS = [
    ("en", "Messages sent to this address are processed automatically and not read.", "unread"),
    ("de", "Nachrichten an diese Adresse werden automatisch verarbeitet und nicht gelesen.",
     "unread"),
    ("fr", "Les messages envoyés à cette adresse sont traités automatiquement et ne sont pas lus.",
     "unread"),
    ("es", "Los mensajes enviados a esta dirección se procesan automáticamente y no se leen.",
     "unread"),
    ("it", "I messaggi inviati a questo indirizzo sono elaborati automaticamente e non vengono "
     "letti.", "unread"),
    ("nl", "Berichten aan dit adres worden automatisch verwerkt en niet gelezen.", "unread"),
    ("pt", "Esta caixa de e-mail não é mais monitorada.", "unread"),
    ("pt", "Não faço mais parte da equipe desde março.", "left"),
    ("pt", "Não trabalho mais na empresa.", "left"),
    ("pt", "Sua mensagem não foi encaminhada.", "your mail"),
    ("nl", "Uw melding werd geregistreerd.", "received"),
    ("nl", "Uw aanvraag wordt geregistreerd en behandeld.", "received"),
    ("nl", "Vermeld steeds het meldingsnummer.", "ticket"),
    ("nl", "Uw vraag is geregistreerd onder nummer 2025-118.", "ticket"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("language", "sentence", "statement"), STATEMENTS, ids=[f"{r[0]}:{r[1]}" for r in STATEMENTS]
)
def test_the_statement_is_read(language: str, sentence: str, statement: str) -> None:
    """Each statement, read on its own."""
    assert statement in {name for name, _weight in evidence(sentence).found}


NL_RECEIPT = (
    "Beste,\n\nWij hebben uw e-mail goed ontvangen. Uw melding werd geregistreerd onder nummer "
    "ICT-0093.\n\nEen medewerker neemt zo snel mogelijk contact met u op. Gelieve steeds het "
    "meldingsnummer te vermelden.\n\nDienst ICT\n"
)
EN_UNREAD = (
    "Thank you for your message.\n\nThis address only receives purchase invoices. Messages sent "
    "to this address are processed automatically and not read. For questions about a payment "
    "write to payables@buyer.example.\n\nAccounts Payable\n"
)
PT_LEFT = (
    "Olá,\n\nInformo que não faço mais parte da equipe da Nortesul desde 01/03 e que esta caixa "
    "de e-mail não é mais monitorada. Sua mensagem não foi encaminhada.\n\nPor favor, escreva "
    "para compras@nortesul.example.\n"
)
# A mass mail with no link at all: its way out is a reply with a word.
NO_LINK_FOOTERS = [
    ("en", "You are receiving this newsletter as a customer of ours. If you no longer wish to "
           "receive it, reply with REMOVE in the subject."),
    ("es", "Si no desea recibir más información, responda con la palabra BAJA en el asunto."),
    ("it", "Se non desiderate più ricevere la nostra newsletter, rispondete a questa e-mail con "
           "oggetto CANCELLAMI."),
    ("nl", "Wilt u deze nieuwsbrief niet meer ontvangen? Stuur dan een e-mail met \"afmelden\" "
           "naar nieuws@leverancier.example."),
    ("pt", "Se não deseja mais receber nossas ofertas, responda este e-mail com a palavra "
           "REMOVER."),
    ("de", "Sie erhalten diese E-Mail als Kunde. Antworten Sie mit ABMELDEN, wenn Sie keine "
           "Newsletter mehr wünschen."),
    ("fr", "Vous recevez ce message en tant que client. Pour vous désinscrire, répondez avec "
           "STOP dans l'objet."),
]  # fmt: skip
OFFER = (
    "Good morning,\n\nThis spring we offer our courses again at our premises and online:\n\n"
    "- Microsoft 365 for small firms, 6 and 13 May\n- Spotting phishing, 20 May\n"
    "- Backups and NAS, 27 May\n\nSign up by 30 April by replying to this e-mail.\n\n"
    "Kind regards\nThe team\n\n"
)

NOTICES = [
    ("nl", "helpdesk receipt", new_mail("Helpdesk ICT <helpdesk@logistiek.example>",
     "[ICT-0093] Uw melding werd geregistreerd"), NL_RECEIPT, Kind.AUTO_REPLY),
    ("en", "invoice mailbox, not read", answer("invoices@buyer.example", "RE: [#4575] Invoice"),
     EN_UNREAD, Kind.AUTO_REPLY),
    ("pt", "left, unmonitored, not forwarded",
     new_mail("Renata <renata@nortesul.example>", "Não trabalho mais na Nortesul"), PT_LEFT,
     Kind.AUTO_REPLY),
    *[(lang, "no-link newsletter", new_mail(f"Vendas <vendas@shop-{lang}.example>",
       "Novidades de primavera"), OFFER + footer + "\n", Kind.BULK)
      for lang, footer in NO_LINK_FOOTERS],
]  # fmt: skip


@pytest.mark.parametrize(
    ("language", "what", "head", "body", "expected"),
    NOTICES,
    ids=[f"{r[0]}:{r[1]}" for r in NOTICES],
)
def test_a_notice_is_machine_mail_of_its_kind(
    language: str, what: str, head: str, body: str, expected: Kind
) -> None:
    """A notice with no auto header and no report structure, known by what it says."""
    assert kind(head, body) is expected


CUSTOMER = "Ana Souza <ana@cliente.example>"

# Each row: language, what it is, the mail's head, its text. A person's, every one.
PEOPLE = [
    ("en", "asks to be removed from the newsletter",
     new_mail(CUSTOMER, "Newsletter"),
     "Hi,\n\nplease take me off your newsletter. I tried to reply with REMOVE in the subject as "
     "your footer says, but I still get it.\n\nAna\n"),
    ("es", "asks how to unsubscribe by mail",
     new_mail(CUSTOMER, "Baja del boletín"),
     "Hola, no deseo recibir más el boletín. ¿Tengo que responder con la palabra BAJA o "
     "hay un enlace?\n\nAna\n"),
    ("nl", "the supplier's address is no longer read",
     new_mail(CUSTOMER, "Facturen komen niet aan"),
     "Hallo,\n\nonze leverancier meldt dat berichten aan dit adres niet gelezen worden, dus "
     "de facturen uit Houseware komen niet aan. Kunnen jullie het afzenderadres aanpassen?\n\n"
     "Ana\n"),
    ("pt", "left a project, still a customer",
     new_mail(CUSTOMER, "Acesso ao projeto"),
     "Bom dia, eu não faço mais parte do projeto Piloto, mas continuo no projeto Central. "
     "Podem remover meu acesso ao Piloto?\n\nAna\n"),
    ("nl", "a ticket number of her own",
     new_mail(CUSTOMER, "Scanner"),
     "Goedemiddag, ik heb het probleem intern gemeld onder nummer 4411, maar de scanner wordt "
     "nog steeds niet herkend. Wat kan ik proberen?\n\nAna\n"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("language", "what", "head", "body"), PEOPLE, ids=[f"{r[0]}:{r[1]}" for r in PEOPLE]
)
def test_a_person_in_the_same_words_stays_a_person(
    language: str, what: str, head: str, body: str
) -> None:
    assert kind(head, body) is Kind.HUMAN
