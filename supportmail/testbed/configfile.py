"""A supportmail config for a loopback test bed: one template for the demo, tests and benchmarks.

Secrets go into files beside the config (the test bed's password, a fresh reply-token key), as
they would in production; the TOML names them by path.
"""

import secrets
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from supportmail.testbed import TEST_PASSWORD


@dataclass(frozen=True)
class LoopbackConfig:
    """What varies between the demo's, the tests' and the benchmarks' configs."""

    imap_port: int
    smtp_port: int
    database_url: str
    agents: Sequence[str] = ("agent@houseware.io",)
    support_name: str = "Houseware Support"
    batch_size: int = 200
    imap_timeout: float = 30.0
    poll_interval: float = 60.0
    listen: str = ""
    # Sections appended at the end (e.g. "[demo]\nenabled = true"); they must not repeat a
    # table written above.
    extra: str = ""
    support_lines: Sequence[str] = field(default_factory=tuple)  # more keys of [support]


def write_loopback_config(directory: Path, spec: LoopbackConfig) -> Path:
    """Write `directory`/supportmail.toml and its secret files; return the config's path."""
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "imap-password").write_text(TEST_PASSWORD + "\n", encoding="utf-8")
    key = directory / "reply-token-key"
    if not key.exists():  # a rewritten config keeps its key: reply addresses stay valid
        key.write_text(secrets.token_hex(32) + "\n", encoding="utf-8")
    agents = ", ".join(f'"{a}"' for a in spec.agents)
    support_lines = "\n".join(spec.support_lines)
    path = directory / "supportmail.toml"
    path.write_text(
        f"""# A config for a loopback test bed (supportmail.testbed.configfile).
[imap]
host = "127.0.0.1"
port = {spec.imap_port}
tls = "none"
username = "support@houseware.io"
password_file = "imap-password"
batch_size = {spec.batch_size}
timeout = {spec.imap_timeout}

[smtp]
host = "127.0.0.1"
port = {spec.smtp_port}
tls = "none"
auth = "none"
timeout = 10

[support]
address = "support@houseware.io"
name = "{spec.support_name}"
agents = [{agents}]
team_address = "team@houseware.io"
oncall_address = "oncall@houseware.io"
reply_token_key_file = "reply-token-key"
{support_lines}

[[escalation.levels]]
address = "happiness@houseware.io"
[[escalation.levels]]
address = "cx-head@houseware.io"
[[escalation.levels]]
address = "ceo@houseware.io"

[tiers.enterprise]
floor = "P2"

[customers."acme.example"]
name = "Acme Corp"
tier = "enterprise"
csm = "csm-acme@houseware.io"

[database]
url = "{spec.database_url}"

[daemon]
poll_interval = {spec.poll_interval}
listen = "{spec.listen}"

{spec.extra}
""",
        encoding="utf-8",
    )
    return path
