"""The quick ticket read (`sla` without the ORM) gives what the ORM gives, on both databases."""

from dataclasses import asdict
from pathlib import Path

import pytest
from sqlmodel import Session

from supportmail.errors import EXIT_OK, SchemaError
from supportmail.storage import queries, quickread
from supportmail.storage.database import make_engine, upgrade
from supportmail.storage.quickread import UNSUPPORTED, TicketRow, read_ticket
from tests.support.overdue import fire_ladder, make_overdue
from tests.support.replay import run, standard_desk


def orm_ticket(db_url: str, number: int) -> dict[str, object]:
    """The TicketRow columns of ticket `number` as the ORM reads them."""
    engine = make_engine(db_url)
    try:
        with Session(engine) as session:
            ticket = queries.ticket_by_number(session, number)
            assert ticket is not None
            return {name: getattr(ticket, name) for name in TicketRow.__dataclass_fields__}
    finally:
        engine.dispose()


def test_quick_read_equals_the_orm_on_every_column(
    tmp_path: Path, db_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Answered, overdue-and-escalated and fresh tickets read the same both ways; `sla` prints
    the same through either path (a URL with a query string takes the ORM path)."""
    config = standard_desk(tmp_path, db_url, capsys)
    make_overdue(db_url, 1003, hours=2)
    assert fire_ladder(config, db_url) == 1
    for number in (1001, 1002, 1003):
        quick = read_ticket(db_url, number)
        assert isinstance(quick, TicketRow)
        assert asdict(quick) == orm_ticket(db_url, number)
        assert quick.received_at.tzinfo is not None
    assert read_ticket(db_url, 999_999) is None
    assert read_ticket(f"{db_url}?application_name=x", 1001) is UNSUPPORTED
    for shown in ("1001", "1003"):
        sla = ("sla", shown, "-c", str(config), "--at", "2030-01-01")
        code, quick_out, _err = run(capsys, *sla)
        assert code == EXIT_OK and "level 1 Customer Happiness Manager" in quick_out
        monkeypatch.setattr(quickread, "read_ticket", lambda url, number: UNSUPPORTED)
        assert run(capsys, *sla) == (EXIT_OK, quick_out, "")
        monkeypatch.undo()


def test_quick_read_checks_the_schema_and_creates_nothing(tmp_path: Path) -> None:
    """A missing SQLite file is an error naming `db upgrade` (and is not created); so is a
    database at an older schema."""
    missing = tmp_path / "none.sqlite3"
    with pytest.raises(SchemaError, match="db upgrade"):
        read_ticket(f"sqlite:///{missing}", 1001)
    assert not missing.exists()
    old = tmp_path / "old.sqlite3"
    engine = make_engine(f"sqlite:///{old}")
    try:
        upgrade(engine, "0002")
    finally:
        engine.dispose()
    with pytest.raises(SchemaError, match="is at schema 0002"):
        read_ticket(f"sqlite:///{old}", 1001)
