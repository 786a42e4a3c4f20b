"""Canned answers: `#answer NAME` puts a stored text into an agent's reply, filled in.

The answers are text files in `[answers] folder`: `NAME.txt` (the default text) and
`NAME.<lang>.txt` per language (`NAME.de.txt`). The customer's language (`Ticket.language`,
else `support.language`) picks the file; without one in their language the default text is
used, and without a default text the answer is refused (never the wrong language silently).
Files are read when used, so a new or changed answer needs no restart.

Placeholders, filled for the ticket's customer (`$$` is a dollar sign; any other `$word` is
left as written, and `supportmail answers list` warns about it):
    $greeting  "Hello Anna Customer," in the customer's language ("Hello," without a name)
    $name      the customer's name as their mail gave it (their address when it gave none)
    $ticket    the ticket's tag, e.g. [#1042]
    $number    the ticket's number, e.g. 1042

In the reply, the answers come first, in the order of the command lines, then whatever the
agent wrote below them. One unknown NAME and nothing happens at all: no command runs, nothing
is sent to the customer, the mail is kept as an internal note, and the agent is told which
answers exist (`hold_reply`).
"""

import re
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from string import Template

from sqlmodel import Session

from supportmail.core.commands import CommandBlock
from supportmail.core.outgoing_headers import Identity, clean_header, tag
from supportmail.core.types import ParsedMessage
from supportmail.desk import Desk
from supportmail.outbound import mails
from supportmail.outbound.render import language_words
from supportmail.storage import queries
from supportmail.storage.tables import InboundMessage, Ticket

PLACEHOLDERS = frozenset({"greeting", "name", "ticket", "number"})
MAX_BYTES = 64 * 1024  # an answer is a reply, not a manual
_FILE = re.compile(r"^(?P<name>[a-z0-9][a-z0-9_-]*)(?:\.(?P<lang>[a-z]{2,3}))?\.txt$")


@dataclass(frozen=True, slots=True)
class Catalogue:
    """The answers in the folder: name -> {language or "" (the default): file}; bad files."""

    answers: dict[str, dict[str, Path]]
    problems: tuple[str, ...]

    def names(self) -> list[str]:
        """Every answer's name, sorted."""
        return sorted(self.answers)


def catalogue(folder: Path | None) -> Catalogue:
    """Read the answers folder's file names (not the files)."""
    if folder is None or not folder.is_dir():
        return Catalogue({}, ())
    answers: dict[str, dict[str, Path]] = {}
    problems: list[str] = []
    for path in sorted(folder.iterdir()):
        if not path.is_file() or path.name.startswith("."):
            continue
        match = _FILE.match(path.name)
        if match is None:
            if path.suffix == ".txt":
                problems.append(
                    f"{path.name}: ignored: a name is lower-case letters, digits, - and _ "
                    "(NAME.txt, or NAME.<language>.txt)"
                )
            continue
        answers.setdefault(match["name"], {})[match["lang"] or ""] = path
    return Catalogue(answers, tuple(problems))


@dataclass(frozen=True, slots=True)
class Answer:
    """An answer chosen for a ticket: its name, the file used, and its text filled in."""

    name: str
    path: Path
    text: str


def read_text(path: Path) -> str:
    """An answer file's text (ValueError when it is too long or not UTF-8)."""
    data = path.read_bytes()
    if len(data) > MAX_BYTES:
        raise ValueError(f"{path.name} is over {MAX_BYTES // 1024} KB")
    try:
        return data.decode("utf-8").replace("\r\n", "\n").strip("\n")
    except UnicodeDecodeError:
        raise ValueError(f"{path.name} is not UTF-8 text") from None


def unknown_placeholders(text: str) -> list[str]:
    """The `$words` in `text` that are not placeholders (left as written when filled)."""
    found = []
    for match in Template.pattern.finditer(text):
        name = match.group("named") or match.group("braced")
        if name and name not in PLACEHOLDERS and name not in found:
            found.append(name)
    return found


