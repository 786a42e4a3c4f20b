"""Reading rules for tests of core.reading and the parse worker: our identity, one config rule
("payments failing" is P0) and a default priority."""

from supportmail.core.classify import OwnIdentity
from supportmail.core.priority import load_rules
from supportmail.core.reading import ReadingRules
from supportmail.core.types import Priority


def reading_rules(default: Priority = Priority.P2) -> ReadingRules:
    """The rules, with `default` as the config's default priority."""
    return ReadingRules(
        own=OwnIdentity(
            support_addresses=frozenset({"support@houseware.io"}),
            agent_addresses=frozenset({"agent@houseware.io"}),
            agent_domains=frozenset(),
            message_id_domain="houseware.io",
        ),
        rules=tuple(
            load_rules(
                {
                    "rules": [
                        {
                            "name": "payments",
                            "description": "Payments failing",
                            "priority": "P0",
                            "patterns": ["payments? (are|is) failing"],
                        }
                    ]
                }
            )[0]
        ),
        default=default,
    )
