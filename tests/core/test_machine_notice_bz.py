"""Classes found on set BZ (machine_mail_bz_tune), checked on variants written here:

- a Chinese holiday absence written as a person writes it, with no header: "本人休假", "不能
  及时查看邮件" (on leave, cannot read mail in time);
- a person who pastes a notice between dashed lines under its name ("----- 退信内容 -----",
  "--- Bounce message ---") below her own question: what follows is cited, not hers.
"""

import pytest

from supportmail.core.types import Kind
from tests.support.mailkind import answer, kind, new_mail

# (head, text, kind)
CASES = {
    "zh holiday absence": (
        answer("李娜 <lina@jiaju.example>", "Re:[#4575] 库存同步"),
        "您好！国庆假期期间本人休假，不能及时查看邮件，10月8日上班后回复您。\n\n李娜\n",
        Kind.AUTO_REPLY,
    ),
    "zh pasted bounce": (
        new_mail("王强 <wangq@maoyi.example>", "发票问题（附退信）"),
        "您好，我们发给 billing 的邮件被退回了，请问地址对吗？\n\n----- 退信内容 -----\n"
        "收件人邮箱地址不存在。此邮件为系统自动发出，请勿直接回复。\n--------------------\n\n"
        "另外三月的发票金额不对，请核实。\n\n王强\n",
        Kind.HUMAN,
    ),
    "en pasted bounce": (
        new_mail("Ann Cole <ann@cole.example>", "Your billing address bounces"),
        "Hi, my mail to your billing team came back, see below. Is the address right?\n\n"
        "--- Bounce message ---\nDelivery to the following recipient failed permanently: "
        "billing@houseware.io. This is an automatically generated message, do not reply.\n\n"
        "Ann\n",
        Kind.HUMAN,
    ),
}


@pytest.mark.parametrize(("head", "text", "expected"), CASES.values(), ids=CASES)
def test_is_handled_as_its_kind(head: str, text: str, expected: Kind) -> None:
    assert kind(head, text) is expected
