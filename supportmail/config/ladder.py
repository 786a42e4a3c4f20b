"""The config's escalation ladder as the core's LadderPolicy (shared by the desk and `sla`)."""

from supportmail.config.sections import Config
from supportmail.core.ladder import LadderPolicy, Level


def ladder_policy(config: Config) -> LadderPolicy:
    """The ladder's rungs and warning point, as the pure core computes with them."""
    return LadderPolicy(
        levels=tuple(
            Level(number=lv.number, name=lv.name, address=lv.address, offset=lv.offset)
            for lv in config.escalation
        ),
        warn_at=config.warn_at,
    )
