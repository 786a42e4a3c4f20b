"""The configuration: read once from TOML plus SUPPORTMAIL__* variables, validated strictly.

`load_config` returns a frozen `Config` (the types: `configtypes`) or raises `ConfigError`
carrying every problem at once, each a line that names the key path. Secrets come only from the
environment or from files.
"""

import ipaddress
import os
import tomllib
from collections.abc import Mapping
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from supportmail.config.digests import read_answers, read_digests
from supportmail.config.reader import (
    Secret,
    TableReader,
    apply_env_overrides,
    check_address,
    describe,
)
from supportmail.config.sections import (
    DEFAULT_PRIORITIES,
    LOG_FORMATS,
    LOG_LEVELS,
    PRIORITY_NAMES,
    TLS_MODES,
    Config,
    Customer,
    DaemonConfig,
    DemoConfig,
    EscalationLevel,
    Folders,
    ImapConfig,
    OAuth2,
    Preference,
    PriorityLevel,
    SmtpConfig,
    SupportConfig,
    Tier,
    WebConfig,
)
from supportmail.core.ladder import DEFAULT_LEVELS, DEFAULT_WARN_AT, policy_problems
from supportmail.core.requester import FOLLOW_REPLY_TO
from supportmail.core.sla import BusinessCalendar
from supportmail.core.types import Priority
from supportmail.errors import ConfigError
from supportmail.templates import customer_languages, team_languages

# The types are part of this module's interface: callers import them from here.
__all__ = [
    "DEFAULT_LEVELS",
    "DEFAULT_PRIORITIES",
    "Config",
    "ConfigError",
    "Customer",
    "DaemonConfig",
    "DemoConfig",
    "EscalationLevel",
    "Folders",
    "ImapConfig",
    "OAuth2",
    "PriorityLevel",
    "SmtpConfig",
    "SupportConfig",
    "Tier",
    "load_config",
]


def load_config(path: Path | None, environ: Mapping[str, str] | None = None) -> Config:
    """Read, merge and validate the config; raise ConfigError listing every problem."""
    environ = os.environ if environ is None else environ
    problems: list[str] = []
    data: dict[str, Any] = {}
    if path is not None:
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise ConfigError([f"{path}: no such file"]) from None
        except OSError as exc:
            raise ConfigError([f"{path}: cannot read: {exc.strerror or exc}"]) from None
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError([f"{path}: not valid TOML: {exc}"]) from None
        except UnicodeDecodeError:
            raise ConfigError([f"{path}: not UTF-8 text"]) from None
    from_env = apply_env_overrides(data, environ, problems)
    base_dir = path.resolve().parent if path is not None else Path.cwd()
    root = TableReader(data, "", problems, from_env, base_dir)
    config = _read_config(root, base_dir, path, from_env)
    root.finish()
    if problems or config is None:
        raise ConfigError(problems)
    return config


def _read_config(
    root: TableReader, base_dir: Path, path: Path | None, from_env: frozenset[str]
) -> Config | None:
    imap = _read_imap(root.table("imap", required=True))
    smtp = _read_smtp(root.table("smtp", required=True))
    support = _read_support(root.table("support", required=True))
    calendars = _read_calendars(root.table("calendars"))
    priorities, default_priority = _read_priorities(root.table("priorities"), calendars)
    escalation, warn_at = _read_escalation(root.table("escalation"))
    tiers = _read_tiers(root.table("tiers"))
    people: dict[str, Preference] = {}
    customers = _read_customers(root.table("customers"), tiers, people)
    triage = _read_triage(root.table("triage"))
    db = root.table("database")
    database_url = db.string("url", f"sqlite:///{base_dir / 'supportmail.sqlite3'}")
    db.finish()
    daemon = _read_daemon(root.table("daemon"), base_dir)
    demo = _read_demo(root.table("demo"), imap)
    web = _read_web(root.table("web"))
    digests = read_digests(root.table("digests"))
    answers = read_answers(root.table("answers"))
    if root.problems:
        return None
    assert imap is not None and smtp is not None and support is not None
    return Config(
        imap=imap,
        smtp=smtp,
        support=support,
        priorities=priorities,
        default_priority=default_priority,
        escalation=escalation,
        warn_at=warn_at,
        customers=customers,
        people=people,
        tiers=tiers,
        triage_rules=triage,
        database_url=database_url,
        daemon=daemon,
        demo=demo,
        web=web,
        digests=digests,
        answers=answers,
        source=path,
        env_keys=from_env,
    )


