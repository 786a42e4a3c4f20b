"""What every command module shares: the -c option, loading the config, the handler type."""

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # loaded when a command reads its config, so `--help` stays fast
    from supportmail.config import Config

Handler = Callable[[argparse.Namespace], int]


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


def config_from(args: argparse.Namespace) -> "Config":
    """Load the config named by -c (raises ConfigError with every problem)."""
    from supportmail.config import load_config

    path: Path = args.config
    return load_config(path)
