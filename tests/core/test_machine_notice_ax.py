"""Classes found on set AX (machine_mail_ax_tune), checked on variants written here:

- a calendar's answer to an invitation (iTIP METHOD:REPLY: "Accepted: ..." from a room mailbox
  that books itself), never a request; an invitation (METHOD:REQUEST) stays a person's;
- an absence written by a person's own mail rule, with no header: "Jeg har ferie ... E-post blir
  ikke lest i denne perioden" (Norwegian), "Voi răspunde după întoarcere" and "nu am acces
  regulat la e-mail" (Romanian); a person who says she has a holiday next week stays a person;
- a person who pastes a notice between two rule lines after her colon and asks about it stays a
  person (the notice's "do not reply" is the notice's); a notice whose own rules frame its parts
  and which asks nothing stays a notice;
- a shop's order confirmation sent by its web shop's platform in the shop's name (the platform
  in Sender and in the tracked envelope): a notification, not a request;
- marketing sent by hand from a mail client whose way out is to answer with a word in the
  subject ("responda com REMOVER no assunto", "válaszoljon ... LEIRATKOZÁS tárggyal").
"""

import base64

import pytest

from supportmail.core.classify import classify
from supportmail.core.parse import parse_message
from supportmail.core.types import Kind
from tests.support.mailkind import OWN, kind

ICS = (
    "BEGIN:VCALENDAR\nMETHOD:{method}\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n"
    "BEGIN:VEVENT\nSUMMARY:Houseware onboarding [#53411]\nDTSTART:20250513T100000Z\n"
    "UID:inv-53411@supportmail.houseware.io\nEND:VEVENT\nEND:VCALENDAR\n"
)


def calendar_mail(subject: str, text: str, method: str) -> Kind:
    ics = base64.encodebytes(ICS.format(method=method).encode()).decode()
    raw = (
        "From: Training Room 3 <room-3@fairbanks.example>\nTo: support@houseware.io\n"
        f"Subject: {subject}\nMessage-ID: <c.1@fairbanks.example>\nMIME-Version: 1.0\n"
        'Content-Type: multipart/alternative; boundary="b"\n\n'
        f"--b\nContent-Type: text/plain; charset=utf-8\n\n{text}\n"
        f"--b\nContent-Type: text/calendar; charset=utf-8; method={method}\n"
        f"Content-Transfer-Encoding: base64\n\n{ics}\n--b--\n"
    )
    return classify(parse_message(raw.encode()), OWN).kind


def test_a_calendar_reply_to_an_invitation_is_no_request() -> None:
    text = "Your request was accepted.\n\n____\nSent by Microsoft Exchange Server"
    assert calendar_mail("Accepted: Houseware onboarding", text, "REPLY") is not Kind.HUMAN


def test_an_invitation_sent_by_a_person_stays_a_person() -> None:
    text = "Hi, can we go through the export problem together on Tuesday? Invite attached."
    assert calendar_mail("Call about the export", text, "REQUEST") is Kind.HUMAN


PERSON = "From: {name} <{addr}>\nTo: support@houseware.io\nSubject: {subject}\n"
ANSWER = "In-Reply-To: <t57904.1735290228.c2d71f@supportmail.houseware.io>\n"

ABSENCES = {
    "no": (
        "SV: [#57904] Stekepanne",
        "Hei,\n\nTakk for e-posten din. Jeg har ferie i romjulen og er tilbake på kontoret "
        "mandag 6. januar. E-post blir ikke lest i denne perioden.\n\nMed vennlig hilsen\nTrond",
    ),
    "da": (
        "SV: [#57904] Pande",
        "Hej,\n\nTak for din mail. Jeg har ferie til og med 3. januar, og mails bliver ikke "
        "læst i perioden.\n\nVenlig hilsen\nTrond",
    ),
    "ro": (
        "Re: [#57904] Set cuțite",
        "Bună ziua,\n\nVă mulțumesc pentru mesaj. Sunt în concediu în perioada 18 - 29 august "
        "și nu am acces regulat la e-mail. Voi răspunde după întoarcere.\n\nCu stimă,\nIoana",
    ),
    "ro-plain": (
        "Re: [#57904] Set cutite",
        "Buna ziua,\n\nMultumesc pentru mesaj. Sunt plecata pana pe 29 august si fara acces la "
        "e-mail. Voi raspunde dupa intoarcere.\n\nCu stima,\nIoana",
    ),
}


@pytest.mark.parametrize("language", sorted(ABSENCES))
def test_an_absence_written_by_a_persons_own_rule_is_no_request(language: str) -> None:
    subject, body = ABSENCES[language]
    head = PERSON.format(name="Trond Aasen", addr="t@fjordbygg.example", subject=subject)
    assert kind(head + ANSWER, body) is not Kind.HUMAN


