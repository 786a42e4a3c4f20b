"""Table tests for priority triage: the shipped policy, config rules, tiers, the older eval set."""

import tomllib
from collections import Counter
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest

from supportmail.core.priority import (
    Rule,
    TierPolicy,
    TriagePolicy,
    load_rules,
    triage,
)
from supportmail.core.quoting import strip_quoted
from supportmail.core.types import Priority
from supportmail.shipped import default_policy

P0, P1, P2, P3 = Priority.P0, Priority.P1, Priority.P2, Priority.P3
EVAL_SET = Path(__file__).parent.parent / "fixtures" / "triage_eval.toml"
RULES: tuple[Rule, ...] = ()  # no config rules: the shipped signals and table decide
# The shipped signals and table without the word model: what no row decides gets the default.
SHIPPED = default_policy()
NO_MODEL = TriagePolicy(SHIPPED.detectors, SHIPPED.table)


def _rule(name: str, priority: Priority, *patterns: str, negatives: tuple[str, ...] = ()) -> Rule:
    """A rule for a test, described by its name."""
    return Rule(name, f"test rule {name}", priority, patterns, negatives)


@pytest.mark.parametrize(
    ("subject", "text", "expected", "rule"),
    [
        ("Production down", "Nobody can log in.", P0, "production-unavailable"),
        ("login", "Nobody can log in since 9:00.", P0, "everyone-blocked"),
        ("login", "One user cannot log in, everyone else is fine.", P2, "partial-loss"),
        ("slow", "The site is slow for everyone today.", P1, "slow-for-everyone"),
        ("slow", "The site is very slow for everyone today.", P1, "slow-for-everyone"),
        ("Re: outage", "We're no longer down, but it is very slow.", P1, "severely-slow"),
        ("prod", "Production is really slow, not down.", P1, "severely-slow"),
        ("typo", "Not urgent, but the production dashboard has a typo.", P3, "cosmetic"),
        (
            "docs",
            "Is there documentation for what to do when production is down?",
            P3,
            "information",
        ),
        ("URGENT!!!", "URGENT!!! please update our billing address", P2, "admin-task"),
        ("Produktion steht", "Houseware ist komplett ausgefallen.", P0, "production-unavailable"),
        ("lent", "L'application est très lente.", P1, "severely-slow"),
        ("caída", "El sistema está caído para todos los usuarios.", P0, "production-unavailable"),
        ("Frage", "Gibt es eine Dokumentation zur API?", P3, "document-requested"),
        ("Frage", "Wie funktioniert die Abrechnung bei neuen Nutzern?", P3, "information"),
    ],
)
def test_default_policy_table(subject: str, text: str, expected: Priority, rule: str) -> None:
    """Each sample gets the policy's priority and records the decision row that chose it."""
    result = triage(subject, text, RULES, policy=SHIPPED)
    assert (result.priority, result.rule) == (expected, rule), result.explanation


def test_a_ticket_tools_own_classification_is_not_read() -> None:
    """Impact, Urgency and Priority fields of the customer's own ticket tool decide nothing (the
    policy leaves the priority to the Happiness team); a sentence after such a label is read."""
    fields = "Impact: 1 - Critical\nUrgency: High\nPriority: P1\n\n"
    body = "Please add two users to our account."
    assert (
        triage("Request", fields + body, policy=NO_MODEL).rule
        == triage("Request", body, policy=NO_MODEL).rule
    )
    stated = triage("Outage", "Impact: nobody can log in, production is down.", policy=NO_MODEL)
    assert stated.priority is P0


def test_config_rule_and_table_the_more_urgent_wins() -> None:
    """A config rule beats the table when it is as urgent or no row holds, else the table wins."""
    vip = _rule("vip-words", P1, r"\bboard meeting\b")
    assert triage("", "for the board meeting", [vip], policy=SHIPPED).rule == "vip-words"
    assert (
        triage("", "Production is down for everyone. board meeting", [vip], policy=SHIPPED).priority
        is P0
    )
    low = _rule("low", P3, r"\bslow\b")
    assert triage("", "The app is very slow.", [low], policy=SHIPPED).rule == "severely-slow"


