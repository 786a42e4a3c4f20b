"""Table tests for core.parse: raw bytes in, ParsedMessage out; nothing raises."""

import hashlib
import random
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from supportmail.core.body import sanitise_filename
from supportmail.core.htmltext import html_to_text
from supportmail.core.parse import ParseLimits, content_hash, parse_message
from supportmail.core.types import ParsedMessage

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "mail"


def load(name: str) -> ParsedMessage:
    """The parsed fixture `name`."""
    return parse_message((FIXTURES / name).read_bytes())


def test_every_fixture_parses() -> None:
    """Every fixture yields a ParsedMessage whose size and hash describe its bytes."""
    files = sorted(FIXTURES.glob("*.eml"))
    assert len(files) >= 20
    for path in files:
        raw = path.read_bytes()
        msg = parse_message(raw)
        assert msg.size == len(raw)
        assert len(msg.content_hash) == 64


def test_plain_message_fields() -> None:
    """A plain UTF-8 mail gives lower-cased addresses, folded subject, aware date and ids."""
    msg = load("plain.eml")
    assert msg.sender is not None
    assert (msg.sender.name, msg.sender.addr) == ("Anna Kowalski", "anna@example.net")
    assert [a.addr for a in msg.to] == ["support@houseware.io"]
    assert [a.addr for a in msg.cc] == ["bob@example.net"]
    assert msg.subject == "Kettle lid broken"
    assert msg.date == datetime(2025, 3, 4, 10, 0, tzinfo=UTC)
    assert msg.date is not None and msg.date.utcoffset() == timedelta(hours=1)
    assert msg.message_id == "kettle-1@example.net"
    assert msg.text.startswith("Hello,\n\nthe lid of my kettle")
    assert msg.content_type == "text/plain"
    assert msg.header("SUBJECT") == "Kettle lid broken"
    assert msg.report is None and not msg.oversized
    assert any("Cc" in d for d in msg.defects)


def test_html_only_is_converted() -> None:
    """HTML-only mail becomes text: no script/style/title, links kept, entities decoded."""
    text = load("html_only.eml").text
    assert "alert" not in text and "color" not in text and "Ignore me" not in text
    assert "my order (https://shop.example.org/order/42)" in text
    assert "https://houseware.io (https://houseware.io)" not in text
    assert "My order & invoice are wrong." in text
    assert "Order\xa0problem" not in text and "Order problem" in text
    assert "- first\n- second" in text
    assert "Café" in text


def test_naive_date_is_utc() -> None:
    """A Date without a zone is taken as UTC."""
    assert load("html_only.eml").date == datetime(2025, 3, 4, 10, 0, tzinfo=UTC)


def test_alternative_prefers_plain_and_ids_are_extracted() -> None:
    """multipart/alternative reads the text/plain part; threading ids lose their brackets."""
    msg = load("alternative.eml")
    assert msg.text == "Plain version wins."
    assert msg.in_reply_to == ("reply-token-abc@houseware.io",)
    assert msg.references == ("first@example.com", "reply-token-abc@houseware.io")
    assert msg.attachments == ()


def test_attachments_are_sanitised_and_hashed() -> None:
    """Path-traversal names shrink to a basename; inline images count; sha256 matches content."""
    msg = load("attachment_traversal.eml")
    assert msg.text == "See attachments."
    names = [a.filename for a in msg.attachments]
    assert names == ["passwd", "evil .exe", "attachment-3.png"]
    pdf = msg.attachments[0]
    assert pdf.content.startswith(b"%PDF-1.4")
    assert pdf.size == len(pdf.content)
    assert pdf.sha256 == hashlib.sha256(pdf.content).hexdigest()
    assert msg.attachments[2].content_type == "image/png"
    assert all("/" not in n and "\\" not in n for n in names)


