"""What the configuration holds: frozen, typed sections (read and checked by `config`)."""

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from supportmail.config.digests import AnswersConfig, DigestConfig
from supportmail.config.reader import Secret
from supportmail.core.sla import DEFAULT_WINDOW_HOURS, BusinessCalendar
from supportmail.core.types import Priority

TLS_MODES = ("implicit", "starttls", "none")
LOG_FORMATS = ("text", "json")
LOG_LEVELS = ("debug", "info", "warning", "error")
PRIORITY_NAMES = tuple(p.value for p in Priority)

_MEANINGS: dict[Priority, str] = {
    Priority.P0: "production unavailable; all customers blocked, productivity halted",
    Priority.P1: "available, but functionality or performance severely impaired",
    Priority.P2: "usable with partial, noncritical loss; occasional issue; admin-task help",
    Priority.P3: "cosmetic; requests for general information, docs, processes",
}
# Each priority's meaning and window (hours: the SLA clock's own defaults, `core.sla`).
DEFAULT_PRIORITIES: dict[Priority, tuple[str, float]] = {
    priority: (meaning, DEFAULT_WINDOW_HOURS[priority]) for priority, meaning in _MEANINGS.items()
}


@dataclass(frozen=True)
class Folders:
    """IMAP folders: where mail arrives, where it goes when done, where bad mail is kept."""

    inbox: str = "INBOX"
    processed: str = "supportmail/processed"
    quarantine: str = "supportmail/quarantine"
    spam: str = "supportmail/spam"


@dataclass(frozen=True)
class OAuth2:
    """Where an XOAUTH2 access token comes from: a command printing it, or a file holding it."""

    token_command: str | None = None
    token_file: Path | None = None
    refresh_seconds: int = 3000


@dataclass(frozen=True)
class ImapConfig:
    """How to reach and read the support mailbox."""

    host: str
    port: int
    tls: str
    username: str
    password: Secret | None
    auth: str
    oauth2: OAuth2
    folders: Folders
    batch_size: int = 200
    idle: bool = True
    timeout: float = 30.0
    ca_file: Path | None = None  # trust this CA too (a private CA); None: the system's CAs
    parse_worker: bool = True  # parse a backlog in a worker process, one batch ahead


@dataclass(frozen=True)
class SmtpConfig:
    """How to send mail."""

    host: str
    port: int
    tls: str
    username: str | None
    password: Secret | None
    auth: str
    oauth2: OAuth2
    timeout: float = 30.0
    give_up_hours: float = 48.0
    ca_file: Path | None = None
    # Connections the outbox sends over at once: a backlog goes out at the relay's pace, not at
    # one connection's round trips. 4 suits a real relay (most take 10 or more per client).
    connections: int = 4
    # `run --once`: a backlog's mail is sent from a worker process beside the ingest (a 2nd core).
    send_worker: bool = True


@dataclass(frozen=True)
class SupportConfig:
    """Who we are, who the agents are, and the limits on automatic mail."""

    address: str
    name: str
    aliases: tuple[str, ...]
    agents: tuple[str, ...]
    agent_domains: tuple[str, ...]
    team_address: str
    oncall_address: str | None
    reply_token_key: Secret | None
    tag_format: str = "[#{number}]"
    # A reply address stops proving anything this many days after its ticket closed.
    reply_token_days_after_close: float = 30.0
    authserv_id: str | None = None
    receiving_hosts: tuple[str, ...] = ()  # our MX hosts: spam verdicts are read above them
    ack_window_minutes: int = 60
    ack_max_per_window: int = 10  # acks per sender per window; over it: one summary later
    ack_max_per_day: int = 30
    breaker_tickets: int = 10
    breaker_minutes: int = 10
    # New tickets from one domain within breaker_minutes: high, because many people of one
    # customer write at once when something breaks for all of them.
    breaker_domain_tickets: int = 50
    breaker_exempt_domains: tuple[str, ...] = ()  # domains never broken as a whole
    reopen_days: int = 14
    # A person writing from a no-reply mailbox is the Reply-To's (core.requester): "never",
    # "same-organisation" (Reply-To in the From's domain) or "any-domain" (web forms).
    follow_reply_to: str = "same-organisation"
    next_response_clock: bool = True
    forward_attachments_mb: float = 10.0  # the customer's files, attached to the team's notice
    language: str = "en"  # customers whose language is neither configured nor detected
    timezone: str = "UTC"  # customers whose zone is neither configured nor in their Date:
    team_language: str = "en"  # staff mail (notifications, escalations, pages)

    @property
    def domain(self) -> str:
        """The support address's domain, used for our Message-IDs and reply addresses."""
        return self.address.rpartition("@")[2]

    @property
    def message_id_domain(self) -> str:
        """The right-hand side of our Message-IDs: a name no mail client of ours uses.

        Agents of the same company may send Message-IDs in the support domain (Apple Mail
        does); a dedicated subdomain lets "this Message-ID is ours" mean exactly that.
        """
        return f"supportmail.{self.domain}"

    @property
    def own_addresses(self) -> frozenset[str]:
        """Every address that is us: mail from it is a loop, never a participant."""
        return frozenset({self.address, self.team_address, *self.aliases})


