"""What goes in a digest, and when one is due (pure).

Two digests, both staff mail:
- daily, to each agent: their open tickets, overdue first, then soonest due, then those waiting
  for the customer; to the team address: the same for the unassigned tickets. Nothing to list,
  no mail: an empty digest teaches people to ignore the full ones.
- weekly, to the ladder's first two rungs: first-response compliance per priority for the seven
  days before the day it is sent, against the seven days before those; the week's breaches with
  what is known about each; the tickets at risk (due within `AT_RISK`); the busiest customers;
  and the priorities triage asked the team to confirm that nobody has.

A week's compliance counts the tickets whose first response fell due in that week: answered by
the due time is met; answered later, or still unanswered, is breached (so every counted ticket
has a verdict and last week's figures do not move afterwards). A ticket closed unanswered before
it fell due has no verdict and is not counted.

When: a `Schedule` names weekdays, a local time and a zone. A digest is due at the latest
scheduled moment not after `now`, unless that moment is more than its kind's grace ago (a
desk down all morning does not send the "morning" digest in the evening). Its period ("daily
2026-03-02", "weekly 2026-W10": the local date or ISO week) is what is sent once.
"""

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta, tzinfo
from typing import Literal
from zoneinfo import ZoneInfo

from supportmail.core.types import Priority

Kind = Literal["daily", "weekly"]
KINDS: tuple[Kind, ...] = ("daily", "weekly")
# How late a digest may still go out after its scheduled moment (downtime, a late start).
GRACE: dict[Kind, timedelta] = {"daily": timedelta(hours=6), "weekly": timedelta(hours=24)}
AT_RISK = timedelta(hours=24)  # weekly: open tickets due within this are "at risk"
WEEK = timedelta(days=7)
BUSIEST = 5  # weekly: how many customers are listed
# Mail domains shared by unrelated people: their customers are counted per address.
PUBLIC_MAIL_DOMAINS = frozenset(
    {
        "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "live.com", "msn.com",
        "yahoo.com", "ymail.com", "icloud.com", "me.com", "mac.com", "aol.com", "gmx.de",
        "gmx.net", "gmx.at", "gmx.ch", "web.de", "t-online.de", "proton.me", "protonmail.com",
        "mail.com", "yandex.ru", "orange.fr", "free.fr", "laposte.net", "libero.it", "qq.com",
        "163.com", "zoho.com", "fastmail.com",
    }
)  # fmt: skip


def zone_info(zone: str) -> tzinfo:
    """The tzinfo of an IANA zone name ("UTC" included)."""
    return UTC if zone == "UTC" else ZoneInfo(zone)


@dataclass(frozen=True, slots=True)
class Schedule:
    """When one recipient gets one kind of digest: on these weekdays (0 is Monday), at this
    local time, in this zone (an IANA name)."""

    days: frozenset[int]
    at: time
    zone: str = "UTC"


def latest_moment(schedule: Schedule, now: datetime) -> datetime | None:
    """The latest scheduled moment at or before `now` (within a week), in UTC."""
    if not schedule.days:
        return None
    zone = zone_info(schedule.zone)
    today = now.astimezone(zone).date()
    for back in range(8):
        day = today - timedelta(days=back)
        if day.weekday() not in schedule.days:
            continue
        # combine() with the zone resolves the wall-clock time of that very day (DST-safe).
        moment = datetime.combine(day, schedule.at, tzinfo=zone).astimezone(UTC)
        if moment <= now:
            return moment
    return None


def period_of(kind: Kind, moment: datetime, zone: str) -> str:
    """The period a digest sent for `moment` covers: its local date, or its ISO week."""
    local = moment.astimezone(zone_info(zone)).date()
    if kind == "daily":
        return local.isoformat()
    year, week, _ = local.isocalendar()
    return f"{year}-W{week:02d}"


@dataclass(frozen=True, slots=True)
class Due:
    """A digest due now: its kind, the scheduled moment it is for, and its period."""

    kind: Kind
    moment: datetime
    period: str


def due_digest(kind: Kind, schedule: Schedule, now: datetime) -> Due | None:
    """The digest of `kind` due at `now` under `schedule`, or None (not yet, or too late)."""
    moment = latest_moment(schedule, now)
    if moment is None or now - moment > GRACE[kind]:
        return None
    return Due(kind, moment, period_of(kind, moment, schedule.zone))


