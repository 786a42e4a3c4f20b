"""Classes found on set AO (machine_mail_ao_tune), checked on variants written here:

- a holiday reply in warm prose with no answer header puts the answer off until the writer is
  back ("ti rispondo con calma al mio rientro"): the mail it got will be answered later, which
  only an answer says of the mail it answers, beside when the writer is back or whom to call,
  in the seven languages;
- (a person's reply quoting our acknowledgement under Outlook's French header block, "De :",
  "Envoyé :" with the space French typography puts before a colon:
  test_machine_notice_languages.HEADERS);
- a person who asks something, or puts nothing off, stays a person.
"""

import pytest

from supportmail.core.types import Kind
from tests.support.mailkind import OUR_ID, kind

ANSWER = (
    "From: Chiara <chiara@shop.example>\nTo: support@houseware.io\n"
    f"Subject: Re: [#59050] Order 7781\nIn-Reply-To: {OUR_ID}\n"
)
PUT_OFF = {
    "en": "Hi!\n\nThanks a lot for your message. I'm up in the mountains with my family these "
    "days, so I'll reply to you properly on my return, Monday 1 September. For anything urgent "
    "about the shop, call Mark on 0541 780 223.\n\nChiara",
    "de": "Hallo!\n\nDanke für Ihre Nachricht. Ich bin gerade mit der Familie in den Bergen und "
    "melde mich in Ruhe nach meiner Rückkehr am 1. September. In dringenden Fällen erreichen Sie "
    "Markus unter 0541 780 223.\n\nChiara",
    "fr": "Bonjour !\n\nMerci pour votre message. Je suis à la montagne en famille ces jours-ci, "
    "je vous répondrai tranquillement à mon retour, le lundi 1er septembre. En cas d'urgence, "
    "appelez Marc au 0541 780 223.\n\nChiara",
    "es": "¡Hola!\n\nGracias por tu mensaje. Estos días estoy en la montaña con la familia y te "
    "responderé con calma a mi vuelta, el lunes 1 de septiembre. Para asuntos urgentes llama a "
    "Marcos al 0541 780 223.\n\nChiara",
    "it": "Ciao!\n\nGrazie mille per il messaggio, l'ho ricevuto. In questi giorni sono in "
    "montagna con la famiglia, quindi ti rispondo con calma al mio rientro, lunedì 1 settembre. "
    "Per questioni urgenti chiama Marco allo 0541 780 223.\n\nChiara",
    "nl": "Hoi!\n\nBedankt voor je bericht. Ik zit deze dagen met het gezin in de bergen en ik "
    "reageer rustig na mijn terugkomst op maandag 1 september. Voor dringende zaken bel Mark op "
    "0541 780 223.\n\nChiara",
    "pt": "Olá!\n\nObrigada pela mensagem. Estou na montanha com a família e respondo-lhe com "
    "calma — lhe responderei no meu regresso, segunda-feira 1 de setembro. Em caso de urgência "
    "ligue ao Marco, 0541 780 223.\n\nChiara",
}


@pytest.mark.parametrize("language", sorted(PUT_OFF))
def test_an_answer_put_off_until_the_writer_is_back_is_an_auto_reply(language: str) -> None:
    assert kind(ANSWER, PUT_OFF[language]) is not Kind.HUMAN


@pytest.mark.parametrize(
    "body",
    [
        # a question asked beside it
        "Hi,\n\nI'm away this week and will reply to you on my return about the serial number. "
        "Could you keep the ticket open until then?\n\nChiara",
        # nothing put off: the details are here
        "Ciao,\n\nal mio rientro ho trovato la vostra risposta. Il numero di serie è VRS-22-104877 "
        "e la fattura è allegata.\n\nChiara",
    ],
)
def test_a_person_who_asks_or_answers_stays_a_person(body: str) -> None:
    assert kind(ANSWER, body) is Kind.HUMAN
