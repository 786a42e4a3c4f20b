"""Staff mail (`core.staffmail`) by its structure: recipients, headers, threading, the ticket's
number, the customer's text and files. The words themselves are the templates' business."""

from datetime import UTC, datetime, timedelta
from email.message import EmailMessage

import pytest

from supportmail.core.compose import Identity, TicketFacts, make_message_id
from supportmail.core.staffmail import (
    compose_command_result,
    compose_escalation,
    compose_notification,
    compose_page,
    compose_warning,
)
from supportmail.templates import words

ID = Identity(address="support@houseware.io", name="Houseware Support", domain="houseware.io")
RECEIVED = datetime(2026, 11, 25, 14, 0, tzinfo=UTC)
NOW = RECEIVED + timedelta(hours=30)
W = words("en")
REPLY = "support+1234.aaaaaaaaaaaaaaaa@houseware.io"
FACTS = TicketFacts(
    number=1234,
    subject="Export fails with error 500",
    requester="jane@acme.example",
    requester_name="Jane Doe",
    priority="P1",
    priority_meaning="available, but functionality or performance severely impaired",
    window_hours=36.0,
    due=RECEIVED + timedelta(hours=36),
    received=RECEIVED,
    customer="Acme Corp",
    tier="enterprise",
    status="open",
    assignee=None,
    escalation_level=0,
    thread_message_ids=("first@acme.example", "ack.1234.x@houseware.io", "last@acme.example"),
    last_customer_message_id="last@acme.example",
)


def mid(kind: str) -> str:
    """A fresh Message-ID of `kind` for ticket 1234."""
    return make_message_id(ID, kind, "1234")


def staff_mails() -> dict[str, tuple[EmailMessage, str, list[str]]]:
    """Each kind of staff mail about ticket 1234, with its intended To and Cc."""
    notify = compose_notification(
        ID,
        FACTS,
        mid("notify"),
        to="team@houseware.io",
        reply_to=REPLY,
        customer_text="Exports fail since the update.",
        kind="new",
        attached=[("screen.png", "image/png", b"\x89PNG....")],
        words=W,
        now=NOW,
    )
    escalation = compose_escalation(
        ID,
        FACTS,
        mid("escalation1"),
        level=1,
        level_name="Customer Happiness Manager",
        to="happiness@houseware.io",
        cc=["csm-acme@houseware.io", "alice@houseware.io"],
        reply_to=REPLY,
        summary_lines=["warned at 27 h"],
        words=W,
        now=NOW,
    )
    warning = compose_warning(
        ID, FACTS, mid("warning"), to="alice@houseware.io", reply_to=REPLY, words=W, now=NOW
    )
    page = compose_page(
        ID,
        FACTS,
        mid("page"),
        to="oncall@houseware.io",
        reply_to=REPLY,
        customer_text="Everything is down!",
        words=W,
        now=NOW,
    )
    confirm = compose_command_result(
        ID,
        FACTS,
        mid("confirm"),
        to="agent@houseware.io",
        results=["#take: assigned to agent@houseware.io"],
        errors=["#frobnicate: unknown command"],
        reply_to=REPLY,
        words=W,
        now=NOW,
    )
    return {
        "notify": (notify, "team@houseware.io", []),
        "escalation": (
            escalation,
            "happiness@houseware.io",
            ["csm-acme@houseware.io", "alice@houseware.io"],
        ),
        "warning": (warning, "alice@houseware.io", []),
        "page": (page, "oncall@houseware.io", []),
        "confirm": (confirm, "agent@houseware.io", []),
    }


def addresses(message: EmailMessage, header: str) -> list[str]:
    """The addr-specs of `header` (empty when absent)."""
    value = message[header]
    return [] if value is None else [a.addr_spec for a in value.addresses]


def text(message: EmailMessage) -> str:
    """The plain-text body."""
    part = message.get_body(preferencelist=("plain",))
    assert part is not None
    return str(part.get_content())


@pytest.mark.parametrize("kind", ["notify", "escalation", "warning", "page", "confirm"])
def test_recipients_and_reply_address(kind: str) -> None:
    """Each staff mail goes to exactly its recipient (and Cc list), never Bcc, from the support
    address, with the signed reply address as Reply-To."""
    message, to, cc = staff_mails()[kind]
    assert addresses(message, "To") == [to]
    assert addresses(message, "Cc") == cc
    assert message["Bcc"] is None
    assert addresses(message, "From") == ["support@houseware.io"]
    assert addresses(message, "Reply-To") == [REPLY]


@pytest.mark.parametrize("kind", ["notify", "escalation", "warning", "page", "confirm"])
def test_marked_automatic_and_threaded_with_the_ticket(kind: str) -> None:
    """Each is marked auto-generated (no auto-replies back), has its own Message-ID and threads
    under the ticket's last message, with the whole thread in References."""
    message, _to, _cc = staff_mails()[kind]
    assert message["Auto-Submitted"] == "auto-generated"
    assert message["Message-ID"].endswith("@houseware.io>")
    assert message["In-Reply-To"] == "<last@acme.example>"
    references = str(message["References"]).split()
    assert references[0] == "<first@acme.example>" and references[-1] == "<last@acme.example>"


@pytest.mark.parametrize("kind", ["notify", "escalation", "warning", "page", "confirm"])
def test_names_the_ticket(kind: str) -> None:
    """Subject carries the ticket's tag and the body its number."""
    message, _to, _cc = staff_mails()[kind]
    assert "[#1234]" in str(message["Subject"])
    assert "1234" in text(message)


def test_notification_is_from_the_customer_via_the_desk_with_their_text_and_files() -> None:
    """The notification shows the customer's name, ends with their text as received and carries
    their file as an attachment."""
    message, _to, _cc = staff_mails()["notify"]
    assert message["From"].addresses[0].display_name == "Jane Doe via Houseware Support"
    assert text(message).rstrip().endswith("Exports fail since the update.")
    files = [(p.get_filename(), p.get_content_type()) for p in message.iter_attachments()]
    assert files == [("screen.png", "image/png")]


def test_page_carries_the_customer_text_as_is() -> None:
    """The page ends with the customer's text exactly."""
    message, _to, _cc = staff_mails()["page"]
    assert text(message).endswith("Everything is down!\n")


def test_command_result_lists_what_ran_and_what_did_not() -> None:
    """The confirmation answers the agent's mail and lists every result and every mistake."""
    message, _to, _cc = staff_mails()["confirm"]
    assert str(message["Subject"]).startswith("Re: ")
    body = text(message)
    assert "#take: assigned to agent@houseware.io" in body
    assert "#frobnicate: unknown command" in body


def test_escalation_lists_the_summary() -> None:
    """The escalation carries what happened so far."""
    message, _to, _cc = staff_mails()["escalation"]
    assert "warned at 27 h" in text(message)
