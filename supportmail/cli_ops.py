"""Ops commands: tickets, show, sla, report, quarantine, replay, triage.

Every command opens the database with its schema checked (jobs.open_desk) and prints times in
UTC; `replay` and `quarantine retry` write through the same code as ingest. Modules are imported
inside the handlers so that `supportmail --help` does not pay for the whole shell.
"""

import argparse
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from supportmail.cli import EXIT_FAILED, EXIT_OK, Handler, add_config_option, config_from
from supportmail.core.types import Priority

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

    from supportmail.desk import Desk


def register(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    """Add the ops commands to the command line."""
    tickets = commands.add_parser("tickets", help="list tickets, soonest due first")
    add_config_option(tickets)
    tickets.add_argument("--open", action="store_true", help="only open tickets")
    tickets.add_argument(
        "--priority",
        action="append",
        choices=[p.value for p in Priority],
        help="only this priority (repeatable)",
    )
    tickets.add_argument("--overdue", action="store_true", help="only open tickets past due")
    _format_option(tickets)
    tickets.set_defaults(handler=pipe_safe(tickets_command))

    report = commands.add_parser("report", help="SLA compliance per priority")
    add_config_option(report)
    report.add_argument(
        "--since", type=parse_since, metavar="DATE", help="tickets received since (UTC)"
    )
    _format_option(report)
    report.set_defaults(handler=pipe_safe(report_command))

    show = commands.add_parser("show", help="a ticket: header, thread, events, outgoing mail")
    show.add_argument("number", type=int, help="the ticket number")
    add_config_option(show)
    show.set_defaults(handler=pipe_safe(show_command))

    sla = commands.add_parser("sla", help="how a ticket's due time and ladder were computed")
    sla.add_argument("number", type=int, help="the ticket number")
    add_config_option(sla)
    sla.set_defaults(handler=pipe_safe(sla_command))

    quarantine = commands.add_parser("quarantine", help="messages that could not be processed")
    actions = quarantine.add_subparsers(title="actions", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="every quarantined message")
    add_config_option(listing)
    listing.set_defaults(handler=pipe_safe(quarantine_list))
    for name, handler, text in (
        ("show", quarantine_show, "the error and headers of one message"),
        ("retry", quarantine_retry, "process one message again from its stored bytes"),
    ):
        action = actions.add_parser(name, help=text)
        action.add_argument("id", type=int, help="the inbound message id (from `list`)")
        add_config_option(action)
        action.set_defaults(handler=pipe_safe(handler))

    replay = commands.add_parser("replay", help="ingest .eml files without IMAP")
    replay.add_argument("files", nargs="+", type=Path, metavar="FILE.eml")
    add_config_option(replay)
    replay.add_argument(
        "--dry-run", action="store_true", help="show what would happen, keep nothing"
    )
    replay.set_defaults(handler=pipe_safe(replay_command))

    tri = commands.add_parser("triage", help="the priority a message would get, and why")
    tri.add_argument("file", type=Path, metavar="FILE.eml|-")
    tri.add_argument(
        "-c",
        "--config",
        type=Path,
        metavar="FILE",
        help="use this config's extra rules and customer tiers (default: built-in rules, P2)",
    )
    tri.add_argument("--json", action="store_true", help="print JSON")
    tri.set_defaults(handler=pipe_safe(triage_command))


def pipe_safe(handler: "Handler") -> "Handler":
    """`handler`, ending quietly when the reader of its output goes away (`| head`)."""

    def run(args: argparse.Namespace) -> int:
        try:
            return handler(args)
        except BrokenPipeError:
            # Python would complain again when flushing stdout at exit: point it at devnull.
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            return EXIT_OK

    return run


def _format_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--format", choices=("table", "json", "csv"), default="table", help="output format"
    )


def parse_since(text: str) -> datetime:
    """A date or date-time for --since; naive values are UTC."""
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"not a date: {text!r} (e.g. 2026-11-01 or 2026-11-01T09:00)"
        ) from None
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


@contextmanager
def opened(args: argparse.Namespace) -> Iterator[tuple["Engine", "Desk"]]:
    """The engine (schema checked) and desk for the command's config, disposed afterwards."""
    from supportmail.jobs import open_desk

    engine, desk = open_desk(config_from(args))
    try:
        yield engine, desk
    finally:
        engine.dispose()