@pytest.mark.parametrize(
    ("raw_name", "expected"),
    [
        ("../../etc/passwd", "passwd"),
        ("C:\\Windows\\system32\\cmd.exe", "cmd.exe"),
        ("..", "attachment-4.pdf"),
        ("", "attachment-4.pdf"),
        (None, "attachment-4.pdf"),
        ("a\x00b\r\nc.txt", "a b c.txt"),
        ("=?utf-8?q?R=C3=A9sum=C3=A9.pdf?=", "Résumé.pdf"),
        ("x" * 300 + ".pdf", "x" * 116 + ".pdf"),
    ],
)
def test_sanitise_filename(raw_name: str | None, expected: str) -> None:
    """Display names are basenames without controls, capped, with a numbered fallback."""
    assert sanitise_filename(raw_name, 4, "application/pdf") == expected


def test_encoded_crlf_cannot_inject_headers() -> None:
    """CR/LF hidden in RFC 2047 words are removed from subject and display name."""
    msg = load("subject_injection.eml")
    assert msg.subject == "hi Bcc: evil@x.com"
    assert msg.sender is not None
    assert "\r" not in msg.sender.name and "\n" not in msg.sender.name
    assert all("\n" not in v and "\r" not in v for _, v in msg.headers)


@pytest.mark.parametrize(
    ("name", "text", "subject"),
    [
        ("unknown_charset.eml", "Grüße aus Köln\n", "unknown charset"),
        ("wrong_charset.eml", "Grüße aus Köln, 10 €\n", "wrong charset"),
        (
            "german_qp.eml",
            "Sehr geehrte Damen und Herren,\nmein Wasserkocher tropft. Grüße\n",
            None,
        ),
        ("french_b64.eml", "Bonjour, ma théière est cassée.", "Théière cassée"),
        ("japanese.eml", "壊れました。\n", "湯沸かし器"),
    ],
)
def test_charsets_decode(name: str, text: str, subject: str | None) -> None:
    """Declared, unknown, wrong and ISO-2022-JP charsets all decode to the right text."""
    msg = load(name)
    assert msg.text == text
    if subject is not None:
        assert msg.subject == subject


def test_charset_fallback_is_a_defect() -> None:
    """Overriding a declared charset is recorded as a defect."""
    assert any("charset" in d for d in load("wrong_charset.eml").defects)


def test_encoded_display_names() -> None:
    """RFC 2047 display names decode (Q and B encodings, ISO-8859-1 and UTF-8)."""
    de, fr = load("german_qp.eml").sender, load("french_b64.eml").sender
    assert de is not None and de.name == "Jürgen Müller"
    assert fr is not None and fr.name == "Hélène Dupont"
    assert load("german_qp.eml").subject == "Wasserkocher tropft überall"


def test_dsn_report() -> None:
    """A multipart/report DSN names the returned Message-ID, the recipient and the action."""
    msg = load("dsn.eml")
    assert msg.content_type == "multipart/report"
    assert msg.report is not None
    assert msg.report.original_message_id == "outgoing-42@houseware.io"
    assert msg.report.failed_recipients == ("gone@example.net",)
    assert msg.report.action == "failed"
    assert "could not be delivered" in msg.text


def test_arf_report() -> None:
    """An ARF feedback report names the reported message (from text/rfc822-headers)."""
    report = load("arf.eml").report
    assert report is not None
    assert report.original_message_id == "outgoing-7@houseware.io"
    assert report.failed_recipients == ("user@example.com",)
    assert report.action == "abuse"


def test_qmail_bounce_report() -> None:
    """A plain-text qmail bounce yields the quoted Message-ID and the failed recipient."""
    report = load("qmail_bounce.eml").report
    assert report is not None
    assert report.original_message_id == "outgoing-9@houseware.io"
    assert report.failed_recipients == ("nobody@example.org",)


def test_mdn_report() -> None:
    """A read receipt's Original-Message-ID and disposition are recovered."""
    report = load("read_receipt.eml").report
    assert report is not None
    assert report.original_message_id == "outgoing-11@houseware.io"
    assert report.action == "displayed"


def test_human_mail_has_no_report() -> None:
    """A person quoting a bounce gets no DeliveryReport."""
    assert load("human_quotes_bounce.eml").report is None


