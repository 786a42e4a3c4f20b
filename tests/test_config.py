"""Loading the config: strict, every problem named at once, secrets never shown."""

import subprocess
import sys
from pathlib import Path

import pytest

from supportmail.cli.main import main
from supportmail.config import load_config
from supportmail.errors import ConfigError
from tests.support.desk import REPO

SECRETS = REPO / "examples" / "secrets"

EXAMPLE = REPO / "config.example.toml"
SECRET = "hunter2-very-secret"

MINIMAL = f"""
[imap]
host = "imap.example.com"
username = "support@houseware.io"
password_file = "{SECRETS / "imap-password.txt"}"
[smtp]
host = "smtp.example.com"
auth = "none"
[support]
address = "support@houseware.io"
team_address = "team@houseware.io"
agents = ["agent@houseware.io"]
reply_token_key_file = "{SECRETS / "reply-token-key.txt"}"
[[escalation.levels]]
address = "happiness@houseware.io"
[[escalation.levels]]
address = "cx-head@houseware.io"
[[escalation.levels]]
address = "ceo@houseware.io"
"""


def write(tmp_path: Path, text: str) -> Path:
    """Write `text` as a config file and return its path."""
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


def problems(tmp_path: Path, text: str, environ: dict[str, str] | None = None) -> list[str]:
    """The problems loading `text` reports (none when it loads)."""
    try:
        load_config(write(tmp_path, text), environ or {})
    except ConfigError as exc:
        return exc.problems
    return []


def test_example_config_is_valid() -> None:
    """config.example.toml loads, and check-config on it succeeds."""
    config = load_config(EXAMPLE, {})
    assert config.window_hours(config.default_priority) == 48
    assert main(["check-config", "-c", str(EXAMPLE)]) == 0


def test_minimal_config_gets_the_policy_defaults(tmp_path: Path) -> None:
    """Unset keys take the policy's defaults: windows 24/36/48/72 h, TLS on, port 993."""
    config = load_config(write(tmp_path, MINIMAL), {})
    assert [lv.hours for lv in config.priorities.values()] == [24, 36, 48, 72]
    assert config.imap.tls == "implicit" and config.imap.port == 993
    assert [lv.name for lv in config.escalation] == [
        "Customer Happiness Manager",
        "Head of Customer Experience",
        "CEO",
    ]
    assert config.database_url.endswith("supportmail.sqlite3")


