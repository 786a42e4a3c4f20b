"""A seeded generator of realistic support mail for the benchmarks (standard library only).

Independent of supportmail on purpose: the corpus must not be shaped by the code it measures.
One seed gives the same bytes on every machine. The mix, per message:

- kinds: 55 % new requests, 30 % customer replies to an earlier generated request (a `[#N]`
  tag in 70 % of them, always In-Reply-To/References), 6 % auto-replies, 4 % bounces
  (multipart/report DSNs), 5 % list/newsletter mail;
- bodies: text/plain or multipart/alternative (plain + HTML); 11 % of all messages are customer
  mail carrying one 50-400 KB attachment (PDF, PNG, CSV or ZIP-like random bytes, base64);
- charsets: utf-8, iso-8859-1, windows-1252, iso-2022-jp, koi8-r, with RFC 2047 subjects and
  display names, and quoted-printable, base64 or 8bit bodies; median size about 1.5 KB.

`[#N]` tags assume the receiver numbers tickets `first_ticket`, `first_ticket + 1`, ... in the
order new requests arrive (supportmail: 1000 + the row id, so 1001, 1002, ...).
"""

import base64
import binascii
import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.header import Header
from email.utils import format_datetime

from genwords import ATTACHMENTS, CHARSETS, CODECS, NAMES, PHRASES, SUBJECTS

SUPPORT = "support@houseware.io"
EPOCH = datetime(2025, 3, 3, 7, 0, tzinfo=UTC)
ATTACHMENT_SHARE = 0.11
KINDS = (("new", 0.55), ("reply", 0.30), ("auto", 0.06), ("bounce", 0.04), ("list", 0.05))


@dataclass(frozen=True)
class Mail:
    """One generated message: its kind, whether it carries an attachment, and its bytes."""

    kind: str
    attachment: bool
    raw: bytes


@dataclass
class _Thread:
    number: int
    sender: str
    name: str
    lang: str
    charset: str
    subject: str
    ids: list[str] = field(default_factory=list)


