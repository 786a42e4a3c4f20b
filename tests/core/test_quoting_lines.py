"""strip_quoted and quote_start read lines as the MULTILINE regexes they replace would."""

import random

import pytest

from supportmail.core.quoting import _QUOTED_LINE, _REPLY_CUT, quote_start, strip_quoted

_PIECES = [
    "a", "x y", "On Mon, Anna wrote:", "Am 3. Mai schrieb A:", "From: a", "Sent: b", "de: x",
    "data:", "--", "-- ", "---- Original Message", "> ", ">", " >", "\t>", "\n", "\n", "\n",
    "\r\n", " ", "\t", "é", "wrote:", "op", "le", ":", "\x85", "\u2028",
]  # fmt: skip


def _regex_strip(text: str) -> str:
    """The regex form: everything from the reply header on cut, then every quoted line."""
    cut = _REPLY_CUT.search(text)
    return _QUOTED_LINE.sub("", text if cut is None else text[: cut.start()])


@pytest.mark.parametrize(
    "text",
    ["", ">", "a\n>q", "a\n>q\n", "> q\nb", "a\n> q\n>r\nb", "x\n\nOn Mon, A wrote:\n> hi", ">a\n"],
)
def test_quoted_lines_and_reply_cut_as_the_regexes(text: str) -> None:
    """Quoted first, last and only lines, with and without a final newline."""
    assert strip_quoted(text) == _regex_strip(text)
    cut = _REPLY_CUT.search(text)
    assert quote_start(text) == (None if cut is None else cut.start())


def test_random_texts_as_the_regexes() -> None:
    """Random texts of reply headers, quotes, separators and line ends of every kind."""
    rng = random.Random(5)
    for _ in range(20_000):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 14)))
        assert strip_quoted(text) == _regex_strip(text), repr(text)
        cut = _REPLY_CUT.search(text)
        assert quote_start(text) == (None if cut is None else cut.start()), repr(text)


@pytest.mark.parametrize(
    ("separator", "from_label", "sent_label"),
    [
        ("-----Αρχικό μήνυμα-----", "Από", "Στάλθηκε"),
        ("-----Исходное сообщение-----", "От", "Отправлено"),
        ("-----Оригінальне повідомлення-----", "Від", "Надіслано"),
        ("-----Wiadomość oryginalna-----", "Od", "Wysłano"),
        ("-----Původní zpráva-----", "Od", "Odesláno"),
        ("-----Ursprungligt meddelande-----", "Från", "Skickat"),
        ("-----Alkuperäinen viesti-----", "Lähettäjä", "Lähetetty"),
        ("-----Eredeti üzenet-----", "Feladó", "Elküldve"),
        ("-----Izvorna poruka-----", "Šalje", "Poslano"),
        ("-----Оригинално съобщение-----", "От", "Изпратено"),
        ("-----Originalus laiškas-----", "Nuo", "Išsiųsta"),
        ("-----原始邮件-----", "发件人", "发送时间"),
    ],
)
def test_an_original_message_block_in_the_languages_read_is_cut(
    separator: str, from_label: str, sent_label: str
) -> None:
    """Outlook's "Original Message" line, and its From/Sent header lines alone, in each
    language: what stands below is the quoted mail, not the writer's."""
    mine = "Here are the details you asked for."
    quoted = "This is an automatic confirmation that we have received your request."
    header = f"{from_label}: Houseware Support <support@houseware.io>\n{sent_label}: 10.12.2024\n"
    assert strip_quoted(f"{mine}\n\n{separator}\n{header}\n{quoted}\n").strip() == mine
    assert strip_quoted(f"{mine}\n\n{header}\n{quoted}\n").strip() == mine


@pytest.mark.parametrize(
    ("sent_label", "from_label"),
    [("Gesendet", "Von"), ("Sent", "From"), ("Envoyé", "De"), ("Enviado", "De")],
)
def test_a_header_block_with_the_sent_label_first_is_cut(sent_label: str, from_label: str) -> None:
    """GMX and WEB.DE put the sent date above the sender ("Gesendet: Dienstag, 14. Januar 2025
    um 16:02 Uhr" then "Von: ..."), in replies and forwards alike: what stands below is the
    earlier mail (set BK: a forwarded carrier's notice read as the customer's own words)."""
    mine = "The pickup code does not work. What can I do?"
    header = (
        f"{sent_label}: Dienstag, 14. Januar 2025 um 16:02 Uhr\n"
        f"{from_label}: DHL <noreply@dhl.example>\n"
    )
    quoted = "This e-mail was created automatically. Please do not reply."
    assert strip_quoted(f"{mine}\n\n{header}\n{quoted}\n").strip() == mine


def test_a_sent_line_in_the_own_text_alone_cuts_nothing() -> None:
    text = "Sent: the invoice, twice.\nPlease check which one counts.\n"
    assert quote_start(text) is None


@pytest.mark.parametrize(
    ("from_label", "sent_label"),
    [("发件人", "发送日期"), ("寄件者", "日期"), ("差出人", "日付"), ("보낸 사람", "날짜")],
)
def test_a_header_block_with_full_width_colons_is_cut(from_label: str, sent_label: str) -> None:
    """Chinese, Japanese and Korean webmails (163, QQ, Foxmail) write their forward and reply
    headers with the full-width colon ("发件人：...", "发送日期：..."): what stands below is the
    earlier mail (set CN: a forwarded shop notice's "sent by the system, do not reply" read as
    the customer's own words)."""
    mine = "我没有下过这个订单，请问是怎么回事？"
    header = f"{from_label}：Shop <no-reply@shop.example>\n{sent_label}：2025-08-23 14:05\n"
    quoted = "此邮件由系统自动发送，请勿直接回复。"
    own = strip_quoted(f"{mine}\n\n-------- 转发邮件信息 --------\n{header}\n{quoted}\n")
    assert own.startswith(mine) and quoted not in own and from_label not in own
