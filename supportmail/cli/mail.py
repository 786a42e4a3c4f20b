"""Ops commands on messages: quarantine list|show|retry, replay, triage.

`replay` and `quarantine retry` write through the same code as ingest; `triage` only reads.
"""

import argparse
import sys
from pathlib import Path

from supportmail.cli.common import add_config_option, config_from
from supportmail.cli.ops import fail, opened, pipe_safe
from supportmail.errors import EXIT_FAILED, EXIT_OK


def register(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    """Add quarantine, replay and triage to the command line."""
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


def quarantine_list(args: argparse.Namespace) -> int:
    """List the quarantined inbound messages."""
    from sqlmodel import Session

    from supportmail.cli.render import Column, render_table, short_time
    from supportmail.clock import utc_now
    from supportmail.storage.reports import quarantined

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

    from supportmail.cli.render import clean
    from supportmail.core.sla import format_due
    from supportmail.storage import queries
    from supportmail.storage.tables import InboundMessage

    with opened(args) as (engine, _desk), Session(engine) as session:
        inbound = session.get(InboundMessage, args.id)
        if inbound is None:
            return fail(f"no inbound message {args.id}")
        raw = queries.get_blob(session, inbound.raw_sha256) or b""
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
    from supportmail.cli.render import clean

    block = raw.replace(b"\r\n", b"\n").split(b"\n\n", 1)[0]
    lines = [clean(line) for line in block.decode("utf-8", "replace").split("\n")]
    if len(lines) > limit:
        lines = [*lines[:limit], f"… {len(lines) - limit} more header line(s)"]
    return lines


def quarantine_retry(args: argparse.Namespace) -> int:
    """Process one quarantined message again; say what happened."""
    from sqlmodel import Session

    from supportmail.cli.render import clean
    from supportmail.clock import utc_now
    from supportmail.inbound.replay import REPLAY_MAILBOX, retry_quarantined
    from supportmail.storage.tables import InboundMessage

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
    from supportmail.cli.render import Column, render_table
    from supportmail.clock import utc_now
    from supportmail.inbound.replay import replay_files

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
    from supportmail.cli.render import clean, write_json
    from supportmail.core.rawcheck import not_a_mail
    from supportmail.inbound.triage import triage_raw

    desk = None
    if args.config is not None:
        from supportmail.desk import Desk

        desk = Desk.from_config(config_from(args))
    try:
        raw = sys.stdin.buffer.read() if str(args.file) == "-" else args.file.read_bytes()
    except OSError as exc:
        return fail(f"{args.file}: {exc.strerror or exc}")
    why = not_a_mail(raw)
    if why is not None:
        source = "standard input" if str(args.file) == "-" else str(args.file)
        return fail(f"{source}: not a mail message: {why}")
    _msg, result = triage_raw(raw, desk)
    if args.json:
        write_json(
            {
                "priority": result.priority.value,
                "rule": result.rule,
                "explanation": result.explanation,
                "matched": result.matched_text,
                "base_priority": result.base_priority.value,
                # The signals the decision used, every signal that fired (with the customer's
                # words), and whether the team should confirm (weak evidence).
                "used": list(result.used),
                "signals": [{"signal": h.signal, "words": h.words} for h in result.signals],
                "confirm": result.confirm,
            },
            sys.stdout,
        )
        return EXIT_OK
    print(f"{result.priority} by rule {clean(result.rule)!r}")
    print(f"  {clean(result.explanation)}")
    if result.confirm:
        print("  weak evidence: the team is asked to confirm (#priority Px)")
    return EXIT_OK
