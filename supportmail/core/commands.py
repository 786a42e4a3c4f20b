"""Commands agents write on the first lines of a reply ("#priority P1", "#close", ...) (pure)."""

import re
from dataclasses import dataclass

from supportmail.core.types import Priority

COMMANDS = ("priority", "assign", "take", "close", "reopen", "note", "escalate", "ack")
_TAKES_ARGUMENT = {"priority", "assign"}
# How the commands are explained to agents in their notifications, one line each.
HELP = (
    "#priority P1: set the priority (P0 to P3)",
    "#assign alice@houseware.io, or #take: give the ticket to someone, or to yourself",
    "#note: what you write below it stays an internal note; the customer gets nothing",
    "#close, #reopen: close or reopen the ticket",
)
_COMMAND_LINE = re.compile(r"^#([A-Za-z][A-Za-z_-]*)(?:[ \t]+(.*))?$")
_ADDRESS = re.compile(r"^[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+$")


@dataclass(frozen=True, slots=True)
class Command:
    """One command: its name (lower case) and argument ("" when none)."""

    name: str
    argument: str


@dataclass(frozen=True, slots=True)
class CommandBlock:
    """The commands at the top of a text, the mistakes among them, and the text after them."""

    commands: tuple[Command, ...]
    errors: tuple[str, ...]
    body: str

    def has(self, name: str) -> bool:
        """True when command `name` was given."""
        return any(c.name == name for c in self.commands)


def parse_commands(text: str) -> CommandBlock:
    """Read the command lines at the top of `text` (blank lines between them allowed)."""
    lines = text.splitlines()
    commands: list[Command] = []
    errors: list[str] = []
    index = 0
    for index, line in enumerate(lines):  # noqa: B007  (index is read after the loop)
        stripped = line.strip()
        if not stripped:
            continue
        match = _COMMAND_LINE.match(stripped)
        if match is None:
            break
        name, argument = match.group(1).lower(), (match.group(2) or "").strip()
        problem = _check(name, argument)
        if problem is None:
            commands.append(Command(name, _normalise(name, argument)))
        else:
            errors.append(f"{stripped}: {problem}")
    else:
        index = len(lines)
    body = "\n".join(lines[index:]).strip("\n")
    return CommandBlock(tuple(commands), tuple(errors), body)


def _check(name: str, argument: str) -> str | None:
    if name not in COMMANDS:
        return "unknown command; known: " + ", ".join(f"#{c}" for c in COMMANDS)
    if name in _TAKES_ARGUMENT and not argument:
        example = "P1" if name == "priority" else "alice@houseware.io"
        return f"needs an argument, e.g. #{name} {example}"
    if name not in _TAKES_ARGUMENT and argument:
        return "takes no argument"
    if name == "priority" and argument.upper() not in {p.value for p in Priority}:
        return "the priority must be one of P0, P1, P2, P3"
    if name == "assign" and not _ADDRESS.match(argument):
        return "expected an agent's mail address"
    return None


def _normalise(name: str, argument: str) -> str:
    if name == "priority":
        return argument.upper()
    if name == "assign":
        return argument.lower()
    return argument
