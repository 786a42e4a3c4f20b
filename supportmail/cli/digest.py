"""`supportmail digest`: queue the digests due now, or `--dry-run` print one."""

import argparse
import sys
from typing import TYPE_CHECKING

from supportmail.cli.common import add_config_option, config_from
from supportmail.errors import EXIT_CONFIG, EXIT_OK

if TYPE_CHECKING:
    from supportmail.desk import Desk


def register(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    """Add `digest` to the command line."""
    digest = commands.add_parser(
        "digest",
        help="queue the digests due now (once per period), or print one with --dry-run",
    )
    add_config_option(digest)
    digest.add_argument(
        "--dry-run",
        action="store_true",
        help="print a digest instead of queueing anything (nothing is recorded)",
    )
    digest.add_argument(
        "--kind", choices=("daily", "weekly"), default="daily", help="with --dry-run: which digest"
    )
    digest.add_argument(
        "--to",
        metavar="ADDR",
        help="with --dry-run: whose digest (default: the team address for daily, the first "
        "weekly recipient for weekly)",
    )
    digest.add_argument(
        "--html", action="store_true", help="with --dry-run: print the HTML part, not the text"
    )
    digest.add_argument(
        "--at", metavar="TIME", help="as of this moment (UTC, e.g. 2026-03-02T08:00; default: now)"
    )
    digest.set_defaults(handler=digest_command)


def digest_command(args: argparse.Namespace) -> int:
    """Queue what is due, or print the digest --kind for --to."""
    from sqlmodel import Session

    from supportmail.cli.ops import parse_since
    from supportmail.clock import utc_now
    from supportmail.desk import Desk
    from supportmail.sla import digests
    from supportmail.storage.database import open_database

    try:
        now = parse_since(args.at) if args.at else utc_now()
    except argparse.ArgumentTypeError as exc:
        print(f"supportmail: --at: {exc}", file=sys.stderr)
        return EXIT_CONFIG
    if not args.dry_run and (args.to or args.html):
        print("supportmail: --to and --html go with --dry-run", file=sys.stderr)
        return EXIT_CONFIG
    config = config_from(args)
    desk = Desk.from_config(config)
    engine = open_database(config.database_url)
    try:
        if not args.dry_run:
            if not config.digests.enabled:
                print("digests are off: set [digests] enabled = true to send them")
                return EXIT_OK
            queued = digests.run_due(engine, desk, now)
            print(f"{queued} digest(s) queued")
            return EXIT_OK
        to = (args.to or _default_recipient(desk, args.kind)).lower()
        team = to == config.support.team_address
        plan = digests.Planned(args.kind, to, team, config.digests.times_for(to))
        with Session(engine) as session:
            message = digests.digest_message(session, desk, plan, now)
    finally:
        engine.dispose()
    if message is None:
        print(f"nothing to list for {to}: no {args.kind} digest would be sent")
        return EXIT_OK
    if args.html:
        part = message.get_body(("html",))
        assert part is not None
        print(part.get_content(), end="")
        return EXIT_OK
    text = message.get_body(("plain",))
    assert text is not None
    for name in ("From", "To", "Reply-To", "Subject"):
        print(f"{name}: {message[name]}")
    print()
    print(text.get_content(), end="")
    return EXIT_OK


def _default_recipient(desk: "Desk", kind: str) -> str:
    from supportmail.sla.digests import weekly_recipients

    if kind == "daily":
        return desk.config.support.team_address
    recipients = weekly_recipients(desk)
    return recipients[0] if recipients else desk.config.support.team_address