@pytest.mark.parametrize("name", ["garbage.eml", "empty.eml", "truncated.eml"])
def test_junk_never_raises(name: str) -> None:
    """Truncated, garbage and empty files parse into a message listing defects."""
    msg = load(name)
    assert msg.defects
    assert "\x00" not in msg.text


def test_empty_input() -> None:
    """b"" parses to an empty message without sender."""
    msg = parse_message(b"")
    assert msg.sender is None and msg.text == "" and msg.size == 0
    assert "empty message" in msg.defects


def test_truncated_keeps_what_arrived() -> None:
    """A multipart cut off mid-attachment keeps the first part's text and the partial part."""
    msg = load("truncated.eml")
    assert msg.text == "first part text"
    assert len(msg.attachments) == 1
    assert "CloseBoundaryNotFoundDefect" in msg.defects


@pytest.mark.parametrize(
    "raw",
    [
        b"\x00\x01\x02",
        b"From: a@b.c\n\n" + b"--x\n" * 1000,
        b"Content-Type: multipart/mixed; boundary=\n\n--\n",
        b'Content-Type: multipart/mixed; boundary="a"\n\n--a\nContent-Type: multipart/mixed\n',
        b"Subject: =?utf-8?b?####?=\nFrom: =?x-bad?q?=FF?= <a@b.c>\n\nx",
        b"Date: Mon, 99 Foo 99999 99:99:99 +9999\nFrom: a@b.c\n\nx",
        b"Content-Type: message/rfc822\nContent-Transfer-Encoding: base64\n\n!!!!\n",
        b'Content-Type: text/plain; charset="rot13"\n\nhello',
        b"Content-Type: text/plain; charset*=utf-8''%FF%FE\n\nhello",
        b"\xef\xbb\xbfFrom: bom@example.com\n\nhi",
        b"From: a@b.c\rSubject: mac\r\rbody\r",
        b"From: a@b.c\nContent-Type: text/plain; charset=u\x81f-8\n\n\xe9t\xe9",
        b'From: a@b.c\nContent-Type: text/plain; charset="utf\x00-8"\n\nx',
    ],
)
def test_hostile_inputs_never_raise(raw: bytes) -> None:
    """Malformed headers, boundaries, charsets and encodings produce a value, not an error."""
    msg = parse_message(raw)
    assert msg.size == len(raw)


def test_bom_and_bare_cr_are_tolerated() -> None:
    """A leading UTF-8 BOM and classic-Mac CR line endings still give a sender."""
    bom = parse_message(b"\xef\xbb\xbfFrom: bom@example.com\n\nhi")
    mac = parse_message(b"From: mac@example.com\rSubject: mac\r\rbody\r")
    assert bom.sender is not None and bom.sender.addr == "bom@example.com"
    assert mac.sender is not None and mac.subject == "mac" and mac.text.strip() == "body"


def test_deep_nesting_stops_at_the_limit() -> None:
    """Nesting beyond max_depth is not descended, and that is noted."""
    raw = b"From: a@b.c\n"
    for i in range(30):
        raw += f'Content-Type: multipart/mixed; boundary="b{i}"\n\n--b{i}\n'.encode()
    raw += b"Content-Type: text/plain\n\ndeep\n"
    msg = parse_message(raw, ParseLimits(max_depth=5))
    assert any("deeper than 5" in d for d in msg.defects)


def test_part_count_stops_at_the_limit() -> None:
    """More parts than max_parts: parsing stops there and says so."""
    parts = b"".join(b"--b\nContent-Type: text/plain\n\npart\n" for _ in range(50))
    raw = b'From: a@b.c\nContent-Type: multipart/mixed; boundary="b"\n\n' + parts + b"--b--\n"
    msg = parse_message(raw, ParseLimits(max_parts=10))
    assert any("too many MIME parts" in d for d in msg.defects)
    assert msg.text.count("part") == 9


