"""Every mail template exists in every language, asks for the same values as the English one,
and renders with every value; customer mail in every language keeps subject and threading."""

import re
import shutil
import tomllib
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path

import pytest

from supportmail.core.compose import (
    BusinessHours,
    Identity,
    TicketFacts,
    compose_ack,
    compose_customer_escalated,
    compose_priority_changed,
    compose_relay,
)
from supportmail.core.mailwords import placeholders, render
from supportmail.templates import (
    CUSTOMER_KINDS,
    HERE,
    STAFF_KINDS,
    customer_languages,
    team_languages,
    words,
)

LANGUAGES = ("en", "de", "fr", "es", "nl", "it", "pt")  # issue #12: every customer mail in these
ID = Identity(address="support@houseware.io", name="Houseware Support", domain="houseware.io")
RECEIVED = datetime(2026, 11, 25, 14, 0, tzinfo=UTC)
NOW = RECEIVED + timedelta(minutes=2)

# Every value each mail kind is filled with; a sentinel per name, so each shows in the output.
VALUES: dict[str, dict[str, str]] = {
    kind: {name: f"<{name}>" for name in names.split()}
    for kind, names in {
        "ack": "greeting team address tag priority meaning promise",
        "relay": "team tag",
        "priority": "greeting team address tag old new meaning promise",
        "escalated": "greeting team address tag level_name promise",
        "merged": "greeting team address tag new_tag new_subject",
        "notify": "what facts why attached not_attached address commands who",
        "facts": "customer who subject priority received age due due_status assignee status "
        "language",
        "page": "due facts priority subject tag who",
        "warning": "address due_status facts subject tag team used window summary customer",
        "escalation": "address due_status facts level level_name subject summary tag team customer",
        "assigned": "address assigned_by due_status facts subject summary customer tag team",
        "confirm": "address done not_done nothing subject tag team",
        "ack_summary": "count tags list team",
        "breaker_alert": "count whom minutes newest release team",
        "bounce_notice": "what about recipient reason meaning team",
    }.items()
}


def template_problems(
    base: Path, languages: tuple[str, ...], kinds: tuple[str, ...], section: str
) -> list[str]:
    """What `languages` lack against English: a template of `kinds`, a phrase of `section`, or
    a placeholder (a language asking for a value English does not give is a problem too)."""
    problems: list[str] = []
    english = tomllib.loads((base / "en" / "words.toml").read_text(encoding="utf-8"))
    for language in languages:
        folder = base / language
        if not (folder / "words.toml").is_file():
            problems.append(f"{language}: no words.toml")
            continue
        data = tomllib.loads((folder / "words.toml").read_text(encoding="utf-8"))
        for key in ("date", "time", "when"):
            if key not in data.get("formats", {}):
                problems.append(f"{language}: [formats] lacks {key}")
        for kind in kinds:
            path = folder / f"{kind}.txt"
            if not path.is_file():
                problems.append(f"{language}: no {kind}.txt")
                continue
            want = placeholders((base / "en" / f"{kind}.txt").read_text(encoding="utf-8"))
            got = placeholders(path.read_text(encoding="utf-8"))
            if want != got:
                problems.append(f"{language}/{kind}.txt: placeholders {sorted(got ^ want)} differ")
        phrases = data.get(section, {})
        for key, text in english[section].items():
            if key not in phrases:
                problems.append(f"{language}: [{section}] lacks {key}")
            elif placeholders(phrases[key]) != placeholders(text):
                problems.append(f"{language}: [{section}] {key} placeholders differ")
    return problems


def test_every_customer_template_exists_in_every_language() -> None:
    """Each customer mail and phrase is there in en, de, fr, es, nl, it and pt, with the
    English placeholders exactly."""
    assert template_problems(HERE, LANGUAGES, CUSTOMER_KINDS, "customer") == []
    assert set(LANGUAGES) <= set(customer_languages())