def fail(message: str) -> int:
    """Say what went wrong on stderr; the exit code for a failed command."""
    print(f"supportmail: {message}", file=sys.stderr)
    return EXIT_FAILED


def tickets_command(args: argparse.Namespace) -> int:
    """List tickets sorted by due time, as a table, JSON or CSV."""
    from sqlmodel import Session

    from supportmail.cli_tables import Column, due_cell, render_table, write_csv, write_json
    from supportmail.jobs import utc_now
    from supportmail.reports import TICKET_KEYS, current_due, list_tickets, ticket_record

    columns = (
        Column("#", 8, right=True),
        Column("pri", 3),
        Column("status", 6),
        Column("requester", 30, flexible=True),
        Column("subject", 50, flexible=True),
        Column("due (UTC)", 22),
        Column("esc", 3, right=True),
        Column("assignee", 30, flexible=True),
    )
    with opened(args) as (engine, _desk), Session(engine) as session:
        now = utc_now()
        found = list_tickets(
            session,
            now,
            open_only=args.open,
            priorities=args.priority or (),
            overdue=args.overdue,
        )
    records = [ticket_record(t, now) for t in found]
    if args.format == "json":
        write_json(records, sys.stdout)
    elif args.format == "csv":
        write_csv(records, TICKET_KEYS, sys.stdout)
    else:
        rows = [
            [
                f"#{t.number}",
                t.priority,
                t.status,
                t.requester,
                t.subject,
                due_cell(current_due(t), now, t.status == "closed"),
                str(t.escalation_level) if t.escalation_level else "-",
                t.assignee or "-",
            ]
            for t in found
        ]
        if rows:
            print(render_table(columns, rows))
        overdue = sum(1 for r in records if r["overdue"])
        print(f"{len(rows)} ticket{'s' if len(rows) != 1 else ''}, {overdue} overdue")
    return EXIT_OK


def _share(value: float | None) -> str:
    """A percentage for the report table, "-" when there is none."""
    return "-" if value is None else f"{value:.0f} %"


def _span(value: "timedelta | None") -> str:
    """A duration for the report table, "-" when there is none."""
    from supportmail.cli_tables import short_duration

    return "-" if value is None else short_duration(value)


def report_command(args: argparse.Namespace) -> int:
    """SLA compliance per priority and in total."""
    from sqlmodel import Session

    from supportmail.cli_tables import Column, render_table, short_time, write_csv, write_json
    from supportmail.jobs import utc_now
    from supportmail.reports import report_record, sla_report

    with opened(args) as (engine, desk), Session(engine) as session:
        now = utc_now()
        levels = [lv.number for lv in desk.ladder.levels]
        rows = sla_report(session, now, args.since, levels)
    if args.format == "json":
        write_json([report_record(r) for r in rows], sys.stdout)
        return EXIT_OK
    if args.format == "csv":
        records = [report_record(r) for r in rows]
        write_csv(records, list(records[0]), sys.stdout)
        return EXIT_OK
    columns = [
        Column("priority", 8),
        Column("tickets", 7, right=True),
        Column("in time", 7, right=True),
        Column("in time %", 9, right=True),
        Column("breaches", 8, right=True),
        Column("pending", 7, right=True),
        Column("median 1st resp", 15, right=True),
        Column("p90 1st resp", 12, right=True),
        *(Column(f"esc L{n}", 6, right=True) for n in levels),
    ]
    table = [
        [
            r.priority,
            str(r.tickets),
            str(r.responded_in_time),
            _share(r.in_time_percent),
            str(r.breached),
            str(r.pending),
            _span(r.median),
            _span(r.p90),
            *(str(r.escalations.get(n, 0)) for n in levels),
        ]
        for r in rows
    ]
    print(render_table(columns, table))
    since = f"received since {short_time(args.since, now)} UTC" if args.since else "all tickets"
    print(f"{since}; in time % counts tickets answered or past due; pending: not yet due")
    return EXIT_OK


