"""What our rules read in a parsed message before any database work: its kind and, for a
request that cites no earlier mail, what its words decide of its priority.

Both are functions of the message and the config alone, so a backlog's batches are read in the
parse worker (`inbound.parse_worker`), one batch ahead of the database work, and the answer is
the same as reading them here.
"""

from dataclasses import dataclass

from supportmail.core.classify import OwnIdentity, classify
from supportmail.core.priority import Rule, Triage, TriagePolicy, read_request
from supportmail.core.types import Classification, Kind, ParsedMessage, Priority


@dataclass(frozen=True, slots=True)
class ReadingRules:
    """What a reading depends on besides the message: who we are and the config's triage."""

    own: OwnIdentity
    rules: tuple[Rule, ...]  # the config's [[triage.rules]]
    default: Priority  # the config's default priority


@dataclass(frozen=True, slots=True)
class Reading:
    """A message's classification and, when it may open a ticket, its request's reading
    (`priority.read_request`: before the sender's tier, which `with_tier` applies)."""

    classification: Classification
    request: Triage | None


def read_message(msg: ParsedMessage, rules: ReadingRules, policy: TriagePolicy) -> Reading:
    """Classify `msg`; a person's mail that cites no earlier mail is read as a request too.

    Mail that cites a Message-ID usually joins its ticket and needs no triage: it is read when
    it does open one (a miss costs nothing but the reading then).
    """
    classification = classify(msg, rules.own)
    request = None
    if (
        classification.kind is Kind.HUMAN
        and msg.sender is not None
        and not msg.in_reply_to
        and not msg.references
    ):
        request = request_of(msg, rules, policy)
    return Reading(classification, request)


def request_of(msg: ParsedMessage, rules: ReadingRules, policy: TriagePolicy) -> Triage:
    """What `msg`'s words decide of its priority, before its sender's tier
    (`priority.read_request` with the config's rules and default priority)."""
    return read_request(msg.subject, msg.text, rules.rules, policy=policy, default=rules.default)