def test_every_staff_template_exists_in_every_team_language() -> None:
    """Each staff mail and phrase is there in every team language (English today)."""
    assert "en" in team_languages()
    assert template_problems(HERE, team_languages(), STAFF_KINDS, "staff") == []


@pytest.mark.parametrize("damage", ["remove ack", "drop $tag", "drop a phrase"])
def test_a_missing_template_or_placeholder_is_found(tmp_path: Path, damage: str) -> None:
    """The completeness check fails when a language lacks a file, a placeholder or a phrase."""
    base = tmp_path / "templates"
    shutil.copytree(HERE, base, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    german = base / "de"
    if damage == "remove ack":
        (german / "ack.txt").unlink()
    elif damage == "drop $tag":
        text = (german / "ack.txt").read_text(encoding="utf-8")
        (german / "ack.txt").write_text(text.replace("$tag", "Ticket"), encoding="utf-8")
    else:
        text = (german / "words.toml").read_text(encoding="utf-8")
        kept = [line for line in text.splitlines() if not line.startswith("late_priority")]
        (german / "words.toml").write_text("\n".join(kept) + "\n", encoding="utf-8")
    assert template_problems(base, LANGUAGES, CUSTOMER_KINDS, "customer")


def test_values_cover_every_kind() -> None:
    """VALUES names every mail kind and exactly the placeholders of its English template."""
    assert set(VALUES) == {*CUSTOMER_KINDS, *STAFF_KINDS}
    for kind, values in VALUES.items():
        assert placeholders(words("en").templates[kind]) == set(values), kind


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", CUSTOMER_KINDS)
def test_every_customer_template_renders_with_every_value(language: str, kind: str) -> None:
    """Filled with every value, the template leaves no placeholder and shows every value."""
    subject, body = render(words(language).templates[kind], VALUES[kind])
    # Customer mail about one ticket keeps its tagged subject in every language; the summary
    # of several tickets names their tags in its own subject.
    assert (subject is None) == (kind != "ack_summary")
    shown = f"{subject}\n{body}"
    assert "$" not in shown
    for value in VALUES[kind].values():
        assert value in shown, (language, kind, value)


@pytest.mark.parametrize("kind", STAFF_KINDS)
def test_every_staff_template_renders_with_every_value(kind: str) -> None:
    """Each staff template of each team language leaves no placeholder and shows every value."""
    for language in team_languages():
        subject, body = render(words(language).templates[kind], VALUES[kind])
        shown = f"{subject}\n{body}"
        assert "$" not in shown
        for value in VALUES[kind].values():
            assert value in shown, (language, kind, value)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_phrase_renders_with_every_value(language: str) -> None:
    """Each phrase of the language, filled with a value for each of its English placeholders,
    leaves no placeholder and shows every value."""
    w, english = words(language), words("en")
    for key, text in english.phrases.items():
        if key not in w.phrases:
            continue  # a staff phrase of a language that is no team language
        values = {name: f"<{name}>" for name in placeholders(text)}
        filled = w.phrase(key, **values)
        assert "$" not in filled and filled.strip(), (language, key)
        for value in values.values():
            assert value in filled, (language, key, value)


def facts(**changes: object) -> TicketFacts:
    """A P1 ticket from Jane, changed by `changes`."""
    base = TicketFacts(
        number=1234,
        subject="Export fails",
        requester="jane@acme.example",
        requester_name="Jane Doe",
        priority="P1",
        priority_meaning="available, but severely impaired",
        window_hours=36.0,
        due=RECEIVED + timedelta(hours=36),
        received=RECEIVED,
        customer="Acme Corp",
        tier=None,
        status="open",
        assignee=None,
        escalation_level=0,
        thread_message_ids=("first@acme.example",),
        last_customer_message_id="first@acme.example",
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def customer_mails(language: str, f: TicketFacts) -> dict[str, EmailMessage]:
    """Every customer mail about `f` in `language`."""
    w = words(language)
    return {
        "ack": compose_ack(ID, f, "<a@houseware.io>", words=w, now=NOW),
        "relay": compose_relay(ID, f, "<r@houseware.io>", words=w, agent_text="Done.", now=NOW),
        "priority": compose_priority_changed(
            ID, f, "<p@houseware.io>", words=w, old="P2", new="P1", now=NOW
        ),
        "escalated": compose_customer_escalated(
            ID, f, "<e@houseware.io>", words=w, level_name="CEO", now=NOW
        ),
    }


def reparsed(msg: EmailMessage) -> tuple[bytes, EmailMessage]:
    """The bytes a mail goes out as, and what a client reads from them."""
    raw = msg.as_bytes(policy=policy.SMTP)
    parsed = message_from_bytes(raw, policy=policy.default)
    assert isinstance(parsed, EmailMessage)
    return raw, parsed


@pytest.mark.parametrize("language", LANGUAGES)
def test_customer_mail_keeps_subject_and_threading_in_every_language(language: str) -> None:
    """Subject tag, Message-ID, In-Reply-To and References are those of the English mail;
    non-ASCII subjects go out as RFC 2047 and bodies as UTF-8; lines stay short."""
    f = facts(language=language, zone="Europe/Berlin", subject="Größe der Exporte")
    english = customer_mails("en", f)
    for kind, msg in customer_mails(language, f).items():
        raw, parsed = reparsed(msg)
        _, reference = reparsed(english[kind])
        for header in ("Subject", "Message-ID", "In-Reply-To", "References", "Auto-Submitted"):
            assert parsed[header] == reference[header], (kind, header)
        head, _, _ = raw.partition(b"\r\n\r\n")
        assert all(byte < 128 for byte in head)
        assert re.search(rb"^Subject: (Re: )?\[#1234\] =\?utf-8\?", head, re.MULTILINE)
        part = parsed.get_body(("plain",))
        assert part is not None and part.get_content_charset() == "utf-8"
        text = str(part.get_content())
        assert "[#1234]" in text and "$" not in text
        for line in text.splitlines():
            assert len(line) <= 78, (kind, line)


@pytest.mark.parametrize("language", LANGUAGES)
def test_business_hours_promise_states_the_rule(language: str) -> None:
    """On a business-hours calendar the promise names the days, the hours and their zone."""
    hours = BusinessHours(
        workdays=(0, 1, 2, 3, 4), start="09:00", end="17:00", zone="Europe/Berlin", holidays=True
    )
    f = facts(language=language, zone="UTC+01:00", window_hours=72.0, business_hours=hours)
    text = re.sub(r"[ \n]+", " ", str(customer_mails(language, f)["ack"].get_content()))
    w = words(language)
    assert w.days([0, 1, 2, 3, 4]) in text
    assert w.clock("09:00") in text and w.clock("17:00") in text and "Europe/Berlin" in text
    assert w.phrase("holidays_excluded").strip(", ") in text
    if language == "en":
        assert "72 hours of business time, counted only Monday to Friday, 09:00 to 17:00" in text
        assert "within 72 hours" not in text  # three days it is not


def test_english_promise_unchanged() -> None:
    """The English acknowledgement reads as before the templates: date, time, zone and rule."""
    text = " ".join(str(customer_mails("en", facts())["ack"].get_content()).split())
    assert "We will reply by Fri 27 Nov 2026, 02:00 UTC (P1: within 36 hours)." in text


def test_dates_follow_the_zone_and_dst() -> None:
    """The same moment reads in summer and winter time of the named zone, the zone written out."""
    w = words("de")
    summer = datetime(2026, 7, 1, 12, 0, tzinfo=UTC)
    winter = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)
    assert w.when(summer, "Europe/Berlin") == "Mittwoch, 1. Juli 2026, um 14:00 Uhr (Europe/Berlin)"
    assert w.when(winter, "Europe/Berlin") == (
        "Dienstag, 1. Dezember 2026, um 13:00 Uhr (Europe/Berlin)"
    )
    assert w.when(winter, "UTC-05:30") == "Dienstag, 1. Dezember 2026, um 06:30 Uhr (UTC-05:30)"