def test_most_urgent_rule_wins_and_ties_go_to_the_first() -> None:
    """The most urgent matching rule wins; among equals, the first listed."""
    rules = [
        _rule("low", P3, r"\bsite\b"),
        _rule("first-p1", P1, r"\bslow\b"),
        _rule("second-p1", P1, r"\bsite\b"),
    ]
    result = triage("", "the site is slow", rules, policy=SHIPPED)
    assert (result.priority, result.rule) == (P1, "first-p1")


def test_negative_pattern_vetoes_only_its_rule() -> None:
    """A matching negative pattern skips its rule; the next matching rule decides."""
    rules = [
        _rule("down", P0, r"\bdown\b", negatives=(r"\bnot down\b",)),
        _rule("slow", P1, r"\bslow\b"),
    ]
    assert triage("", "slow, but not down", rules, policy=SHIPPED).rule == "slow"


def test_explanation_names_row_policy_and_signals_in_the_customer_words() -> None:
    """The explanation names the decision row, its policy sentence and each signal it used with
    the words that fired it; a config rule's explanation quotes the matched words as written."""
    result = triage("Production arrêtée", "Bonjour", RULES, policy=SHIPPED)
    assert (result.rule, result.used, result.confirm) == (
        "production-unavailable",
        ("unavailable",),
        False,
    )
    assert result.explanation == (
        'decision "production-unavailable" (P0: production unavailable) on signals '
        'unavailable "Production arretee"'
    )
    rule = _rule("stop", P0, r"production arr[eê]t[eé]e")
    quoted = triage("Production arrêtée", "Bonjour", [rule], policy=SHIPPED)
    assert quoted.matched_text == "Production arrêtée"
    assert quoted.explanation == 'rule "stop" (P0) matched "Production arrêtée"'


def test_quoted_text_and_reply_history_are_ignored() -> None:
    """Words only in quoted lines or after "On ... wrote:" never decide the priority."""
    text = (
        "Thanks, that helped!\n\n"
        "On Mon, 2 Mar 2026 at 11:20, Houseware Support <support@houseware.io>\n"
        "wrote:\n> Production is down for everyone.\n"
    )
    assert triage("Re: ticket", text, RULES, policy=NO_MODEL).priority is P2
    assert (
        triage("Re: ticket", "> nobody can log in\nall good now", RULES, policy=NO_MODEL).priority
        is P2
    )


def test_forwarded_report_is_read() -> None:
    """A forward keeps the report below its separator, so a forwarded outage is a P0."""
    text = "FYI\n\n-----Original Message-----\nFrom: ops\nSent: Monday\nProduction is down."
    assert triage("Fwd: incident", text, RULES, policy=SHIPPED).priority is P0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("new\n> old\nnew again", "new\nnew again"),
        ("new\n\nAm 3. März 2026 schrieb Anna <a@b.de>:\n> alt", "new\n\n"),
        ("new\nLe 3 mars 2026, Luc a écrit :\n> ancien", "new\n"),
        ("new\n-- \nJim\nCTO", "new\n"),
        ("new\n-----Original Message-----\nold", "new\n"),
    ],
)
def test_strip_quoted(text: str, expected: str) -> None:
    """Quotes, reply headers in several languages, and signatures are cut."""
    assert strip_quoted(text) == expected


@pytest.mark.parametrize(
    ("subject", "text", "headers_priority"),
    [
        ("URGENT!!!", "Please help us.", None),
        ("ASAP", "Call me back ASAP!!!", "1 (Highest)"),
        ("Hello", "We need this today.", "high"),
        ("DRINGEND", "Bitte sofort melden!!!", "urgent"),
    ],
)
def test_shouting_alone_never_makes_a_p0(
    subject: str, text: str, headers_priority: str | None
) -> None:
    """Urgency words and X-Priority/Importance are noted, never used: the default still holds."""
    result = triage(subject, text, RULES, policy=NO_MODEL, headers_priority=headers_priority)
    assert result.priority is P2
    assert result.shouted
    assert "urgency markers ignored" in result.explanation


def test_default_when_nothing_matches() -> None:
    """No matching rule gives the default, P2 unless told otherwise, recorded as "default"."""
    assert triage("hi", "hello there", [], policy=NO_MODEL).priority is P2
    result = triage("hi", "hello there", [], policy=NO_MODEL, default=P3)
    assert (result.priority, result.rule, result.matched_text) == (P3, "default", None)
    assert result.explanation == (
        "no rule or decision row holds (signals seen: none); default P3, "
        "to be confirmed by the team"
    )
    assert result.confirm


