"""The priority decision for raw bytes, without a database: what `supportmail triage` runs.

Imports only the pure core (the desk's type only when checking: no ORM, no config loader, no
network), so a one-off triage starts fast.
"""

from typing import TYPE_CHECKING

from supportmail.core.parse import ParseLimits, parse_message
from supportmail.core.priority import Triage, triage
from supportmail.core.types import ParsedMessage, Priority
from supportmail.shipped import default_policy

if TYPE_CHECKING:  # without a config, triage needs neither the desk nor the config loader
    from supportmail.desk import Desk


def triage_raw(raw: bytes, desk: "Desk | None") -> tuple[ParsedMessage, Triage]:
    """The priority decision for a message: the shipped signals and table, the desk's rules and
    tier (none without a desk)."""
    msg = parse_message(raw, desk.limits if desk is not None else ParseLimits())
    rules = desk.rules if desk is not None else ()
    default = desk.config.default_priority if desk is not None else Priority.P2
    tier = desk.tier_policy(msg.sender.addr) if desk is not None and msg.sender else None
    result = triage(
        msg.subject,
        msg.text,
        rules,
        policy=default_policy(),
        default=default,
        tier=tier,
        headers_priority=msg.header("x-priority") or msg.header("importance"),
    )
    return msg, result