def show_command(args: argparse.Namespace) -> int:
    """Print one ticket: header, thread, events, outgoing mail."""
    from sqlmodel import Session

    from supportmail import store
    from supportmail.cli_tables import (
        Column,
        clean,
        header_lines,
        render_table,
        thread_lines,
        truncate,
    )
    from supportmail.core.sla import format_due
    from supportmail.jobs import utc_now
    from supportmail.reports import ticket_thread

    with opened(args) as (engine, desk), Session(engine) as session:
        now = utc_now()
        ticket = store.ticket_by_number(session, args.number)
        if ticket is None:
            return fail(f"no ticket #{args.number}")
        thread = ticket_thread(session, ticket)
        lines = header_lines(desk, ticket, now)
    lines += ["", *thread_lines(thread), "", f"Events ({len(thread.events)})"]
    events = [
        [format_due(e.created_at), e.kind, e.actor, truncate(clean(e.detail), 300)]
        for e in thread.events
    ]
    event_columns = [
        Column("time (UTC)", 26),
        Column("kind", 20),
        Column("actor", 30),
        Column("detail", 120, flexible=True),
    ]
    if events:
        lines += _indent(render_table(event_columns, events))
    lines += ["", f"Outgoing mail ({len(thread.outbox)})"]
    mails = [
        [o.kind, o.recipients, o.state, str(o.attempts), o.last_error or "-"] for o in thread.outbox
    ]
    mail_columns = [
        Column("kind", 10),
        Column("to", 50, flexible=True),
        Column("state", 7),
        Column("attempts", 8, right=True),
        Column("last error", 60, flexible=True),
    ]
    if mails:
        lines += _indent(render_table(mail_columns, mails))
    print("\n".join(lines))
    return EXIT_OK


def _indent(text: str) -> list[str]:
    return [f"  {line}" for line in text.splitlines()]


def sla_command(args: argparse.Namespace) -> int:
    """Explain how a ticket's due times were computed and where it stands on the ladder."""
    from sqlmodel import Session

    from supportmail import store
    from supportmail.cli_tables import sla_lines
    from supportmail.jobs import utc_now

    with opened(args) as (engine, desk), Session(engine) as session:
        ticket = store.ticket_by_number(session, args.number)
        if ticket is None:
            return fail(f"no ticket #{args.number}")
        print("\n".join(sla_lines(desk, ticket, utc_now())))
    return EXIT_OK


def quarantine_list(args: argparse.Namespace) -> int:
    """List the quarantined inbound messages."""
    from sqlmodel import Session

    from supportmail.cli_tables import Column, render_table, short_time
    from supportmail.jobs import utc_now
    from supportmail.reports import quarantined

    with opened(args) as (engine, _desk), Session(engine) as session:
        rows = quarantined(session)
    now = utc_now()
    table = [
        [
            str(m.id),
            short_time(m.arrived_at or m.committed_at, now),
            str(m.size),
            m.message_id or "-",
            m.error or "-",
        ]
        for m in rows
    ]
    columns = [
        Column("id", 8, right=True),
        Column("received (UTC)", 22),
        Column("bytes", 9, right=True),
        Column("message-id", 50, flexible=True),
        Column("error", 80, flexible=True),
    ]
    if table:
        print(render_table(columns, table))
    print(f"{len(table)} quarantined message{'s' if len(table) != 1 else ''}")
    return EXIT_OK


def quarantine_show(args: argparse.Namespace) -> int:
    """The error and the raw headers of one quarantined message."""
    from sqlmodel import Session

    from supportmail import store
    from supportmail.cli_tables import clean
    from supportmail.core.sla import format_due
    from supportmail.tables import InboundMessage

    with opened(args) as (engine, _desk), Session(engine) as session:
        inbound = session.get(InboundMessage, args.id)
        if inbound is None:
            return fail(f"no inbound message {args.id}")
        raw = store.get_blob(session, inbound.raw_sha256) or b""
    print(f"inbound message {inbound.id}: {inbound.state}")
    print(f"  error       {clean(inbound.error or '-')}")
    print(f"  received    {format_due(inbound.arrived_at or inbound.committed_at)}")
    print(f"  mailbox     {clean(inbound.mailbox)} uid {inbound.uid} ({inbound.size} bytes)")
    print(f"  message-id  {clean(inbound.message_id or '-')}")
    print("headers:")
    for line in raw_headers(raw):
        print(f"  {line}")
    return EXIT_OK


def raw_headers(raw: bytes, limit: int = 200) -> list[str]:
    """The header block of a raw message as it was received, made harmless for a terminal."""
    from supportmail.cli_tables import clean

    block = raw.replace(b"\r\n", b"\n").split(b"\n\n", 1)[0]
    lines = [clean(line) for line in block.decode("utf-8", "replace").split("\n")]
    if len(lines) > limit:
        lines = [*lines[:limit], f"… {len(lines) - limit} more header line(s)"]
    return lines