@pytest.mark.parametrize(
    ("base_text", "tier", "expected"),
    [
        ("There is a typo.", TierPolicy("enterprise", floor=P2), P2),
        ("Please reset my password.", TierPolicy("enterprise", floor=P2), P2),
        ("The site is very slow.", TierPolicy("enterprise", floor=P2), P1),
        ("There is a typo.", TierPolicy("premium", raise_levels=1), P2),
        ("Please reset my password.", TierPolicy("premium", raise_levels=1), P1),
        ("The site is very slow.", TierPolicy("premium", raise_levels=1), P1),
        ("Nobody can log in.", TierPolicy("premium", raise_levels=1), P0),
        ("There is a typo.", TierPolicy("vip", floor=P2, raise_levels=1), P1),
        ("There is a typo.", TierPolicy("vip", raise_levels=3), P1),
        ("There is a typo.", TierPolicy("standard"), P3),
    ],
)
def test_tier_floor_then_raise_never_creates_p0(
    base_text: str, tier: TierPolicy, expected: Priority
) -> None:
    """Tier applies floor then raise_levels, stops at P1, and keeps a P0 a P0."""
    assert triage("", base_text, RULES, tier=tier, policy=SHIPPED).priority is expected


def test_tier_is_explained() -> None:
    """The explanation says what the tier changed and where it stopped."""
    raised = triage(
        "", "There is a typo.", RULES, tier=TierPolicy("enterprise", floor=P2), policy=SHIPPED
    )
    assert raised.base_priority is P3
    assert raised.explanation.endswith("; tier enterprise raised P3 -> P2")
    capped = triage(
        "", "It is very slow.", RULES, tier=TierPolicy("vip", raise_levels=2), policy=SHIPPED
    )
    assert capped.explanation.endswith("; tier vip stops at P1 (only the message can make a P0)")


@pytest.mark.parametrize(
    "kwargs", [{"floor": P0}, {"raise_levels": -1}], ids=["floor-p0", "negative-raise"]
)
def test_tier_policy_rejects_nonsense(kwargs: dict[str, Any]) -> None:
    """A P0 floor or a negative raise is a configuration error."""
    with pytest.raises(ValueError, match="tier x"):
        TierPolicy("x", **kwargs)


GOOD = {"name": "r", "description": "d", "priority": "P1", "patterns": ["slow"]}


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        ({"rules": [{**GOOD, "priority": "P5"}]},
         'triage.rules[0].priority: expected one of P0, P1, P2, P3, got "P5"'),
        ({"rules": [GOOD, {**GOOD, "name": "s", "patterns": ["ok", "(unclosed"]}]},
         "triage.rules[1].patterns[1]: bad regex: missing ), unterminated subpattern at "
         'position 0: "(unclosed"'),
        ({"rules": [{**GOOD, "patterns": ["x?"]}]},
         "triage.rules[0].patterns[0]: matches the empty string, so it would match every "
         'message: "x?"'),
        ({"rules": [{**GOOD, "patterns": []}]},
         "triage.rules[0].patterns: expected a non-empty list of regexes, got []"),
        ({"rules": [{**GOOD, "negative_patterns": [3]}]},
         "triage.rules[0].negative_patterns[0]: expected a string, got 3"),
        ({"rules": [{**GOOD, "patern": ["x"]}]},
         'triage.rules[0]: unknown key "patern" (known: name, description, priority, '
         "patterns, negative_patterns)"),
        ({"rules": [{**GOOD, "name": ""}]},
         'triage.rules[0].name: expected a non-empty string, got ""'),
        ({"rules": [GOOD, GOOD]}, 'triage.rules[1].name: duplicate "r", first at rules[0]'),
        ({"rules": ["slow"]}, 'triage.rules[0]: expected a table, got "slow"'),
        ({"rule": []}, "triage.rules: expected a list of [[rules]] tables, got null"),
    ],
)  # fmt: skip
def test_load_rules_names_the_key_path(data: Mapping[str, Any], problem: str) -> None:
    """Each problem names the key path and what is wrong; bad rules are left out."""
    rules, problems = load_rules(data)
    assert problem in problems
    assert all(rule.name == "r" for rule in rules)


def test_load_rules_builds_rules() -> None:
    """A valid table becomes Rule values with their priority and patterns."""
    data = {"rules": [{**GOOD, "negative_patterns": ["not slow"]}]}
    assert load_rules(data) == ([Rule("r", "d", P1, ("slow",), ("not slow",))], [])


