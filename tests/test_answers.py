"""Canned answers: `#answer NAME` in an agent's reply sends the stored text, filled in and in the
customer's language; an answer that cannot be used sends nothing and says which exist;
`supportmail answers list`."""

from datetime import UTC, datetime, timedelta
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path

import pytest
from sqlmodel import Session, select

from supportmail.cli.main import main
from supportmail.core.commands import parse_commands
from supportmail.core.tokens import reply_address
from supportmail.storage.tables import Outbox, Ticket, TicketMessage
from tests.support.desk import Desked, customer_mail

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
LATER = T0 + timedelta(minutes=20)
AGENT = "agent@houseware.io"
FIRST = "<first@acme.example>"
ANSWERS = {
    "password-reset.txt": "$greeting\n\nReset it on the sign-in page ($ticket, no. $number).\n",
    "password-reset.de.txt": "$greeting\n\nSetzen Sie es auf der Anmeldeseite zurück ($ticket).\n",
    "only-german.de.txt": "$greeting\n\nNur auf Deutsch.\n",
    "price.txt": "Dear $name, it costs $$5 ($nmae stays).\n",
}


@pytest.fixture
def desk_extra(tmp_path: Path) -> str:
    """An answers folder with an answer in English and German, one only in German, one
    with a dollar sign and a misspelt placeholder."""
    folder = tmp_path / "answers"
    folder.mkdir()
    for name, text in ANSWERS.items():
        (folder / name).write_text(text, encoding="utf-8")
    return f'[answers]\nfolder = "{folder}"\n'


@pytest.fixture(autouse=True)
def ticket_1001(desked: Desked) -> None:
    """Ticket #1001 from Anna Customer, written to in English."""
    desked.receive(
        customer_mail(
            "Cannot sign in",
            "I forgot my password and cannot sign in.",
            sender="Anna Customer <anna@acme.example>",
            message_id=FIRST,
        ),
        T0,
    )


def speak(desked: Desked, language: str) -> None:
    """Make ticket #1001's customer one written to in `language`."""
    with Session(desked.engine) as session:
        ticket = session.exec(select(Ticket).where(Ticket.number == 1001)).one()
        ticket.language = language
        session.add(ticket)
        session.commit()


def reply(desked: Desked, body: str) -> None:
    """The agent's verified reply (through their signed reply address) on #1001."""
    to = reply_address(desked.desk.token_key, 1001, AGENT, "support@houseware.io")
    mail = customer_mail("Re: [#1001] Cannot sign in", body, sender=AGENT, to=to, in_reply_to=FIRST)
    desked.receive(mail, LATER)


def text_of(row: Outbox) -> str:
    """The text a queued mail says."""
    assert row.raw is not None
    message = message_from_bytes(row.raw, policy=policy.default)
    assert isinstance(message, EmailMessage)
    part = message.get_body(("plain",))
    assert part is not None
    return str(part.get_content()).replace("\r\n", "\n")


def test_an_answer_is_sent_filled_in_with_the_agents_words_below(desked: Desked) -> None:
    """The customer gets the stored text with their name and ticket filled in, then what the
    agent wrote; the agent's confirmation names the file; the response clock stops."""
    reply(desked, "#answer password-reset\n\nPS: I also unlocked your account.\n")
    relays = desked.mails("relay")
    assert len(relays) == 1
    sent = text_of(relays[0])
    assert sent.startswith(
        "Hello Anna Customer,\n\nReset it on the sign-in page ([#1001], no. 1001).\n\n"
        "PS: I also unlocked your account."
    )
    confirm = text_of(desked.mails("confirm")[0])
    assert "#answer password-reset: password-reset.txt put at the top of your reply" in confirm
    assert desked.ticket(1001).first_response_at == LATER
    assert [e.detail for e in desked.events("command")] == ["#answer password-reset"]


def test_the_customers_language_picks_the_file(desked: Desked) -> None:
    """A customer written to in German gets NAME.de.txt with the German greeting; one in French,
    without a French file, gets the default text."""
    speak(desked, "de")
    reply(desked, "#answer Password-Reset")
    assert text_of(desked.mails("relay")[0]).startswith(
        "Guten Tag Anna Customer,\n\nSetzen Sie es auf der Anmeldeseite zurück ([#1001])."
    )
    speak(desked, "fr")
    reply(desked, "#answer password-reset")
    assert "Reset it on the sign-in page" in text_of(desked.mails("relay")[1])


def test_placeholders_are_filled_and_other_dollars_kept(desked: Desked) -> None:
    """$name is the customer's name, $$ a dollar sign; an unknown $word stays as written."""
    reply(desked, "#answer price")
    assert text_of(desked.mails("relay")[0]).startswith(
        "Dear Anna Customer, it costs $5 ($nmae stays)."
    )


