"""Whom a person's mail speaks for (core.requester): the From, or the one person a no-reply From
names in Reply-To, on the conditions that keep us from mailing someone who never wrote."""

from email.message import EmailMessage

import pytest

from supportmail.core.classify import classify, our_web_form
from supportmail.core.parse import parse_message
from supportmail.core.requester import acknowledged_person, requester_of
from supportmail.core.types import Kind, ParsedMessage
from tests.support.corpus import OWN


def _mail(sender: str, reply_to: str | None) -> ParsedMessage:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "support@houseware.io"
    msg["Subject"] = "Order 4471 arrived without the second kettle"
    msg["Message-ID"] = "<m1@client.example>"
    if reply_to is not None:
        msg["Reply-To"] = reply_to
    msg.set_content("Hello, the second kettle of order 4471 was missing. Can you send it?\n")
    return parse_message(msg.as_bytes())


FOLLOWED = [
    ("Practice <noreply@dental.example>", "Karen <karen@dental.example>", "karen@dental.example"),
    ("no-reply@mail.dental.example", "karen@dental.example", "karen@dental.example"),
    ("donotreply@dental.example", "Karen@Office.Dental.Example", "karen@office.dental.example"),
    ("noreply+shop@dental.example", "front.desk@dental.example", "front.desk@dental.example"),
]


@pytest.mark.parametrize(("sender", "reply_to", "person"), FOLLOWED)
def test_a_no_reply_mailbox_naming_one_person_of_its_organisation_speaks_for_her(
    sender: str, reply_to: str, person: str
) -> None:
    found = requester_of(_mail(sender, reply_to), OWN, "same-organisation")
    assert found is not None and found.addr == person


KEPT = [
    ("a readable From", "Karen <karen@dental.example>", "boss@dental.example"),
    ("no Reply-To", "noreply@dental.example", None),
    ("two people", "noreply@dental.example", "a@dental.example, b@dental.example"),
    ("another organisation", "noreply@dental.example", "karen@other.example"),
    ("a public provider", "gmail-noreply@google.com", "friend@gmail.com"),
    ("a public provider's own box", "noreply@gmail.com", "karen@gmail.com"),
    ("another no-reply box", "noreply@dental.example", "do-not-reply@dental.example"),
    ("a mail system", "noreply@dental.example", "postmaster@dental.example"),
    ("our own address", "noreply@houseware.io", "support@houseware.io"),
    ("an agent", "noreply@houseware.io", "agent@houseware.io"),
    ("a look-alike domain", "noreply@dental.example", "karen@notdental.example"),
]


@pytest.mark.parametrize(("why", "sender", "reply_to"), KEPT, ids=[why for why, _, _ in KEPT])
def test_otherwise_the_from_stays_the_requester(
    why: str, sender: str, reply_to: str | None
) -> None:
    msg = _mail(sender, reply_to)
    assert requester_of(msg, OWN, "same-organisation") == msg.sender, why


def test_any_domain_follows_a_web_form_to_its_visitor_but_never_to_us() -> None:
    form = _mail("Website form <noreply@shop.example>", "Visitor <visitor@gmail.com>")
    found = requester_of(form, OWN, "any-domain")
    assert found is not None and found.addr == "visitor@gmail.com"
    ours = _mail("noreply@shop.example", "support@houseware.io")
    assert requester_of(ours, OWN, "any-domain") == ours.sender


def test_never_keeps_the_from() -> None:
    msg = _mail("noreply@dental.example", "karen@dental.example")
    assert requester_of(msg, OWN, "never") == msg.sender


def test_acknowledged_person_is_none_for_a_no_reply_requester() -> None:
    """Nobody to acknowledge when the requester stays a no-reply box; the person otherwise."""
    assert acknowledged_person(_mail("noreply@dental.example", None), OWN) is None
    person = acknowledged_person(_mail("noreply@dental.example", "karen@dental.example"), OWN)
    assert person is not None and person.addr == "karen@dental.example"


def _written(sender: str, text: str, reply_to: str | None = None) -> ParsedMessage:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "support@houseware.io"
    msg["Subject"] = "Stock sync stopped"
    msg["Message-ID"] = "<m2@client.example>"
    if reply_to is not None:
        msg["Reply-To"] = reply_to
    msg.set_content(text)
    return parse_message(msg.as_bytes())


