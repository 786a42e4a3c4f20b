"""`supportmail demo`: the main job on the embedded defaults, for someone who just installed it."""

import argparse
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
    demo.add_argument("--imap-port", type=int, default=10243, help="the demo's IMAP port")
    demo.add_argument("--smtp-port", type=int, default=10225, help="the demo's SMTP sink port")
    demo.set_defaults(handler=demo_command)


def demo_command(args: argparse.Namespace) -> int:
    """Run the demo."""
    from supportmail.demo.runner import run_demo
    from supportmail.testbed import TestbedError

    try:
        return run_demo(args.dir, args.scale, args.seconds, ports=(args.imap_port, args.smtp_port))
    except TestbedError as exc:
        print(f"supportmail demo: the test bed could not start: {exc}")
        print("(choose other ports with --imap-port and --smtp-port)")
        return EXIT_FAILED