def test_oversized_message_is_cut() -> None:
    """Over max_size: oversized, attachments dropped, text kept short, defect noted."""
    raw = (FIXTURES / "attachment_traversal.eml").read_bytes()
    msg = parse_message(raw, ParseLimits(max_size=200))
    assert msg.oversized
    assert msg.attachments == ()
    assert msg.size == len(raw)
    assert any("over the 200-byte limit" in d for d in msg.defects)
    big = b"From: a@b.c\n\n" + b"x" * 200_000
    assert len(parse_message(big, ParseLimits(max_size=1000)).text) <= 64 * 1024


def test_header_block_over_the_limit() -> None:
    """An over-long header block is cut at a line boundary and noted."""
    raw = b"From: a@b.c\n" + b"X-Junk: " + b"y" * 5000 + b"\n" * 1 + b"\nbody\n"
    msg = parse_message(raw, ParseLimits(max_header_bytes=1000))
    assert any("header block" in d for d in msg.defects)
    assert msg.sender is not None and msg.text == "body\n"


def test_content_hash_ignores_trace_headers_and_line_endings() -> None:
    """Re-deliveries differing only in trace headers and CRLF/LF hash the same."""
    lf = (FIXTURES / "crlf_plain.eml").read_bytes().replace(b"\r\n", b"\n")
    crlf = lf.replace(b"\n", b"\r\n")
    traced = (
        b"Received: from x by y; Tue, 4 Mar 2025 10:00:00 +0000\n"
        b"Delivered-To: alias@houseware.io\nX-Spam-Score: 1.0\nARC-Seal: i=1;\n  cv=none\n"
        b"Return-Path: <pat@example.com>\n" + lf
    )
    assert content_hash(lf) == content_hash(crlf) == content_hash(traced)
    assert content_hash(lf) != content_hash(lf.replace(b"Line one", b"Line 1"))
    assert parse_message(crlf).content_hash == content_hash(lf)


@pytest.mark.parametrize(
    ("html", "text"),
    [
        ("<p>a</p><p>b</p>", "a\n\nb"),
        ("a<br>b", "a\nb"),
        ('<a href="mailto:x@y.z">x@y.z</a>', "x@y.z"),
        ('<a href="#top">top</a>', "top"),
        ("<style>x{}</style><script>y()</script>ok", "ok"),
        ("&lt;b&gt; &amp; &#8364;", "<b> & €"),
        ("  lots   of\n\n  space ", "lots of space"),
        ("<table><tr><td>a</td><td>b</td></tr></table>", "a b"),
        ("<unclosed <p>text", "text"),
    ],
)
def test_html_to_text(html: str, text: str) -> None:
    """HTML conversion: blocks break lines, links and entities handled, space collapsed."""
    assert html_to_text(html) == text


def test_date_offsets_are_kept() -> None:
    """A Date with an offset stays aware with that offset."""
    msg = parse_message(b"From: a@b.c\nDate: Tue, 4 Mar 2025 10:00:00 -0500\n\nx")
    assert msg.date == datetime(2025, 3, 4, 10, 0, tzinfo=timezone(timedelta(hours=-5)))


def test_mutated_fixtures_never_reach_the_fallback() -> None:
    """Randomly damaged fixtures (seeded) still parse fully, not via the last-resort fallback."""
    rng = random.Random(20250304)
    seeds = [p.read_bytes() for p in sorted(FIXTURES.glob("*.eml"))]
    junk = [b"\n", b"\r\n\r\n", b"--", b"=?", b"?=", b"<", b"@", b";", b'"', b"\x00", b"\r"]
    for _ in range(400):
        data = bytearray(rng.choice(seeds))
        for _ in range(rng.randint(1, 8)):
            if not data:
                break
            pos = rng.randrange(len(data))
            if rng.random() < 0.5:
                data[pos] = rng.randrange(256)
            else:
                data[pos:pos] = rng.choice(junk)
        msg = parse_message(bytes(data))
        assert not any(d.startswith("parser failed") for d in msg.defects), msg.defects
