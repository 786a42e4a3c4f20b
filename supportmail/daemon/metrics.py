"""Prometheus metrics: our own registry, the counters the daemon bumps, and gauges read from the DB.

Counters and the latency histogram live in the process (they restart at zero, as Prometheus
expects). Ticket, outbox and escalation figures are computed at scrape time from the database
with one GROUP BY each, so they are right after a restart and across several instances.
"""

import time
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, datetime

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest
from prometheus_client.core import GaugeMetricFamily, Metric
from prometheus_client.registry import Collector
from sqlalchemy import func
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from supportmail.inbound.imap import Fetched
from supportmail.inbound.process import Outcome
from supportmail.storage.tables import Outbox, Ticket

# INTERNALDATE has whole seconds, so buckets below a second mostly show its rounding.
LATENCY_BUCKETS = (0.25, 0.5, 1.0, 2.0, 5.0, 10.0, 30.0, 60.0, 300.0, 1800.0, 3600.0)


class DatabaseCollector(Collector):
    """Tickets by priority and status, outbox rows by state, escalations, SLA breaches."""

    def __init__(self, engine: Callable[[], Engine], now: Callable[[], datetime]) -> None:
        self._engine = engine
        self._now = now

    def collect(self) -> Iterable[Metric]:
        """Query the database (a few GROUP BYs) and yield the gauges."""
        tickets = GaugeMetricFamily(
            "supportmail_tickets", "Tickets by priority and status", labels=["priority", "status"]
        )
        outbox = GaugeMetricFamily(
            "supportmail_outbox_rows", "Outbox rows by state", labels=["state"]
        )
        escalations = GaugeMetricFamily(
            "supportmail_escalations", "Escalation mails ever queued, by level", labels=["level"]
        )
        breaches = GaugeMetricFamily(
            "supportmail_sla_breaches", "Open tickets whose response is overdue"
        )
        with Session(self._engine()) as session:
            for priority, status, n in session.exec(
                select(Ticket.priority, Ticket.status, func.count()).group_by(
                    col(Ticket.priority), col(Ticket.status)
                )
            ):
                tickets.add_metric([priority, status], n)
            for state, n in session.exec(
                select(Outbox.state, func.count()).group_by(col(Outbox.state))
            ):
                outbox.add_metric([state], n)
            for level, n in session.exec(
                select(Outbox.level, func.count())
                .where(Outbox.kind == "escalation")
                .group_by(col(Outbox.level))
            ):
                escalations.add_metric([str(level)], n)
            overdue = session.exec(
                select(func.count())
                .select_from(Ticket)
                .where(
                    Ticket.status == "open",
                    col(Ticket.response_due).is_not(None),
                    col(Ticket.response_due) < self._now(),
                )
            ).one()
            breaches.add_metric([], overdue)
        yield from (tickets, outbox, escalations, breaches)


class Metrics:
    """The daemon's registry and the metric objects it updates."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry(auto_describe=True)
        self.ingested = Counter(
            "supportmail_messages_ingested",
            "Messages ingested, by disposition",
            ["disposition"],
            registry=self.registry,
        )
        self.imap_reconnects = Counter(
            "supportmail_imap_reconnects",
            "IMAP connections made again after the first",
            registry=self.registry,
        )
        self.task_restarts = Counter(
            "supportmail_task_restarts",
            "Long-running daemon tasks that died and were restarted, by task",
            ["task"],
            registry=self.registry,
        )
        self.database_waits = Counter(
            "supportmail_database_waits",
            "Times a stage found the database unavailable and backed off, by stage",
            ["stage"],
            registry=self.registry,
        )
        self.last_poll_age = Gauge(
            "supportmail_last_poll_age_seconds",
            "Seconds since the last successful ingest pass",
            registry=self.registry,
        )
        self.latency = Histogram(
            "supportmail_arrival_to_commit_seconds",
            "From the server's arrival time (INTERNALDATE) to our commit",
            buckets=LATENCY_BUCKETS,
            registry=self.registry,
        )
        self._last_poll: float | None = None
        self.last_poll_age.set_function(self._poll_age)

    def watch_database(self, engine: Callable[[], Engine], now: Callable[[], datetime]) -> None:
        """Add the scrape-time database gauges."""
        self.registry.register(DatabaseCollector(engine, now))

    def polled(self) -> None:
        """An ingest pass just succeeded."""
        self._last_poll = time.monotonic()

    def poll_age(self) -> float | None:
        """Seconds since the last successful ingest pass, None before the first."""
        return None if self._last_poll is None else time.monotonic() - self._last_poll

    def _poll_age(self) -> float:
        age = self.poll_age()
        return float("nan") if age is None else age

    def ingested_batch(self, fetched: Sequence[Fetched], outcomes: Sequence[Outcome]) -> None:
        """Count a committed batch by disposition and observe each message's latency."""
        committed = datetime.now(UTC)  # the wall: INTERNALDATE is the server's wall time
        for outcome in outcomes:
            self.ingested.labels(outcome.disposition.value).inc()
        for item in fetched:
            if item.arrived_at is not None:
                self.latency.observe(max(0.0, (committed - item.arrived_at).total_seconds()))

    def exposition(self) -> bytes:
        """The registry in the Prometheus text format (runs the database queries)."""
        return generate_latest(self.registry)
