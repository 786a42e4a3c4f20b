"""Mail to agents and managers: new-ticket notifications, escalations, warnings, pages, results.

Pure, like `compose` (which re-exports these functions). The words are the team language's
templates (`Words`); times are shown in UTC, with the customer's language and zone in the facts
block so the agent knows how to answer. The customer's text is quoted exactly as received below
a summary of the ticket; Reply-To is the signed address of the recipient.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.message import EmailMessage
from typing import Literal

from supportmail.core import mailtext as mt
from supportmail.core.mailwords import Words
from supportmail.core.outgoing_headers import (
    Draft,
    Identity,
    TicketFacts,
    attach_files,
    clean_header,
    draft_message,
    mailbox,
    tag,
    tagged_subject,
    to_message,
)


def _staff_mail(
    identity: Identity,
    facts: TicketFacts,
    *,
    message_id: str,
    now: datetime,
    body: str,
    to: str,
    subject: str,
    reply_to: str | None,
    cc: Sequence[str] = (),
    from_name: str | None = None,
) -> EmailMessage:
    """A generated mail to agents or managers, threaded with the ticket's other mail."""
    return to_message(
        _staff_draft(
            identity,
            facts,
            message_id=message_id,
            now=now,
            body=body,
            to=to,
            subject=subject,
            reply_to=reply_to,
            cc=cc,
            from_name=from_name,
        )
    )


def _staff_draft(
    identity: Identity,
    facts: TicketFacts,
    *,
    message_id: str,
    now: datetime,
    body: str,
    to: str,
    subject: str,
    reply_to: str | None,
    cc: Sequence[str] = (),
    from_name: str | None = None,
) -> Draft:
    return draft_message(
        identity,
        to=[mailbox(to)],
        cc=[mailbox(a) for a in cc],
        reply_to=reply_to,
        subject=subject,
        message_id=message_id,
        now=now,
        body=body,
        from_name=from_name,
        parent=None,
        thread=facts.thread_message_ids,
        auto="auto-generated",
    )


def _values(
    words: Words, identity: Identity, facts: TicketFacts, now: datetime
) -> dict[str, object]:
    """What most staff mails fill in: tag, subject, team, the customer, due time, facts block."""
    return {
        "tag": tag(identity, facts.number),
        "subject": mt.base_subject(identity, facts),
        "team": identity.name,
        "address": identity.address,
        "who": mt.who(facts),
        "priority": facts.priority,
        "due": words.when(facts.due, "UTC"),
        "due_status": mt.due_status(words, facts.due, now),
        "facts": mt.facts_block(words, identity, facts, now),
    }


def compose_notification(
    identity: Identity,
    facts: TicketFacts,
    message_id: str,
    *,
    to: str,
    reply_to: str,
    customer_text: str,
    kind: Literal["new", "reply", "chase"],
    words: Words,
    author: str | None = None,
    attached: Sequence[tuple[str, str, bytes]] = (),
    not_attached: Sequence[tuple[str, str, int]] = (),
    forward_limit_mb: float = 0,
    priority_why: str | None = None,
    confirm_priority: bool = False,
    now: datetime,
    help_lines: Sequence[str] = (),
    attach: bool = True,
) -> EmailMessage:
    """A new ticket or a customer's reply, for the team or the assignee, their text as-is.

    Reply-To is the agent's signed reply address, so what they write back reaches the ticket.
    The customer's files come along as attachments (`attached`: name, type, bytes); those over
    `forward_limit_mb` in all (`not_attached`: name, type, size) are listed as kept with the
    ticket. `priority_why` (a new ticket's triage) says how the priority was chosen, for the
    team to confirm or change; `confirm_priority` (the triage's evidence was weak) adds the one
    line that asks them to. `help_lines` (the mail commands) come above the customer's text.
    `author`: who wrote the quoted text when it is not the requester (a colleague who joined);
    the mail is labelled with its real sender. `attach=False`: the files are listed but left for
    the caller to attach (the outbox splices in parts it has encoded once per file).
    """
    msg = to_message(
        notification_draft(
            identity,
            facts,
            message_id,
            to=to,
            reply_to=reply_to,
            customer_text=customer_text,
            kind=kind,
            words=words,
            author=author,
            attached=[(name, kind_, len(data)) for name, kind_, data in attached],
            not_attached=not_attached,
            forward_limit_mb=forward_limit_mb,
            priority_why=priority_why,
            confirm_priority=confirm_priority,
            now=now,
            help_lines=help_lines,
        )
    )
    if attach:
        attach_files(msg, attached)
    return msg


