"""Classes found on set AT (machine_mail_at_tune), checked on variants written here:

- a leave announced in warm personal prose, in answer to our acknowledgement, with no machine
  header: beside the absence, what the writer does instead of reading mail ("mostly changing
  diapers instead of checking email"), or whom to turn to meanwhile for anything of a kind ("for
  anything brewery-related please ping Dana"), in the seven languages;
- a person who is on leave and still asks something, or who names a colleague beside her own
  request, stays a person.
"""

import pytest

from supportmail.core.types import Kind
from tests.support.mailkind import OUR_ID, kind

ANSWER = (
    "From: Owen <owen@brewing.example>\nTo: support@houseware.io\n"
    f"Subject: Re: [#55637] Leak sensors offline\nIn-Reply-To: {OUR_ID}\n"
)
INSTEAD = {
    "en": "Hey!\n\nBig news: our daughter arrived last week, so I'm on parental leave until 6 "
    "October, mostly changing diapers instead of checking email.\n\nOwen",
    "de": "Hallo!\n\nUnsere Tochter ist letzte Woche angekommen, ich bin bis 6. Oktober in "
    "Elternzeit und wickle jetzt Windeln, statt E-Mails zu lesen.\n\nOwen",
    "fr": "Bonjour !\n\nNotre fille est arrivée la semaine dernière : je suis en congé parental "
    "jusqu'au 6 octobre, à changer des couches au lieu de lire mes e-mails.\n\nOwen",
    "es": "¡Hola!\n\nNuestra hija nació la semana pasada, así que estoy de baja hasta el 6 de "
    "octubre, cambiando pañales en lugar de revisar el correo.\n\nOwen",
    "it": "Ciao!\n\nLa settimana scorsa è nata nostra figlia: sono in maternità fino al 6 "
    "ottobre e cambio pannolini invece di leggere la posta.\n\nOwen",
    "nl": "Hoi!\n\nVorige week is onze dochter geboren, dus ik ben afwezig tot 6 oktober en "
    "verschoon luiers in plaats van mijn mail te lezen.\n\nOwen",
    "pt": "Olá!\n\nA nossa filha nasceu na semana passada, por isso estou ausente até 6 de "
    "outubro, a mudar fraldas em vez de ler os e-mails.\n\nOwen",
}
TURN_TO = {
    "en": "Hi!\n\nI'm on leave until 6 October. For anything brewery-related please ping Dana "
    "at dana@brewing.example.\n\nOwen",
    "de": "Hallo!\n\nIch bin bis 6. Oktober abwesend. Für alle Anliegen zur Brauerei wenden Sie "
    "sich bitte an Dana, dana@brewing.example.\n\nOwen",
    "fr": "Bonjour !\n\nJe suis absent jusqu'au 6 octobre. Pour toute question sur la brasserie, "
    "contactez Dana : dana@brewing.example.\n\nOwen",
    "es": "¡Hola!\n\nEstoy fuera hasta el 6 de octubre. Para cualquier consulta sobre la "
    "cervecería contacte con Dana: dana@brewing.example.\n\nOwen",
    "it": "Ciao!\n\nSono assente fino al 6 ottobre. Per qualsiasi cosa sul birrificio scrivete "
    "a Dana: dana@brewing.example.\n\nOwen",
    "nl": "Hoi!\n\nIk ben afwezig tot 6 oktober. Voor vragen over de brouwerij kunt u terecht "
    "bij Dana: dana@brewing.example.\n\nOwen",
    "pt": "Olá!\n\nEstou ausente até 6 de outubro. Para qualquer assunto da cervejaria fale "
    "com a Dana: dana@brewing.example.\n\nOwen",
}


@pytest.mark.parametrize("language", sorted(INSTEAD))
def test_an_absence_and_what_is_done_instead_of_mail_is_an_auto_reply(language: str) -> None:
    assert kind(ANSWER, INSTEAD[language]) is not Kind.HUMAN


@pytest.mark.parametrize("language", sorted(TURN_TO))
def test_an_absence_and_whom_to_turn_to_is_an_auto_reply(language: str) -> None:
    assert kind(ANSWER, TURN_TO[language]) is not Kind.HUMAN


@pytest.mark.parametrize(
    "body",
    [
        # on leave, and asking
        "Hi,\n\nI'm on parental leave until 6 October, changing diapers instead of checking "
        "email, but could you tell me whether the sensors are back online?\n\nOwen",
        # a new problem, with a colleague named for anything else
        "Hi,\n\nthe leak sensors in the taproom went offline after last night's power cut and "
        "have not come back; the dashboard shows them grey since 02:14. For anything about the "
        "cellar please contact Dana at dana@brewing.example, she has the keys.\n\nOwen",
    ],
)
def test_a_person_on_leave_who_asks_or_reports_stays_a_person(body: str) -> None:
    assert kind(ANSWER, body) is Kind.HUMAN