def _read_oauth2(t: TableReader) -> OAuth2:
    token_file = t.string("token_file", None)
    oauth = OAuth2(
        token_command=t.string("token_command", None),
        token_file=t.resolve_path(token_file) if isinstance(token_file, str) else None,
        refresh_seconds=t.integer("refresh_seconds", 3000, low=60),
    )
    t.secret("client_secret")  # read by the token command's own config; refused in the file
    t.finish()
    return oauth


def _read_auth(t: TableReader, allowed: tuple[str, ...]) -> tuple[str, Secret | None, OAuth2]:
    auth = t.string("auth", "password", choices=allowed)
    password = t.secret("password", required=(auth == "password"))
    oauth = _read_oauth2(t.table("oauth2"))
    if auth == "xoauth2" and oauth.token_command is None and oauth.token_file is None:
        t.problem("oauth2", 'auth = "xoauth2" needs token_command or token_file')
    return auth, password, oauth


def _read_imap(t: TableReader) -> ImapConfig | None:
    host = t.string("host")
    tls = t.string("tls", "implicit", choices=TLS_MODES)
    port = t.integer("port", 993 if tls == "implicit" else 143, low=1, high=65535)
    username = t.string("username")
    auth, password, oauth = _read_auth(t, ("password", "xoauth2"))
    f = t.table("folders")
    folders = Folders(
        inbox=f.string("inbox", "INBOX"),
        processed=f.string("processed", "supportmail/processed"),
        quarantine=f.string("quarantine", "supportmail/quarantine"),
        spam=f.string("spam", "supportmail/spam"),
    )
    f.finish()
    batch = t.integer("batch_size", 200, low=1, high=5000)
    idle = t.boolean("idle", True)
    timeout = t.number("timeout", 30.0, low=1)
    ca_file = _ca_file(t)
    parse_worker = t.boolean("parse_worker", True)
    t.finish()
    if not isinstance(host, str) or not isinstance(username, str):
        return None
    return ImapConfig(
        host,
        port,
        tls,
        username,
        password,
        auth,
        oauth,
        folders,
        batch,
        idle,
        timeout,
        ca_file,
        parse_worker,
    )


def _ca_file(t: TableReader) -> Path | None:
    raw = t.string("ca_file", None)
    if not isinstance(raw, str):
        return None
    path = t.resolve_path(raw)
    if not path.is_file():
        t.problem("ca_file", f"no such file: {path}")
    return path


def _read_smtp(t: TableReader) -> SmtpConfig | None:
    host = t.string("host")
    tls = t.string("tls", "implicit", choices=TLS_MODES)
    port = t.integer("port", 465 if tls == "implicit" else 587, low=1, high=65535)
    username = t.string("username", None)
    auth = t.string(
        "auth", "password" if username else "none", choices=("password", "xoauth2", "none")
    )
    password = t.secret("password", required=(auth == "password"))
    oauth = _read_oauth2(t.table("oauth2"))
    if auth != "none" and username is None:
        t.problem("username", f'is required with auth = "{auth}"')
    timeout = t.number("timeout", 30.0, low=1)
    give_up = t.number("give_up_hours", 48.0, low=0.01)
    ca_file = _ca_file(t)
    connections = t.integer("connections", 4, low=1, high=64)
    send_worker = t.boolean("send_worker", True)
    t.finish()
    if not isinstance(host, str):
        return None
    return SmtpConfig(
        host,
        port,
        tls,
        username,
        password,
        auth,
        oauth,
        timeout,
        give_up,
        ca_file,
        connections,
        send_worker,
    )


