"""Admin commands: check-config and db upgrade."""

import argparse
from typing import TYPE_CHECKING

from supportmail.cli.common import add_config_option, config_from
from supportmail.errors import EXIT_OK

if TYPE_CHECKING:
    from supportmail.config import Config


def register(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    """Add check-config and db to the command line."""
    check = commands.add_parser(
        "check-config", help="validate a config file and show what was understood"
    )
    add_config_option(check)
    check.set_defaults(handler=check_config)

    db = commands.add_parser("db", help="database schema")
    db_commands = db.add_subparsers(title="db commands", metavar="ACTION", required=True)
    up = db_commands.add_parser("upgrade", help="create or update the schema")
    add_config_option(up)
    up.set_defaults(handler=db_upgrade)


def safe_url(url: str) -> str:
    """The database URL with any password hidden (as SQLAlchemy shows it: `***`).

    Done by hand so `check-config` does not import SQLAlchemy for one string.
    """
    scheme, sep, rest = url.partition("://")
    if not sep:
        return url
    authority, slash, path = rest.partition("/")
    userinfo, at, host = authority.rpartition("@")
    if not at or ":" not in userinfo:
        return url
    user = userinfo.split(":", 1)[0]
    return f"{scheme}://{user}:***@{host}{slash}{path}"


def summarise(config: "Config") -> list[str]:
    """The lines `check-config` prints: what was understood, never a secret."""
    imap, smtp, support = config.imap, config.smtp, config.support
    windows = ", ".join(
        f"{p.value} {lv.hours:g} h" + (" (business hours)" if lv.calendar else "")
        for p, lv in config.priorities.items()
    )
    ladder = "; ".join(
        f"{lv.number} {lv.name} <{lv.address}> at {lv.offset:g}x" for lv in config.escalation
    )
    tiers = ", ".join(sorted(config.tiers)) or "none"
    listen = config.daemon.listen or "off"
    secrets = []
    for key in ("imap.password", "smtp.password", "support.reply_token_key"):
        section, name = key.split(".")
        obj = {"imap": imap, "smtp": smtp, "support": support}[section]
        if getattr(obj, name) is not None:
            origin = "environment" if key in config.env_keys else "file"
            secrets.append(f"{key} (from {origin})")
    lines = [
        f"IMAP       {imap.username} at {imap.host}:{imap.port} "
        f"(tls {imap.tls}, {imap.auth} auth), "
        f"{imap.folders.inbox} -> {imap.folders.processed}, quarantine {imap.folders.quarantine}",
        f"SMTP       {smtp.host}:{smtp.port} (tls {smtp.tls}, {smtp.auth} auth)",
        f"support    {support.name} <{support.address}>, team {support.team_address}, "
        f"{len(support.agents)} agent address(es), agent domains: "
        f"{', '.join(support.agent_domains) or 'none'}, on-call {support.oncall_address or 'off'}",
        f"windows    {windows}; default {config.default_priority.value}",
        f"ladder     {ladder}; warning at {config.warn_at:.0%} of the window",
        f"customers  {len(config.customers)} customer domain(s); tiers: {tiers}",
        f"triage     {len(config.triage_rules)} extra rule(s) before the built-in ones",
        f"database   {safe_url(config.database_url)}",
        f"daemon     poll every {config.daemon.poll_interval:g} s, health/metrics {listen}, "
        f"logs {config.daemon.log_format} at {config.daemon.log_level}",
        f"secrets    {', '.join(secrets) or 'none set'}",
    ]
    if config.demo.enabled:
        lines.append(f"demo       ON: time runs {config.demo.time_scale:g}x faster")
    return lines


def check_config(args: argparse.Namespace) -> int:
    """Validate the config; print a summary (exit 0) or every problem (exit 2)."""
    config = config_from(args)
    print(f"{args.config}: OK")
    for line in summarise(config):
        print(f"  {line}")
    return EXIT_OK


def db_upgrade(args: argparse.Namespace) -> int:
    """Create or update the database schema to the newest revision."""
    from supportmail.storage.database import make_engine, upgrade

    config = config_from(args)
    engine = make_engine(config.database_url)
    try:
        before, after = upgrade(engine)
    finally:
        engine.dispose()
    where = safe_url(config.database_url)
    if before == after:
        print(f"{where}: schema already at {after}")
    else:
        print(f"{where}: schema {before or 'empty'} -> {after}")
    return EXIT_OK
