"""What each mail command does to a ticket: one handler per command, registered by name.

The commands' names, arguments, help and checks are pure data in `supportmail.core.commands`;
here each name gets the function that runs it (`@handles("close")`). `run_commands` runs a
verified sender's parsed block through this registry.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from enum import Enum

from sqlmodel import Session

from supportmail.core.commands import CommandBlock
from supportmail.core.ladder import next_level
from supportmail.core.types import Priority
from supportmail.desk import Desk
from supportmail.outbound import mails
from supportmail.sla import deadlines
from supportmail.storage import queries
from supportmail.storage.tables import Ticket
from supportmail.tickets.answers import choose_answer
from supportmail.tickets.customers import reopen
from supportmail.tickets.merge import merge_tickets


class Effect(Enum):
    """Whether a command changed the ticket, found nothing to change, or was refused."""

    DONE = "done"
    UNCHANGED = "unchanged"
    REFUSED = "refused"


@dataclass(frozen=True, slots=True)
class Outcome:
    """What one command did, in the words the agent is sent back."""

    effect: Effect
    text: str


@dataclass(frozen=True, slots=True)
class CommandRun:
    """Everything a command handler may act on: the ticket, who commanded, and when."""

    session: Session
    desk: Desk
    ticket: Ticket
    actor: str
    now: datetime


Handler = Callable[[CommandRun, str], Outcome]
HANDLERS: dict[str, Handler] = {}


def handles(name: str) -> Callable[[Handler], Handler]:
    """Register the decorated function as what command `name` does."""

    def register(handler: Handler) -> Handler:
        if name in HANDLERS:
            raise ValueError(f"command #{name} has two handlers")
        HANDLERS[name] = handler
        return handler

    return register


def run_commands(
    session: Session, desk: Desk, ticket: Ticket, actor: str, block: CommandBlock, now: datetime
) -> tuple[list[str], list[str]]:
    """Run a verified sender's commands; return what each did and the mistakes explained."""
    results: list[str] = []
    errors = list(block.errors)
    run = CommandRun(session, desk, ticket, actor, now)
    for command in block.commands:
        outcome = HANDLERS[command.name](run, command.argument)
        if outcome.effect is Effect.REFUSED:
            errors.append(outcome.text)
            continue
        results.append(outcome.text)
        if outcome.effect is Effect.DONE:
            queries.add_event(
                session,
                "command",
                f"#{command.name} {command.argument}".strip(),
                now,
                ticket_id=ticket.id,
                actor=actor,
            )
    ticket.updated_at = now
    session.add(ticket)
    deadlines.rearm(session, desk, ticket, now)
    return results, errors


@handles("priority")
def _priority(run: CommandRun, arg: str) -> Outcome:
    ticket, old = run.ticket, run.ticket.priority
    if old == arg:
        if ticket.priority_asked and ticket.priority_confirmed_by is None:
            # Triage asked the team to confirm (weak evidence): the same priority confirms it.
            ticket.priority_confirmed_by = run.actor
            return Outcome(Effect.DONE, f"#priority {arg}: {arg} confirmed")
        return Outcome(Effect.UNCHANGED, f"#priority {arg}: already {arg}")
    was = f"{old} by rule {ticket.priority_rule!r}"
    deadlines.set_priority(run.session, run.desk, ticket, Priority(arg), run.now)
    ticket.priority_rule = f"set by {run.actor}"
    ticket.priority_confirmed_by = run.actor
    # The explanation follows the rule: the triage's words belong to the old priority.
    ticket.priority_explanation = (
        f"changed from {old} with #priority by {run.actor} on {run.now:%a %d %b %Y, %H:%M} UTC "
        f"(was {was})"
    )
    mails.queue_mail(run.session, run.desk, ticket, "priority", run.now, old=old, new=arg)
    return Outcome(
        Effect.DONE, f"#priority {arg}: changed from {old} to {arg}; the customer was told"
    )


