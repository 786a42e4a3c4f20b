"""Search and history commands: `search WORDS`, `customer ADDRESS`, `merge A B`.

The queries live in `storage.search` and the merge in `tickets.merge` (the web dashboard calls
the same functions); here they are only parsed, run and printed. Modules are imported inside
the handlers so that `supportmail --help` stays fast.
"""

import argparse
import sys

from supportmail.cli.common import add_config_option
from supportmail.cli.ops import fail, moment, opened, parse_since, pipe_safe
from supportmail.errors import EXIT_FAILED, EXIT_OK


def register(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    """Add the search and history commands to the command line."""
    search = commands.add_parser(
        "search", help="find tickets by words in their subject or messages, newest first"
    )
    search.add_argument(
        "words",
        nargs="+",
        help='words to find (all of them, in one message or the subject); "a phrase" in quotes',
    )
    search.add_argument("--open", action="store_true", help="only open tickets")
    search.add_argument("--limit", type=int, default=50, help="show at most this many (50)")
    search.add_argument("--format", choices=("table", "json"), default="table")
    add_config_option(search)
    search.set_defaults(handler=pipe_safe(search_command))

    customer = commands.add_parser(
        "customer", help="every ticket of a customer address or domain, with its outcome"
    )
    customer.add_argument("who", metavar="ADDRESS", help="anna@acme.example, or acme.example")
    customer.add_argument("--format", choices=("table", "json"), default="table")
    add_config_option(customer)
    customer.add_argument(
        "--at", type=parse_since, metavar="TIME", help="judge due times as of this moment (UTC)"
    )
    customer.set_defaults(handler=pipe_safe(customer_command))

    merge = commands.add_parser(
        "merge",
        help="merge ticket A into ticket B (B keeps the conversation; A's customer is told)",
    )
    merge.add_argument("source", type=int, metavar="A", help="the duplicate, merged away")
    merge.add_argument("target", type=int, metavar="B", help="the ticket that stays")
    merge.add_argument(
        "--by",
        default=None,
        metavar="NAME",
        help="who merges, for the audit trail (default: $USER)",
    )
    add_config_option(merge)
    merge.set_defaults(handler=merge_command)


def search_command(args: argparse.Namespace) -> int:
    """Print the tickets holding every word, newest activity first."""
    from sqlmodel import Session

    from supportmail.cli.render import Column, clean, render_table, short_time, write_json
    from supportmail.storage.search import parse_query, search_tickets

    words = " ".join(args.words)
    if not parse_query(words):
        return fail(f"nothing to search for in {words!r}: give a word of letters or digits")
    with opened(args) as (engine, _desk), Session(engine) as session:
        now = moment(args)
        found = search_tickets(
            session, words, limit=args.limit, status="open" if args.open else None
        )
    if args.format == "json":
        write_json(
            {
                "total": found.total,
                "more": found.more,
                "tickets": [
                    {
                        "number": h.number,
                        "subject": h.subject,
                        "status": h.status,
                        "priority": h.priority,
                        "requester": h.requester,
                        "assignee": h.assignee,
                        "updated_at": h.updated_at,
                        "messages": h.messages,
                        "snippet": h.snippet,
                    }
                    for h in found.hits
                ],
            },
            sys.stdout,
        )
        return EXIT_OK
    columns = (
        Column("#", 8, right=True),
        Column("pri", 3),
        Column("status", 6),
        Column("updated", 16),
        Column("requester", 28, flexible=True),
        Column("subject / where", 70, flexible=True),
    )
    rows = []
    for h in found.hits:
        rows.append(
            [
                f"#{h.number}",
                h.priority,
                h.status,
                short_time(h.updated_at, now),
                clean(h.requester),
                clean(h.subject),
            ]
        )
        if h.snippet:
            rows.append(["", "", "", "", "", clean(h.snippet)])
    if rows:
        print(render_table(columns, rows))
    # Counting stops past storage.search.COUNT_LIMIT tickets: "more than 1,000 tickets found".
    more = found.more or found.total > len(found.hits)
    shown = f" (the newest {len(found.hits)} shown)" if more else ""
    print(f"{found.count_text} found{shown}")
    return EXIT_OK


def customer_command(args: argparse.Namespace) -> int:
    """Print every ticket of an address or a domain, newest first, with how it went."""
    from sqlmodel import Session

    from supportmail.cli.render import (
        Column,
        clean,
        render_table,
        short_duration,
        short_time,
        write_json,
    )
    from supportmail.storage.search import customer_history, split_customer

    if split_customer(args.who) == (None, None):
        return fail(f"not a mail address or domain: {args.who!r}")
    with opened(args) as (engine, _desk), Session(engine) as session:
        now = moment(args)
        history = customer_history(session, args.who)
    if args.format == "json":
        write_json(
            [
                {
                    "number": e.number,
                    "subject": e.subject,
                    "requester": e.requester,
                    "status": e.status,
                    "outcome": e.outcome,
                    "priority": e.priority,
                    "received_at": e.received_at,
                    "first_response_at": e.first_response_at,
                    "first_response_due": e.first_response_due,
                    "answered_in_time": e.answered_in_time(now),
                    "closed_at": e.closed_at,
                    "assignee": e.assignee,
                    "escalation_level": e.escalation_level,
                }
                for e in history
            ],
            sys.stdout,
        )
        return EXIT_OK
    columns = (
        Column("#", 8, right=True),
        Column("received", 16),
        Column("pri", 3),
        Column("outcome", 18),
        Column("1st response", 22),
        Column("esc", 3, right=True),
        Column("requester", 26, flexible=True),
        Column("subject", 50, flexible=True),
    )
    rows = []
    for e in history:
        took, kept = e.first_response_in, e.answered_in_time(now)
        verdict = {True: "in time", False: "late", None: "pending"}[kept]
        answered = f"{short_duration(took)} ({verdict})" if took is not None else verdict
        if e.status == "merged" and took is None:
            answered = "-"
        rows.append(
            [
                f"#{e.number}",
                short_time(e.received_at, now),
                e.priority,
                e.outcome,
                answered,
                str(e.escalation_level) if e.escalation_level else "-",
                clean(e.requester),
                clean(e.subject),
            ]
        )
    if rows:
        print(render_table(columns, rows))
    still_open = sum(1 for e in history if e.status == "open")
    judged = [v for e in history if (v := e.answered_in_time(now)) is not None]
    in_time = f", first response in time {sum(judged)} of {len(judged)}" if judged else ""
    print(f"{len(history)} ticket{'s' if len(history) != 1 else ''}, {still_open} open{in_time}")
    return EXIT_OK


def merge_command(args: argparse.Namespace) -> int:
    """Merge ticket A into ticket B in one transaction; the customer's notice is queued."""
    import getpass

    from supportmail.clock import utc_now
    from supportmail.storage import queries
    from supportmail.storage.database import session_scope
    from supportmail.tickets.merge import merge_tickets

    actor = args.by or f"{getpass.getuser()} (supportmail merge)"
    with opened(args) as (engine, desk), session_scope(engine) as session:
        source = queries.ticket_by_number(session, args.source)
        target = queries.ticket_by_number(session, args.target)
        missing = [n for n, t in ((args.source, source), (args.target, target)) if t is None]
        if missing or source is None or target is None:
            return fail(f"no ticket #{missing[0]}")
        result = merge_tickets(session, desk, source, target, actor, utc_now())
    if result.refused:
        print(f"supportmail: {result.text}", file=sys.stderr)
        return EXIT_FAILED
    print(result.text)
    return EXIT_OK
