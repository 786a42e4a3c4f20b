"""Commands agents write on the first lines of a reply ("#priority P1", "#close", ...) (pure).

Each command is one `CommandSpec` in `SPECS`: its name, the argument it takes, the help line agents
see, and how its argument is checked and normalised. What a command does to a ticket is the shell's
part: `supportmail.tickets.commands` registers one handler per name (a test checks that the two
registries name the same commands). Adding a command is adding one spec here and one handler there.
"""

import re
from collections.abc import Callable
from dataclasses import dataclass

from supportmail.core.types import Priority

_COMMAND_LINE = re.compile(r"^#([A-Za-z][A-Za-z_-]*)(?:[ \t]+(.*))?$")
_ADDRESS = re.compile(r"^[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+$")
_TICKET_NUMBER = re.compile(r"^#?[0-9]{1,9}$")
_ANSWER_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,79}$")


def _any_argument(_argument: str) -> str | None:
    return None


def _unchanged(argument: str) -> str:
    return argument


@dataclass(frozen=True, slots=True)
class CommandSpec:
    """One mail command: name, argument, help line, and how its argument is checked."""

    name: str
    # An example of the argument ("P1"), or "" when the command takes none.
    argument: str = ""
    # The line agents see in their notifications; "" when another command's line explains it.
    help: str = ""
    # The problem with a present argument, or None when it is fine.
    check: Callable[[str], str | None] = _any_argument
    normalise: Callable[[str], str] = _unchanged

    @property
    def takes_argument(self) -> bool:
        """True when the command needs an argument (and refuses to run without one)."""
        return bool(self.argument)


def _check_priority(argument: str) -> str | None:
    if argument.upper() not in {p.value for p in Priority}:
        return "the priority must be one of P0, P1, P2, P3"
    return None


def _check_address(argument: str) -> str | None:
    return None if _ADDRESS.match(argument) else "expected an agent's mail address"


def _check_ticket_number(argument: str) -> str | None:
    return None if _TICKET_NUMBER.match(argument) else "expected a ticket number, e.g. #merge 1234"


def _check_answer_name(argument: str) -> str | None:
    if _ANSWER_NAME.match(argument):
        return None
    return "expected an answer's name (letters, digits, - and _), e.g. #answer password-reset"


# The order is the order of the help lines and of the names listed for an unknown command.
SPECS: tuple[CommandSpec, ...] = (
    CommandSpec(
        "priority",
        argument="P1",
        help="#priority P1: set the priority (P0 to P3)",
        check=_check_priority,
        normalise=str.upper,
    ),
    CommandSpec(
        "assign",
        argument="alice@houseware.io",
        help="#assign alice@houseware.io, or #take: give the ticket to someone, or to yourself",
        check=_check_address,
        normalise=str.lower,
    ),
    CommandSpec("take"),
    CommandSpec(
        "note",
        help="#note: what you write below it stays an internal note; the customer gets nothing",
    ),
    CommandSpec("close", help="#close, #reopen: close or reopen the ticket"),
    CommandSpec("reopen"),
    CommandSpec("escalate"),
    CommandSpec("ack"),
    CommandSpec(
        "merge",
        argument="1234",
        help="#merge 1234: merge this ticket into #1234; its mail, people and clock move there",
        check=_check_ticket_number,
        normalise=lambda argument: argument.lstrip("#"),
    ),
    CommandSpec(
        "answer",
        argument="password-reset",
        help="#answer NAME: your reply starts with the stored answer NAME, filled in for the "
        "customer in their language (your own text follows it)",
        check=_check_answer_name,
        normalise=str.lower,
    ),
)
REGISTRY: dict[str, CommandSpec] = {spec.name: spec for spec in SPECS}
COMMANDS: tuple[str, ...] = tuple(REGISTRY)
# How the commands are explained to agents in their notifications, one line each.
HELP: tuple[str, ...] = tuple(spec.help for spec in SPECS if spec.help)


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
        spec = REGISTRY.get(name)
        problem = _problem(spec, name, argument)
        if spec is not None and problem is None:
            commands.append(Command(name, spec.normalise(argument)))
        else:
            errors.append(f"{stripped}: {problem}")
    else:
        index = len(lines)
    body = "\n".join(lines[index:]).strip("\n")
    return CommandBlock(tuple(commands), tuple(errors), body)


def _problem(spec: CommandSpec | None, name: str, argument: str) -> str | None:
    if spec is None:
        return "unknown command; known: " + ", ".join(f"#{c}" for c in COMMANDS)
    if spec.takes_argument and not argument:
        return f"needs an argument, e.g. #{name} {spec.argument}"
    if not spec.takes_argument and argument:
        return "takes no argument"
    return spec.check(argument) if argument else None
