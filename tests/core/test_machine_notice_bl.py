"""Classes found on set BL (machine_mail_bl_tune), checked on variants written here:

- an out-of-office in a person's own tone, no header, the object first ("Mails lese ich in
  dieser Zeit nicht") beside the absence;
- Hebrew: the mailbox named in construct state is not read ("תיבת הדואר הזו אינה נקראת"), the
  writer "finished her work" there;
- Vietnamese: "Đây là thư trả lời tự động" in the text, "Thư trả lời tự động" as the subject;
- a challenge in its owner's first person in Danish: the held mail is delivered once you confirm;
- a Finnish notice "Tähän viestiin ei voi vastata" (this message cannot be answered).
A person who says she reads her mail, or asks us something in these languages, stays a person.
"""

import pytest

from supportmail.core.types import Kind
from tests.support.mailkind import answer, kind, new_mail


@pytest.mark.parametrize(
    ("head", "body", "expected"),
    [
        (
            answer("Jana Wolff <jana@kreativ.example>", "Re: [#4575] Kalender"),
            "Hallo,\n\nich bin bis 30. April in Elternzeit und nicht erreichbar. Mails lese ich "
            "in dieser Zeit nicht. Für IT-Fragen hilft dir Timo Brenner weiter.\n\nJana\n",
            Kind.AUTO_REPLY,
        ),
        (
            answer("Jana Wolff <jana@kreativ.example>", "Re: [#4575] Kalender"),
            "Hallo,\n\ndanke, ich lese meine Mails heute Abend und melde mich morgen mit den "
            "Details zur Freigabe.\n\nJana\n",
            Kind.HUMAN,
        ),
        (
            answer("דנה לוי <dana@lev.example>", "RE: [#4575] הזמנה"),
            "שלום,\n\nדנה לוי סיימה את עבודתה בחברה, ותיבת הדואר הזו אינה נקראת יותר.\n"
            "בנושאי הזמנות נא לפנות לאבי: avi@lev.example\n",
            Kind.AUTO_REPLY,
        ),
        (
            new_mail("Công ty An Phú <lienhe@anphu.example>", "Thư trả lời tự động"),
            "Kính gửi Quý khách,\n\nĐây là thư trả lời tự động. Chúng tôi sẽ phản hồi trong "
            "vòng 24 giờ.\n",
            Kind.AUTO_REPLY,
        ),
        (
            new_mail("Nguyễn Lan <lan@anphu.example>", "Máy xay không hoạt động"),
            "Chào bộ phận hỗ trợ,\n\nmáy xay tôi mua tuần trước không bật được. Tôi phải làm "
            "gì?\n\nLan\n",
            Kind.HUMAN,
        ),
        (
            new_mail("Nguyễn Lan <lan@anphu.example>", "Hỏi về hóa đơn"),
            "Chào,\n\ntôi nhận được email được gửi tự động từ hệ thống của các bạn về hóa "
            "đơn 118, nhưng số tiền sai. Xin kiểm tra giúp.\n\nLan\n",
            Kind.HUMAN,
        ),
        (
            new_mail("Laskupalvelu <ilmoitus@lasku.example>", "Uusi verkkolasku: lasku 118"),
            "Hei,\n\nteille on saapunut uusi verkkolasku. Tähän viestiin ei voi vastata.\n",
            Kind.AUTO_REPLY,
        ),
    ],
)
def test_statements_of_set_bl(head: str, body: str, expected: Kind) -> None:
    assert kind(head, body) is expected


def test_a_danish_challenge_in_its_owners_first_person_is_never_a_person() -> None:
    body = (
        "Hej,\n\ntak for din e-mail. Jeg bruger et filter mod spam, så din besked er "
        "tilbageholdt indtil du bekræfter, at du er et menneske. Når du har bekræftet, bliver "
        "din besked leveret med det samme:\nhttps://verify.example/c/abc123\n\nMette\n"
    )
    head = answer("Mette Holm <verify@filter.example>", "Re: [#4575] Faktura")
    assert kind(head, body) is not Kind.HUMAN