def _assign_to(run: CommandRun, who: str, name: str) -> Outcome:
    if not run.desk.is_agent(who):
        return Outcome(Effect.REFUSED, f"#assign {who}: not an agent address")
    run.ticket.assignee = who
    if who == run.actor:
        return Outcome(Effect.DONE, f"#{name}: assigned to {who}")
    # The new assignee hears of it by mail, with the ticket, what the customer wrote and the
    # signed reply address through which they answer and command it.
    mails.queue_mail(
        run.session,
        run.desk,
        run.ticket,
        "assigned",
        run.now,
        to=who,
        by=run.actor,
        summary_lines=deadlines.summary_lines(run.session, run.desk, run.ticket, run.now),
        customer_texts=deadlines.customer_texts(run.session, run.ticket),
    )
    return Outcome(Effect.DONE, f"#{name}: assigned to {who}")


@handles("assign")
def _assign(run: CommandRun, arg: str) -> Outcome:
    return _assign_to(run, arg, "assign")


@handles("take")
def _take(run: CommandRun, _arg: str) -> Outcome:
    return _assign_to(run, run.actor, "take")


@handles("close")
def _close(run: CommandRun, _arg: str) -> Outcome:
    ticket = run.ticket
    if ticket.status == "closed":
        return Outcome(Effect.UNCHANGED, "#close: already closed")
    ticket.status, ticket.closed_at, ticket.response_due = "closed", run.now, None
    return Outcome(Effect.DONE, "#close: closed")


@handles("reopen")
def _reopen(run: CommandRun, _arg: str) -> Outcome:
    if run.ticket.status != "closed":
        return Outcome(Effect.UNCHANGED, "#reopen: already open")
    reopen(run.session, run.desk, run.ticket, run.actor, run.now, f"reopened by {run.actor}")
    return Outcome(Effect.DONE, "#reopen: reopened")


@handles("note")
def _note(_run: CommandRun, _arg: str) -> Outcome:
    # The note itself is stored by the caller: the block's body is kept, not relayed.
    return Outcome(Effect.DONE, "#note: kept as an internal note, not sent to the customer")


@handles("escalate")
def _escalate(run: CommandRun, _arg: str) -> Outcome:
    rung = next_level(run.ticket.escalation_level, run.desk.ladder)
    if rung is None:
        return Outcome(Effect.REFUSED, "#escalate: already at the top of the ladder")
    deadlines.escalate_now(
        run.session, run.desk, run.ticket, rung.number, run.now, f"{run.actor} escalated"
    )
    return Outcome(Effect.DONE, f"#escalate: escalated to level {rung.number} ({rung.name})")


@handles("ack")
def _ack(run: CommandRun, _arg: str) -> Outcome:
    deadlines.acknowledge_escalation(run.session, run.desk, run.ticket, run.actor, run.now)
    return Outcome(Effect.DONE, "#ack: the escalation ladder stopped; you own the ticket")


@handles("merge")
def _merge(run: CommandRun, arg: str) -> Outcome:
    target = queries.ticket_by_number(run.session, int(arg))
    if target is None:
        return Outcome(Effect.REFUSED, f"#merge {arg}: there is no ticket #{arg}")
    result = merge_tickets(run.session, run.desk, run.ticket, target, run.actor, run.now)
    effect = (
        Effect.DONE if result.merged else Effect.REFUSED if result.refused else Effect.UNCHANGED
    )
    return Outcome(effect, f"#merge {arg}: {result.text}")


@handles("answer")
def _answer(run: CommandRun, arg: str) -> Outcome:
    # The text itself is put into the reply before the commands run (`answers.insert_answers`).
    chosen = choose_answer(run.desk, run.ticket, arg)
    if isinstance(chosen, str):
        return Outcome(Effect.REFUSED, chosen)
    return Outcome(Effect.DONE, f"#answer {arg}: {chosen.path.name} put at the top of your reply")