def test_five_mistakes_five_lines(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Five different mistakes give five precise lines naming the key, and exit code 2."""
    text = MINIMAL.replace('host = "imap.example.com"', 'host = "imap.example.com"\nport = "abc"')
    text = text.replace('address = "support@houseware.io"', 'address = "support@@houseware.io"')
    text = text.replace(
        '[smtp]\nhost = "smtp.example.com"', '[smtp]\nhost = "smtp.example.com"\ntls = "maybe"'
    )
    text += '\n[daemon]\npoll_interval = -1\ncolour = "blue"\n'
    path = write(tmp_path, text)
    assert main(["check-config", "-c", str(path)]) == 2
    lines = capsys.readouterr().err.strip().splitlines()
    assert lines == [
        'imap.port: expected an integer, got "abc"',
        'smtp.tls: expected one of "implicit", "starttls", "none", got "maybe"',
        'support.address: is not a valid mail address: "support@@houseware.io"',
        "daemon.poll_interval: expected a number at least 0.1, got -1",
        "daemon.colour: unknown key",
    ]


def test_missing_required_keys_are_named(tmp_path: Path) -> None:
    """A missing section or key is reported by its path."""
    found = problems(tmp_path, "[imap]\nhost = 'x'\n")
    assert "imap.username: is required" in found
    assert "smtp: is required" in found
    assert "support: is required" in found


def test_secret_in_file_is_refused_and_never_shown(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A password written in the config is an error that names the variable, not the value."""
    text = MINIMAL.replace(
        f'password_file = "{SECRETS / "imap-password.txt"}"', f'password = "{SECRET}"'
    )
    path = write(tmp_path, text)
    assert main(["check-config", "-c", str(path)]) == 2
    captured = capsys.readouterr()
    assert "imap.password: secrets may not be written in the config file" in captured.err
    assert "SUPPORTMAIL__IMAP__PASSWORD" in captured.err
    assert SECRET not in captured.err + captured.out


def test_environment_overrides_and_secrets(tmp_path: Path) -> None:
    """SUPPORTMAIL__SECTION__KEY overrides any key, typed, and may carry secrets."""
    path = write(tmp_path, MINIMAL)
    config = load_config(
        path,
        {
            "SUPPORTMAIL__IMAP__PORT": "1993",
            "SUPPORTMAIL__IMAP__PASSWORD": SECRET,
            "SUPPORTMAIL__IMAP__FOLDERS__INBOX": "Support",
            "SUPPORTMAIL__SUPPORT__AGENT_DOMAINS": "houseware.io, help.houseware.io",
        },
    )
    assert config.imap.port == 1993 and config.imap.folders.inbox == "Support"
    assert config.imap.password is not None and config.imap.password.reveal() == SECRET
    assert config.support.agent_domains == ("houseware.io", "help.houseware.io")
    assert SECRET not in repr(config)
    bad = problems(tmp_path, MINIMAL, {"SUPPORTMAIL__IMAP__PORT": "x"})
    assert bad == ['imap.port: expected an integer, got "x"']


def test_check_config_never_prints_secrets(tmp_path: Path) -> None:
    """check-config's summary says where secrets come from, never what they are."""
    path = write(tmp_path, MINIMAL)
    done = subprocess.run(
        [sys.executable, "-m", "supportmail", "check-config", "-c", str(path)],
        capture_output=True,
        text=True,
        check=False,
        env={"SUPPORTMAIL__SMTP__PASSWORD": SECRET, "PATH": "/usr/bin:/bin"},
    )
    assert done.returncode == 0
    assert "smtp.password (from environment)" in done.stdout
    assert SECRET not in done.stdout + done.stderr


def test_demo_time_needs_demo_mode(tmp_path: Path) -> None:
    """Compressed time cannot be switched on by accident in a production config."""
    found = problems(tmp_path, MINIMAL + "[demo]\ntime_scale = 3600\n")
    assert found == [
        "demo.time_scale: compresses time for the demo only; it needs demo.enabled = true"
    ]
    found = problems(tmp_path, MINIMAL + "[demo]\nenabled = true\ntime_scale = 3600\n")
    assert found == [
        'demo.enabled: the demo runs on loopback only, but imap.host is "imap.example.com"'
    ]


def test_follow_reply_to_names_its_choices(tmp_path: Path) -> None:
    """A mode that does not exist is named with the three that do; the default is the safe one."""
    text = MINIMAL.replace(
        'agents = ["agent@houseware.io"]',
        'agents = ["agent@houseware.io"]\nfollow_reply_to = "yes"',
    )
    assert problems(tmp_path, text) == [
        'support.follow_reply_to: expected one of "same-organisation", "any-domain", "never", '
        'got "yes"'
    ]
    assert load_config(write(tmp_path, MINIMAL)).support.follow_reply_to == "same-organisation"


def test_ladder_and_tiers_are_checked(tmp_path: Path) -> None:
    """Falling escalation offsets, an unknown tier and a P0 floor are errors."""
    text = MINIMAL.replace(
        '[[escalation.levels]]\naddress = "cx-head@houseware.io"',
        '[[escalation.levels]]\naddress = "cx-head@houseware.io"\noffset = 0.5',
    )
    text += '[tiers.gold]\nfloor = "P0"\n[customers."acme.example"]\ntier = "platinum"\n'
    found = problems(tmp_path, text)
    assert any(p.startswith("escalation.levels: offsets must be positive and rise") for p in found)
    assert any(p.startswith("tiers.gold.floor: expected one of") for p in found)
    assert any(p.startswith('customers.acme.example.tier: unknown tier "platinum"') for p in found)


def test_languages_and_zones_are_checked(tmp_path: Path) -> None:
    """Languages must have mail templates and zones must be IANA names; each mistake is named
    by its key path, a person's entry beside its domain's."""
    text = MINIMAL.replace(
        'agents = ["agent@houseware.io"]',
        'agents = ["agent@houseware.io"]\nlanguage = "sv"\ntimezone = "Mars/Olympus"\n'
        'team_language = "de"',
    )
    text += (
        '\n[customers."kunde.example"]\nlanguage = "klingon"\ntimezone = "Europe/Berlin"\n'
        '[customers."jo@kunde.example"]\nlanguage = "fr"\ntimezone = "Nowhere/Town"\ntier = "x"\n'
    )
    found = problems(tmp_path, text)
    assert any(p.startswith('support.language: expected one of "de"') for p in found)
    assert any(p.startswith("support.timezone: unknown time zone") for p in found)
    assert any(p.startswith('support.team_language: expected one of "en"') for p in found)
    assert any(p.startswith("customers.kunde.example.language: expected one of") for p in found)
    assert any(
        p.startswith("customers.jo@kunde.example.timezone: unknown time zone") for p in found
    )
    assert "customers.jo@kunde.example.tier: unknown key" in found


def test_language_and_zone_per_domain_and_address(tmp_path: Path) -> None:
    """An address's own entry wins over its domain's, key by key; others get None (defaults)."""
    text = MINIMAL + (
        '\n[customers."kunde.example"]\nname = "Kunde GmbH"\nlanguage = "de"\n'
        'timezone = "Europe/Berlin"\n[customers."jo@kunde.example"]\nlanguage = "fr"\n'
    )
    config = load_config(write(tmp_path, text), {})
    assert (config.support.language, config.support.timezone) == ("en", "UTC")
    jo, anna = (
        config.preference_for("Jo@kunde.example"),
        config.preference_for("anna@kunde.example"),
    )
    assert (jo.language, jo.timezone) == ("fr", "Europe/Berlin")
    assert (anna.language, anna.timezone) == ("de", "Europe/Berlin")
    assert config.preference_for("x@elsewhere.example").language is None
    assert "jo@kunde.example" not in config.customers
