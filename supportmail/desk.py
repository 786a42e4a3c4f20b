"""The desk: what processing needs from the config, built once, and views of a ticket for mail."""

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from supportmail.config import Config
from supportmail.config.ladder import ladder_policy
from supportmail.core.classify import OwnIdentity
from supportmail.core.compose import BusinessHours, Identity, TicketFacts
from supportmail.core.ladder import LadderPolicy
from supportmail.core.parse import ParseLimits
from supportmail.core.priority import Rule, TierPolicy, load_rules
from supportmail.core.reading import ReadingRules
from supportmail.core.sla import BusinessCalendar, due_at
from supportmail.core.spam import SpamTrust
from supportmail.core.types import Priority
from supportmail.errors import ConfigError
from supportmail.templates import words

if TYPE_CHECKING:  # the ORM is imported by what queries it, not by pure commands (`triage`)
    from sqlmodel import Session

    from supportmail.storage.tables import Ticket


@dataclass(frozen=True)
class Desk:
    """The config plus everything derived from it once: identities, rules, ladder, keys."""

    config: Config
    identity: Identity
    own: OwnIdentity
    rules: tuple[Rule, ...]  # the config's [[triage.rules]]; the shipped policy is data too
    ladder: LadderPolicy
    token_key: bytes
    limits: ParseLimits
    # True when the daemon's clock runs faster than the wall (the demo): server arrival times
    # are then not comparable with `now`, so a message counts as received when processed.
    scaled_clock: bool = False

    @classmethod
    def from_config(cls, config: Config, scaled_clock: bool = False) -> "Desk":
        """Build the desk; ConfigError when the configured triage rules are wrong."""
        support = config.support
        extra, problems = load_rules({"rules": list(config.triage_rules)})
        if problems:
            raise ConfigError([p.replace("triage.rules", "triage.rules", 1) for p in problems])
        key = support.reply_token_key
        assert key is not None
        return cls(
            config=config,
            identity=Identity(
                address=support.address,
                name=support.name,
                domain=support.message_id_domain,
                tag_format=support.tag_format,
            ),
            own=OwnIdentity(
                support_addresses=support.own_addresses,
                # Managers, CSMs and on-call answer escalations and pages by mail: their mail
                # is staff mail (verified like an agent's), never a customer's new ticket.
                agent_addresses=frozenset(support.agents) | staff_addresses(config),
                agent_domains=frozenset(support.agent_domains),
                message_id_domain=support.message_id_domain,
                spam_trust=SpamTrust(
                    receiving_hosts=frozenset(support.receiving_hosts),
                    authserv_id=support.authserv_id,
                ),
            ),
            rules=tuple(extra),
            ladder=ladder_policy(config),
            token_key=key.reveal().encode("utf-8"),
            limits=ParseLimits(),
            scaled_clock=scaled_clock,
        )

    def due(self, start: datetime, priority: Priority) -> datetime:
        """When a response clock started at `start` runs out for `priority` (its calendar too)."""
        config = self.config
        return due_at(start, config.window_hours(priority), config.calendar_for(priority))

    def is_staff(self, address: str) -> bool:
        """True for agents and for the people escalations and pages go to."""
        return self.is_agent(address) or address in self.own.agent_addresses

    def is_agent(self, address: str) -> bool:
        """True when `address` is an agent's (by address or by domain)."""
        support = self.config.support
        domain = address.rpartition("@")[2]
        return address in support.agents or domain in support.agent_domains

    @property
    def reading_rules(self) -> ReadingRules:
        """What reading a message needs of the config (`core.reading`, in the parse worker)."""
        return ReadingRules(self.own, self.rules, self.config.default_priority)

    def tier_policy(self, requester: str) -> TierPolicy | None:
        """The tier rules of the requester's customer, if any."""
        customer = self.config.customer_for(requester)
        if customer is None or customer.tier is None:
            return None
        tier = self.config.tiers.get(customer.tier)
        if tier is None:
            return None
        return TierPolicy(name=tier.name, floor=tier.floor, raise_levels=tier.raise_levels)

    def meaning(self, priority: Priority, language: str | None) -> str:
        """What `priority` means, in `language`: the configured words in the support language,
        else the language's own (a translation of the default meanings)."""
        configured = self.config.priorities[priority].meaning
        if not language or language == self.config.support.language:
            return configured
        try:
            return words(language).phrase(f"meaning_{priority.value}")
        except LookupError:
            return configured

    def facts(self, session: "Session", ticket: "Ticket") -> TicketFacts:
        """The view of a ticket that composed mail is built from."""
        from supportmail.storage import queries

        assert ticket.id is not None
        return self.facts_with_thread(
            ticket,
            queries.thread_message_ids(session, ticket.id),
            queries.last_customer_message_id(session, ticket.id),
        )

    def facts_with_thread(
        self, ticket: "Ticket", thread: tuple[str, ...], last_customer: str | None
    ) -> TicketFacts:
        """The view of a ticket for mail, its thread given by the caller (no query)."""
        assert ticket.number is not None
        priority = Priority(ticket.priority)
        level = self.config.priorities[priority]
        customer = self.config.customer_for(ticket.requester)
        return TicketFacts(
            number=ticket.number,
            subject=ticket.subject,
            requester=ticket.requester,
            requester_name=ticket.requester_name,
            priority=priority.value,
            priority_meaning=level.meaning,
            customer_meaning=self.meaning(priority, ticket.language),
            window_hours=level.hours,
            due=ticket.response_due or ticket.first_response_due,
            received=ticket.received_at,
            customer=customer.name if customer else None,
            tier=customer.tier if customer else None,
            status=ticket.status,
            assignee=ticket.assignee,
            escalation_level=ticket.escalation_level,
            thread_message_ids=thread,
            last_customer_message_id=last_customer,
            language=ticket.language or self.config.support.language,
            zone=ticket.timezone or self.config.support.timezone,
            business_hours=business_hours(self.config.calendar_for(priority)),
        )


def business_hours(calendar: BusinessCalendar | None) -> BusinessHours | None:
    """A calendar as the customer is told it; None for a window counting every hour."""
    if calendar is None:
        return None
    return BusinessHours(
        workdays=tuple(sorted(calendar.workdays)),
        start=f"{calendar.start:%H:%M}",
        end=f"{calendar.end:%H:%M}",
        zone=calendar.timezone,
        holidays=bool(calendar.holidays),
    )


def staff_addresses(config: Config) -> frozenset[str]:
    """The escalation ladder's, the Customer Success Managers' and the on-call addresses."""
    found = {level.address for level in config.escalation}
    found |= {c.csm for c in config.customers.values() if c.csm}
    if config.support.oncall_address:
        found.add(config.support.oncall_address)
    return frozenset(found)