@dataclass(frozen=True, slots=True)
class DigestTicket:
    """What a digest shows of one ticket (gathered by the shell from the database)."""

    number: int
    subject: str
    requester: str
    requester_name: str
    customer: str | None  # the configured customer's name; None: not a known customer
    priority: str
    status: str  # open | closed
    assignee: str | None
    received_at: datetime
    response_due: datetime | None  # the current response's due time; None: answered
    first_response_due: datetime
    first_response_at: datetime | None
    closed_at: datetime | None = None
    escalation_level: int = 0
    priority_unconfirmed: bool = False  # triage asked the team to confirm; nobody has
    priority_set_by: str | None = None  # who set the priority with #priority, if anyone


def customer_key(ticket: DigestTicket) -> str:
    """Whom a ticket counts for among the busiest customers: the configured customer, else the
    sender's domain, else (a public mail domain) the sender."""
    if ticket.customer:
        return ticket.customer
    domain = ticket.requester.rpartition("@")[2].lower()
    return ticket.requester.lower() if domain in PUBLIC_MAIL_DOMAINS or not domain else domain


# -- daily ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DailyDigest:
    """One recipient's open tickets: overdue, due later (soonest first), waiting for the
    customer (answered, newest first). `team`: the team's unassigned tickets."""

    recipient: str
    team: bool
    overdue: tuple[DigestTicket, ...]
    upcoming: tuple[DigestTicket, ...]
    waiting: tuple[DigestTicket, ...]

    @property
    def count(self) -> int:
        """How many tickets the digest lists."""
        return len(self.overdue) + len(self.upcoming) + len(self.waiting)

    @property
    def empty(self) -> bool:
        """Nothing to list: no mail is sent."""
        return self.count == 0


def daily_digest(
    recipient: str, tickets: Iterable[DigestTicket], now: datetime, *, team: bool = False
) -> DailyDigest:
    """Sort `tickets` (the recipient's open ones) into the daily digest's three lists."""
    overdue: list[DigestTicket] = []
    upcoming: list[DigestTicket] = []
    waiting: list[DigestTicket] = []
    for ticket in tickets:
        if ticket.status != "open":
            continue
        if ticket.response_due is None:
            waiting.append(ticket)
        elif ticket.response_due <= now:
            overdue.append(ticket)
        else:
            upcoming.append(ticket)

    def by_due(t: DigestTicket) -> tuple[datetime, int, int]:
        assert t.response_due is not None
        return (t.response_due, _urgency(t.priority), t.number)

    waiting.sort(key=lambda t: (t.received_at, t.number), reverse=True)
    return DailyDigest(
        recipient,
        team,
        tuple(sorted(overdue, key=by_due)),
        tuple(sorted(upcoming, key=by_due)),
        tuple(waiting),
    )


def _urgency(priority: str) -> int:
    return [p.value for p in Priority].index(priority) if priority in Priority.__members__ else 9


# -- weekly -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Compliance:
    """First responses of one priority (or "all") in one week: met and breached."""

    priority: str
    met: int = 0
    breached: int = 0

    @property
    def judged(self) -> int:
        """Tickets with a verdict."""
        return self.met + self.breached

    @property
    def percent(self) -> float | None:
        """Share met, 0-100; None when no ticket fell due."""
        return None if self.judged == 0 else 100.0 * self.met / self.judged


def verdict(ticket: DigestTicket, start: datetime, end: datetime) -> bool | None:
    """True (met), False (breached) or None (not judged in [start, end)) for a first response."""
    due = ticket.first_response_due
    if not start <= due < end:
        return None
    answered = ticket.first_response_at
    if answered is not None and answered <= due:
        return True
    if answered is None and ticket.closed_at is not None and ticket.closed_at <= due:
        return None  # closed unanswered before it fell due (spam, "never mind"): no promise broken
    return False


def compliance(
    tickets: Iterable[DigestTicket], start: datetime, end: datetime
) -> tuple[Compliance, ...]:
    """Per priority P0..P3, then "all": the week [start, end)'s first-response verdicts."""
    met: Counter[str] = Counter()
    breached: Counter[str] = Counter()
    for ticket in tickets:
        outcome = verdict(ticket, start, end)
        if outcome is None:
            continue
        (met if outcome else breached)[ticket.priority] += 1
    rows = [Compliance(p.value, met[p.value], breached[p.value]) for p in Priority]
    rows.append(Compliance("all", sum(met.values()), sum(breached.values())))
    return tuple(rows)


