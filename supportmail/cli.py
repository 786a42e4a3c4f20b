"""The command line: `supportmail <command>`; each command's work lives in its own module.

Exit codes: 0 ok, 1 the command failed, 2 configuration or usage error, 75 temporary failure.
"""

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from supportmail import __version__
from supportmail.config import Config, load_config
from supportmail.errors import ConfigError, PermanentError, SchemaError, TransientError

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_CONFIG = 2
EXIT_TEMPFAIL = 75

Handler = Callable[[argparse.Namespace], int]


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


def add_config_option(parser: argparse.ArgumentParser) -> None:
    """The -c/--config option every command that needs a config takes."""
    parser.add_argument(
        "-c",
        "--config",
        type=Path,
        required=True,
        metavar="FILE",
        help="the TOML configuration file",
    )


def config_from(args: argparse.Namespace) -> Config:
    """Load the config named by -c (raises ConfigError with every problem)."""
    path: Path = args.config
    return load_config(path)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every command registered."""
    from supportmail import cli_admin

    parser = argparse.ArgumentParser(
        prog="supportmail",
        description="A support mailbox turned into a ticket desk with a response-time promise.",
    )
    parser.add_argument("--version", action="version", version=f"supportmail {__version__}")
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")
    cli_admin.register(commands)
    for register in _optional_registrars():
        register(commands)
    return parser


def _optional_registrars() -> list[Callable[[argparse._SubParsersAction], None]]:  # type: ignore[type-arg]
    """Command groups added by later modules (run, ops, demo), in help order."""
    import importlib

    found = []
    for name in (
        "supportmail.cli_run",
        "supportmail.cli_ops",
        "supportmail.cli_mail",
        "supportmail.cli_demo",
    ):
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
            continue
        found.append(module.register)
    return found