def notification_draft(
    identity: Identity,
    facts: TicketFacts,
    message_id: str,
    *,
    to: str,
    reply_to: str,
    customer_text: str,
    kind: Literal["new", "reply", "chase"],
    words: Words,
    author: str | None = None,
    attached: Sequence[tuple[str, str, int]] = (),
    not_attached: Sequence[tuple[str, str, int]] = (),
    forward_limit_mb: float = 0,
    priority_why: str | None = None,
    confirm_priority: bool = False,
    now: datetime,
    help_lines: Sequence[str] = (),
) -> Draft:
    """`compose_notification` as a `Draft`, without the files (`attached`: name, type, size
    of those the caller attaches)."""
    own_tag = tag(identity, facts.number)
    other = author is not None and author.lower() != facts.requester.lower()
    who = author if other and author is not None else mt.who(facts)
    sent = [_file_line(name, kind_, size) for name, kind_, size in attached]
    kept = [_file_line(name, kind_, size) for name, kind_, size in not_attached]
    why = (
        words.phrase("forward_over", mb=f"{forward_limit_mb:g}")
        if forward_limit_mb > 0
        else words.phrase("forward_off")
    )
    why_priority = (
        words.phrase("why", priority=facts.priority, why=clean_header(priority_why))
        if priority_why
        else ""
    )
    if confirm_priority:
        confirm = words.phrase("confirm_priority", priority=facts.priority)
        why_priority = f"{why_priority} {confirm}".strip()
    _, body = words.mail(
        "notify",
        what=words.phrase(f"notify_{kind}", tag=own_tag, who=who, due=words.when(facts.due, "UTC")),
        facts=mt.facts_block(words, identity, facts, now),
        why=why_priority,
        attached=mt.listing(words.phrase("attached_heading"), sent),
        not_attached=mt.listing(words.phrase("not_attached_heading", why=why), kept),
        address=identity.address,
        commands=mt.listing(words.phrase("commands_heading"), help_lines),
        who=who,
    )
    name = who if other else clean_header(facts.requester_name) or facts.requester
    return _staff_draft(
        identity,
        facts,
        message_id=message_id,
        now=now,
        body=f"{body}\n{customer_text.rstrip()}\n",
        to=to,
        subject=tagged_subject(identity, facts.number, facts.subject),
        reply_to=reply_to,
        from_name=words.phrase("from_via", name=name, team=identity.name),
    )


def _file_line(name: str, content_type: str, size: int) -> str:
    """ "report.pdf (application/pdf, 1.2 MB)" """
    shown = f"{size} bytes" if size < 1024 else f"{size / 1024:.0f} KB"
    if size >= 1024 * 1024:
        shown = f"{size / (1024 * 1024):.1f} MB"
    return f"{clean_header(name) or 'attachment'} ({clean_header(content_type)}, {shown})"


@dataclass(frozen=True)
class CustomerText:
    """A customer's message quoted in a staff mail: which one, who, when, the text (trimmed)."""

    which: Literal["first", "latest"]
    author: str
    when: datetime
    text: str


MAX_QUOTED_LINES = 15


def _customer_block(words: Words, texts: Sequence[CustomerText]) -> str:
    """The customer's first and latest message, each under its heading, trimmed to a few lines."""
    blocks = []
    for item in texts:
        lines = [line.rstrip() for line in item.text.strip().splitlines()]
        if len(lines) > MAX_QUOTED_LINES:
            lines = [*lines[:MAX_QUOTED_LINES], "[...]"]
        heading = words.phrase(
            f"{item.which}_message",
            who=clean_header(item.author),
            when=words.when(item.when, "UTC"),
        )
        blocks.append("\n".join([heading, *(f"  {line}" for line in lines)]))
    return "\n\n".join(blocks)


def _briefing(
    kind: str,
    identity: Identity,
    facts: TicketFacts,
    message_id: str,
    *,
    words: Words,
    to: str,
    reply_to: str,
    cc: Sequence[str] = (),
    summary_lines: Sequence[str],
    customer_texts: Sequence[CustomerText],
    now: datetime,
    **extra: object,
) -> EmailMessage:
    """A staff mail that briefs someone who has to act on a ticket they may never have seen
    (warning, escalation, assignment): the ticket's facts, the template's `extra` fields,
    what happened so far and what the customer wrote."""
    subject, body = words.mail(
        kind,
        **_values(words, identity, facts, now),
        **extra,
        summary=mt.listing(words.phrase("summary_heading"), summary_lines),
        customer=_customer_block(words, customer_texts),
    )
    return _staff_mail(
        identity,
        facts,
        message_id=message_id,
        now=now,
        body=body,
        to=to,
        cc=cc,
        subject=subject or "",
        reply_to=reply_to,
    )


