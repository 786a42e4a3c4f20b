"""`supportmail breaker list|release KEY`: loop breakers that tripped, and releasing one."""

import argparse
import getpass

from supportmail.cli.common import add_config_option, config_from
from supportmail.errors import EXIT_CONFIG, EXIT_OK


def register(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    """Add `breaker list` and `breaker release KEY` to the command line."""
    breaker = commands.add_parser("breaker", help="loop circuit breakers: list, release")
    actions = breaker.add_subparsers(title="breaker commands", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="breakers that tripped and are not released")
    add_config_option(listing)
    listing.set_defaults(handler=breaker_list)
    release = actions.add_parser("release", help="let automatic mail go to them again")
    add_config_option(release)
    release.add_argument("key", metavar="KEY", help="address:<address> or domain:<domain>")
    release.set_defaults(handler=breaker_release)


def breaker_list(args: argparse.Namespace) -> int:
    """Print one line per open breaker: its key, when it tripped, what the alert said."""
    from sqlmodel import Session

    from supportmail.outbound.ratelimits import open_breakers
    from supportmail.storage.database import open_database

    config = config_from(args)
    engine = open_database(config.database_url)
    try:
        with Session(engine) as session:
            alerts = open_breakers(session)
    finally:
        engine.dispose()
    for alert in alerts:
        print(f"{alert.actor}  tripped {alert.created_at:%Y-%m-%d %H:%M}  {alert.detail}")
    if not alerts:
        print("no breaker is open")
    return EXIT_OK


def breaker_release(args: argparse.Namespace) -> int:
    """Release one breaker (an event records who did it)."""
    from sqlmodel import Session

    from supportmail.clock import utc_now
    from supportmail.outbound.ratelimits import release_breaker
    from supportmail.storage.database import open_database

    config = config_from(args)
    engine = open_database(config.database_url)
    try:
        with Session(engine) as session:
            try:
                release_breaker(session, args.key, f"cli:{getpass.getuser()}", utc_now())
            except ValueError as exc:
                print(f"supportmail: {exc}")
                return EXIT_CONFIG
            session.commit()
    finally:
        engine.dispose()
    print(f"{args.key} released: automatic mail goes to them again")
    return EXIT_OK