def test_a_person_who_has_a_holiday_next_week_stays_a_person() -> None:
    body = (
        "Hei,\n\nJeg har ferie fra neste uke. Kan dere bytte stekepannen før det? Den flasser "
        "etter tre måneder.\n\nMed vennlig hilsen\nTrond"
    )
    head = PERSON.format(name="Trond Aasen", addr="t@fjordbygg.example", subject="Stekepanne")
    assert kind(head, body) is Kind.HUMAN


NOTICE = (
    "--------------------------\nYour message was not delivered\n\nTo: support@houseware.io\n"
    "Reason: 552 5.3.4 Message size exceeds fixed limit\n\nThis is an automatically generated "
    "message, do not reply to it.\n--------------------------\n"
)


def test_a_person_pasting_a_notice_and_asking_about_it_stays_a_person() -> None:
    body = (
        "Hello,\n\nyesterday I sent you the photos of the microwave. This morning I got this "
        f"(I copy it here in full):\n\n{NOTICE}\nWhat does it mean? Did the photos arrive or "
        "should I send them again one by one?\n\nMarie"
    )
    head = PERSON.format(name="Marie Dvořáková", addr="m@centrum.example", subject="Re: [#61044]")
    assert kind(head + ANSWER, body) is Kind.HUMAN


def test_a_notice_framing_its_own_parts_with_rules_stays_a_notice() -> None:
    body = (
        "You have a survey waiting! To take the survey:\n\n=============================\n"
        "Please do not reply to this email, as we do not process emails sent to this address.\n"
        "=============================\n\nYou received this email because you registered."
    )
    head = PERSON.format(name="Surveys", addr="surveys@panel.example", subject="A survey")
    assert kind(head, body) is not Kind.HUMAN


ORDER = (
    "Bestelling #DM1042\n\nBedankt voor je aankoop!\n\nWe maken je bestelling klaar voor "
    "verzending.\n\nJe bestelling bekijken: https://koffie.example/orders/9c2e7f1a\n\n"
    "Totaal € 76,80 EUR"
)


def test_a_shops_order_confirmation_sent_by_its_platform_is_no_request() -> None:
    head = (
        "Return-Path: <bounces+16930418-8a2f-support=houseware.io@email.shopplatform.example>\n"
        "From: Koffiebranderij De Molen <winkel@koffie.example>\n"
        "Sender: Koffiebranderij De Molen <mailer@shopplatform.example>\n"
        "To: support@houseware.io\nSubject: Bestelling #DM1042 bevestigd\n"
    )
    assert kind(head, ORDER) is Kind.BULK


def test_a_colleague_sending_on_someones_behalf_stays_a_person() -> None:
    head = (
        "Return-Path: <assistant@koffie.example>\n"
        "From: Jan de Molen <jan@koffie.example>\n"
        "Sender: Assistent <assistant@koffie.example>\n"
        "To: support@houseware.io\nSubject: Kassa start niet\n"
    )
    body = "Hallo,\n\nnamens Jan: de kassa in de winkel start sinds vanochtend niet meer.\n\nEls"
    assert kind(head, body) is Kind.HUMAN


CAMPAIGNS = {
    "pt": (
        "Campanha de outono: -20% em etiquetas",
        "Caro cliente,\n\nDurante o mês de novembro temos uma campanha especial: -20% em "
        "todos os rolos. Consulte o catálogo em https://etiquetas.example/catalogo\n\n"
        "Departamento Comercial\n\nSe não pretende continuar a receber as nossas campanhas, "
        'responda com "REMOVER" no assunto.',
    ),
    "hu": (
        "Őszi akció partnereinknek",
        "Kedves Partnerünk!\n\nOktóber 31-ig különleges áron kínáljuk termékeinket: "
        "https://partner.nagyker.example/akcio\n\nÜdvözlettel:\nKovács Gábor\n\nHa nem "
        "szeretne a jövőben ilyen ajánlatokat kapni, kérem, válaszoljon erre a levélre "
        "„LEIRATKOZÁS” tárggyal.",
    ),
}


@pytest.mark.parametrize("language", sorted(CAMPAIGNS))
def test_marketing_sent_by_hand_with_a_way_out_by_mail_is_bulk(language: str) -> None:
    subject, body = CAMPAIGNS[language]
    head = PERSON.format(name="Comercial", addr="comercial@seller.example", subject=subject)
    assert kind(head + "X-Mailer: Microsoft Outlook 16.0\n", body) is Kind.BULK
