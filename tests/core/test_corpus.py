"""The shared real-world corpus: every file parses, and classification agrees with the manifest.

Reads ../shared/corpus (beside the repository checkout) and skips when it is absent. Labels we
believe are wrong are corrected in LABEL_CORRECTIONS, each with its reason; they are reported.
"""

import csv
from collections import Counter

import pytest

from supportmail.core.classify import classify, quarantine_reason
from supportmail.core.parse import parse_message
from supportmail.core.types import Classification, Kind, ParsedMessage
from tests.support.corpus import CORPUS, LABEL_CORRECTIONS, MANIFEST, OWN

EXPECTED_KIND = {
    "bounce": Kind.BOUNCE,
    "auto_reply": Kind.AUTO_REPLY,
    "bulk": Kind.BULK,
    "new_ticket": Kind.HUMAN,
    "reply": Kind.HUMAN,
}


def _agrees(label: str, msg: ParsedMessage, result: Classification) -> bool:
    """Whether our handling of one message matches the (corrected) label."""
    if label == "quarantine":
        return quarantine_reason(msg) is not None
    if label == "malformed-but-must-not-crash":
        # Kept, never a crash: a ticket only with a sender and something to read, else quarantine.
        if result.kind is not Kind.HUMAN or quarantine_reason(msg) is not None:
            return True
        return msg.sender is not None and bool(msg.text.strip() or msg.subject or msg.attachments)
    if result.kind is not EXPECTED_KIND[label]:
        return False
    if label == "new_ticket":
        return quarantine_reason(msg) is None
    if label == "reply":
        return result.is_reply and quarantine_reason(msg) is None
    return True


def _rows() -> list[dict[str, str]]:
    with MANIFEST.open(newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


@pytest.mark.skipif(not MANIFEST.is_file(), reason=f"shared corpus not found at {CORPUS}")
def test_corpus_agrees_with_manifest() -> None:
    """Every corpus file parses without raising and is handled as its (corrected) label says."""
    rows = _rows()
    assert rows, "empty manifest"
    total: Counter[str] = Counter()
    agreed: Counter[str] = Counter()
    misses: list[str] = []
    for row in rows:
        label = LABEL_CORRECTIONS.get(row["file"], (row["expected"], ""))[0]
        msg = parse_message((CORPUS / row["file"]).read_bytes())
        result = classify(msg, OWN)
        total[label] += 1
        if _agrees(label, msg, result):
            agreed[label] += 1
        else:
            misses.append(f"{row['file']}: expected {label}, got {result.kind} ({result.reason})")
    table = "\n".join(
        f"{label:<30} {agreed[label]:>5}/{total[label]:<5} {agreed[label] / total[label]:7.1%}"
        for label in sorted(total)
    )
    assert not misses, f"per-label agreement:\n{table}\n\nmisses:\n" + "\n".join(misses[:50])


@pytest.mark.skipif(not MANIFEST.is_file(), reason=f"shared corpus not found at {CORPUS}")
def test_corrections_name_real_files() -> None:
    """Every LABEL_CORRECTIONS entry names a file in the manifest (no stale corrections)."""
    listed = {row["file"] for row in _rows()}
    assert set(LABEL_CORRECTIONS) <= listed
