"""The compiled-regex cache (supportmail.startcache): the same regex as `re` compiles, from a file
that any doubt makes it ignore, and nothing at all when it is off."""

import json
import os
import random
import re
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from supportmail import startcache
from supportmail.core import linearmodel, literals
from supportmail.core.types import Priority


def _needles(seed: int, count: int = 800) -> frozenset[str]:
    rng = random.Random(seed)
    letters = "abcdefghij klmno"
    return frozenset(
        "".join(rng.choice(letters) for _ in range(rng.randint(3, 9))) for _ in range(count)
    ) - {""}


def _texts(seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice("abcdefghij klmnopq") for _ in range(400)) for _ in range(50)]


def _files(folder: Path, kind: str = "regex") -> list[Path]:
    return sorted((folder / kind).glob("*"))


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    folder = tmp_path / "cache"
    monkeypatch.setenv("SUPPORTMAIL_CACHE", str(folder))
    yield folder


def test_a_stored_regex_comes_back_the_same(cache: Path) -> None:
    needles = _needles(1)
    expected = literals.trie_regex(needles)
    first = startcache.cached_trie_regex(needles)  # compiled and stored
    assert len(_files(cache)) == 1
    second = startcache.cached_trie_regex(needles)  # loaded
    assert first.pattern == second.pattern == expected.pattern
    assert second.groups == expected.groups and second.flags == expected.flags
    for text in _texts(2):
        assert second.findall(text) == expected.findall(text) == first.findall(text)


def test_other_needles_get_their_own_file(cache: Path) -> None:
    startcache.cached_trie_regex(_needles(1))
    startcache.cached_trie_regex(_needles(3))
    assert len(_files(cache)) == 2


