"""Ops commands on tickets: tickets, show, sla, report (mail-level ones are in cli_mail.py).

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

from supportmail.cli.common import Handler, add_config_option, config_from
from supportmail.core.types import Priority
from supportmail.errors import EXIT_FAILED, EXIT_OK

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine
    from sqlmodel import Session

    from supportmail.desk import Desk
    from supportmail.storage.quickread import TicketRow
    from supportmail.storage.reports import Thread
    from supportmail.storage.tables import Ticket


def register(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    """Add the ops commands to the command line."""
    tickets = commands.add_parser("tickets", help="list tickets, soonest due first")
    add_config_option(tickets)
    _at_option(tickets)
    tickets.add_argument("--open", action="store_true", help="only open tickets")
    tickets.add_argument(
        "--priority",
        action="append",
        choices=[p.value for p in Priority],
        help="only this priority (repeatable)",
    )
    tickets.add_argument("--overdue", action="store_true", help="only open tickets past due")
    tickets.add_argument(
        "--unconfirmed",
        action="store_true",
        help="only open tickets whose triage asked for a #priority confirmation nobody gave",
    )
    who = tickets.add_mutually_exclusive_group()
    who.add_argument("--assignee", metavar="ADDR", help="only tickets assigned to ADDR")
    who.add_argument("--unassigned", action="store_true", help="only open tickets nobody has")
    _format_option(tickets)
    tickets.set_defaults(handler=pipe_safe(tickets_command))

    report = commands.add_parser("report", help="SLA compliance per priority")
    add_config_option(report)
    _at_option(report)
    report.add_argument(
        "--since", type=parse_since, metavar="DATE", help="tickets received since (UTC)"
    )
    _format_option(report)
    report.set_defaults(handler=pipe_safe(report_command))

    show = commands.add_parser("show", help="a ticket: header, thread, events, outgoing mail")
    show.add_argument("number", type=int, help="the ticket number")
    show.add_argument(
        "--wide",
        action="store_true",
        help="print events and mail in full, never cut to the terminal's width",
    )
    show.add_argument(
        "--save-attachments",
        type=Path,
        metavar="DIR",
        help="also write the ticket's attachments into DIR (created if missing)",
    )
    add_config_option(show)
    _at_option(show)
    show.set_defaults(handler=pipe_safe(show_command))

    sla = commands.add_parser("sla", help="how a ticket's due time and ladder were computed")
    sla.add_argument("number", type=int, help="the ticket number")
    add_config_option(sla)
    _at_option(sla)
    sla.set_defaults(handler=pipe_safe(sla_command))


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


def _at_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--at",
        type=parse_since,
        metavar="TIME",
        help="judge due times as of this moment (UTC; default: now)",
    )


def moment(args: argparse.Namespace) -> datetime:
    """The --at moment, or now."""
    from supportmail.clock import utc_now

    at: datetime | None = getattr(args, "at", None)
    return at if at is not None else utc_now()


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
    # Not daemon.once.open_desk: that module brings IMAP, SMTP and the parse worker along.
    from supportmail.desk import Desk
    from supportmail.storage.database import open_database

    config = config_from(args)
    engine = open_database(config.database_url)
    desk = Desk.from_config(config)
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

    from supportmail.cli.render import Column, due_cell, render_table, write_csv, write_json
    from supportmail.storage.reports import TICKET_KEYS, current_due, list_tickets, ticket_record

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
        now = moment(args)
        found = list_tickets(
            session,
            now,
            open_only=args.open,
            priorities=args.priority or (),
            overdue=args.overdue,
            unconfirmed=args.unconfirmed,
            assignee=args.assignee,
            unassigned=args.unassigned,
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
    from supportmail.cli.render import short_duration

    return "-" if value is None else short_duration(value)


def report_command(args: argparse.Namespace) -> int:
    """SLA compliance per priority and in total."""
    from sqlmodel import Session

    from supportmail.cli.render import Column, render_table, short_time, write_csv, write_json
    from supportmail.storage.reports import report_record, sla_report

    with opened(args) as (engine, desk), Session(engine) as session:
        now = moment(args)
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

    from supportmail.cli.render import (
        Column,
        clean,
        header_lines,
        render_table,
        thread_lines,
        truncate,
    )
    from supportmail.core.sla import format_due
    from supportmail.storage import queries
    from supportmail.storage.reports import ticket_thread
    from supportmail.tickets.bounces import not_delivered_lines

    with opened(args) as (engine, desk), Session(engine) as session:
        now = moment(args)
        ticket = queries.ticket_by_number(session, args.number)
        if ticket is None:
            return fail(f"no ticket #{args.number}")
        thread = ticket_thread(session, ticket)
        lines = header_lines(desk, ticket, now)
        saved = _save_attachments(session, thread, args.save_attachments)
        if isinstance(saved, str):
            return fail(saved)
    lines += ["", *thread_lines(thread), "", f"Events ({len(thread.events)})"]
    # --wide: nothing cut (no column limit, no terminal width), for reading and for grep.
    full = 1_000_000 if args.wide else None
    total = 0 if args.wide else None
    events = [
        [
            format_due(e.created_at),
            e.kind,
            e.actor,
            clean(e.detail) if full else truncate(clean(e.detail), 300),
        ]
        for e in thread.events
    ]
    event_columns = [
        Column("time (UTC)", 26),
        Column("kind", 20),
        Column("actor", full or 30),
        Column("detail", full or 120, flexible=True),
    ]
    if events:
        lines += _indent(render_table(event_columns, events, total))
    lines += ["", f"Outgoing mail ({len(thread.outbox)})"]
    mails = [
        [o.kind, o.recipients, o.state, str(o.attempts), o.last_error or "-"] for o in thread.outbox
    ]
    mail_columns = [
        Column("kind", 10),
        Column("to", full or 50, flexible=True),
        Column("state", 7),
        Column("attempts", 8, right=True),
        Column("last error", full or 60, flexible=True),
    ]
    if mails:
        lines += _indent(render_table(mail_columns, mails, total))
    lines += [f"  {line}" for line in not_delivered_lines(thread.outbox)]
    if args.save_attachments is not None:
        where = args.save_attachments
        failed = [n for n in saved if ": NOT SAVED, " in n]
        not_saved = f", {len(failed)} not saved" if failed else ""
        lines += [
            "",
            f"Attachments saved to {where} ({len(saved) - len(failed)}){not_saved}",
            *(f"  {n}" for n in saved),
        ]
        if failed:
            print("\n".join(lines))
            return fail(f"{len(failed)} attachment(s) not saved: {'; '.join(failed)}")
    print("\n".join(lines))
    return EXIT_OK


def _save_attachments(session: "Session", thread: "Thread", folder: Path | None) -> list[str] | str:
    """Write each attachment of the thread into `folder` as "<message>-<n>-<name>", the name
    made safe (never a path of the sender's) and cut to the folder's file-name limit in bytes;
    the lines to show, or what went wrong before any file. An existing file is never
    overwritten. A file that cannot be written is reported and the others are still written:
    the tool never stops half-way."""
    from supportmail.cli.render import clean
    from supportmail.core.cleantext import clean_text
    from supportmail.core.filenames import NAME_MAX_BYTES, fit_name
    from supportmail.storage import queries

    if folder is None:
        return []
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        return f"cannot write attachments to {folder}: {exc.strerror or exc}"
    try:  # the file system's own limit (eCryptfs: 143), never above the portable 255
        limit = min(NAME_MAX_BYTES, os.pathconf(folder, "PC_NAME_MAX"))
    except (OSError, ValueError):
        limit = NAME_MAX_BYTES
    lines: list[str] = []
    for message in thread.messages:
        for n, ref in enumerate(thread.attachments.get(message.id or 0, []), start=1):
            prefix = f"{message.id}-{n}-"
            safe = clean(clean_text(ref.filename)).replace("/", "_").replace("\\", "_")
            name = prefix + fit_name(safe.lstrip("."), limit - len(prefix))
            data = queries.get_blob(session, ref.sha256)
            if data is None:
                lines.append(f"{name}: NOT SAVED, the stored bytes are missing")
                continue
            try:
                with (folder / name).open("xb") as out:
                    out.write(data)
            except FileExistsError:
                lines.append(f"{name}: NOT SAVED, exists already (not overwritten)")
                continue
            except OSError as exc:
                (folder / name).unlink(missing_ok=True)  # no half-written file left behind
                lines.append(f"{name}: NOT SAVED, {exc.strerror or exc}")
                continue
            lines.append(f"{name} ({len(data)} bytes)")
    return lines


def _indent(text: str) -> list[str]:
    return [f"  {line}" for line in text.splitlines()]


def sla_command(args: argparse.Namespace) -> int:
    """Explain how a ticket's due times were computed and where it stands on the ladder."""
    from supportmail.cli.render import sla_lines
    from supportmail.config.ladder import ladder_policy
    from supportmail.storage.quickread import Unsupported, read_ticket

    config = config_from(args)
    # The driver directly where it can: this command must not pay for the ORM's import.
    ticket: TicketRow | Ticket | Unsupported | None = read_ticket(config.database_url, args.number)
    if isinstance(ticket, Unsupported):
        from sqlmodel import Session

        from supportmail.storage import queries

        with opened(args) as (engine, _desk), Session(engine) as session:
            ticket = queries.ticket_by_number(session, args.number)
    if ticket is None:
        return fail(f"no ticket #{args.number}")
    print("\n".join(sla_lines(config, ladder_policy(config), ticket, moment(args))))
    return EXIT_OK
