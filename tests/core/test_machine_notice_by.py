"""Classes found on set BY (machine_mail_by_tune), checked on variants written here:

- a web shop's helpdesk receipt in Dutch, signed by a named agent: the question "is goed bij
  ons binnengekomen onder nummer ..." and "een van mijn collega's of ikzelf reageert binnen 2
  werkdagen";
- a Czech notice that someone no longer works there ("již ve společnosti ... nepůsobí") and
  her mailbox "není nadále čtena";
- a service's mandatory notice sent with the recipient's own address in its envelope (VERP,
  "bounces+2213887-8c1f-support=houseware.io@"), in the From's own domain, and a footer saying
  why the reader gets it (the sender's own envelope or a forwarder's SRS rewrite tracks nobody).
"""

import pytest

from supportmail.core.classify import classify
from supportmail.core.machinetext import tracked_envelope
from supportmail.core.parse import parse_message
from supportmail.core.types import Kind
from tests.support.mailkind import OWN, answer, kind

# (head, text, kind)
CASES = {
    "nl receipt signed by an agent": (
        answer("Klantenservice Tuinwinkel <service@tuinwinkel.example>", "Re: [#4575] Koppeling"),
        "Hoi! Dank voor je mail. Je bericht is in goede orde bij ons binnengekomen onder nummer "
        "#20931. Een van onze collega's reageert binnen 3 werkdagen.\n\nGroet, Lotte\n",
        Kind.AUTO_REPLY,
    ),
    "cs no longer works there": (
        answer("Petr Dvořák <petr.dvorak@firma.example>", "Re: [#4575] Import ceníku"),
        "Dobrý den, pan Petr Dvořák již v organizaci Firma s.r.o. nepůsobí a tato schránka "
        "není nadále čtena. Pište prosím na info@firma.example.\n",
        Kind.AUTO_REPLY,
    ),
}


@pytest.mark.parametrize(("head", "text", "expected"), CASES.values(), ids=CASES)
def test_is_handled_as_its_kind(head: str, text: str, expected: Kind) -> None:
    assert kind(head, text) is expected


def _notice(envelope: str) -> bytes:
    return (
        f"Return-Path: <{envelope}>\r\nFrom: PayFlow <notifications@payflow.example>\r\n"
        "To: support@houseware.io\r\nSubject: Actualización de las condiciones\r\n"
        "Message-ID: <n1@mailer.payflow.example>\r\nMIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\n"
        "Hola:\r\n\r\nActualizamos las condiciones del servicio a partir del 1 de marzo. "
        "No es necesario que hagas nada.\r\n\r\nConsulta los cambios: "
        "https://payflow.example/legal\r\n\r\nEl equipo de PayFlow\r\n\r\nHas recibido este "
        "correo porque es un aviso obligatorio sobre tu cuenta.\r\n"
    ).encode()


def test_a_per_recipient_envelope_marks_a_mass_notice() -> None:
    envelope = "bounces+88123-a1f-support=houseware.io@payflow.example"
    assert classify(parse_message(_notice(envelope)), OWN).kind is Kind.BULK


@pytest.mark.parametrize(
    ("envelope", "tracked"),
    [
        ("bounces+88123-a1f-support=houseware.io@payflow.example", True),
        ("notifications@payflow.example", False),
        ("SRS0=x1Yz=AB=payflow.example=support=houseware.io@forwarder.example", False),
    ],
    ids=["the recipient in it", "the sender's own", "a forwarder's rewrite"],
)
def test_only_an_envelope_naming_the_recipient_tracks_it(envelope: str, tracked: bool) -> None:
    assert tracked_envelope(parse_message(_notice(envelope))) is tracked
