"""Classes found on set AV (machine_mail_av_tune), checked on variants written here:

- a departure notice in the first person ("ya no formo parte del equipo", "non faccio più parte
  dello studio", "je ne fais plus partie de l'équipe") with whom to write to instead ("para
  cualquier asunto relacionado con pedidos, pueden escribir a"), or the address no longer read
  ("esta dirección ha dejado de revisarse"): a notice, not a request;
- a challenge-response filter writing as the protected person, whose held mail will reach her
  once you confirm ("tu mensaje me llegará", "sua mensagem ficará guardada ... aguardando a
  confirmação"), with the proof asked of the sender;
- a person who writes about her own user, list or version in the same words stays a person.
"""

import pytest

from supportmail.core.types import Kind
from tests.support.mailkind import kind

FROM_HER_OWN = "From: Lucía Navarro <lucia@hosteleria.example>\nTo: support@houseware.io\n"

DEPARTED = {
    "es": (
        "Les informo de que desde el 1 de junio ya no formo parte del equipo de Hostelería "
        "Oliva.\n\nPara cualquier asunto relacionado con pedidos o facturas, pueden escribir a "
        "compras@hosteleria.example."
    ),
    "it": (
        "Vi informo che dal 1° giugno non faccio più parte dello studio.\n\nPer qualsiasi "
        "pratica in corso scrivete a segreteria@studio.example."
    ),
    "fr": (
        "Je vous informe que je ne fais plus partie de l'équipe depuis le 1er juin.\n\nPour "
        "toute demande, écrivez à contact@atelier.example."
    ),
}


@pytest.mark.parametrize("language", sorted(DEPARTED))
def test_a_departure_told_in_the_first_person_is_a_notice(language: str) -> None:
    head = FROM_HER_OWN + "Subject: Nueva dirección / nuovo indirizzo\n"
    assert kind(head, DEPARTED[language] + "\n\nLucía") is not Kind.HUMAN


def test_an_address_no_longer_checked_is_a_notice() -> None:
    body = (
        "Buenos días:\n\nEsta dirección de correo ha dejado de revisarse. Para cualquier asunto "
        "pueden escribir a compras@hosteleria.example o llamar al 952 31 44 87.\n\nGracias"
    )
    assert kind(FROM_HER_OWN + "Subject: Cambio de dirección\n", body) is not Kind.HUMAN


@pytest.mark.parametrize(
    "body",
    [
        "Hola,\n\nya no estoy en la lista de usuarios del panel y no puedo entrar. ¿Me pueden "
        "volver a dar de alta?\n\nLucía",
        "Hola,\n\nya no trabajo con la versión antigua de la app; ¿cómo exporto mis facturas "
        "desde la nueva?\n\nLucía",
        "Buongiorno,\n\nnon faccio più login da due giorni: la pagina resta bianca. Potete "
        "controllare?\n\nGiulia",
    ],
)
def test_a_persons_own_no_longer_stays_a_request(body: str) -> None:
    assert kind(FROM_HER_OWN + "Subject: Acceso / accesso\n", body) is Kind.HUMAN


FILTER = "From: Lucía <verify-3f9a@verifica.example>\nTo: support@houseware.io\n"
REACH_ME = {
    "es": (
        "Soy Lucía. Solo acepto mensajes de remitentes verificados. ¿Me confirmas que eres una "
        "persona? https://verifica.example/c/3f9a\n\nEn cuanto lo confirmes, tu mensaje "
        '"[#51877] Pedido no recibido" me llegará.'
    ),
    "pt": (
        "Eu uso um antispam e preciso que você confirme que é uma pessoa de verdade.\n\nSua "
        'mensagem com o assunto "[#63912] Liquidificador" ficará guardada por 7 dias '
        "aguardando a confirmação."
    ),
}


@pytest.mark.parametrize("language", sorted(REACH_ME))
def test_a_filter_whose_held_mail_reaches_her_once_confirmed_is_a_challenge(
    language: str,
) -> None:
    head = FILTER + "Subject: Re: [#51877] Pedido no recibido\n"
    assert kind(head, REACH_ME[language] + "\n\nLucía") is not Kind.HUMAN


def test_a_person_who_says_our_mail_will_reach_her_stays_a_person() -> None:
    body = (
        "Hola,\n\nmi buzón estaba lleno; ya lo he vaciado, así que vuestro mensaje me llegará "
        "sin problema. ¿Podéis reenviar la factura de marzo?\n\nLucía"
    )
    assert kind(FROM_HER_OWN + "Subject: Factura de marzo\n", body) is Kind.HUMAN
