"""The shared real-world corpus: every file parses, and classification agrees with the manifest.

Reads ../shared/corpus (beside the repository checkout) and skips when it is absent. Labels we
believe are wrong are corrected in LABEL_CORRECTIONS, each with its reason; they are reported.
"""

import csv
from collections import Counter
from pathlib import Path

import pytest

from supportmail.core.classify import OwnIdentity, classify, quarantine_reason
from supportmail.core.parse import parse_message
from supportmail.core.types import Classification, Kind, ParsedMessage

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"
MANIFEST = CORPUS / "manifest.tsv"
OWN = OwnIdentity(
    support_addresses=frozenset({"support@houseware.io"}),
    agent_addresses=frozenset({"agent@houseware.io"}),
    agent_domains=frozenset(),
    message_id_domain="houseware.io",
)
EXPECTED_KIND = {
    "bounce": Kind.BOUNCE,
    "auto_reply": Kind.AUTO_REPLY,
    "bulk": Kind.BULK,
    "new_ticket": Kind.HUMAN,
    "reply": Kind.HUMAN,
}
NO_FROM = "no From/Sender address at all: quarantined by policy (a ticket needs a requester)"
_M4J = "core__src__test__resources__"
_NO_FROM_FILES = (
    f"james-mime4j/attachment/{_M4J}mimetools-testmsgs__attachment-filename-encoding-UTF8.msg",
    f"james-mime4j/attachment/{_M4J}mimetools-testmsgs__bluedot-postcard.msg",
    f"james-mime4j/attachment/{_M4J}mimetools-testmsgs__bluedot-simple.msg",
    f"james-mime4j/charset/{_M4J}mimetools-testmsgs__attachment-filename-encoding-Latin1.msg",
    f"james-mime4j/charset/{_M4J}mimetools-testmsgs__russian.msg",
    f"james-mime4j/charset/{_M4J}mimetools-testmsgs__ticket-60931.msg",
    f"james-mime4j/charset/{_M4J}testmsgs__qp-body.msg",
    f"james-mime4j/charset/{_M4J}testmsgs__russian-headers.msg",
    f"james-mime4j/human/{_M4J}mimetools-testmsgs__multi-2gifs-base64.msg",
    f"james-mime4j/human/{_M4J}mimetools-testmsgs__sig-uu.msg",
    f"james-mime4j/human/{_M4J}testmsgs__base64-encoded-text.msg",
    f"james-mime4j/human/{_M4J}testmsgs__base64encoded-rfc822message-nested.msg",
    f"james-mime4j/human/{_M4J}testmsgs__base64encoded-rfc822message.msg",
    "mimekit/human/UnitTests__TestData__messages__multipart-related-mhtml.txt",
    "nodemailer-mailparser/human/test__fixtures__mixed.eml",
)
# Manifest labels we are sure are wrong, after reading each file: path -> (our label, why).
# "quarantine" means: quarantine_reason must be non-None.
LABEL_CORRECTIONS: dict[str, tuple[str, str]] = {
    **{path: ("quarantine", NO_FROM) for path in _NO_FROM_FILES},
    f"james-mime4j/human/{_M4J}mimetools-testmsgs__uu-zeegee.msg": (
        "quarantine",
        'From is "me", no address: ' + NO_FROM,
    ),
    f"james-mime4j/human/{_M4J}mimetools-testmsgs__re-fwd.msg": (
        "quarantine",
        'From is "user2", no address: ' + NO_FROM,
    ),
    "mimekit/human/UnitTests__TestData__mbox__content-length.mbox.txt__msg4.eml": (
        "quarantine",
        'From is the UUCP path "develop!nextmime@ebony@sblab.att.com", no usable address',
    ),
    "sisimai-set-of-emails/bounce/maildir__bsd__rfc3834-06.eml": (
        "auto_reply",
        "RFC 3834 auto-reply (Auto-Submitted: auto-replied, 'AutoRespons' subject, 'this inbox "
        "is no longer in use' text from noreply@) with no DSN structure or daemon sender",
    ),
    "nodemailer-mailparser/human/test__fixtures__spam.eml": (
        "bulk",
        "a German get-rich spam campaign from noreply@ with an 'abmelden' (unsubscribe) footer: "
        "mass mail, not a request; a noreply sender is never acknowledged in any case",
    ),
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
