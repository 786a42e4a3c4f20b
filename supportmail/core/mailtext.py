"""Values staff mails fill into their templates: who wrote, the ticket at a glance, lists.

Pure. The words themselves are templates and phrases of the team's language (`Words`); this
module only assembles the values they are filled with. Times in staff mail are in UTC (the
team's common clock); the customer's language and zone are shown beside them.
"""

from collections.abc import Iterable
from datetime import datetime

from supportmail.core.mailwords import Words
from supportmail.core.outgoing_headers import (
    Identity,
    TicketFacts,
    clean_header,
    tag,
    tagged_subject,
)
from supportmail.core.sla import format_duration


def due_status(words: Words, due: datetime, now: datetime) -> str:
    """ "due in 3 hours" or "overdue by 2 days 1 hour" relative to `now`."""
    if due >= now:
        return words.phrase("due_in", span=format_duration(due - now, "words"))
    return words.phrase("overdue_by", span=format_duration(now - due, "words"))


def listing(heading: str, items: Iterable[str]) -> str:
    """ "heading" and a "- item" line per item; "" when there are no items (block left out)."""
    lines = [f"- {item}" for item in items]
    return "\n".join([heading, *lines]) if lines else ""


def who(facts: TicketFacts) -> str:
    """The requester as "Name <address>" (or just the address)."""
    name = clean_header(facts.requester_name)
    return f"{name} <{facts.requester}>" if name else facts.requester


def customer_line(words: Words, facts: TicketFacts) -> str:
    """The customer organisation and its tier, for staff."""
    org = clean_header(facts.customer or "") or words.phrase("unknown_customer")
    if not facts.tier:
        return org
    return words.phrase("customer_tier", name=org, tier=clean_header(facts.tier))


def facts_block(words: Words, identity: Identity, facts: TicketFacts, now: datetime) -> str:
    """The ticket at a glance, for agents and managers (the "facts" template filled in)."""
    _, text = words.mail(
        "facts",
        customer=customer_line(words, facts),
        who=who(facts),
        subject=base_subject(identity, facts),
        priority=f"{facts.priority} ({facts.priority_meaning})",
        received=words.when(facts.received, "UTC"),
        age=format_duration(now - facts.received, "words"),
        due=words.when(facts.due, "UTC"),
        due_status=due_status(words, facts.due, now),
        assignee=facts.assignee or words.phrase("nobody"),
        status=facts.status,
        language=words.phrase(
            "language",
            name=words.language_name(facts.language),
            code=facts.language,
            zone=facts.zone,
        ),
    )
    return text.rstrip("\n")


def base_subject(identity: Identity, facts: TicketFacts) -> str:
    """The ticket's subject without tag or prefixes."""
    own_tag = tag(identity, facts.number)
    return tagged_subject(identity, facts.number, facts.subject).removeprefix(own_tag).strip()