@pytest.mark.parametrize(
    ("command", "problem"),
    [
        (
            "#answer pasword-reset",
            "#answer pasword-reset: no such answer; the answers are: only-german, "
            "password-reset, price",
        ),
        (
            "#answer only-german",
            "#answer only-german: there is no only-german.en.txt for this customer's language "
            "(en) and no default only-german.txt (it exists in: de)",
        ),
    ],
)
def test_an_answer_that_cannot_be_used_sends_nothing(
    desked: Desked, command: str, problem: str
) -> None:
    """Nothing reaches the customer, no other command runs (#close), the mail is kept as an
    internal note, the clock keeps running, and the agent is told why and what exists."""
    reply(desked, f"#close\n{command}\n\nHere is how it works.")
    assert desked.mails("relay") == []
    ticket = desked.ticket(1001)
    assert ticket.status == "open" and ticket.first_response_at is None
    confirm = " ".join(text_of(desked.mails("confirm")[0]).split())
    assert problem in confirm
    assert "nothing was sent to the customer" in confirm
    with Session(desked.engine) as session:
        kept = session.exec(select(TicketMessage).where(TicketMessage.author == AGENT)).one()
    assert kept.is_note and "Here is how it works." in kept.text
    assert len(desked.events("answer_refused")) == 1


def test_answers_are_refused_when_none_are_set_up(tmp_path: Path) -> None:
    """Without [answers] folder an #answer says so, and nothing is sent."""
    from tests.support.desk import open_desked

    with open_desked(tmp_path / "bare") as desked:
        desked.receive(customer_mail("Hi", "Question", message_id=FIRST), T0)
        reply(desked, "#answer password-reset")
        assert desked.mails("relay") == []
        confirm = " ".join(text_of(desked.mails("confirm")[0]).split())
        assert "no answers are set up ([answers] folder in the config)" in confirm


def test_an_answer_name_is_checked_when_parsed() -> None:
    """A name with a path or spaces in it is a mistake in the command line, not a file name."""
    block = parse_commands("#answer ../secrets\n#answer\nHello")
    assert block.commands == ()
    assert block.errors == (
        "#answer ../secrets: expected an answer's name (letters, digits, - and _), "
        "e.g. #answer password-reset",
        "#answer: needs an argument, e.g. #answer password-reset",
    )


def test_answers_list_prints_a_table_and_the_problems(
    desked: Desked, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """One row per answer with its languages and first words; misspelt placeholders and files
    that are ignored are listed as problems (exit 1)."""
    (tmp_path / "answers" / "Bad Name.txt").write_text("x", encoding="utf-8")
    code = main(["answers", "list", "-c", str(desked.desk.config.source)])
    out = capsys.readouterr().out.splitlines()
    assert code == 1
    assert out[1].split() == ["NAME", "LANGUAGES", "FIRST", "LINE"]
    rows = {line.split()[0]: line for line in out[2:] if not line.startswith("problem")}
    assert rows["password-reset"].split()[1:3] == ["default,", "de"]
    assert "Reset it on the sign-in page" in rows["password-reset"]
    assert "only-german" in rows and "price" in rows
    problems = [line for line in out if line.startswith("problem: ")]
    assert any("price.txt: $nmae is left as written" in p for p in problems)
    assert any(p.startswith("problem: Bad Name.txt: ignored") for p in problems)


def test_the_shipped_example_answers_are_clean(capsys: pytest.CaptureFixture[str]) -> None:
    """config.example.toml points at examples/answers, and every answer there lists cleanly."""
    repo = Path(__file__).resolve().parents[1]
    assert main(["answers", "list", "-c", str(repo / "config.example.toml")]) == 0
    out = capsys.readouterr().out
    assert "password-reset" in out and "problem" not in out


def test_a_missing_answers_folder_is_named(tmp_path: Path) -> None:
    """A configured folder that does not exist (not mounted yet) refuses #answer saying so; the
    config itself still loads, so the desk runs."""
    from tests.support.desk import open_desked

    gone = tmp_path / "not-there"
    with open_desked(tmp_path / "desk", f'[answers]\nfolder = "{gone}"\n') as desked:
        desked.receive(customer_mail("Hi", "Question", message_id=FIRST), T0)
        reply(desked, "#answer password-reset")
        assert desked.mails("relay") == []
        confirm = " ".join(text_of(desked.mails("confirm")[0]).split())
        assert f"the answers folder {gone} does not exist" in confirm