@dataclass(frozen=True)
class PriorityLevel:
    """One priority's meaning and first-response window."""

    priority: Priority
    meaning: str
    hours: float
    calendar: BusinessCalendar | None = None  # None: calendar hours, 24x7


@dataclass(frozen=True)
class EscalationLevel:
    """One rung of the escalation ladder."""

    number: int
    name: str
    address: str
    offset: float


@dataclass(frozen=True)
class Tier:
    """What a customer's position does to a ticket's priority."""

    name: str
    floor: Priority | None = None
    raise_levels: int = 0


@dataclass(frozen=True)
class Customer:
    """A customer known by mail domain."""

    domain: str
    name: str
    tier: str | None
    csm: str | None
    language: str | None = None  # answer this customer's people in this language
    timezone: str | None = None  # and show them times in this IANA zone


@dataclass(frozen=True)
class Preference:
    """How one customer address is written to, when configured: language and time zone."""

    language: str | None = None
    timezone: str | None = None


@dataclass(frozen=True)
class DaemonConfig:
    """How the daemon runs."""

    poll_interval: float = 60.0
    listen: str | None = "127.0.0.1:9465"
    log_format: str = "text"
    log_level: str = "info"
    data_dir: Path = Path(".")


@dataclass(frozen=True)
class WebConfig:
    """The read-only dashboard: where it listens and who may read it besides loopback."""

    enabled: bool = False  # served by the daemon; `supportmail web` serves it regardless
    host: str = "127.0.0.1"
    port: int = 9466  # 0: any free port (said at start)
    # "name:password" lines: HTTP Basic for clients not on loopback (None: refused).
    password_file: Path | None = None
    # A reverse proxy at this address that has authenticated the user and names them in
    # `proxy_header`: its requests are let in with that header, and refused without it.
    trusted_proxy: str | None = None
    proxy_header: str = "X-Forwarded-User"
    # Host names the dashboard answers to besides loopback names and `host` (DNS rebinding).
    server_names: tuple[str, ...] = ()


@dataclass(frozen=True)
class DemoConfig:
    """Demo-only settings; refused unless `demo.enabled` is true and IMAP is on loopback."""

    enabled: bool = False
    time_scale: float = 1.0
    # The wall moment demo time starts from, shared by every process of one demo (UTC).
    epoch: datetime | None = None


@dataclass(frozen=True)
class Config:
    """The whole, validated configuration."""

    imap: ImapConfig
    smtp: SmtpConfig
    support: SupportConfig
    priorities: dict[Priority, PriorityLevel]
    default_priority: Priority
    escalation: tuple[EscalationLevel, ...]
    warn_at: float
    customers: dict[str, Customer]
    tiers: dict[str, Tier]
    triage_rules: tuple[Mapping[str, Any], ...]
    database_url: str
    daemon: DaemonConfig
    demo: DemoConfig
    source: Path | None = None
    env_keys: frozenset[str] = field(default_factory=frozenset)
    people: dict[str, Preference] = field(default_factory=dict)  # [customers."a@b.example"]
    web: WebConfig = field(default_factory=WebConfig)
    digests: DigestConfig = field(default_factory=DigestConfig)
    answers: AnswersConfig = field(default_factory=AnswersConfig)

    def preference_for(self, address: str) -> Preference:
        """The configured language and zone for `address`: its own entry first, then its
        customer domain's, each key on its own (unset keys are None)."""
        own = self.people.get(address.lower(), Preference())
        customer = self.customer_for(address)
        return Preference(
            language=own.language or (customer.language if customer else None),
            timezone=own.timezone or (customer.timezone if customer else None),
        )

    def window_hours(self, priority: Priority) -> float:
        """The first-response window of `priority`, in hours."""
        return self.priorities[priority].hours

    def calendar_for(self, priority: Priority) -> BusinessCalendar | None:
        """The business-hours calendar `priority` counts in, or None for 24x7."""
        return self.priorities[priority].calendar

    def customer_for(self, address: str) -> Customer | None:
        """The customer whose domain (or a parent domain) matches `address`."""
        domain = address.rpartition("@")[2].lower()
        while domain:
            if domain in self.customers:
                return self.customers[domain]
            domain = domain.partition(".")[2]
        return None
