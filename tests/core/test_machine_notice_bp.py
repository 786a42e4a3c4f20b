"""Classes found on sets BP and BQ (machine_mail_bp_tune, machine_mail_bq_tune), checked on
variants written here:

- a receipt signed by one person who promises that she "or someone from the team" answers
  within a day, and a French helpdesk's "un conseiller du service client vous répondra";
- a holiday notice a client's rule sends as a new mail, thanking for the mail in Arabic;
- a sales sequence whose way out is a preference centre's link, or whose mailer names it;
- a person whose subject says she is out of office and then asks a favour after a dash: a
  person, though her text asks no question.
"""

import pytest

from supportmail.core.types import Kind
from tests.support.mailkind import answer, kind, new_mail


def test_a_receipt_promising_someone_from_the_team_is_an_auto_reply() -> None:
    body = (
        "Hello!\n\nThanks for getting in touch, I'm Jo and I run wholesale here. I've got your "
        "email and someone from the team will get back to you within two working days.\n\nJo\n"
    )
    head = answer("Jo at Pinecraft <hello@pinecraft.example>", "Re: [#4575] Trade prices")
    assert kind(head, body) is Kind.AUTO_REPLY


def test_a_french_helpdesk_receipt_is_never_a_person() -> None:
    body = (
        "Bonjour,\n\nNous avons bien reçu votre message, enregistré sous la référence 5521. Un "
        "conseiller du service client Atelier Roux vous répondra dans un délai de 2 jours "
        "ouvrés.\n\nLe service client\n"
    )
    head = answer("Atelier Roux <sav@atelier-roux.example>", "Re: [#4575] Livraison")
    assert kind(head, body) is not Kind.HUMAN


def test_a_holiday_notice_thanking_in_arabic_is_an_auto_reply() -> None:
    body = (
        "شكراً لرسالتكم. أنا حالياً خارج المكتب في إجازة حتى يوم 12 مايو. للأمور العاجلة يرجى "
        "التواصل مع sales@souq-home.example\n\nسالم\n"
    )
    head = new_mail("Salem <salem@souq-home.example>", "إجازة")
    assert kind(head, body) is Kind.AUTO_REPLY


def test_a_sales_sequence_with_a_preference_centre_link_is_list_mail() -> None:
    body = (
        "Olá equipa,\n\nTrabalhamos com marcas de casa e ajudamos a reduzir prazos de entrega. "
        "Faria sentido falarmos 15 minutos? https://meetings.example/rui\n\nObrigado,\nRui Costa\n"
        "Account Executive | Logística Ibérica\n+351 912 000 111\n\n"
        "Se não pretender receber mais e-mails meus, diga-me aqui: "
        "https://mail.example/hs/preferences-center/pt/direct?data=x1\n"
    )
    head = new_mail("Rui Costa <rui.costa@logistica.example>", "Houseware + Logística?")
    head += "X-HubSpot-Sequence-Id: 5521\n"  # the platform's mark: no person's signed request
    assert kind(head, body) is Kind.BULK


def test_a_sequence_platform_named_as_mailer_is_list_mail() -> None:
    head = new_mail("Dana Lee <dana@growthco.example>", "Quick question") + (
        "X-Mailer: Salesloft Cadence Sequences\n"
    )
    body = "Hi,\n\ndid you see my last email? Worth a 15 minute call?\n\nDana\n"
    assert kind(head, body) is Kind.BULK


@pytest.mark.parametrize(
    "subject",
    [
        "Out of office 3-7 March - please keep ticket [#4575] open",
        "Abwesend bis 12.05. - bitte Ticket [#4575] nicht schließen",
    ],
)
def test_an_absence_subject_that_asks_a_favour_is_a_person(subject: str) -> None:
    body = (
        "Hi team,\n\nI'm away next week. The count is still 40 units off after the fix; my "
        "colleague Ana (cc) will run any tests you need.\n\nThanks,\nMark\n"
    )
    assert kind(new_mail("Mark Ross <mark@shop.example>", subject), body) is Kind.HUMAN
