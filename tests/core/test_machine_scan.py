"""core.wordscan: gated phrase search finds exactly what the whole pattern finds."""

import re
from functools import cache
from pathlib import Path

import pytest

from supportmail.core import machinetext
from supportmail.core.literals import Scanner
from supportmail.core.parse import parse_message
from supportmail.core.wordscan import Phrases, alternatives, fold, gate, phrases

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
STATEMENTS = {
    name: value for name, value in vars(machinetext).items() if isinstance(value, Phrases)
}
SAMPLES = [
    "I am out of the office until Monday. For urgent matters call 123.",
    "JE SUIS ABSENTE jusqu'au 3 mars.",
    "Jestem na urlopie do 12 sierpnia. W pilnych sprawach proszę pisać do biura.",
    "Я в отпуске до 5 мая. По срочным вопросам звоните.",
    "現在、夏季休暇のため不在にしております。8月19日より順次対応いたします。",
    "我目前正在休假，如有急事请联系同事。",
    "BU OTOMATİK BİR MESAJDIR, yanıtlamayınız.",
    "Hello, the export failed again. Can you help?",
]


def _sealed(folder: Path) -> bool:
    """A sealed set (its README says SEALED) is never read by tests: a failure would print it."""
    readme = folder / "README.md"
    return readme.exists() and "sealed" in readme.read_text("utf-8").splitlines()[0].lower()


@cache
def _texts() -> list[str]:
    texts = list(SAMPLES)
    for path in sorted(FIXTURES.glob("machine_mail*/*/*.eml")):
        if _sealed(path.parent.parent):
            continue
        msg = parse_message(path.read_bytes())
        texts.append(fold(f"{msg.subject} {machinetext.fresh_text(msg)}"))
    return texts


@pytest.mark.parametrize("name", sorted(STATEMENTS))
def test_gated_search_agrees_with_the_whole_pattern(name: str) -> None:
    """Skipping alternatives whose leading words are absent never changes the answer."""
    statement = STATEMENTS[name]
    whole = re.compile(statement.pattern)
    for text in _texts():
        folded = fold(text)
        assert statement.search_folded(folded) == (whole.search(folded) is not None), text


def test_gated_search_given_the_gates_found_agrees() -> None:
    """Given the gates one pass found over many statements (a PhraseSet's `present`, which
    holds other statements' gates too), each statement answers as it does alone."""
    statements = [STATEMENTS[name] for name in sorted(STATEMENTS)]
    scanner = Scanner(g for s in statements for gates, _ in s.branches for g in gates or ())
    for text in _texts():
        folded = fold(text)
        present = scanner.present(folded)
        for statement in statements:
            assert statement.search_folded(folded, present) == statement.search_folded(folded)


@pytest.mark.parametrize(
    ("source", "gates"),
    [
        (r"\bje suis\s+absente?", ("je suis",)),
        (r"\b(?:i am|i'm)\s+on", ("i am", "i'm")),
        (r"\b(?:i am|i'm)\s+away", ("away",)),
        (r"(?:foo)?bar", ("bar",)),
        (r"e-?mail", ("mail",)),
        (r"mails?\b", ("mail",)),
        (r"不在にしております", ("不在にしております",)),
        (r"\b(?:a|bc)d", None),
        (r"\bя\s+(?:сейчас\s+)?(?:в отпуске|отсутствую)", ("в отпуске", "отсутствую")),
        (r"[^\]x]+yz", ("yz",)),
        (r"x(?=ab)cd", ("cd",)),
    ],
)
def test_gate_reads_the_leading_literal(source: str, gates: tuple[str, ...] | None) -> None:
    """The gate is the most selective literal piece every match contains, or None."""
    assert gate(source) == gates


def test_alternatives_split_only_at_the_top_level() -> None:
    """A "|" inside a group or a class does not split."""
    assert alternatives(r"a(?:b|c)|[|]d|e") == ["a(?:b|c)", "[|]d", "e"]


def test_matching_ignores_case_and_the_turkish_i() -> None:
    """Patterns and text are case folded alike: "YANITLAMAYINIZ" matches "yanıtlamayınız"."""
    assert phrases(r"\byanıtlamayınız").search("LÜTFEN YANITLAMAYINIZ.")
    assert phrases(r"\bNDR\b").search("an ndr came back")
    assert not phrases(r"\S+@x").search("a @x")
