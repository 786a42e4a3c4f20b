"""`python -m supportmail.testbed start|stop|status|env|sink`: control the loopback test bed.

Exit codes: 0 success (status: both servers run), 1 failure, 3 status: not (fully) running.
"""

import argparse
import asyncio
import shlex
import sys
from collections.abc import Sequence
from pathlib import Path

from supportmail.testbed import Testbed, TestbedError
from supportmail.testbed.sink import run_detached, serve

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_NOT_RUNNING = 3


def _say(text: str) -> None:
    """Progress notes go to stderr so `env` output stays evaluable."""
    print(text, file=sys.stderr, flush=True)


def cmd_start(testbed: Testbed) -> int:
    """Start the test bed (idempotent) and print where everything is."""
    if testbed.status().running:
        print(f"test bed already running in {testbed.directory}")
    else:
        testbed.start(_say)
        print(f"test bed started in {testbed.directory}")
    print(testbed.describe())
    return EXIT_OK


def cmd_stop(testbed: Testbed) -> int:
    """Stop the test bed (idempotent)."""
    if testbed.stop():
        print(f"test bed stopped ({testbed.directory})")
    else:
        print(f"test bed was not running ({testbed.directory})")
    return EXIT_OK


def cmd_status(testbed: Testbed) -> int:
    """Print what runs; exit 0 when both servers run, 3 otherwise."""
    status = testbed.status()

    def line(name: str, pid: int | None, where: str) -> str:
        state = f"running (pid {pid})" if pid is not None else "not running"
        return f"{name:8} {state:22} {where}"

    print(f"test bed {testbed.directory}")
    print(line("dovecot", status.dovecot_pid, f"imap://{testbed.imap_host}:{testbed.imap_port}"))
    print(line("sink", status.sink_pid, f"smtp://{testbed.smtp_host}:{testbed.smtp_port}"))
    return EXIT_OK if status.running else EXIT_NOT_RUNNING


def cmd_env(testbed: Testbed) -> int:
    """Print shell exports of the ports and paths."""
    for name, value in testbed.env_exports().items():
        print(f"export {name}={shlex.quote(value)}")
    return EXIT_OK


def cmd_sink(args: argparse.Namespace) -> int:
    """Run the SMTP sink: in the foreground, or detached as the test bed starts it."""
    directory = Path(args.dir).resolve()
    directory.mkdir(parents=True, exist_ok=True)
    if args.detach:
        if args.pid_file is None or args.log_file is None:
            print("sink --detach needs --pid-file and --log-file", file=sys.stderr)
            return EXIT_FAILED
        run_detached(directory, args.host, args.port, Path(args.pid_file), Path(args.log_file))
        return EXIT_OK
    print(f"sink recording to {directory} on {args.host}:{args.port}", file=sys.stderr)
    asyncio.run(serve(directory, args.host, args.port))
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    """The command line."""
    parser = argparse.ArgumentParser(
        prog="python -m supportmail.testbed",
        description="Loopback Dovecot IMAP + SMTP sink for supportmail's tests (TEST ONLY).",
    )
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("start", help="start Dovecot and the sink (installs Dovecot if missing)")
    commands.add_parser("stop", help="stop both")
    commands.add_parser("status", help="show what runs (exit 3 when not running)")
    commands.add_parser("env", help="print shell exports of ports and paths")
    sink = commands.add_parser("sink", help="run the SMTP sink alone (used internally)")
    sink.add_argument("--dir", required=True, help="directory to record messages into")
    sink.add_argument("--host", default="127.0.0.1")
    sink.add_argument("--port", type=int, required=True)
    sink.add_argument("--detach", action="store_true", help="daemonise (needs the two below)")
    sink.add_argument("--pid-file")
    sink.add_argument("--log-file")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Parse arguments, run one command, return its exit code."""
    args = build_parser().parse_args(argv)
    try:
        if args.command == "sink":
            return cmd_sink(args)
        testbed = Testbed.from_env()
        commands = {"start": cmd_start, "stop": cmd_stop, "status": cmd_status, "env": cmd_env}
        return commands[args.command](testbed)
    except TestbedError as exc:
        print(f"test bed: {exc}", file=sys.stderr)
        return EXIT_FAILED


if __name__ == "__main__":
    sys.exit(main())
