"""The command line: `supportmail <command>`; each command's work lives in its own module.

Exit codes: 0 ok, 1 the command failed, 2 configuration or usage error, 75 temporary failure.
"""

import argparse
import os
import sys
from collections.abc import Sequence

from supportmail import __version__
from supportmail.cli import (
    admin,
    answers,
    breaker,
    demo,
    digest,
    history,
    mail,
    ops,
    run,
    spam,
    web,
)
from supportmail.cli.common import Handler
from supportmail.errors import (
    EXIT_CONFIG,
    EXIT_FAILED,
    EXIT_OK,
    EXIT_TEMPFAIL,
    ConfigError,
    LoginError,
    PermanentError,
    SchemaError,
    TransientError,
)


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; return its exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Handler | None = getattr(args, "handler", None)
    if handler is None:
        parser.print_help()
        return EXIT_CONFIG
    try:
        return handler(args)
    except ConfigError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        return EXIT_CONFIG
    except SchemaError as exc:
        print(f"supportmail: {exc}", file=sys.stderr)
        return EXIT_CONFIG
    except TransientError as exc:
        print(f"supportmail: temporary failure: {exc}", file=sys.stderr)
        return EXIT_TEMPFAIL
    except LoginError as exc:
        print(f"supportmail: {exc} (fix the credentials; retrying will not help)", file=sys.stderr)
        return EXIT_FAILED
    except PermanentError as exc:
        print(f"supportmail: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (`| head`): not an error; keep Python quiet at exit too.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every command registered, in help order.

    Each command module registers its commands and imports what they need only when one runs,
    so `supportmail --help` stays fast.
    """
    parser = argparse.ArgumentParser(
        prog="supportmail",
        description="A support mailbox turned into a ticket desk with a response-time promise.",
    )
    parser.add_argument("--version", action="version", version=f"supportmail {__version__}")
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")
    for module in (admin, run, ops, history, mail, spam, breaker, web, digest, answers, demo):
        module.register(commands)
    return parser
