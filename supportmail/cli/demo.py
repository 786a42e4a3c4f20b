"""`supportmail demo`: the main job on the embedded defaults, for someone who just installed it."""

import argparse
import importlib.util
import sys
from pathlib import Path

from supportmail.errors import EXIT_FAILED


def register(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    """Add `demo` to the command line."""
    demo = commands.add_parser(
        "demo",
        help="watch supportmail work: a loopback mail server, a dozen mails, time compressed",
    )
    demo.add_argument(
        "--dir", type=Path, default=Path(".demo"), help="where the demo keeps its files (.demo)"
    )
    demo.add_argument(
        "--scale", type=float, default=3600.0, help="demo hours per real hour (3600: 1 h per s)"
    )
    demo.add_argument(
        "--seconds", type=float, default=75.0, help="how long the daemon runs, in real seconds"
    )
    demo.add_argument(
        "--imap-port", type=int, default=None, help="the demo's IMAP port (default: a free one)"
    )
    demo.add_argument(
        "--smtp-port", type=int, default=None, help="the demo SMTP sink port (default: a free one)"
    )
    demo.add_argument(
        "--keep",
        action="store_true",
        help="leave the test bed running at the end (default: stop what the demo started)",
    )
    demo.set_defaults(handler=demo_command)


def demo_command(args: argparse.Namespace) -> int:
    """Run the demo."""
    if importlib.util.find_spec("aiosmtpd") is None:
        print(
            "supportmail demo needs its SMTP sink, aiosmtpd: pip install 'supportmail[demo]'",
            file=sys.stderr,
        )
        return EXIT_FAILED
    from supportmail.demo.runner import run_demo
    from supportmail.testbed import TestbedError

    try:
        return run_demo(
            args.dir,
            args.scale,
            args.seconds,
            ports=(args.imap_port, args.smtp_port),
            keep=args.keep,
        )
    except TestbedError as exc:
        print(f"supportmail demo: the test bed could not start: {exc}", file=sys.stderr)
        print("(choose other ports with --imap-port and --smtp-port)", file=sys.stderr)
        return EXIT_FAILED
