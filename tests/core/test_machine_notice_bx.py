"""Classes found on set BX (machine_mail_bx_tune), checked on variants written here:

- a service desk's receipt of a "call" (ITIL's word for a ticket: TOPdesk, university and
  council desks), "We have registered your call under number ...", and its German "Meldung";
- a sales sequence's step sent by hand through a mailbox: a way out offered in the first person
  ("if you'd rather not get more emails from me, just let me know") beside a link to book a
  meeting in the sender's calendar (en es pt); a customer's mail with a booking link alone, or
  an offer to stop alone, stays hers;
- an Indonesian newsletter's way out ("berhenti berlangganan", "tidak berkenan menerima email
  dari saya lagi") with its link.
(A person on a no-reply mailbox who asks for the answer at her Reply-To in her own words:
tests/core/test_requester.py.)
"""

import pytest

from supportmail.core.types import Kind
from tests.support.mailkind import answer, kind, new_mail

BOOKING = "https://calendly.com/marta-ventas/15min"

# (head, text, kind)
CASES = {
    "en call registered": (
        answer("City Council ICT Service Desk <ictdesk@council.example>", "[#4575] Login"),
        "Dear customer,\n\nWe have registered your call under reference C-25-118734 and "
        "assigned it to the Applications team.\n\nICT Service Desk\n",
        Kind.AUTO_REPLY,
    ),
    "en call logged": (
        new_mail("IT Helpdesk <helpdesk@uni.example>", "Call 118734 logged"),
        "Hello,\n\nYour call 118734 has been logged. Please quote the call number in any "
        "reply.\n\nIT Helpdesk\n",
        Kind.AUTO_REPLY,
    ),
    "de Meldung registriert": (
        answer("Servicedesk Stadtverwaltung <servicedesk@stadt.example>", "AW: [#4575] Zugang"),
        "Sehr geehrte Damen und Herren,\n\nIhre Meldung wurde unter der Nummer M-2025-0441 "
        "registriert und an das zuständige Team weitergeleitet.\n\nIhr Servicedesk\n",
        Kind.AUTO_REPLY,
    ),
    "en sequence with booking link": (
        new_mail("Tom Hale <tom@leadgen.example>", "Quick idea for your support team"),
        "Hi team,\n\nWe help support desks cut repeat tickets by a third. Worth 15 minutes? "
        f"Grab a slot here: {BOOKING}\n\nTom\n\nP.S. If you'd rather not get more emails from "
        "me, just let me know.\n",
        Kind.BULK,
    ),
    "es sequence with booking link": (
        new_mail("Marta Ruiz <marta@ventas.example>", "Una idea para vuestro equipo"),
        "Hola:\n\n¿Tendríais 15 minutos esta semana? Podéis elegir hueco aquí: "
        f"{BOOKING}\n\nMarta\n\nPD: Si prefieres no recibir más correos míos, simplemente "
        "házmelo saber.\n",
        Kind.BULK,
    ),
    "pt sequence with booking link": (
        new_mail("Rui Lopes <rui@growth.example>", "Ideia rápida"),
        "Olá,\n\nPodemos conversar 15 minutos? Escolha um horário: "
        "https://meetings.hubspot.com/rui-lopes\n\nRui\n\nSe preferir não receber mais "
        "e-mails, é só me dizer.\n",
        Kind.BULK,
    ),
    "en customer with a booking link": (
        new_mail("Dana Ross <dana@clinic.example>", "Export fails since Monday"),
        "Hello,\n\nThe monthly export fails with error 500 since Monday. If a call helps, "
        f"book any slot in my calendar: {BOOKING}\n\nDana\n",
        Kind.HUMAN,
    ),
    "en customer who will stop writing": (
        new_mail("Dana Ross <dana@clinic.example>", "Third time asking"),
        "Hello,\n\nThis is my third mail about the broken export. If you'd rather not get more "
        "emails from me, just let me know and fix it.\n\nDana\n",
        Kind.HUMAN,
    ),
    "id newsletter way out": (
        new_mail("Toko Rumah <promo@tokorumah.example>", "Diskon akhir tahun"),
        "Halo,\n\nDiskon 30% untuk semua peralatan dapur minggu ini: https://tokorumah.example/d"
        "\n\nKalau tidak berkenan menerima email dari kami lagi, klik di sini: "
        "https://tokorumah.example/unsubscribe?u=81\n",
        Kind.BULK,
    ),
}


@pytest.mark.parametrize(("head", "text", "expected"), CASES.values(), ids=CASES)
def test_is_handled_as_its_kind(head: str, text: str, expected: Kind) -> None:
    assert kind(head, text) is expected
