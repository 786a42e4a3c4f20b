"""The detectors' search finds exactly what a plain search of the whole text finds.

supportmail.core.signals skips work three ways: an alternative whose required literals are not in
the text is not tried, one that needs a non-ASCII letter is tried only on a text holding it, and
one whose every match starts with a known literal (its lead) is tried only where that literal
occurs (or, where it occurs too often, in windows around its required literals). Each is held
here to the plain algorithm: every alternative of every detector searched over the whole text,
a negated match passed over for the next one.
"""

import re
import tomllib
from collections.abc import Sequence
from pathlib import Path

import pytest

from supportmail.core.literals import leading_literals, literal_text
from supportmail.core.priority import signal_text
from supportmail.core.signals import _STARTS, Detector, Hit, _index, _negated, detect
from supportmail.shipped import default_policy

FIXTURES = Path(__file__).parent.parent / "fixtures"
DETECTORS = default_policy().detectors


def _plain(folded: str, detectors: Sequence[Detector]) -> tuple[Hit, ...]:
    """Each detector's first un-negated match, every alternative searched in the whole text."""
    hits = []
    for detector in detectors:
        for alternative in detector._compiled:
            found = None
            for match in alternative.regex.finditer(folded):
                if detector.negatable and _negated(folded, match, alternative.own):
                    continue
                found = Hit(detector.name, match.group().strip())
                break
            if found is not None:
                hits.append(found)
                break
    return tuple(hits)


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (
            r"\b(nobody|everyone) (can|could)\w+",
            {"nobody can", "nobody could", "everyone can", "everyone could"},
        ),
        (r"(?<!of )\bthe (whole|entire)", {"the whole", "the entire"}),  # lookarounds pass
        (r"[ab]cd", {"acd", "bcd"}),
        (r"(a|)bc", {"abc", "bc"}),
        (r"caída total", {"ca"}),  # a non-ASCII letter ends the run
        (r"\d+ users", None),  # a match may start with any digit
        (r"(?:foo)?bar", None),  # an optional start: no lead
        (r"x\w+", None),  # one letter is too short to be worth looking for
    ],
)
def test_leading_literals(pattern: str, expected: set[str] | None) -> None:
    assert leading_literals(pattern, re.IGNORECASE) == expected


def _requests() -> list[str]:
    """The folded text of the older labelled sets' requests (not the blind ones)."""
    texts = []
    for name in ("triage_eval.toml", "triage_dev.toml"):
        for case in tomllib.loads((FIXTURES / name).read_text("utf-8"))["case"]:
            texts.append(signal_text(case["subject"], case.get("body", case.get("text", ""))))
    return texts[::2]  # every other one: the plain search is slow, and these vary enough


def test_shipped_detectors_find_what_a_plain_search_finds() -> None:
    """On realistic requests in many languages, every shipped detector finds the same words."""
    for folded in _requests():
        assert detect(folded, literal_text(folded), DETECTORS) == _plain(folded, DETECTORS)


@pytest.mark.parametrize(
    "folded",
    [
        # the lead more often than _STARTS: the windows search it, with the same result
        "nobody can log in. " * (_STARTS + 3),
        "we are not saying nobody can log in. " * (_STARTS + 3) + "Nobody can log in now.",
        # a negated match, then an overlapping place the search resumes past, then a real one
        "it is not true that nobody can nobody can log in; later nobody can log in",
        # a lead at the very start and end of the text, and in another case
        "Nobody can",
        "text ends with NOBODY CAN",
        # letters that gate the foreign alternatives, in an ASCII text and beside it
        "全员 cannot work, 2倍 slower, the rest is fine – ø",
        "Всё стоит, никто не может войти. Nobody can log in.",
    ],
)
def test_adversarial_texts_find_what_a_plain_search_finds(folded: str) -> None:
    assert detect(folded, literal_text(folded), DETECTORS) == _plain(folded, DETECTORS)


def test_a_negated_match_is_passed_over_at_its_end() -> None:
    """A lead tried place by place resumes after a negated match, as finditer does: a place
    inside that match is not tried again."""
    detector = Detector("d", "test", (r"\bnobody\b[^.]{0,60}\bdown\b",))
    assert detector._compiled[0].lead == frozenset({"nobody"})
    # The first match is negated; the second "nobody" lies inside it (a search resumes after
    # it, so it is never found), past the comma that would end the negation's reach.
    folded = "it is not nobody, well nobody is down."
    assert _plain(folded, [detector]) == ()
    assert detect(folded, literal_text(folded), [detector]) == ()
    folded = "it is not nobody. well nobody is down."  # two sentences: two matches
    assert detect(folded, literal_text(folded), [detector]) == _plain(folded, [detector])
    assert [h.words for h in _plain(folded, [detector])] == ["nobody is down"]


def test_every_shipped_alternative_but_one_is_gated() -> None:
    """Every shipped alternative is tried only where a literal it needs occurs or on a text
    holding a non-ASCII letter it needs; one that mixes scripts in a group ("(sometimes in
    Ukrainian|sometimes in Croatian)") has neither and runs on every request (nine such cost a
    third more per request until each script got its own alternative). The one left: a question
    told by its question mark alone."""
    index = _index(tuple(DETECTORS))
    tried_everywhere = [
        (DETECTORS[d].name, DETECTORS[d]._compiled[p].source[:60]) for d, p in index.unfiltered
    ]
    assert len(tried_everywhere) <= 1, tried_everywhere
