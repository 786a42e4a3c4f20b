"""The triage decision table: which signals make which priority, the way the policy says it (pure).

The table is data (`[[decision]]` in supportmail/defaults/triage.toml), read top to bottom; the
first row whose conditions hold decides. A row holds when every signal in `all` fired, at least
one in `any` fired (if `any` is given), and none in `unless` fired; signals in `also` are not
needed, but are named with the decision when they fired (what corroborates it). Each row names
the policy sentence it stands for; the decision names the signals it used, in the same words
everywhere they are shown (`triage --json`, the team's notification, `show`).

A row marked `weak` decides with too little evidence to be sure, as does the table's end (no row
holds): the team is then asked to confirm the priority (`#priority Px`).
"""

from collections.abc import Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from typing import Any

from supportmail.core.types import Priority

_KEYS = ("name", "priority", "policy", "all", "any", "unless", "also", "weak")


@dataclass(frozen=True)
class Row:
    """One line of the decision table."""

    name: str
    priority: Priority
    policy: str  # the policy sentence this row stands for
    all: tuple[str, ...] = ()
    any: tuple[str, ...] = ()
    unless: tuple[str, ...] = ()
    also: tuple[str, ...] = ()
    weak: bool = False

    def used(self, fired: AbstractSet[str]) -> tuple[str, ...] | None:
        """The signals this row decides on when it holds for `fired`, else None."""
        if not all(s in fired for s in self.all) or not fired.isdisjoint(self.unless):
            return None
        some = tuple(s for s in self.any if s in fired)
        if self.any and not some:
            return None
        return (*self.all, *some, *(s for s in self.also if s in fired and s not in some))


@dataclass(frozen=True)
class Decision:
    """The row that decided (None: no row held), its priority and the signals it used."""

    row: Row | None
    priority: Priority
    used: tuple[str, ...]

    @property
    def weak(self) -> bool:
        """True when the evidence is too thin to be sure: the team should confirm."""
        return self.row is None or self.row.weak


def decide(table: Sequence[Row], fired: AbstractSet[str], default: Priority) -> Decision:
    """The first row of `table` that holds for the `fired` signals, or the default."""
    for row in table:
        used = row.used(fired)
        if used is not None:
            return Decision(row, row.priority, used)
    return Decision(None, default, ())


def load_table(
    raw: Any, known_signals: AbstractSet[str], where: str = "triage.decision"
) -> tuple[list[Row], list[str]]:
    """Rows from a list of `[[decision]]` tables, plus problems naming each key path; a row
    naming a signal no detector defines is a problem (it could never hold, or always would)."""
    if not isinstance(raw, list) or not raw:
        return [], [f"{where}: expected a non-empty list of [[decision]] tables"]
    rows: list[Row] = []
    problems: list[str] = []
    for i, item in enumerate(raw):
        path = f"{where}[{i}]"
        if not isinstance(item, Mapping):
            problems.append(f"{path}: expected a table")
            continue
        found = _load_row(item, path, known_signals)
        if isinstance(found, list):
            problems.extend(found)
        else:
            rows.append(found)
    names = [r.name for r in rows]
    problems += [
        f"{where}: duplicate row name {n!r}" for n in sorted(set(names)) if names.count(n) > 1
    ]
    return rows, problems


def _load_row(item: Mapping[str, Any], path: str, known: AbstractSet[str]) -> Row | list[str]:
    """One [[decision]] table as a Row, or its problems."""
    problems = [
        f"{path}: unknown key {k!r} (known: {', '.join(_KEYS)})" for k in item if k not in _KEYS
    ]
    for key in ("name", "policy"):
        if not isinstance(item.get(key), str) or not item[key].strip():
            problems.append(f"{path}.{key}: expected a non-empty string")
    if item.get("priority") not in {p.value for p in Priority}:
        problems.append(f"{path}.priority: expected one of P0, P1, P2, P3")
    lists: dict[str, tuple[str, ...]] = {}
    for key in ("all", "any", "unless", "also"):
        value = item.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            problems.append(f"{path}.{key}: expected a list of signal names")
            continue
        problems += [f"{path}.{key}: unknown signal {v!r}" for v in value if v not in known]
        lists[key] = tuple(value)
    if not problems and not lists["all"] and not lists["any"]:
        problems.append(f"{path}: needs at least one signal in `all` or `any`")
    weak = item.get("weak", False)
    if not isinstance(weak, bool):
        problems.append(f"{path}.weak: expected true or false")
    if problems:
        return problems
    return Row(
        name=item["name"],
        priority=Priority(item["priority"]),
        policy=item["policy"],
        all=lists["all"],
        any=lists["any"],
        unless=lists["unless"],
        also=lists["also"],
        weak=weak,
    )
