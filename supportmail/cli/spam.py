"""`supportmail spam list|release N`: what the receiving server called spam, and letting it in."""

import argparse
import getpass

from supportmail.cli.common import add_config_option, config_from
from supportmail.errors import EXIT_OK


def register(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    """Add `spam list` and `spam release N` to the command line."""
    spam = commands.add_parser("spam", help="mail held as spam: list it, release it")
    actions = spam.add_subparsers(title="spam commands", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="every message held as spam, oldest first")
    add_config_option(listing)
    listing.set_defaults(handler=spam_list)
    release = actions.add_parser("release", help="handle a held message as ordinary mail")
    add_config_option(release)
    release.add_argument("id", type=int, metavar="N", help="the message's number in `spam list`")
    release.set_defaults(handler=spam_release)


def spam_list(args: argparse.Namespace) -> int:
    """Print one line per held message: number, time, sender, subject, verdict."""
    from supportmail.desk import Desk
    from supportmail.inbound.spam import list_spam
    from supportmail.storage.database import open_database

    config = config_from(args)
    engine = open_database(config.database_url)
    try:
        held = list_spam(engine, Desk.from_config(config))
    finally:
        engine.dispose()
    for item in held:
        when = item.committed_at.strftime("%Y-%m-%d %H:%M")
        print(f"{item.inbound_id:>6}  {when}  {item.sender}  {item.subject[:60]!r}  {item.reason}")
    if not held:
        print("no mail held as spam")
    return EXIT_OK


def spam_release(args: argparse.Namespace) -> int:
    """Release message N: it is handled now as if no filter had called it spam."""
    from supportmail.clock import utc_now
    from supportmail.desk import Desk
    from supportmail.inbound.spam import release_spam
    from supportmail.storage.database import open_database

    config = config_from(args)
    engine = open_database(config.database_url)
    try:
        actor = f"cli:{getpass.getuser()}"
        disposition, number = release_spam(
            engine, Desk.from_config(config), args.id, actor, utc_now()
        )
    finally:
        engine.dispose()
    ticket = f" ticket #{number}" if number is not None else ""
    print(f"message {args.id} released: {disposition.value}{ticket}")
    return EXIT_OK
