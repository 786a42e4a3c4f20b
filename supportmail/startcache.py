"""What every process that reads mail would rebuild at its start, kept between processes.

Two things cost a process reading mail most of its start (each `run --once`, its parse worker,
the daemon): the triage signals' Scanner, one regex over ~19,000 needles that Python's `re`
takes about a second of CPU to parse and compile, and the shipped linear word model, 6 MB of
JSON made into 134,000 weight rows (~0.3 s). Both are derived from data that does not change
between runs, so their finished form is kept in a cache directory:

- a regex as the list of integers CPython's `_sre.compile` takes back as it is (keyed by what
  the regex is made from and the interpreter's exact version);
- the model as its feature names and a flat array of its weights (keyed by the JSON's bytes).

Only a cache: any doubt (no directory, a file that is short, altered or of another interpreter,
`_sre` or `re._compiler` not as expected) builds as before, with the same result. A file is
written whole under a temporary name and renamed, so a reader never sees half of one.
`SUPPORTMAIL_CACHE` names the directory (`off` turns the cache off); otherwise
`$XDG_CACHE_HOME/supportmail`, or `~/.cache/supportmail`.
"""

import array
import hashlib
import importlib
import json
import logging
import os
import re
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from types import CodeType
from typing import Any, TypeVar

from supportmail.core import linearmodel, literals
from supportmail.core.types import Priority

log = logging.getLogger(__name__)
T = TypeVar("T")

# CPython's regex engine and its compiler: private modules (no stubs), hence Any. Their names
# are public in every CPython 3.11+, but what they take may change: the key holds the version.
_sre: Any = importlib.import_module("_sre")
_compiler: Any = importlib.import_module("re._compiler")
_parser: Any = importlib.import_module("re._parser")

_REGEX_MAGIC = b"supportmail-sre-1\n"
_MODEL_MAGIC = b"supportmail-linear-1\n"
_MIN_NEEDLES = 500  # smaller sets compile in milliseconds: not worth a file
_TYPECODE = {2: "H", 4: "I", 8: "Q"}
# A file not used for this long is removed when another is written beside it: each change of the
# shipped policy or model makes new files, and the old ones would otherwise stay for good.
_UNUSED_FOR = 30 * 24 * 3600


def cache_dir() -> Path | None:
    """Where the derived data is kept; None when the cache is off."""
    named = os.environ.get("SUPPORTMAIL_CACHE")
    if named is not None:
        return None if named.strip().lower() in ("", "off", "0", "no") else Path(named)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "supportmail"


def install() -> None:
    """Build Scanners' regexes through the cache from now on (a no-op when the cache is off)."""
    if cache_dir() is not None:
        literals.use_trie_compiler(cached_trie_regex)


def cached_trie_regex(needles: frozenset[str]) -> re.Pattern[str]:
    """literals.trie_regex(needles), from the cache when it holds it (stored there otherwise)."""
    if len(needles) < _MIN_NEEDLES:
        return literals.trie_regex(needles)
    # Keyed by the needles and the code that makes a regex of them, not by the regex: a hit
    # spares building the trie's source too, and a changed builder never meets an old file.
    builder = _code_stamp(literals._trie.__code__, literals.trie_source.__code__)
    identity = f"trie\0{builder}\0" + "\n".join(sorted(needles))
    return compile_cached(identity, lambda: literals.trie_source(needles))


def compile_cached(
    identity: str, make_source: Callable[[], str], flags: int = 0
) -> re.Pattern[str]:
    """re.compile(make_source(), flags), its compiled code taken from or kept in the cache
    under `identity` (which must determine the source: what it is made from)."""
    folder = cache_dir()
    if folder is None or _TYPECODE.get(_sre.CODESIZE) is None:
        return re.compile(make_source(), flags)
    key = _key(str(flags) + "\0" + identity)
    path = folder / "regex" / f"{key}.sre"
    kept = _reuse(path, _REGEX_MAGIC, _regex_from)
    if kept is not None:
        return kept
    source = make_source()
    tree = _parser.parse(source, flags)
    code = _compiler._code(tree, flags)
    groupindex = dict(tree.state.groupdict)
    indexgroup = [None] * tree.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    total, groups = flags | tree.state.flags, tree.state.groups - 1
    # What re._compiler.compile does after these steps, with the same arguments.
    pattern: re.Pattern[str] = _sre.compile(
        source, total, code, groups, groupindex, tuple(indexgroup)
    )
    meta = {"source": source, "flags": total, "groups": groups, "groupindex": groupindex,
            "indexgroup": indexgroup}  # fmt: skip
    _write(path, _REGEX_MAGIC, meta, array.array(_TYPECODE[_sre.CODESIZE], code).tobytes())
    return pattern


def _regex_from(meta: dict[str, Any], body: bytes) -> re.Pattern[str]:
    words = array.array(_TYPECODE[_sre.CODESIZE])
    words.frombytes(body)
    pattern: re.Pattern[str] = _sre.compile(
        meta["source"],
        meta["flags"],
        words.tolist(),
        meta["groups"],
        meta["groupindex"],
        tuple(meta["indexgroup"]),
    )
    return pattern