def quarantine_retry(args: argparse.Namespace) -> int:
    """Process one quarantined message again; say what happened."""
    from sqlmodel import Session

    from supportmail.cli_tables import clean
    from supportmail.jobs import utc_now
    from supportmail.replay import REPLAY_MAILBOX, retry_quarantined
    from supportmail.tables import InboundMessage

    with opened(args) as (engine, desk):
        with Session(engine) as session:
            inbound = session.get(InboundMessage, args.id)
        if inbound is None:
            return fail(f"no inbound message {args.id}")
        result = retry_quarantined(engine, desk, args.id, utc_now())
        folder = desk.config.imap.folders.quarantine
    if not result.released:
        print(f"inbound message {result.inbound_id}: still quarantined: {clean(result.detail)}")
        return EXIT_FAILED
    on = f" on ticket #{result.ticket_number}" if result.ticket_number is not None else ""
    print(f"inbound message {result.inbound_id}: {result.disposition.value}{on} ({result.detail})")
    if inbound.mailbox == REPLAY_MAILBOX:
        print("it came from `supportmail replay`, so there is nothing to move on the server")
    else:
        print(
            f"the message stays in the IMAP folder {folder!r} (uid {inbound.uid}); "
            "move it by hand if you want it out of there"
        )
    return EXIT_OK


def replay_command(args: argparse.Namespace) -> int:
    """Ingest .eml files as if they had arrived by IMAP (or, with --dry-run, only show it)."""
    from supportmail.cli_tables import Column, render_table
    from supportmail.jobs import utc_now
    from supportmail.replay import replay_files

    files: list[tuple[str, bytes]] = []
    for path in args.files:
        try:
            files.append((str(path), path.read_bytes()))
        except OSError as exc:
            return fail(f"{path}: {exc.strerror or exc}")
    with opened(args) as (engine, desk):
        results = replay_files(
            engine, desk, files, utc_now, dry_run=args.dry_run, progress=_progress
        )
    table = [
        [
            r.name,
            r.outcome.disposition.value,
            f"#{r.outcome.ticket_number}" if r.outcome.ticket_number is not None else "-",
            f"{r.priority} {r.rule}" if r.priority else "-",
            r.outcome.detail,
        ]
        for r in results
    ]
    columns = [
        Column("file", 80, flexible=True),
        Column("disposition", 11),
        Column("ticket", 7),
        Column("priority", 40, flexible=True),
        Column("reason", 60, flexible=True),
    ]
    print(render_table(columns, table))
    counts: dict[str, int] = {}
    for r in results:
        counts[r.outcome.disposition.value] = counts.get(r.outcome.disposition.value, 0) + 1
    summary = ", ".join(f"{n} {k}" for k, n in sorted(counts.items()))
    verb = "would process (dry run, nothing kept)" if args.dry_run else "processed"
    print(f"{verb} {len(results)} file{'s' if len(results) != 1 else ''}: {summary}")
    return EXIT_OK


def _progress(done: int, total: int) -> None:
    if total > 50:
        print(f"\rreplayed {done}/{total}", end="" if done < total else "\n", file=sys.stderr)


def triage_command(args: argparse.Namespace) -> int:
    """Print the priority a message would get, the rule and the explanation."""
    from supportmail.cli_tables import clean, write_json
    from supportmail.desk import Desk
    from supportmail.replay import triage_raw

    desk = Desk.from_config(config_from(args)) if args.config is not None else None
    try:
        raw = sys.stdin.buffer.read() if str(args.file) == "-" else args.file.read_bytes()
    except OSError as exc:
        return fail(f"{args.file}: {exc.strerror or exc}")
    _msg, result = triage_raw(raw, desk)
    if args.json:
        write_json(
            {
                "priority": result.priority.value,
                "rule": result.rule,
                "explanation": result.explanation,
                "matched": result.matched_text,
                "base_priority": result.base_priority.value,
            },
            sys.stdout,
        )
        return EXIT_OK
    print(f"{result.priority} by rule {clean(result.rule)!r}")
    print(f"  {clean(result.explanation)}")
    return EXIT_OK