def change_points(now: Compliance, before: Compliance) -> float | None:
    """The change in percentage points from `before` to `now`; None when either has no verdict."""
    if now.percent is None or before.percent is None:
        return None
    return now.percent - before.percent


@dataclass(frozen=True, slots=True)
class Breach:
    """A first response missed in the week: the ticket, by how long, and (when answered) when."""

    ticket: DigestTicket
    late_by: timedelta
    answered: bool


@dataclass(frozen=True, slots=True)
class Busy:
    """One customer's tickets received this week and the week before, and this week's breaches."""

    customer: str
    tickets: int
    previous: int
    breached: int


@dataclass(frozen=True, slots=True)
class WeeklyDigest:
    """The week [start, end) for the ladder's managers (see the module docstring)."""

    recipient: str
    start: datetime
    end: datetime
    this_week: tuple[Compliance, ...]
    previous_week: tuple[Compliance, ...]
    breaches: tuple[Breach, ...]
    at_risk: tuple[DigestTicket, ...]
    busiest: tuple[Busy, ...]
    unconfirmed: tuple[DigestTicket, ...]
    received: int  # tickets received in the week
    open_now: int  # tickets open at `now`


def week_before(moment: datetime, zone: str) -> tuple[datetime, datetime]:
    """The seven days before the local day of `moment`: [start, end) in UTC."""
    info = zone_info(zone)
    end_day = moment.astimezone(info).date()
    end = datetime.combine(end_day, time(0), tzinfo=info)
    start = datetime.combine(end_day - WEEK, time(0), tzinfo=info)
    return start.astimezone(UTC), end.astimezone(UTC)


def weekly_digest(
    recipient: str,
    tickets: Sequence[DigestTicket],
    start: datetime,
    end: datetime,
    now: datetime,
) -> WeeklyDigest:
    """The weekly digest from every ticket that may matter (due, received or open in the two
    weeks before `end`, or open now)."""
    before = start - WEEK
    breaches = []
    for ticket in tickets:
        if verdict(ticket, start, end) is False:
            answered = ticket.first_response_at
            late = (answered or now) - ticket.first_response_due
            breaches.append(Breach(ticket, late, answered is not None))
    # Unanswered first, then the latest: what still hurts comes first.
    breaches.sort(key=lambda b: (b.answered, -b.late_by.total_seconds(), b.ticket.number))
    open_now = [t for t in tickets if t.status == "open"]
    at_risk = sorted(
        (
            t
            for t in open_now
            if t.response_due is not None and now < t.response_due <= now + AT_RISK
        ),
        key=lambda t: (t.response_due or now, t.number),
    )
    unconfirmed = sorted(
        (t for t in open_now if t.priority_unconfirmed), key=lambda t: (t.received_at, t.number)
    )
    return WeeklyDigest(
        recipient=recipient,
        start=start,
        end=end,
        this_week=compliance(tickets, start, end),
        previous_week=compliance(tickets, before, start),
        breaches=tuple(breaches),
        at_risk=tuple(at_risk),
        busiest=busiest_customers(tickets, start, end, breaches),
        unconfirmed=tuple(unconfirmed),
        received=sum(1 for t in tickets if start <= t.received_at < end),
        open_now=len(open_now),
    )


def busiest_customers(
    tickets: Iterable[DigestTicket],
    start: datetime,
    end: datetime,
    breaches: Iterable[Breach] = (),
    limit: int = BUSIEST,
) -> tuple[Busy, ...]:
    """The customers with the most tickets received in [start, end) (ties: by name)."""
    this: Counter[str] = Counter()
    previous: Counter[str] = Counter()
    for ticket in tickets:
        if start <= ticket.received_at < end:
            this[customer_key(ticket)] += 1
        elif start - WEEK <= ticket.received_at < start:
            previous[customer_key(ticket)] += 1
    late = Counter(customer_key(b.ticket) for b in breaches)
    ranked = sorted(this.items(), key=lambda item: (-item[1], item[0]))[:limit]
    return tuple(Busy(name, n, previous[name], late[name]) for name, n in ranked)