def choose_answer(desk: Desk, ticket: Ticket, name: str) -> Answer | str:
    """The answer `name` filled in for `ticket`'s customer, or why there is none."""
    folder = desk.config.answers.folder
    if folder is None:
        return f"#answer {name}: no answers are set up ([answers] folder in the config)"
    if not folder.is_dir():
        return f"#answer {name}: the answers folder {folder} does not exist"
    found = catalogue(folder)
    versions = found.answers.get(name)
    if versions is None:
        known = ", ".join(found.names()) or "none yet"
        return f"#answer {name}: no such answer; the answers are: {known}"
    language = ticket.language or desk.config.support.language
    path = versions.get(language) or versions.get("")
    if path is None:
        have = ", ".join(sorted(versions))
        return (
            f"#answer {name}: there is no {name}.{language}.txt for this customer's language "
            f"({language}) and no default {name}.txt (it exists in: {have})"
        )
    try:
        text = read_text(path)
    except (OSError, ValueError) as exc:
        return f"#answer {name}: cannot be used: {exc}"
    return Answer(name, path, fill(text, ticket, language, desk.identity))


def fill(text: str, ticket: Ticket, language: str, identity: Identity) -> str:
    """`text` with the placeholders filled in for `ticket`'s customer."""
    assert ticket.number is not None
    words = language_words(language)
    name = clean_header(ticket.requester_name)
    greeting = words.phrase("greeting", name=name) if name else words.phrase("greeting_anonymous")
    values = {
        "greeting": greeting,
        "name": name or ticket.requester,
        "ticket": tag(identity, ticket.number),
        "number": str(ticket.number),
    }
    return Template(text).safe_substitute(values)


@dataclass(frozen=True, slots=True)
class Inserted:
    """The block with the answers' texts above the agent's own, or the problems found."""

    block: CommandBlock
    problems: tuple[str, ...]


def insert_answers(desk: Desk, ticket: Ticket, block: CommandBlock) -> Inserted:
    """Put each `#answer NAME` of `block` at the top of its body, in order."""
    texts: list[str] = []
    problems: list[str] = []
    for command in block.commands:
        if command.name != "answer":
            continue
        chosen = choose_answer(desk, ticket, command.argument)
        if isinstance(chosen, str):
            problems.append(chosen)
        else:
            texts.append(chosen.text)
    if problems or not texts:
        return Inserted(block, tuple(problems))
    body = "\n\n".join([*texts, block.body.strip("\n")]).strip("\n")
    return Inserted(replace(block, body=body), ())


def hold_reply(
    session: Session,
    desk: Desk,
    ticket: Ticket,
    inbound: InboundMessage,
    msg: ParsedMessage,
    block: CommandBlock,
    problems: tuple[str, ...],
    now: datetime,
) -> None:
    """An agent's reply naming an answer that cannot be used: nothing runs, nothing goes to the
    customer; the text is kept as an internal note and the agent is told why."""
    assert ticket.id is not None and msg.sender is not None
    sender = msg.sender.addr
    queries.add_ticket_message(
        session,
        ticket.id,
        direction="in",
        author=sender,
        author_role="agent",
        text=msg.text,
        now=now,
        message_id=msg.message_id,
        inbound_id=inbound.id,
        is_note=True,
    )
    queries.add_event(
        session,
        "answer_refused",
        f"reply by {sender} kept as an internal note, nothing run or sent: " + "; ".join(problems),
        now,
        ticket_id=ticket.id,
        inbound_id=inbound.id,
        actor=sender,
    )
    held = (
        "Nothing was done and nothing was sent to the customer: your reply is kept as an "
        "internal note. Send it again with a known answer."
    )
    mails.queue_mail(
        session,
        desk,
        ticket,
        "confirm",
        now,
        to=sender,
        results=[],
        errors=[*block.errors, *problems, held],
    )
