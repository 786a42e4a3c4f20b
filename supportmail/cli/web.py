"""`supportmail web`: the read-only dashboard on its own, without the daemon.

Serves whether or not `web.enabled` is set (that key is the daemon's); `--host` and `--port`
override the config for this run. Runs until SIGINT or SIGTERM.
"""

import argparse
import dataclasses
import signal
import sys
import threading

from supportmail.cli.common import add_config_option, config_from
from supportmail.errors import EXIT_OK


def register(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    """Add `web` to the command line."""
    web = commands.add_parser("web", help="serve the read-only dashboard (without the daemon)")
    add_config_option(web)
    web.add_argument("--host", help="listen on this address instead of web.host")
    web.add_argument("--port", type=int, help="listen on this port instead of web.port (0: any)")
    web.set_defaults(handler=web_command)


def web_command(args: argparse.Namespace) -> int:
    """Serve the dashboard until interrupted."""
    from supportmail.clock import ScaledClock, clock_for
    from supportmail.daemon.logs import setup_logging
    from supportmail.desk import Desk
    from supportmail.web.server import WebServer

    config = config_from(args)
    setup_logging(config.daemon.log_format, config.daemon.log_level)
    web = config.web
    if args.host is not None:
        web = dataclasses.replace(web, host=args.host)
    if args.port is not None:
        web = dataclasses.replace(web, port=args.port)
    clock = clock_for(config)
    desk = Desk.from_config(config, scaled_clock=isinstance(clock, ScaledClock))
    server = WebServer(web, config.database_url, lambda: desk, clock.now)
    stop = threading.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda _sig, _frame: stop.set())
    server.start()
    print(f"dashboard at {server.url} (Ctrl-C stops it)", flush=True)
    try:
        stop.wait()
    finally:
        server.stop()
    print("dashboard stopped", file=sys.stderr)
    return EXIT_OK
