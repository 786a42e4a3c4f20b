"""How the classifier sees a small mail written in a test: the desk's identity and its Kind."""

from supportmail.core.classify import OwnIdentity, classify
from supportmail.core.parse import parse_message
from supportmail.core.types import Kind

OWN = OwnIdentity(
    support_addresses=frozenset({"support@houseware.io"}),
    agent_addresses=frozenset({"agent@houseware.io"}),
    agent_domains=frozenset(),
    message_id_domain="supportmail.houseware.io",
)


def kind(
    head: str,
    body: str,
    *,
    html: bool = False,
    line_breaks: bool = True,
    message_id: str = "<x.1@sender.example>",
) -> Kind:
    """The Kind of a mail from header lines and a text, or the same text as HTML only (its
    paragraphs as <p>, its line breaks as <br> unless `line_breaks` is off)."""
    raw = head.strip("\n") + f"\nMessage-ID: {message_id}\nMIME-Version: 1.0\n"
    if html:
        blocks = "".join(
            f"<p>{b.replace(chr(10), '<br>') if line_breaks else b}</p>" for b in body.split("\n\n")
        )
        raw += f"Content-Type: text/html; charset=utf-8\n\n<html><body>{blocks}</body></html>\n"
    else:
        raw += "Content-Type: text/plain; charset=utf-8\n\n" + body
    return classify(parse_message(raw.encode("utf-8")), OWN).kind


OUR_ID = "<ack.4575.x9@supportmail.houseware.io>"


def answer(sender: str, subject: str) -> str:
    """The head of a mail answering our acknowledgement of ticket #4575."""
    return f"From: {sender}\nTo: support@houseware.io\nSubject: {subject}\nIn-Reply-To: {OUR_ID}\n"


def new_mail(sender: str, subject: str) -> str:
    """The head of a new mail to the desk."""
    return f"From: {sender}\nTo: support@houseware.io\nSubject: {subject}\n"