NAMED_IN_TEXT = [
    "Sorry, I write from the shop's noreply box as my mail (mel@shop.example) is down - please "
    "reply to that one.\n\nThe stock sync stopped last night.",
    "Bitte antworten Sie an mel@shop.example, dieses Postfach wird nicht gelesen.\n\nDer "
    "Abgleich läuft nicht mehr.",
    "Merci de répondre à mel@mail.shop.example.\n\nLa synchronisation est arrêtée.",
    "Por favor, respondan a mel@shop.example.\n\nLa sincronización se ha parado.",
    # set AS's: nobody reads the borrowed mailbox, answers go to the colleague she names
    "Please don't reply to this address, nobody reads it. Either call me or email my colleague "
    "Mel (mel@shop.example).\n\nThe stock sync stopped.",
]


@pytest.mark.parametrize("text", NAMED_IN_TEXT)
def test_a_no_reply_sender_asking_for_answers_at_one_address_of_hers_speaks_for_it(
    text: str,
) -> None:
    found = requester_of(_written("Shop <noreply@shop.example>", text), OWN, "same-organisation")
    assert found is not None and found.addr in {"mel@shop.example", "mel@mail.shop.example"}


HER_OWN_ELSEWHERE = {
    "en": "I'm writing from the practice's reminder mailbox, sorry. Please reply to my personal "
    "address claire.l@orange.example instead.",
    "de": "Ich schreibe vom Erinnerungs-Postfach der Praxis. Bitte antworten Sie an meine private "
    "Adresse claire.l@orange.example.",
    "fr": "Je vous écris depuis l'adresse du cabinet. Merci de me répondre plutôt à mon adresse "
    "perso : claire.l@orange.example",
    "es": "Le escribo desde el buzón de avisos de la consulta. Por favor, respondan a mi correo "
    "personal claire.l@orange.example.",
    "it": "Scrivo dalla casella dei promemoria dello studio. Per favore rispondete al mio "
    "indirizzo personale claire.l@orange.example.",
    "nl": "Ik schrijf vanaf het herinneringsadres van de praktijk. Graag antwoorden naar mijn "
    "eigen mailadres claire.l@orange.example.",
    "pt": "Escrevo do endereço de lembretes da clínica. Por favor respondam para o meu e-mail "
    "pessoal claire.l@orange.example.",
}


@pytest.mark.parametrize("language", sorted(HER_OWN_ELSEWHERE))
def test_a_no_reply_sender_naming_her_own_address_anywhere_speaks_for_it(language: str) -> None:
    """Set AS's class: a person at a no-reply mailbox asks for the answer at her own address,
    at a public provider: hers, whatever its domain."""
    text = HER_OWN_ELSEWHERE[language] + "\n\nThe battery no longer holds its charge."
    found = requester_of(
        _written("Cabinet - ne pas repondre <no-reply@cabinet.example>", text),
        OWN,
        "same-organisation",
    )
    assert found is not None and found.addr == "claire.l@orange.example"


NOT_NAMED = [
    ("no address", "Please reply here, we read this box daily.\n\nThe sync stopped."),
    ("an address without asking", "Our accountant is ann@shop.example.\n\nThe sync stopped."),
    ("asked not to", "Please do not reply to mel@shop.example.\n\nThe sync stopped."),
    ("two addresses", "Reply to mel@shop.example or ann@shop.example.\n\nThe sync stopped."),
    ("another organisation", "Please reply to mel@gmail.com.\n\nThe sync stopped."),
    ("a colleague's, elsewhere", "Please reply to my colleague mel@gmail.com.\n\nIt stopped."),
    ("our own address", "Please reply to support@houseware.io.\n\nThe sync stopped."),
]


@pytest.mark.parametrize(("why", "text"), NOT_NAMED, ids=[why for why, _ in NOT_NAMED])
def test_otherwise_a_no_reply_sender_stays_the_requester(why: str, text: str) -> None:
    found = requester_of(_written("noreply@shop.example", text), OWN, "same-organisation")
    assert found is not None and found.addr == "noreply@shop.example"


def _form(sender: str, reply_to: str) -> ParsedMessage:
    msg = EmailMessage()
    msg["From"] = sender
    msg["Reply-To"] = reply_to
    msg["To"] = "support@houseware.io"
    msg["Subject"] = "Contact form: trial extension"
    msg["Message-ID"] = "<form1@site.houseware.example>"
    msg.set_content("Name: Jana\nMessage: could you extend our trial by two weeks?\n")
    return parse_message(msg.as_bytes())