def _read_support(t: TableReader) -> SupportConfig | None:
    address = t.address("address")
    team = t.address("team_address")
    support = SupportConfig(
        address=address,
        name=t.string("name", "Houseware Support"),
        aliases=t.addresses("aliases", ()),
        agents=t.addresses("agents", ()),
        agent_domains=tuple(d.lower() for d in t.strings("agent_domains", ()) or ()),
        team_address=team,
        oncall_address=t.address("oncall_address", None),
        reply_token_key=t.secret("reply_token_key", required=True),
        tag_format=t.string("tag_format", "[#{number}]"),
        reply_token_days_after_close=t.number("reply_token_days_after_close", 30.0, low=0),
        authserv_id=t.string("authserv_id", None),
        receiving_hosts=tuple(h.lower() for h in t.strings("receiving_hosts", ()) or ()),
        ack_window_minutes=t.integer("ack_window_minutes", 60, low=0),
        ack_max_per_window=t.integer("ack_max_per_window", 10, low=1),
        ack_max_per_day=t.integer("ack_max_per_day", 30, low=0),
        breaker_tickets=t.integer("breaker_tickets", 10, low=1),
        breaker_minutes=t.integer("breaker_minutes", 10, low=1),
        breaker_domain_tickets=t.integer("breaker_domain_tickets", 50, low=1),
        breaker_exempt_domains=tuple(
            d.lower() for d in t.strings("breaker_exempt_domains", ()) or ()
        ),
        reopen_days=t.integer("reopen_days", 14, low=0),
        follow_reply_to=t.string("follow_reply_to", "same-organisation", choices=FOLLOW_REPLY_TO),
        next_response_clock=t.boolean("next_response_clock", True),
        forward_attachments_mb=t.number("forward_attachments_mb", 10.0, low=0),
        language=t.string("language", "en", choices=customer_languages()),
        timezone=_zone(t, "timezone", "UTC"),
        team_language=t.string("team_language", "en", choices=team_languages()),
    )
    if isinstance(support.tag_format, str) and "{number}" not in support.tag_format:
        t.problem("tag_format", f"must contain {{number}}, got {describe(support.tag_format)}")
    if not support.agents and not support.agent_domains:
        t.problem("agents", "name at least one agent address or agent_domains")
    t.finish()
    if address is None or team is None:
        return None
    return support


def _read_priorities(
    t: TableReader, calendars: dict[str, BusinessCalendar]
) -> tuple[dict[Priority, PriorityLevel], Priority]:
    levels: dict[Priority, PriorityLevel] = {}
    for priority, (meaning, hours) in DEFAULT_PRIORITIES.items():
        p = t.table(priority.value)
        name = p.string("calendar", None)
        if isinstance(name, str) and name not in calendars:
            known = ", ".join(sorted(calendars)) or "none defined"
            p.problem("calendar", f"unknown calendar {describe(name)} (calendars: {known})")
        levels[priority] = PriorityLevel(
            priority,
            p.string("meaning", meaning),
            p.number("hours", hours, low=0.01),
            calendars.get(name) if isinstance(name, str) else None,
        )
        p.finish()
    default = t.string("default", "P2", choices=PRIORITY_NAMES)
    t.finish()
    return levels, Priority(default)


WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def _read_calendars(t: TableReader) -> dict[str, BusinessCalendar]:
    """[calendars.NAME]: business hours a priority's window may count in instead of 24x7."""
    calendars: dict[str, BusinessCalendar] = {}
    for name in list(t.data):
        c = t.table(name)
        zone = c.string("timezone")
        days = c.strings("workdays", ("mon", "tue", "wed", "thu", "fri"))
        start, end = c.string("start", "09:00"), c.string("end", "17:00")
        holidays = c.strings("holidays", ())
        c.finish()
        try:
            workdays = frozenset(WEEKDAYS.index(d.lower()[:3]) for d in days or ())
        except ValueError:
            c.problem("workdays", f'expected day names like "mon", got {list(days or ())}')
            continue
        try:
            calendars[name] = BusinessCalendar(
                timezone=str(zone),
                workdays=workdays,
                start=time.fromisoformat(str(start)),
                end=time.fromisoformat(str(end)),
                holidays=frozenset(date.fromisoformat(h) for h in holidays or ()),
            )
        except ValueError as exc:
            t.problem(name, str(exc))
    return calendars


def _read_escalation(t: TableReader) -> tuple[tuple[EscalationLevel, ...], float]:
    warn_at = t.number("warn_at", DEFAULT_WARN_AT, low=0.0, high=1.0)
    raw = t.get("levels", _as_list_of_tables, "a list of tables", None)
    levels: list[EscalationLevel] = []
    if raw is None:
        t.problem("levels", "is required: three [[escalation.levels]] with name, address, offset")
        raw = []
    for index, item in enumerate(raw):
        level = TableReader(item, f"{t.key('levels')}[{index}]", t.problems, t.from_env)
        default_name, default_offset = DEFAULT_LEVELS[min(index, len(DEFAULT_LEVELS) - 1)]
        levels.append(
            EscalationLevel(
                number=index + 1,
                name=level.string("name", default_name),
                address=level.address("address"),
                offset=level.number("offset", default_offset, low=0.0),
            )
        )
        level.finish()
    # The ladder's own checks (`core.ladder`), reported under the config's keys.
    for key, problem in policy_problems([lv.offset for lv in levels], warn_at):
        t.problem(key, problem)
    t.finish()
    return tuple(levels), warn_at


def _as_list_of_tables(value: Any) -> list[dict[str, Any]]:
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        raise TypeError
    return value


def _read_tiers(t: TableReader) -> dict[str, Tier]:
    tiers: dict[str, Tier] = {}
    for name in list(t.data):
        tier = t.table(name)
        # A tier never makes a P0 by itself: only the message (or a person) establishes an outage.
        floor = tier.string("floor", None, choices=PRIORITY_NAMES[1:])
        tiers[name] = Tier(
            name=name,
            floor=Priority(floor) if floor in PRIORITY_NAMES else None,
            raise_levels=tier.integer("raise_levels", 0, low=0, high=3),
        )
        tier.finish()
    return tiers


def _zone(t: TableReader, name: str, default: Any) -> Any:
    """An IANA time zone name such as "Europe/Berlin"."""
    zone = t.string(name, default)
    if isinstance(zone, str) and zone != "UTC":
        try:
            ZoneInfo(zone)
        except (ZoneInfoNotFoundError, ValueError):
            t.problem(name, f"unknown time zone {describe(zone)} (an IANA name like Europe/Berlin)")
            return default
    return zone


def _read_people(t: TableReader, people: dict[str, Preference]) -> None:
    """[customers."someone@acme.example"]: one person's language and zone, nothing else."""
    for address in [key for key in t.data if "@" in key]:
        c = t.table(address)
        if check_address(address) is None:
            t.problem(address, "is not a valid mail address")
        people[address.lower()] = Preference(
            language=c.string("language", None, choices=customer_languages()),
            timezone=_zone(c, "timezone", None),
        )
        c.finish()


