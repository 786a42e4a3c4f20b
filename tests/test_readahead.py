"""Reading batches ahead against the real Dovecot: order kept, moves only when asked, failures
surfaced."""

from collections.abc import Iterator
from pathlib import Path

import pytest

from supportmail.config import load_config
from supportmail.core.parse import ParseLimits, parse_message
from supportmail.errors import SupportmailError
from supportmail.inbound.imap import ImapMailbox
from supportmail.inbound.parse_worker import ParseWorker
from supportmail.inbound.readahead import BatchReader
from supportmail.testbed import Testbed
from tests.support.desk import customer_mail, server_folder, write_config
from tests.support.mailbox import Mailbox
from tests.support.reading import reading_rules

pytestmark = pytest.mark.imap
DONE = "supportmail/processed"


@pytest.fixture
def imap(testbed: Testbed, mailbox: Mailbox, tmp_path: Path) -> Iterator[ImapMailbox]:
    config = load_config(write_config(tmp_path, testbed, f"sqlite:///{tmp_path}/x.sqlite3"))
    box = ImapMailbox(config.imap)
    box.connect()
    box.ensure_folder(DONE)
    yield box
    box.close()


def _fill(mailbox: Mailbox, count: int) -> list[bytes]:
    raws = [
        customer_mail(f"Question {n}", f"Body {n}.", sender=f"c{n}@example.org")
        for n in range(count)
    ]
    with mailbox.connect() as client:
        for raw in raws:
            client.append("INBOX", raw)
    return raws


@pytest.mark.parametrize("use_worker", [False, True], ids=["here", "worker"])
def test_batches_come_in_order_parsed_and_move_when_asked(
    imap: ImapMailbox, mailbox: Mailbox, use_worker: bool
) -> None:
    """Every batch arrives in order with its parse; nothing moves until `move` is called,
    and what `move` was given has moved when the reader is left."""
    _fill(mailbox, 23)
    imap.select("INBOX")
    uids = imap.all_uids()
    batches = [uids[i : i + 5] for i in range(0, len(uids), 5)]
    worker = ParseWorker() if use_worker else None
    seen: list[int] = []
    try:
        with BatchReader(imap, batches, worker, ParseLimits()) as reader:
            for number, (fetched, parsed) in enumerate(reader):
                assert [f.uid for f in fetched] == batches[number]
                assert parsed == [parse_message(f.raw) for f in fetched]
                seen.extend(f.uid for f in fetched)
                if number == 0:
                    # Read ahead, but not moved: the first batch is still in the inbox.
                    assert set(batches[0]) <= set(mailbox.uids("INBOX"))
                if number < 3:
                    reader.move([f.uid for f in fetched], DONE)
    finally:
        if worker is not None:
            worker.close()
    assert seen == uids
    moved = [u for batch in batches[:3] for u in batch]
    assert sorted(mailbox.uids("INBOX")) == [u for u in uids if u not in moved]
    assert len(mailbox.uids(server_folder(DONE))) == len(moved)


def test_a_stop_leaves_what_was_read_ahead_in_the_inbox(
    imap: ImapMailbox, mailbox: Mailbox
) -> None:
    """Leaving after the first batch: the batches fetched ahead stay where they are."""
    _fill(mailbox, 15)
    imap.select("INBOX")
    uids = imap.all_uids()
    batches = [uids[i : i + 5] for i in range(0, len(uids), 5)]
    with BatchReader(imap, batches, None, ParseLimits()) as reader:
        for fetched, _parsed in reader:
            reader.move([f.uid for f in fetched], DONE)
            break
    assert sorted(mailbox.uids("INBOX")) == uids[5:]


def test_a_failed_move_is_raised(imap: ImapMailbox, mailbox: Mailbox) -> None:
    """A MOVE the server refuses is not lost in the IMAP thread: leaving the reader raises it."""
    _fill(mailbox, 4)
    imap.select("INBOX")
    uids = imap.all_uids()
    with pytest.raises(SupportmailError), BatchReader(imap, [uids], None, ParseLimits()) as reader:
        for fetched, _parsed in reader:
            reader.move([f.uid for f in fetched], "No/Such/Folder")
    assert sorted(mailbox.uids("INBOX")) == uids


@pytest.mark.parametrize("ready", [False, True], ids=["starting", "running"])
def test_the_first_batch_goes_to_a_worker_that_runs_already(
    imap: ImapMailbox, mailbox: Mailbox, ready: bool
) -> None:
    """A worker still to be started would keep the first batch waiting for its interpreter:
    that batch is parsed and read here. One that runs already (forked by `run --once`, or
    started by an earlier pass) reads it too, so this process never builds the readers."""
    _fill(mailbox, 6)
    imap.select("INBOX")
    uids = imap.all_uids()
    batches = [uids[:3], uids[3:]]
    worker = ParseWorker()
    try:
        if ready:
            worker.submit([customer_mail("Warm", "Up.")], ParseLimits()).result()
        assert worker.ready is ready
        readings: list[bool] = []
        with BatchReader(imap, batches, worker, ParseLimits(), rules=reading_rules()) as reader:
            for fetched, parsed in reader:
                assert parsed == [parse_message(f.raw) for f in fetched]
                readings.append(reader.readings is not None)
        assert readings == [ready, True]
    finally:
        worker.close()
