"""Classes found on set BE (machine_mail_be_tune), checked on variants written here:

- a departure notice a mail client's rule sends as a new mail, in Hebrew, Arabic or Korean,
  that says the person no longer works there and what became of the mail it got ("your message
  was not forwarded"): an auto-reply, as in the languages read before;
- a colleague's departure news in those languages, which says nothing of the mail it got and
  asks for something, stays a person's.
"""

import pytest

from supportmail.core.types import Kind
from tests.support.mailkind import kind, new_mail


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "נועה כהן אינה עובדת עוד בחברה",
            "שלום,\n\nנועה כהן אינה עובדת עוד בחברת אורן לוגיסטיקה.\n"
            "ההודעה שלך לא הועברה לאף אחד.\nלשאלות בנושא חשבונות: accounts@oren.example\n",
        ),
        (
            "لم يعد يعمل لدينا",
            "مرحبا،\n\nلم يعد أحمد يعمل في الشركة.\nلن يتم تحويل رسالتك إلى أي شخص آخر.\n"
            "للاستفسارات يرجى الكتابة إلى info@nakhla.example\n",
        ),
        (
            "퇴사 안내",
            "안녕하세요.\n\n김민수 님은 퇴사하였습니다.\n귀하의 메일은 다른 담당자에게 전달되지 "
            "않습니다.\n문의는 contact@hanbit.example 로 보내 주십시오.\n",
        ),
    ],
)
def test_a_departure_notice_sent_as_a_new_mail_is_an_auto_reply(subject: str, body: str) -> None:
    head = new_mail("Office <office@example.org>", subject)
    assert kind(head, body) is Kind.AUTO_REPLY


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "שינוי איש קשר",
            "שלום,\n\nנועה כהן אינה עובדת עוד בחברה. מעכשיו אני אחראי על החשבון, "
            "אפשר לעדכן את כתובת החיוב?\n\nיוסי\n",
        ),
        (
            "تغيير جهة الاتصال",
            "مرحبا،\n\nلم يعد أحمد يعمل في الشركة، وأنا المسؤول الآن. "
            "هل يمكنكم نقل صلاحياته إلي؟\n\nسارة\n",
        ),
    ],
)
def test_a_colleagues_departure_news_with_a_request_stays_a_person(subject: str, body: str) -> None:
    head = new_mail("Yossi Levi <yossi@oren.example>", subject)
    assert kind(head, body) is Kind.HUMAN
