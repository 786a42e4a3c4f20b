"""`supportmail run`: the daemon, or with --once a single pass of every stage."""

import argparse
import sys

from supportmail.cli.common import add_config_option, config_from
from supportmail.daemon.logs import setup_logging
from supportmail.errors import EXIT_OK


def register(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    """Add `run` to the command line."""
    run = commands.add_parser("run", help="run the daemon (or one pass with --once)")
    add_config_option(run)
    run.add_argument("--once", action="store_true", help="one pass of every stage, then exit")
    run.add_argument("--log-format", choices=("text", "json"), help="override daemon.log_format")
    run.set_defaults(handler=run_command)


def _progress(done: int, total: int) -> None:
    if total >= 50:
        # Flushed: stderr is line-buffered and this line ends with no newline until the last.
        end = "" if done < total else "\n"
        print(f"\ringested {done}/{total}", end=end, file=sys.stderr, flush=True)


def run_command(args: argparse.Namespace) -> int:
    """Run the daemon, or one pass."""
    config = config_from(args)
    setup_logging(args.log_format or config.daemon.log_format, config.daemon.log_level)
    if args.once:
        # Forked before the pass's code is imported: it loads the readers meanwhile.
        parse_worker = None
        if config.imap.parse_worker:
            from supportmail.daemon.readerfork import fork_parse_worker

            parse_worker = fork_parse_worker()
        from supportmail.daemon.once import run_once

        report = run_once(config, progress=_progress, parse_worker=parse_worker)
        ingest, send = report.ingest, report.send
        counts: dict[str, int] = {}
        for outcome in ingest.outcomes:
            counts[outcome.disposition.value] = counts.get(outcome.disposition.value, 0) + 1
        summary = ", ".join(f"{n} {k}" for k, n in sorted(counts.items())) or "nothing new"
        print(f"ingested {len(ingest.outcomes)}: {summary}")
        print(f"escalations queued: {report.escalations}")
        print(
            f"mail sent {send.sent}, retrying {send.retry}, failed {send.failed}"
            + (f" (server unavailable: {send.unavailable})" if send.unavailable else "")
        )
        return EXIT_OK
    from supportmail.daemon.loop import run_daemon

    return run_daemon(config, config_path=args.config, log_format=args.log_format)
