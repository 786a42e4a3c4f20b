"""Mail commands at the top of an agent's reply: parsing, checks, normalising (pure)."""

import pytest

from supportmail.core.commands import COMMANDS, HELP, SPECS, Command, parse_commands

UNKNOWN = "unknown command; known: " + ", ".join(f"#{name}" for name in COMMANDS)


@pytest.mark.parametrize(
    ("text", "commands", "errors", "body"),
    [
        ("", (), (), ""),
        ("Just an answer.\n#close", (), (), "Just an answer.\n#close"),
        ("#close", (Command("close", ""),), (), ""),
        ("#CLOSE\n\nThanks!", (Command("close", ""),), (), "Thanks!"),
        ("  #take  \nOn it.", (Command("take", ""),), (), "On it."),
        ("#priority p1", (Command("priority", "P1"),), (), ""),
        (
            "#assign Alice@Houseware.IO\n#note\n\nDB issue.",
            (Command("assign", "alice@houseware.io"), Command("note", "")),
            (),
            "DB issue.",
        ),
        ("#priority\nx", (), ("#priority: needs an argument, e.g. #priority P1",), "x"),
        ("#priority P9", (), ("#priority P9: the priority must be one of P0, P1, P2, P3",), ""),
        ("#assign bob", (), ("#assign bob: expected an agent's mail address",), ""),
        ("#close now", (), ("#close now: takes no argument",), ""),
        ("#frobnicate\nHi", (), (f"#frobnicate: {UNKNOWN}",), "Hi"),
        (
            "#escalate\n\n#ack\nbody\n#close",
            (Command("escalate", ""), Command("ack", "")),
            (),
            "body\n#close",
        ),
        ("# close", (), (), "# close"),
        ("#1001 is broken", (), (), "#1001 is broken"),
        ("\n\n#reopen\n\n", (Command("reopen", ""),), (), ""),
    ],
)
def test_parse_commands(
    text: str, commands: tuple[Command, ...], errors: tuple[str, ...], body: str
) -> None:
    """Command lines at the top are read (blank lines between allowed), checked and normalised;
    the first other line starts the body, and a mistake is explained, never run."""
    block = parse_commands(text)
    assert (block.commands, block.errors, block.body) == (commands, errors, body)


def test_has_names_a_given_command() -> None:
    """`has` is true only for a command that was given and passed its checks."""
    block = parse_commands("#note\n#priority P7\nsecret")
    assert block.has("note") and not block.has("priority") and not block.has("close")


def test_the_registry_lists_each_command_once_with_its_help() -> None:
    """Every command is defined once; the help lines agents see mention every command."""
    assert len(COMMANDS) == len(set(COMMANDS)) == len(SPECS)
    assert set(COMMANDS) == {
        "priority", "assign", "take", "note", "close", "reopen", "escalate", "ack", "merge",
        "answer",
    }  # fmt: skip
    helped = " ".join(HELP)
    for name in ("priority", "assign", "take", "note", "close", "reopen", "merge", "answer"):
        assert f"#{name}" in helped
