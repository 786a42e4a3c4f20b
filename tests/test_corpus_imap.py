"""Every message of the shared corpus goes through the real IMAP server and the whole pipeline.

Each file is APPENDed to the test bed's inbox, ingested by `run_once`, and its disposition
compared with the manifest (with the label corrections of tests/core/test_corpus.py). Skips
where ../shared/corpus is absent.
"""

import csv
from collections import Counter
from pathlib import Path

import pytest
from sqlmodel import select

from supportmail.daemon.once import run_once
from supportmail.storage.tables import Outbox, Ticket
from supportmail.testbed import Testbed
from tests.support.corpus import CORPUS, LABEL_CORRECTIONS, MANIFEST
from tests.support.desk import prepared_config, rows
from tests.support.mailbox import Mailbox

pytestmark = [pytest.mark.imap, pytest.mark.slow]

# What each manifest label allows as a disposition after ingest.
ALLOWED = {
    "new_ticket": {"new_ticket", "reply"},  # a corpus thread may join a ticket opened earlier
    "reply": {"new_ticket", "reply"},
    "bounce": {"bounce"},
    "auto_reply": {"auto_reply"},
    "bulk": {"bulk"},
    "quarantine": {"quarantined"},
}
NEVER_ACKNOWLEDGED = {"bounce", "auto_reply", "bulk"}


def _manifest() -> list[tuple[str, str]]:
    with MANIFEST.open(encoding="utf-8") as handle:
        return [(row["file"], row["expected"]) for row in csv.DictReader(handle, delimiter="\t")]


@pytest.mark.skipif(not MANIFEST.exists(), reason=f"no shared corpus at {CORPUS}")
def test_corpus_through_imap(
    tmp_path: Path, testbed: Testbed, mailbox: Mailbox, sqlite_url: str
) -> None:
    """No crash, nothing lost, and every disposition agrees with the (corrected) manifest."""
    config = prepared_config(tmp_path, testbed, sqlite_url)
    entries = _manifest()
    by_uid: dict[int, tuple[str, str]] = {}
    refused: list[str] = []
    with mailbox.connect() as client:
        for file, label in entries:
            raw = (CORPUS / file).read_bytes()
            if not raw:
                refused.append(file)  # IMAP cannot hold a zero-byte message: it never arrives
                continue
            answer = client.append("INBOX", raw)
            uid = int(answer.split(b"]")[0].split()[-1])  # [APPENDUID <validity> <uid>]
            by_uid[uid] = (file, LABEL_CORRECTIONS.get(file, (label, ""))[0])
    report = run_once(config)
    assert sorted(o.uid for o in report.ingest.outcomes) == sorted(by_uid), "a message was skipped"
    assert mailbox.uids("INBOX") == [], "a message was left in the inbox"
    acked = {r.ticket_id for r in rows(config, select(Outbox).where(Outbox.kind == "ack"))}
    tickets = {t.number: t.id for t in rows(config, select(Ticket))}
    agree: Counter[str] = Counter()
    total: Counter[str] = Counter()
    wrong: list[str] = []
    for outcome in report.ingest.outcomes:
        file, label = by_uid[outcome.uid]
        disposition = outcome.disposition.value
        if disposition == "duplicate":
            continue  # the same bytes under another name: judged with its first copy
        total[label] += 1
        ok = label == "malformed-but-must-not-crash" or disposition in ALLOWED[label]
        if label in NEVER_ACKNOWLEDGED and tickets.get(outcome.ticket_number) in acked:
            ok = False
        agree[label] += ok
        if not ok:
            wrong.append(f"{file}: expected {label}, got {disposition} ({outcome.detail})")
    table = "\n".join(f"{label:30} {agree[label]:5}/{total[label]}" for label in sorted(total))
    print("\ncorpus agreement through IMAP:\n" + table)
    print(f"not appendable (zero bytes): {refused}")
    assert not wrong, table + "\n" + "\n".join(wrong[:40])