def linear_model(
    raw: bytes, parse: Callable[[bytes], linearmodel.LinearModel]
) -> linearmodel.LinearModel:
    """parse(raw) (a linear model's JSON), from the cache when it holds the model of these very
    bytes (stored there otherwise)."""
    folder = cache_dir()
    if folder is None:
        return parse(raw)
    # Keyed by the JSON's bytes and the code that reads them (a changed reader: a new file).
    reader = _code_stamp(linearmodel.load_model.__code__, _model_from.__code__)
    path = folder / "model" / f"{_key(hashlib.sha256(raw).hexdigest() + reader)}.lin"
    kept = _reuse(path, _MODEL_MAGIC, _model_from)
    if kept is not None:
        return kept
    model = parse(raw)
    names = list(model.weights)
    if not any("\n" in name for name in names):
        weights = array.array("d", [w for name in names for w in model.weights[name]])
        names_blob = "\n".join(names).encode("utf-8", "surrogatepass")
        meta = {"classes": [c.value for c in model.classes], "bias": list(model.bias),
                "features": len(names), "names_bytes": len(names_blob)}  # fmt: skip
        _write(path, _MODEL_MAGIC, meta, names_blob + weights.tobytes())
    return model


def _model_from(meta: dict[str, Any], body: bytes) -> linearmodel.LinearModel:
    classes = tuple(Priority(c) for c in meta["classes"])
    split = meta["names_bytes"]
    names = body[:split].decode("utf-8", "surrogatepass").split("\n") if split else []
    weights = array.array("d")
    weights.frombytes(body[split:])
    width = len(classes)
    if len(names) != meta["features"] or len(weights) != width * len(names):
        raise ValueError("its names and weights do not match")
    rows = zip(*[iter(weights.tolist())] * width, strict=True)
    return linearmodel.LinearModel(
        classes, tuple(float(b) for b in meta["bias"]), dict(zip(names, rows, strict=True))
    )


def _code_stamp(*codes: CodeType) -> str:
    """A digest of functions' bytecode and constants, nested functions' included (the same in
    every process of one interpreter; another when the functions change)."""
    digest = hashlib.sha256()

    def add(code: CodeType) -> None:
        digest.update(code.co_code)
        for const in code.co_consts:
            if isinstance(const, CodeType):
                add(const)
            else:
                digest.update(repr(const).encode("utf-8", "surrogatepass"))

    for code in codes:
        add(code)
    return digest.hexdigest()


def _key(identity: str) -> str:
    """The file name of what `identity` determines, for this interpreter only (a regex's code
    and an array's bytes are this build's, on this machine's byte order)."""
    seed = (
        f"{sys.version}\0{sys.implementation.cache_tag}\0{sys.byteorder}\0{_sre.MAGIC}"
        f"\0{_sre.CODESIZE}"
    )
    return hashlib.sha256(f"{seed}\0{identity}".encode("utf-8", "surrogatepass")).hexdigest()


def _write(path: Path, magic: bytes, meta: dict[str, Any], body: bytes) -> None:
    """Keep `meta` and `body` in `path`, whole or not at all (a failure costs the next start
    the rebuild, nothing else)."""
    meta = {**meta, "sha256": hashlib.sha256(body).hexdigest()}
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(magic + json.dumps(meta).encode() + b"\n" + body)
            os.replace(temporary, path)
        except BaseException:
            os.unlink(temporary)
            raise
        _prune(path.parent, keep=path)
    except OSError as exc:
        log.debug("start cache %s not written: %s", path, exc)


def _prune(folder: Path, keep: Path) -> None:
    """Remove the files in `folder` nobody has used for _UNUSED_FOR (a read marks its file)."""
    cutoff = time.time() - _UNUSED_FOR
    for other in folder.iterdir():
        try:
            if other != keep and other.stat().st_mtime < cutoff:
                other.unlink()
        except OSError:
            continue  # another process's file, gone already or not ours to remove


def _reuse(path: Path, magic: bytes, rebuild: Callable[[dict[str, Any], bytes], T]) -> T | None:
    """What `rebuild` makes of the meta and body kept in `path`; None when there is none or
    they are unusable (a cache: any doubt builds afresh from the source)."""
    found = _read(path, magic)
    if found is None:
        return None
    try:
        return rebuild(*found)
    except Exception as exc:
        log.debug("start cache %s unusable (%s): rebuilding", path, exc)
        return None


def _read(path: Path, magic: bytes) -> tuple[dict[str, Any], bytes] | None:
    """The meta and body kept in `path`; None when there is none or it is not whole."""
    try:
        data = path.read_bytes()
        if not data.startswith(magic):
            raise ValueError("not a file of this cache")
        line_end = data.index(b"\n", len(magic))
        meta = json.loads(data[len(magic) : line_end])
        body = data[line_end + 1 :]
        if hashlib.sha256(body).hexdigest() != meta["sha256"]:
            raise ValueError("its body does not match its checksum")
        os.utime(path)  # used now: _prune keeps it
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError) as exc:
        log.debug("start cache %s unusable (%s): rebuilding", path, exc)
        return None
    return meta, body
