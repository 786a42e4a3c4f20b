"""One process's SQLite writers take the write lock in turn (storage/sqlite_turns)."""

import threading
from pathlib import Path

import pytest
from sqlmodel import select

from supportmail.storage.database import make_engine, read_session, session_scope, upgrade
from supportmail.storage.sqlite_turns import Turns, turns_of
from supportmail.storage.tables import Instance


def wait_until_waiting(turns: Turns, count: int) -> None:
    """Block until `count` threads wait for a turn (a test failing here hangs, then times out)."""
    while turns.state[1] < count:
        threading.Event().wait(0.001)


def test_turns_are_given_in_the_order_asked() -> None:
    """Waiters get the turn first come, first served, each once the one before gives it back."""
    turns = Turns(wait=60)
    assert turns.take()
    order: list[int] = []

    def waiter(number: int) -> None:
        assert turns.take()
        order.append(number)
        turns.give()

    threads = []
    for number in range(4):
        thread = threading.Thread(target=waiter, args=(number,))
        thread.start()
        wait_until_waiting(turns, number + 1)
        threads.append(thread)
    turns.give()
    for thread in threads:
        thread.join()
    assert order == [0, 1, 2, 3]
    assert turns.state == (False, 0)


def test_a_waiter_gives_up_after_wait() -> None:
    """A turn not given within `wait` is not waited for any longer (False), and the waiter
    leaves the queue."""
    turns = Turns(wait=0.01)
    assert turns.take()
    assert turns.take() is False
    assert turns.state == (True, 0)


def test_write_transactions_give_their_turn_back_however_they_end(tmp_path: Path) -> None:
    """A committed, a rolled back (an exception in the block) and a read-only transaction all
    leave the turn free; a second thread's write waits for the first's turn, then goes in."""
    engine = make_engine(f"sqlite:///{tmp_path / 'db.sqlite3'}")
    upgrade(engine)
    turns = turns_of(engine)
    assert turns is not None
    with session_scope(engine) as session:
        session.exec(select(Instance)).all()
        assert turns.state == (True, 0)
    assert turns.state == (False, 0)
    with pytest.raises(RuntimeError), session_scope(engine) as session:
        session.exec(select(Instance)).all()
        raise RuntimeError("rolled back")
    assert turns.state == (False, 0)
    with read_session(engine) as session:
        session.exec(select(Instance)).all()
        assert turns.state == (False, 0)
    done = threading.Event()

    def second() -> None:
        with session_scope(engine) as session:
            session.exec(select(Instance)).all()
        done.set()

    with session_scope(engine) as session:
        session.exec(select(Instance)).all()
        thread = threading.Thread(target=second)
        thread.start()
        wait_until_waiting(turns, 1)
        assert not done.is_set()
    thread.join()
    assert done.is_set() and turns.state == (False, 0)
    engine.dispose()
