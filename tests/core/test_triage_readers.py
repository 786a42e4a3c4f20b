"""How far two readers of the policy table agree with the writers of the labelled requests.

Two readers (tests/fixtures/briefs/triage_reader.md), given the policy table and 180 requests each
from the tune halves of sets AC, AD and AE (shuffled, without labels, notes or ids), labelled them
(tests/fixtures/triage_readers.tsv). Their agreement with the writers is the level a reader of
the whole text reaches: triage's own figure on requests it never saw is far below it (README).
"""

import csv
import tomllib
from collections import Counter
from pathlib import Path

FIXTURES = Path(__file__).parent.parent / "fixtures"
SETS = ("triage_blind_ac_tune.toml", "triage_blind_ad_tune.toml", "triage_blind_ae_tune.toml")
LEVELS = ("P0", "P1", "P2", "P3")


def _writers() -> dict[str, str]:
    labels: dict[str, str] = {}
    for name in SETS:
        with (FIXTURES / name).open("rb") as f:
            labels.update({case["id"]: case["label"] for case in tomllib.load(f)["case"]})
    return labels


def _readers() -> list[dict[str, str]]:
    with (FIXTURES / "triage_readers.tsv").open(newline="") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def test_each_request_is_read_once_by_one_reader() -> None:
    rows, writers = _readers(), _writers()
    assert sorted(r["id"] for r in rows) == sorted(writers)
    assert Counter(r["reader"] for r in rows) == {"reader 1": 180, "reader 2": 180}
    assert {r["label"] for r in rows} <= set(LEVELS)


def test_the_readers_agree_with_the_writers_as_the_readme_says() -> None:
    """351 of 360 (97.5 %); every P0 of reader 1's and 42 of reader 2's 43; no P2/P3 read as P0."""
    writers = _writers()
    matrix = Counter((writers[r["id"]], r["label"], r["reader"]) for r in _readers())
    agree = sum(n for (w, r, _), n in matrix.items() if w == r)
    assert agree == 351
    assert matrix[("P0", "P0", "reader 1")] == sum(
        n for (w, _, who), n in matrix.items() if w == "P0" and who == "reader 1"
    )
    assert sum(n for (w, r, _), n in matrix.items() if w in ("P2", "P3") and r == "P0") == 0