class Generator:
    """Produces the messages of one seed in order, remembering threads for later replies."""

    def __init__(self, seed: int, first_ticket: int = 1001) -> None:
        self.rng = random.Random(seed)
        self.seed = seed
        self.first_ticket = first_ticket
        self.threads: list[_Thread] = []
        self.count = 0

    def mails(self, count: int) -> Iterator[Mail]:
        """The next `count` messages."""
        for _ in range(count):
            yield self.next_mail()

    def next_mail(self) -> Mail:
        """One more message."""
        rng = self.rng
        self.count += 1
        kind = rng.choices([k for k, _ in KINDS], [w for _, w in KINDS])[0]
        if kind != "new" and not self.threads:
            kind = "new"
        attach = kind in ("new", "reply") and rng.random() < ATTACHMENT_SHARE / 0.85
        if kind == "bounce":
            return Mail(kind, False, self._bounce())
        if kind == "list":
            return Mail(kind, False, self._list_mail())
        if kind == "auto":
            return Mail(kind, False, self._auto_reply())
        return Mail(kind, attach, self._customer(kind == "reply", attach))

    # -- message kinds -----------------------------------------------------------------------

    def _customer(self, reply: bool, attach: bool) -> bytes:
        rng = self.rng
        if reply:
            thread = rng.choice(self.threads[-2000:])
            tag = f"[#{thread.number}] " if rng.random() < 0.7 else ""
            subject = f"Re: {tag}{thread.subject}"
        else:
            lang, charset, _, _ = self._charset()
            user = rng.randrange(5000)
            number = self.first_ticket + len(self.threads)
            thread = _Thread(
                number,
                f"customer{user}@{('acme.example', 'shop.example', 'mail.example')[user % 3]}",
                rng.choice(NAMES[lang]),
                lang,
                charset,
                rng.choice(SUBJECTS[lang]),
            )
            self.threads.append(thread)
            subject = thread.subject
        charset = thread.charset
        text = self._text(thread.lang, rng.randint(4, 10))
        if reply:
            quoted = self._text(thread.lang, 2).split("\n")
            text += "\n\n" + "\n".join("> " + line for line in quoted)
        msgid = self._msgid(thread.sender.partition("@")[2])
        extra = []
        if thread.ids:
            extra = [f"In-Reply-To: {thread.ids[-1]}", "References: " + " ".join(thread.ids[-5:])]
        thread.ids.append(msgid)
        head = self._head(thread.sender, thread.name, charset, subject, msgid, extra)
        body_type, body = self._body(thread.lang, charset, text, html=rng.random() < 0.45)
        if attach:
            body_type, body = self._with_attachment(body_type, body)
        return head + body_type + b"\r\n" + body

    def _auto_reply(self) -> bytes:
        thread = self.rng.choice(self.threads[-2000:])
        extra = ["Auto-Submitted: auto-replied", "X-Autoreply: yes"]
        extra.append(f"In-Reply-To: <ack-{thread.number}@houseware.io>")
        subject = f"Automatic reply: Re: [#{thread.number}] {thread.subject}"
        msgid = self._msgid(thread.sender.partition("@")[2])
        head = self._head(thread.sender, thread.name, "utf-8", subject, msgid, extra)
        text = "I am out of the office until Monday and will read your message when I am back."
        body_type, body = self._body("en", "utf-8", text, html=False)
        return head + body_type + b"\r\n" + body

    def _list_mail(self) -> bytes:
        extra = [
            "List-Id: Kitchen news <news.shop.example>",
            "List-Unsubscribe: <mailto:unsubscribe@shop.example>",
            "Precedence: bulk",
        ]
        head = self._head(
            "news@shop.example", "Shop News", "utf-8", "Our spring sale starts now", "", extra
        )
        text = self._text("en", 6)
        body_type, body = self._body("en", "utf-8", text, html=True)
        return head + body_type + b"\r\n" + body

    def _bounce(self) -> bytes:
        rng = self.rng
        mx = f"mx{rng.randrange(9)}.example.net"
        head = self._head(
            f"MAILER-DAEMON@{mx}",
            "Mail Delivery System",
            "utf-8",
            "Undelivered Mail Returned to Sender",
            self._msgid(mx),
            ["Auto-Submitted: auto-replied"],
            return_path="<>",
        )
        rcpt = f"gone{rng.randrange(999)}@example.org"
        boundary = f"dsn{rng.getrandbits(48):x}"
        parts = [
            f"--{boundary}\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\n"
            f"This is the mail system at host {mx}.\r\n\r\nI'm sorry to have to inform you that "
            f"your message could not be delivered.\r\n\r\n<{rcpt}>: host said: 550 5.1.1 "
            "User unknown\r\n",
            f"--{boundary}\r\nContent-Type: message/delivery-status\r\n\r\n"
            f"Reporting-MTA: dns; {mx}\r\n\r\nFinal-Recipient: rfc822; {rcpt}\r\n"
            "Action: failed\r\nStatus: 5.1.1\r\nDiagnostic-Code: smtp; 550 5.1.1 User unknown\r\n",
            f"--{boundary}\r\nContent-Type: text/rfc822-headers\r\n\r\n"
            f"From: Houseware Support <{SUPPORT}>\r\nTo: {rcpt}\r\n"
            f"Message-ID: <ack-{rng.randrange(9999)}@houseware.io>\r\n"
            "Subject: We got your mail\r\n",
            f"--{boundary}--\r\n",
        ]
        body_type = (
            f"Content-Type: multipart/report; report-type=delivery-status;\r\n"
            f' boundary="{boundary}"\r\n'
        )
        return head + body_type.encode() + b"\r\n" + "\r\n".join(parts).encode()

    # -- pieces ------------------------------------------------------------------------------

    def _charset(self) -> tuple[str, str, tuple[str, ...], float]:
        return self.rng.choices(CHARSETS, [c[3] for c in CHARSETS])[0]

    def _text(self, lang: str, sentences: int) -> str:
        bank = PHRASES[lang].split("|")
        lines = [bank[0]] + [self.rng.choice(bank[1:-1]) for _ in range(sentences)] + [bank[-1]]
        return "\n".join(lines)

    def _msgid(self, domain: str) -> str:
        return f"<{self.seed}.{self.count}.{self.rng.getrandbits(40):x}@{domain}>"

    def _head(
        self,
        addr: str,
        name: str,
        charset: str,
        subject: str,
        msgid: str,
        extra: list[str],
        return_path: str | None = None,
    ) -> bytes:
        rng = self.rng
        when = EPOCH + timedelta(seconds=self.count * 37 + rng.randrange(30))
        domain = addr.partition("@")[2]
        lines = [
            f"Return-Path: {return_path or f'<bounce@{domain}>'}",
            f"Received: from mail.{domain} (mail.{domain} [192.0.2.{rng.randrange(1, 250)}])\r\n"
            f"\tby mx.houseware.io (Postfix) with ESMTPS id {rng.getrandbits(40):X}\r\n"
            f"\tfor <{SUPPORT}>; {format_datetime(when)}",
            f"Received: from [10.0.0.{rng.randrange(1, 250)}] by mail.{domain} with ESMTPSA;"
            f" {format_datetime(when - timedelta(seconds=2))}",
            f"From: {_encoded(name, charset)} <{addr}>",
            f"To: Houseware Support <{SUPPORT}>",
            f"Subject: {_encoded(subject, charset)}",
            f"Date: {format_datetime(when)}",
            *([f"Message-ID: {msgid}"] if msgid else []),
            *extra,
            "MIME-Version: 1.0",
            f"X-Mailer: {rng.choice(('Thunderbird 115', 'Apple Mail (2.3731)', 'Outlook 16.0'))}",
        ]
        return ("\r\n".join(lines) + "\r\n").encode("ascii")

    def _body(self, lang: str, charset: str, text: str, html: bool) -> tuple[bytes, bytes]:
        cte = self.rng.choice(next(c[2] for c in CHARSETS if c[0] == lang and c[1] == charset))
        plain = _part("text/plain", charset, cte, text)
        if not html:
            return plain
        markup = "<html><body>" + "".join(f"<p>{line}</p>" for line in text.split("\n"))
        rich = _part("text/html", charset, cte, markup + "</body></html>")
        return _multipart("alternative", self.rng.getrandbits(48), [plain, rich])

    def _with_attachment(self, body_type: bytes, body: bytes) -> tuple[bytes, bytes]:
        rng = self.rng
        ctype, filename, magic = rng.choice(ATTACHMENTS)
        size = rng.randint(50_000, 400_000)
        if ctype == "text/csv":
            rows = ["serial,reading,unit,state\r\n"]
            total = len(rows[0])
            while total < size:
                rows.append(f"{len(rows)},{rng.getrandbits(32)},K-{rng.randrange(99)},ok\r\n")
                total += len(rows[-1])
            data = "".join(rows).encode()
        else:
            data = magic + rng.randbytes(size - len(magic))
        part_type = (
            f'Content-Type: {ctype}; name="{filename}"\r\n'
            f'Content-Disposition: attachment; filename="{filename}"\r\n'
            "Content-Transfer-Encoding: base64\r\n"
        ).encode()
        encoded = base64.encodebytes(data).replace(b"\n", b"\r\n")
        return _multipart("mixed", rng.getrandbits(48), [(body_type, body), (part_type, encoded)])