@pytest.mark.parametrize(
    "robot", ["wordpress@houseware.io", "noreply@houseware.io", "webform@houseware.io"]
)
def test_our_own_web_forms_visitor_is_the_requester_whatever_her_domain(robot: str) -> None:
    msg = _form(f"Houseware <{robot}>", "Jana <jana@praxis.example>")
    assert classify(msg, OWN).kind is Kind.HUMAN
    found = acknowledged_person(msg, OWN, "same-organisation")
    assert found is not None and found.addr == "jana@praxis.example"
    assert requester_of(msg, OWN, "never") == msg.sender


@pytest.mark.parametrize(
    ("sender", "reply_to"),
    [
        ("Agent <agent@houseware.io>", "jana@praxis.example"),  # a configured agent stays one
        ("Houseware <wordpress@houseware.io>", "bob@houseware.io"),  # ours in Reply-To: staff
        ("Shop <wordpress@shop.example>", "jana@praxis.example"),  # another site's form
    ],
)
def test_not_our_web_form(sender: str, reply_to: str) -> None:
    assert our_web_form(_form(sender, reply_to), OWN) is None


SEND_HERE = [
    "Pišem sa zajedničkog naloga škole. Možete li da pošaljete uputstvo na ovu adresu?\n\nMilica",
    "Piszę z systemowej skrzynki biura. Proszę wysłać fakturę na ten adres.\n\nAnna",
    "Пишу с общего ящика склада. Пришлите, пожалуйста, накладную на этот адрес.\n\nОльга",
]


@pytest.mark.parametrize("text", SEND_HERE, ids=["sr", "pl", "ru"])
def test_a_no_reply_sender_asking_for_something_sent_to_this_address_is_acknowledged_there(
    text: str,
) -> None:
    person = acknowledged_person(_written("noreply@school.example", text), OWN)
    assert person is not None and person.addr == "noreply@school.example"


def test_a_no_reply_sender_asking_nothing_be_sent_to_this_address_is_not() -> None:
    text = "Piszę z systemowej skrzynki. Proszę nie wysyłać nic na ten adres.\n\nAnna"
    assert acknowledged_person(_written("noreply@school.example", text), OWN) is None


SHOP = "Shop <no-reply@decor-shop.example>"
# Set BX's class: a person on her shop's no-reply mailbox asks for the answer at the address she
# put in Reply-To, at a public provider, in her own words (uk ru pl cs sr and English).
ANSWER_AT_REPLY_TO = {
    "uk": "Пишу з технічної адреси магазину. Відповідайте, будь ласка, на anna.shop@gmail.com.",
    "ru": "Пишу с технического адреса. Ответ лучше присылать на anna.shop@gmail.com.",
    "pl": "Piszę z adresu technicznego sklepu, proszę odpowiedzieć na anna.shop@gmail.com.",
    "cs": "Píšu z technické adresy obchodu, odpovězte prosím na anna.shop@gmail.com.",
    "sr": "Pišem sa tehničke adrese prodavnice, odgovorite na anna.shop@gmail.com.",
    "en": "Sorry for the shop's system address; please answer at anna.shop@gmail.com.",
}


@pytest.mark.parametrize("language", sorted(ANSWER_AT_REPLY_TO))
def test_a_no_reply_sender_asking_for_answers_at_her_reply_to_speaks_for_it(language: str) -> None:
    text = ANSWER_AT_REPLY_TO[language] + "\n\nWe would like 10 kettles HW-K200.\n\nAnna\n"
    person = acknowledged_person(_written(SHOP, text, "anna.shop@gmail.com"), OWN)
    assert person is not None and person.addr == "anna.shop@gmail.com"


@pytest.mark.parametrize(
    ("why", "text"),
    [
        ("asked not to", "Не відповідайте на anna.shop@gmail.com, ця скринька не читається."),
        ("another address named", "Відповідайте, будь ласка, на olena@gmail.com."),
        ("no address named", "Пишу з технічної адреси магазину."),
    ],
    ids=["asked not to", "another address named", "no address named"],
)
def test_otherwise_a_reply_to_elsewhere_is_not_followed(why: str, text: str) -> None:
    found = requester_of(_written(SHOP, text, "anna.shop@gmail.com"), OWN, "same-organisation")
    assert found is not None and found.addr == "no-reply@decor-shop.example"