def compose_escalation(
    identity: Identity,
    facts: TicketFacts,
    message_id: str,
    *,
    level: int,
    level_name: str,
    words: Words,
    to: str,
    cc: Sequence[str] = (),
    reply_to: str,
    summary_lines: Sequence[str] = (),
    customer_texts: Sequence[CustomerText] = (),
    now: datetime,
) -> EmailMessage:
    """A rung of the escalation ladder: the ticket, what happened so far, what the customer
    wrote (first and latest message), how to take it."""
    return _briefing(
        "escalation",
        identity,
        facts,
        message_id,
        words=words,
        to=to,
        cc=cc,
        reply_to=reply_to,
        summary_lines=summary_lines,
        customer_texts=customer_texts,
        now=now,
        level=level,
        level_name=clean_header(level_name),
    )


def compose_warning(
    identity: Identity,
    facts: TicketFacts,
    message_id: str,
    *,
    words: Words,
    to: str,
    reply_to: str,
    summary_lines: Sequence[str] = (),
    customer_texts: Sequence[CustomerText] = (),
    now: datetime,
) -> EmailMessage:
    """The early warning: most of the response window has passed and nobody has answered;
    with what happened so far and what the customer wrote."""
    window = timedelta(hours=facts.window_hours)
    used = (now - (facts.due - window)) / window if window else 1.0
    return _briefing(
        "warning",
        identity,
        facts,
        message_id,
        words=words,
        to=to,
        reply_to=reply_to,
        summary_lines=summary_lines,
        customer_texts=customer_texts,
        now=now,
        used=f"{used:.0%}",
        window=f"{facts.window_hours:g}",
    )


def compose_assigned(
    identity: Identity,
    facts: TicketFacts,
    message_id: str,
    *,
    words: Words,
    to: str,
    reply_to: str,
    by: str,
    summary_lines: Sequence[str] = (),
    customer_texts: Sequence[CustomerText] = (),
    now: datetime,
) -> EmailMessage:
    """Tell an agent a ticket was assigned to them (#assign): the ticket, its history, what
    the customer wrote, and the signed reply address to answer or command it."""
    return _briefing(
        "assigned",
        identity,
        facts,
        message_id,
        words=words,
        to=to,
        reply_to=reply_to,
        summary_lines=summary_lines,
        customer_texts=customer_texts,
        now=now,
        assigned_by=words.phrase(
            "assigned_by", by=clean_header(by), tag=tag(identity, facts.number)
        ),
    )


def compose_page(
    identity: Identity,
    facts: TicketFacts,
    message_id: str,
    *,
    words: Words,
    to: str,
    reply_to: str,
    customer_text: str,
    now: datetime,
) -> EmailMessage:
    """The page to on-call when a P0 ticket opens, with the customer's text as-is."""
    return to_message(
        page_draft(
            identity,
            facts,
            message_id,
            words=words,
            to=to,
            reply_to=reply_to,
            customer_text=customer_text,
            now=now,
        )
    )


def page_draft(
    identity: Identity,
    facts: TicketFacts,
    message_id: str,
    *,
    words: Words,
    to: str,
    reply_to: str,
    customer_text: str,
    now: datetime,
) -> Draft:
    """`compose_page` as a `Draft`."""
    subject, body = words.mail("page", **_values(words, identity, facts, now))
    return _staff_draft(
        identity,
        facts,
        message_id=message_id,
        now=now,
        body=f"{body}\n{customer_text.rstrip()}\n",
        to=to,
        subject=subject or "",
        reply_to=reply_to,
    )


def compose_command_result(
    identity: Identity,
    facts: TicketFacts,
    message_id: str,
    *,
    words: Words,
    to: str,
    results: Sequence[str],
    errors: Sequence[str],
    now: datetime,
    reply_to: str | None = None,
) -> EmailMessage:
    """What became of an agent's mailed commands: what was done, what was not and why."""
    _, body = words.mail(
        "confirm",
        **_values(words, identity, facts, now),
        done=mt.listing(words.phrase("done_heading"), results),
        not_done=mt.listing(words.phrase("not_done_heading"), errors),
        nothing=words.phrase("nothing_done") if not results and not errors else "",
    )
    return _staff_mail(
        identity,
        facts,
        message_id=message_id,
        now=now,
        body=body,
        to=to,
        subject=f"Re: {tagged_subject(identity, facts.number, facts.subject)}",
        reply_to=reply_to,
    )
