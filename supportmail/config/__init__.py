"""The configuration: read once from TOML and the environment, validated strictly, then frozen.

`load_config(path)` returns a `Config` whose sections are typed, frozen dataclasses
(`sections`); `reader` is the strict per-table reader that names every problem's key path.
May import: supportmail.core, supportmail.errors, supportmail.templates (which languages have
mail templates). Everything else reads config, never the file.
"""

from supportmail.config.loading import load_config
from supportmail.config.sections import (
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
)

__all__ = [
    "Config",
    "Customer",
    "DaemonConfig",
    "DemoConfig",
    "EscalationLevel",
    "Folders",
    "ImapConfig",
    "OAuth2",
    "Preference",
    "PriorityLevel",
    "SmtpConfig",
    "SupportConfig",
    "Tier",
    "load_config",
]