@pytest.mark.parametrize("damage", ["flip", "truncate", "garbage"])
def test_a_damaged_file_is_compiled_afresh_and_replaced(cache: Path, damage: str) -> None:
    needles = _needles(4)
    startcache.cached_trie_regex(needles)
    (path,) = _files(cache)
    data = bytearray(path.read_bytes())
    if damage == "flip":
        data[-10] ^= 0xFF
    elif damage == "truncate":
        del data[len(data) // 2 :]
    else:
        data[:] = b"not a cache file at all"
    path.write_bytes(bytes(data))
    again = startcache.cached_trie_regex(needles)
    expected = literals.trie_regex(needles)
    for text in _texts(5):
        assert again.findall(text) == expected.findall(text)
    # Written whole again: the next process loads it.
    assert startcache._read(path, startcache._REGEX_MAGIC) is not None


def test_off_writes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SUPPORTMAIL_CACHE", "off")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert startcache.cache_dir() is None
    needles = _needles(6)
    assert startcache.cached_trie_regex(needles).pattern == literals.trie_source(needles)
    assert not any(tmp_path.iterdir())


def test_an_unwritable_place_only_costs_the_compile(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    monkeypatch.setenv("SUPPORTMAIL_CACHE", str(blocker))
    needles = _needles(7)
    regex = startcache.cached_trie_regex(needles)
    assert regex.findall("abc def") == literals.trie_regex(needles).findall("abc def")


def test_default_place_follows_xdg(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SUPPORTMAIL_CACHE", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert startcache.cache_dir() == tmp_path / "supportmail"


def test_small_needle_sets_are_not_kept(cache: Path) -> None:
    startcache.cached_trie_regex(frozenset({"abc", "abd", "xyz"}))
    assert not _files(cache)


def test_installed_scanners_find_what_plain_ones_find(cache: Path) -> None:
    needles = _needles(8)
    plain = literals.Scanner(needles, direct=0)
    try:
        startcache.install()
        cached = literals.Scanner(needles, direct=0)
        for text in _texts(9):
            assert cached.present(text) == plain.present(text)
        assert len(_files(cache)) == 1
    finally:
        literals.use_trie_compiler(literals.trie_regex)


def test_the_key_tells_sources_and_flags_apart() -> None:
    # (It holds the interpreter's exact version too: another Python's file is never read.)
    key = startcache._key("trie\0abc")
    assert key != startcache._key("trie\0abd")
    assert re.fullmatch(r"[0-9a-f]{64}", key)


def _model() -> linearmodel.LinearModel:
    rng = random.Random(11)
    weights = {
        f"word{i}": tuple(round(rng.uniform(-1, 1), 4) for _ in range(4)) for i in range(900)
    }
    weights["signal admin-task"] = (0.5, -0.25, 0.125, 0.0)
    return linearmodel.LinearModel(
        (Priority.P0, Priority.P1, Priority.P2, Priority.P3), (0.1, 0.2, -0.3, 0.0), weights
    )


def test_the_model_comes_back_the_same(cache: Path) -> None:
    model = _model()
    raw = linearmodel.dump_model(model).encode()
    parsed = []

    def parse(data: bytes) -> linearmodel.LinearModel:
        parsed.append(data)
        return linearmodel.load_model(json.loads(data))

    first = startcache.linear_model(raw, parse)
    second = startcache.linear_model(raw, parse)
    assert len(parsed) == 1  # the second came from the file
    assert second == first == linearmodel.load_model(json.loads(raw))
    feats = ["word3", "word77", "signal admin-task", "unknown"]
    assert second.probabilities(feats) == model.probabilities(feats)
    # Other bytes, another model: never the one kept for the first.
    changed = raw.replace(b'"bias":[0.1', b'"bias":[0.9')
    assert startcache.linear_model(changed, parse).bias[0] == 0.9
    assert len(_files(cache, "model")) == 2


def test_a_damaged_model_file_is_parsed_afresh(cache: Path) -> None:
    raw = linearmodel.dump_model(_model()).encode()
    startcache.linear_model(raw, lambda data: linearmodel.load_model(json.loads(data)))
    (path,) = _files(cache, "model")
    data = bytearray(path.read_bytes())
    data[-3] ^= 0x55
    path.write_bytes(bytes(data))
    again = startcache.linear_model(raw, lambda data: linearmodel.load_model(json.loads(data)))
    assert again == linearmodel.load_model(json.loads(raw))


def test_files_unused_for_a_month_go_when_another_is_written(cache: Path) -> None:
    month_ago = time.time() - 31 * 24 * 3600
    startcache.cached_trie_regex(_needles(12))
    (old,) = _files(cache)
    os.utime(old, (month_ago, month_ago))
    startcache.cached_trie_regex(_needles(13))
    assert old not in _files(cache) and len(_files(cache)) == 1
    # A file read is a file used: it stays.
    (used,) = _files(cache)
    os.utime(used, (month_ago, month_ago))
    startcache.cached_trie_regex(_needles(13))  # read
    startcache.cached_trie_regex(_needles(14))  # written beside it
    assert used in _files(cache) and len(_files(cache)) == 2


_READ_SOME = """
import json, sys, tomllib
from supportmail import startcache
startcache.install()
from supportmail.core import literals
from supportmail.inbound.parse_worker import load_readers
from supportmail.shipped import default_policy
from supportmail.core.priority import read_request
load_readers()
cases = tomllib.load(open(sys.argv[1], "rb"))["case"]
policy = default_policy()
out = [read_request(c["subject"], c["text"], (), policy=policy).priority.value for c in cases]
print(json.dumps(out))
"""


def test_the_shipped_readers_read_alike_from_the_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The real scanner (the shipped signals' ~19,000 needles) and model, compiled and stored by
    one process, loaded by the next: the same priorities as with the cache off."""
    import subprocess
    import sys

    fixture = Path(__file__).parent / "fixtures" / "triage_eval.toml"
    folder = tmp_path / "cache"

    def read(cache: str) -> list[str]:
        env = {**os.environ, "SUPPORTMAIL_CACHE": cache}
        done = subprocess.run(
            [sys.executable, "-c", _READ_SOME, str(fixture)],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        result: list[str] = json.loads(done.stdout)
        return result

    plain = read("off")
    stored = read(str(folder))
    kept = {p.name: p.read_bytes() for p in folder.rglob("*") if p.is_file()}
    assert any(name.endswith(".sre") for name in kept) and any(n.endswith(".lin") for n in kept)
    loaded = read(str(folder))
    assert plain == stored == loaded and len(plain) == 140
    # The second process loaded what the first kept: nothing new was written.
    assert {p.name for p in folder.rglob("*") if p.is_file()} == set(kept)


def test_a_changed_regex_builder_never_meets_an_old_file(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    needles = _needles(16)
    startcache.cached_trie_regex(needles)

    def other_source(values: object) -> str:  # another builder: another shape of regex
        return "(?=(" + "|".join(sorted(needles, key=len, reverse=True)) + "))"

    monkeypatch.setattr(literals, "trie_source", other_source)
    regex = startcache.cached_trie_regex(needles)
    assert regex.pattern == other_source(needles)
    assert len(_files(cache)) == 2