def _read_customers(
    t: TableReader, tiers: dict[str, Tier], people: dict[str, Preference]
) -> dict[str, Customer]:
    customers: dict[str, Customer] = {}
    _read_people(t, people)
    for domain in [key for key in t.data if "@" not in key]:
        c = t.table(domain)
        if check_address(f"postmaster@{domain}") is None:
            t.problem(domain, "is not a valid mail domain")
        tier = c.string("tier", None)
        if isinstance(tier, str) and tier not in tiers:
            known = ", ".join(sorted(tiers)) or "none defined"
            c.problem("tier", f"unknown tier {describe(tier)} (tiers: {known})")
        customers[domain.lower()] = Customer(
            domain=domain.lower(),
            name=c.string("name", domain),
            tier=tier,
            csm=c.address("csm", None),
            language=c.string("language", None, choices=customer_languages()),
            timezone=_zone(c, "timezone", None),
        )
        c.finish()
    return customers


def _read_triage(t: TableReader) -> tuple[Mapping[str, Any], ...]:
    rules = t.get("rules", _as_list_of_tables, "a list of tables", [])
    t.finish()
    return tuple(rules or ())


def _read_daemon(t: TableReader, base_dir: Path) -> DaemonConfig:
    listen = t.string("listen", "127.0.0.1:9465")
    if isinstance(listen, str) and listen:
        host, sep, port = listen.rpartition(":")
        if not sep or not host or not port.isdigit() or not 0 < int(port) < 65536:
            t.problem(
                "listen", f'expected "host:port" or "" to turn it off, got {describe(listen)}'
            )
    data_dir = t.string("data_dir", ".")
    daemon = DaemonConfig(
        poll_interval=t.number("poll_interval", 60.0, low=0.1),
        listen=listen or None,
        log_format=t.string("log_format", "text", choices=LOG_FORMATS),
        log_level=t.string("log_level", "info", choices=LOG_LEVELS),
        data_dir=t.resolve_path(data_dir if isinstance(data_dir, str) else "."),
    )
    t.finish()
    return daemon


def _read_web(t: TableReader) -> WebConfig:
    defaults = WebConfig()
    host, proxy = t.string("host", defaults.host), t.string("trusted_proxy", None)
    for key, value in (("host", host), ("trusted_proxy", proxy)):
        if isinstance(value, str) and not _is_ip(value):
            t.problem(key, f"expected an IP address, got {describe(value)}")
    password_file = t.string("password_file", None)
    header = t.string("proxy_header", defaults.proxy_header)
    if isinstance(header, str) and not header.replace("-", "").isalnum():
        t.problem("proxy_header", f"expected an HTTP header name, got {describe(header)}")
    web = WebConfig(
        enabled=t.boolean("enabled", False),
        host=host,
        port=t.integer("port", defaults.port, low=0, high=65535),
        password_file=t.resolve_path(password_file) if isinstance(password_file, str) else None,
        trusted_proxy=proxy,
        proxy_header=header,
        server_names=t.strings("server_names", ()),
    )
    t.finish()
    return web


def _is_ip(value: str) -> bool:
    try:
        ipaddress.ip_address(value)
    except ValueError:
        return False
    return True


def _read_demo(t: TableReader, imap: ImapConfig | None) -> DemoConfig:
    enabled = t.boolean("enabled", False)
    scale = t.number("time_scale", 1.0, low=1.0)
    if scale != 1.0 and not enabled:
        t.problem("time_scale", "compresses time for the demo only; it needs demo.enabled = true")
    if enabled and imap is not None and imap.host not in {"127.0.0.1", "localhost", "::1"}:
        t.problem(
            "enabled", f"the demo runs on loopback only, but imap.host is {describe(imap.host)}"
        )
    epoch = t.get("epoch", _aware_datetime, "a date and time with its offset", None)
    if epoch is not None and not enabled:
        t.problem("epoch", "sets the start of demo time; it needs demo.enabled = true")
    t.finish()
    return DemoConfig(enabled=enabled, time_scale=scale, epoch=epoch)


def _aware_datetime(value: Any) -> datetime:
    """A TOML offset date-time, or its ISO 8601 text (from the environment), in UTC."""
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(_text(value))
    if not isinstance(moment, datetime) or moment.tzinfo is None:
        raise ValueError("no offset")
    return moment.astimezone(UTC)


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError("not text")
    return value
