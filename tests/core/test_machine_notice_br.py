"""Classes found on set BR (machine_mail_br_tune), checked on variants written here:

- a Dutch absence whose writer reads "your mail" when she is back, and asks whom to call as a
  heading only: an auto-reply without a header saying so;
- a Korean receipt promising an answer within business days, signed by one person;
- a board's comment notification that says why "you are receiving this e-mail" in Italian;
- (set BS) a business tool's "send document" relayed through a campaign platform, its header on
  the mail, the person in Reply-To asking us something and no way out of a list: a person; the
  same header over a newsletter with its way out stays list mail.
A person who is away and asks something real stays a person.
"""

from supportmail.core.types import Kind
from tests.support.mailkind import answer, kind, new_mail


def test_a_dutch_absence_read_on_return_is_an_auto_reply() -> None:
    body = (
        "Hoi! Ik ben tot en met 3 maart niet op kantoor. Je mail lees ik zodra ik terug ben. "
        "Dringend? Bel Joris: 06 - 12 34 56 78.\n\nGroet, Lotte\n"
    )
    head = answer("Lotte Bos <lotte@atelier.example>", "Re: [#4575] Levering")
    assert kind(head, body) is Kind.AUTO_REPLY


def test_a_person_away_who_asks_stays_a_person() -> None:
    body = (
        "Hoi, ik ben tot dinsdag niet op kantoor. Kunnen jullie de levering naar vrijdag "
        "verzetten?\n\nLotte\n"
    )
    head = answer("Lotte Bos <lotte@atelier.example>", "Re: [#4575] Levering")
    assert kind(head, body) is Kind.HUMAN


def test_a_korean_receipt_promising_a_reply_is_an_auto_reply() -> None:
    body = (
        "안녕하세요, 구매팀 박서연입니다. 보내주신 메일 잘 받았습니다. 내용 확인 후 영업일 기준 "
        "2일 이내로 답변 드리겠습니다.\n\n박서연 드림\n"
    )
    head = answer("박서연 <buy@living.example>", "RE: [#4575] 견적")
    assert kind(head, body) is Kind.AUTO_REPLY


def test_an_italian_board_notification_is_list_mail() -> None:
    body = (
        'Giulia Neri ha commentato la scheda "Reso Bianchi" nella bacheca Assistenza: "Puoi '
        'controllare tu?"\n\nApri la scheda: https://boards.example/c/81\n\n'
        "Stai ricevendo questa e-mail perché sei membro della scheda. Modifica le preferenze "
        "di notifica: https://boards.example/my/account\n"
    )
    head = new_mail("Boards <do-not-reply@boards.example>", "Giulia ha commentato Reso Bianchi")
    assert kind(head, body) is not Kind.HUMAN


def test_a_document_relayed_through_a_campaign_platform_with_a_question_is_a_person() -> None:
    head = new_mail("Documenti Ferri <documenti@ferri.example>", "Documento: DDT n. 12") + (
        "Reply-To: Giorgio Ferri <giorgio@ferri.example>\nX-Mailjet-Campaign: erp-docs\n"
    )
    body = (
        "Buongiorno, il DDT allegato non si importa: dice formato non riconosciuto. Potete "
        "controllare? Grazie, Giorgio\n\n---\nInviato tramite il gestionale.\n"
    )
    assert kind(head, body) is Kind.HUMAN


def test_a_newsletter_with_a_campaign_header_and_a_question_stays_list_mail() -> None:
    head = new_mail("Casa Ferri <news@ferri.example>", "Le novità di marzo") + (
        "Reply-To: Giorgio Ferri <giorgio@ferri.example>\nX-Mailjet-Campaign: marzo\n"
    )
    body = (
        "Avete già visto i nuovi vini? Scopriteli in negozio.\n\n"
        "Per non ricevere più queste e-mail: https://news.example/u/81\n"
    )
    assert kind(head, body) is Kind.BULK
