"""Classes found on set BI (machine_mail_bi_tune), checked on variants written here:

- a gateway that stamps the subject of the mail it holds ("[Message retenu] RE: [#...]") is
  judged as a gateway, its answer's prefix notwithstanding; a person's "RE:" without a tag is not;
- a receipt that "received correctly" the mail and whose team "will answer within" a time (es);
- a receipt whose one question is the heading before a number to call ("Har du en skada som
  behöver hanteras akut? Ring 0771-51 51 00") asks nothing of its reader;
- a challenge in its owner's first person ("Afin que votre message me soit remis, merci de
  cliquer sur le lien"): a bounce-like notice, never acknowledged.
"""

import pytest

from supportmail.core.machinetext import asks
from supportmail.core.types import Kind
from tests.support.mailkind import answer, kind, new_mail


def test_a_gateway_stamping_our_answers_subject_is_a_bounce() -> None:
    body = (
        "Le message ci-dessous, adressé à sophie@lemaire.example, a été retenu en quarantaine "
        "par la passerelle de sécurité. Il n'a pas été remis à son destinataire.\n"
    )
    head = new_mail(
        "Passerelle de messagerie <quarantaine@mailgate.lemaire.example>",
        "[Message retenu] RE: [#4575] Détecteur de fumée",
    )
    assert kind(head, body) is Kind.BOUNCE


def test_a_person_answering_about_a_quarantined_mail_stays_a_person() -> None:
    body = (
        "Bonjour,\n\nvotre dernier message a été mis en quarantaine chez nous. Pouvez-vous "
        "renvoyer le fichier sans archive zip ?\n\nSophie\n"
    )
    head = answer("Sophie Marchand <sophie@lemaire.example>", "RE: [#4575] Détecteur de fumée")
    assert kind(head, body) is Kind.HUMAN


def test_a_spanish_receipt_received_correctly_and_team_will_answer_is_an_auto_reply() -> None:
    body = (
        "Estimado cliente:\n\nHemos recibido correctamente su mensaje. Nuestro equipo lo "
        "revisará y le responderá en un plazo máximo de 48 horas.\n\nAtención al Cliente\n"
    )
    head = answer("Atención al Cliente <clientes@levante.example>", "Re: [#4575] Pedido")
    assert kind(head, body) is Kind.AUTO_REPLY


@pytest.mark.parametrize(
    ("text", "asking"),
    [
        ("Har du en skada som behöver hanteras akut? Ring vår skadejour på 0771-51 51 00.", False),
        ("Need urgent help? Call us on +44 20 7946 0000.", False),
        ("Is the export fixed yet? Please let me know today.", True),
        ("Can you call me? My number is 0123 456 789.", True),
        ("Could you hold the parcel? Call me on 0123 456 789.", True),
    ],
)
def test_a_question_heading_a_number_to_call_asks_nothing(text: str, asking: bool) -> None:
    assert asks(text) is asking


def test_a_first_person_challenge_is_never_a_persons_request() -> None:
    body = (
        "Bonjour,\n\nVous venez de m'envoyer un message. Pour me protéger contre les "
        "courriers indésirables, j'utilise une solution de filtrage. Afin que votre message me "
        "soit remis, merci de cliquer sur le lien ci-dessous.\nhttps://protect.example/v?k=1\n"
        "\nClaire Moreau\n"
    )
    head = answer("Claire Moreau <claire@armorique.example>", "Re: [#4575] Import bloqué")
    assert kind(head, body) is not Kind.HUMAN