def _encoded(text: str, charset: str) -> str:
    """`text` as a header value: plain when ASCII, else RFC 2047 words in `charset`."""
    if text.isascii():
        return f'"{text}"' if "'" in text else text
    return Header(text, charset).encode()


def _part(ctype: str, charset: str, cte: str, text: str) -> tuple[bytes, bytes]:
    data = text.replace("\n", "\r\n").encode(CODECS.get(charset, charset))
    if cte == "quoted-printable":
        data = binascii.b2a_qp(data, istext=True).replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    elif cte == "base64":
        data = base64.encodebytes(data).replace(b"\n", b"\r\n")
    head = f'Content-Type: {ctype}; charset="{charset}"\r\nContent-Transfer-Encoding: {cte}\r\n'
    return head.encode(), data + b"\r\n"


def _multipart(sub: str, token: int, parts: list[tuple[bytes, bytes]]) -> tuple[bytes, bytes]:
    boundary = f"=_{sub}_{token:012x}".encode()
    body = b"".join(b"--" + boundary + b"\r\n" + head + b"\r\n" + data for head, data in parts)
    head = b"Content-Type: multipart/" + sub.encode() + b'; boundary="' + boundary + b'"\r\n'
    return head, body + b"--" + boundary + b"--\r\n"


def generate(count: int, seed: int = 1, first_ticket: int = 1001) -> Iterator[Mail]:
    """The first `count` messages of `seed`, lazily (the corpus never sits in memory whole)."""
    return Generator(seed, first_ticket).mails(count)