def test_default_policy_loads_cleanly() -> None:
    """The shipped table covers every priority, its rows and signals have unique names, and every
    signal some row uses is defined."""
    policy = default_policy()
    assert {row.priority for row in policy.table} == set(Priority)
    assert len({row.name for row in policy.table}) == len(policy.table)
    assert len({d.name for d in policy.detectors}) == len(policy.detectors)


# ----------------------------------------------------------------------------- evaluation set


def _load_cases() -> list[dict[str, Any]]:
    """The labelled cases from tests/fixtures/triage_eval.toml."""
    with EVAL_SET.open("rb") as f:
        cases: list[dict[str, Any]] = tomllib.load(f)["case"]
    return cases


def _report(title: str, matrix: Counter[tuple[str, str]]) -> str:
    """A confusion matrix (rows: label, columns: triage) with per-class recall and accuracy."""
    names = [p.value for p in Priority]
    lines = [
        f"{title}  (rows: label, columns: triage)",
        "      " + "".join(f"{n:>5}" for n in names),
    ]
    for label in names:
        row = [matrix[(label, got)] for got in names]
        total = sum(row)
        recall = f"{matrix[(label, label)] / total:7.1%}" if total else "      -"
        lines.append(f"  {label}  " + "".join(f"{n:>5}" for n in row) + f"   recall {recall}")
    correct = sum(matrix[(n, n)] for n in names)
    total = sum(matrix.values())
    lines.append(f"  accuracy {correct}/{total} = {correct / total:.1%}")
    return "\n".join(lines)


def test_evaluation_set(capsys: pytest.CaptureFixture[str]) -> None:
    """On the labelled set: >= 90% right, every P0 found, and no P2 or P3 called a P0."""
    cases = _load_cases()
    assert len(cases) >= 80 and len({c["id"] for c in cases}) == len(cases)
    assert all(sum(c["expected"] == p for c in cases) >= 15 for p in Priority)
    matrix: Counter[tuple[str, str]] = Counter()
    holdout: Counter[tuple[str, str]] = Counter()
    misses = []
    for case in cases:
        result = triage(
            case["subject"],
            case["text"],
            RULES,
            policy=SHIPPED,
            headers_priority=case.get("headers_priority"),
        )
        key = (case["expected"], result.priority.value)
        matrix[key] += 1
        if case.get("holdout"):
            holdout[key] += 1
        if result.priority.value != case["expected"]:
            misses.append(f"  {case['id']}: {case['expected']} -> {result.explanation}")
    report = "\n".join([_report("all cases", matrix), _report("hold-out cases", holdout), *misses])
    with capsys.disabled():
        print("\n" + report)
    correct = sum(matrix[(p, p)] for p in ("P0", "P1", "P2", "P3"))
    assert correct / sum(matrix.values()) >= 0.90, report
    # The level reached with the signal detectors (issue 17): 139/140. The one case left,
    # h-en-p2-05 (a copy of an invoice asked for, labelled P2 here), is a request for a document,
    # which the policy puts at P3 ("requests for general information, docs, processes") and which
    # both blind writers labelled P3 in three such requests: the label, not the triage, is off.
    assert correct >= 139, report
    assert sum(matrix[("P0", got)] for got in ("P1", "P2", "P3")) == 0, report
    assert matrix[("P2", "P0")] + matrix[("P3", "P0")] == 0, report


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        ("hello", "Hi, see you at the conference next week."),
        ("Re: ticket", "Thanks, that helped!\n> Production is down for everyone."),
        ("URGENT!!!", "Please call me back ASAP!!!"),
    ],
)
def test_word_model_answers_what_no_row_decides(subject: str, text: str) -> None:
    """With the shipped policy, a request no row decides goes to the word model: P1, P2 or P3,
    never P0, always to be confirmed, its words named in the explanation; a P3 it is not more
    sure of than not leaves the default standing, its lean named."""
    result = triage(subject, text, policy=SHIPPED)
    assert result.confirm and result.used == () and "to be confirmed" in result.explanation
    assert result.priority in (P1, P2, P3)
    if result.rule == "word-model":
        assert "the word model says" in result.explanation
    else:
        assert result.rule == "default" and result.priority is P2
        assert "the word model leans P3" in result.explanation
