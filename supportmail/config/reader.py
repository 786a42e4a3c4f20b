"""A strict reader for one TOML table: typed getters that collect problems instead of raising.

Every getter names the full key path in its problem line, consumes the key, and `finish()` reports
the keys nobody asked for, so a typo in the config is an error rather than a silently ignored line.
"""

import tomllib
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, TypeVar

from email_validator import EmailNotValidError, validate_email

T = TypeVar("T")
MISSING: Any = object()

SECRET_KEYS = frozenset({"password", "client_secret", "reply_token_key"})


class Secret:
    """A secret value: shows as *** in every repr, str and log line; `reveal()` gives it."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        """The secret itself, for the one call that needs it."""
        return self._value

    def __repr__(self) -> str:
        return "Secret('***')"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and other._value == self._value

    def __hash__(self) -> int:
        return hash(self._value)


def describe(value: object) -> str:
    """A short, quoted rendering of a config value for a problem line."""
    if isinstance(value, str):
        shown = value if len(value) <= 40 else value[:37] + "..."
        return f'"{shown}"'
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None or value is MISSING:
        return "nothing"
    if not isinstance(value, int | float):
        return f"a {type(value).__name__}"  # never an internal object's repr
    return repr(value)


def check_address(value: str) -> str | None:
    """The normalised address, or None when `value` is not a valid mail address (no DNS)."""
    try:
        return validate_email(value, check_deliverability=False).normalized.lower()
    except EmailNotValidError:
        return None


class TableReader:
    """Reads one table of the config, recording every problem in a shared list."""

    def __init__(
        self,
        data: Mapping[str, Any],
        path: str,
        problems: list[str],
        from_env: frozenset[str] = frozenset(),
        base_dir: Path | None = None,
    ) -> None:
        self.data = data
        self.path = path
        self.problems = problems
        self.from_env = from_env
        self.base_dir = base_dir or Path.cwd()
        self._used: set[str] = set()

    def key(self, name: str) -> str:
        """The full dotted path of `name` in this table."""
        return f"{self.path}.{name}" if self.path else name

    def problem(self, name: str, message: str) -> None:
        """Record one problem about key `name`."""
        self.problems.append(f"{self.key(name)}: {message}")

    def _raw(self, name: str, default: Any) -> Any:
        self._used.add(name)
        if name in self.data:
            return self.data[name]
        if default is MISSING:
            self.problem(name, "is required")
            return None  # the problem is recorded; the marker must not reach another message
        return default

    def _env(self, name: str) -> bool:
        return self.key(name) in self.from_env

    def get(
        self, name: str, parse: Callable[[Any], T], expected: str, default: Any = MISSING
    ) -> Any:
        """Read `name`, converting with `parse` (which raises ValueError/TypeError when wrong)."""
        if name not in self.data:
            return self._raw(name, default)
        raw = self._raw(name, default)
        try:
            return parse(raw)
        except (ValueError, TypeError):
            self.problem(name, f"expected {expected}, got {describe(raw)}")
            return default if default is not MISSING else None

    def string(self, name: str, default: Any = MISSING, choices: tuple[str, ...] = ()) -> Any:
        """A string, optionally one of `choices`."""
        value = self.get(name, _as_str, "a string", default)
        if choices and isinstance(value, str) and value not in choices and name in self.data:
            options = ", ".join(f'"{c}"' for c in choices)
            self.problem(name, f"expected one of {options}, got {describe(value)}")
            return default if default is not MISSING else choices[0]
        return value

    def integer(
        self, name: str, default: Any = MISSING, low: int | None = None, high: int | None = None
    ) -> Any:
        """An integer within [low, high]; strings are accepted only from environment variables."""
        env = self._env(name)
        value = self.get(name, lambda v: _as_int(v, env), "an integer", default)
        return self._in_range(name, value, low, high, default)

    def number(
        self, name: str, default: Any = MISSING, low: float | None = None, high: float | None = None
    ) -> Any:
        """A float or integer within [low, high]."""
        env = self._env(name)
        value = self.get(name, lambda v: _as_float(v, env), "a number", default)
        return self._in_range(name, value, low, high, default)

    def boolean(self, name: str, default: Any = MISSING) -> Any:
        """true or false."""
        env = self._env(name)
        return self.get(name, lambda v: _as_bool(v, env), "true or false", default)

    def strings(self, name: str, default: Any = MISSING) -> Any:
        """A list of strings; from the environment, a comma-separated value."""
        env = self._env(name)
        value = self.get(name, lambda v: _as_strings(v, env), "a list of strings", default)
        return tuple(value) if isinstance(value, list | tuple) else value

    def address(self, name: str, default: Any = MISSING) -> Any:
        """A valid mail address, normalised to lower case."""
        value = self.string(name, default)
        if not isinstance(value, str) or name not in self.data:
            return value
        normal = check_address(value)
        if normal is None:
            self.problem(name, f"is not a valid mail address: {describe(value)}")
            return default if default is not MISSING else None
        return normal

    def addresses(self, name: str, default: Any = MISSING) -> Any:
        """A list of valid mail addresses."""
        values = self.strings(name, default)
        if not isinstance(values, tuple) or name not in self.data:
            return values
        good = []
        for index, value in enumerate(values):
            normal = check_address(value)
            if normal is None:
                self.problems.append(
                    f"{self.key(name)}[{index}]: is not a valid mail address: {describe(value)}"
                )
            else:
                good.append(normal)
        return tuple(good)

    def table(self, name: str, required: bool = False) -> "TableReader":
        """A reader for the sub-table `name` (empty when absent and not required)."""
        raw = self._raw(name, MISSING if required else {})
        if raw is None:
            raw = {}
        if not isinstance(raw, dict):
            self.problem(name, f"expected a table, got {describe(raw)}")
            raw = {}
        return TableReader(raw, self.key(name), self.problems, self.from_env, self.base_dir)

    def secret(self, name: str, required: bool = False) -> Secret | None:
        """A secret from the environment or from the file named by `<name>_file`, never the file."""
        file_key = f"{name}_file"
        self._used.update({name, file_key})
        if name in self.data and not self._env(name):
            env = "SUPPORTMAIL__" + "__".join(self.key(name).upper().split("."))
            self.problem(
                name,
                f"secrets may not be written in the config file; set {env} or {file_key}",
            )
            return None
        if name in self.data:
            value = self.data[name]
            return Secret(value) if isinstance(value, str) else Secret(str(value))
        if file_key in self.data:
            raw = self.data[file_key]
            if not isinstance(raw, str):
                self.problem(file_key, f"expected a file path, got {describe(raw)}")
                return None
            path = self.resolve_path(raw)
            try:
                return Secret(path.read_text(encoding="utf-8").rstrip("\r\n"))
            except OSError as exc:
                env = "SUPPORTMAIL__" + "__".join(self.key(name).upper().split("."))
                where = (
                    ""
                    if Path(raw).expanduser().is_absolute()
                    else (
                        f" (a relative path is read from the config file's folder, {self.base_dir})"
                    )
                )
                self.problem(
                    file_key,
                    f"cannot read {path}: {exc.strerror or exc}{where}; "
                    f"or give the secret as {env}",
                )
                return None
        if required:
            env = "SUPPORTMAIL__" + "__".join(self.key(name).upper().split("."))
            self.problem(name, f"is required (set {name}_file or the environment variable {env})")
        return None

    def resolve_path(self, raw: str) -> Path:
        """A path from the config, relative paths taken from the config file's folder."""
        path = Path(raw).expanduser()
        return path if path.is_absolute() else self.base_dir / path

    def finish(self) -> None:
        """Report every key of this table that no getter asked for."""
        for name in self.data:
            if name not in self._used:
                self.problem(name, "unknown key")

    def _in_range(
        self, name: str, value: Any, low: float | None, high: float | None, default: Any
    ) -> Any:
        if not isinstance(value, int | float) or name not in self.data:
            return value
        if (low is not None and value < low) or (high is not None and value > high):
            bounds = f"between {low} and {high}" if high is not None else f"at least {low}"
            self.problem(name, f"expected a number {bounds}, got {describe(self.data[name])}")
            return default if default is not MISSING else value
        return value


def _as_str(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError
    return value


def _as_int(value: Any, from_env: bool) -> int:
    if from_env and isinstance(value, str):
        return int(value.strip())
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError
    return value


def _as_float(value: Any, from_env: bool) -> float:
    if from_env and isinstance(value, str):
        return float(value.strip())
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError
    return float(value)


def _as_bool(value: Any, from_env: bool) -> bool:
    if from_env and isinstance(value, str) and value.strip().lower() in {"true", "1", "yes"}:
        return True
    if from_env and isinstance(value, str) and value.strip().lower() in {"false", "0", "no"}:
        return False
    if not isinstance(value, bool):
        raise TypeError
    return value


def _as_strings(value: Any, from_env: bool) -> list[str]:
    if from_env and isinstance(value, str):
        if value.strip().startswith("["):
            value = tomllib.loads(f"v = {value}")["v"]
        else:
            return [part.strip() for part in value.split(",") if part.strip()]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise TypeError
    return list(value)


def apply_env_overrides(
    data: dict[str, Any], environ: Mapping[str, str], problems: list[str]
) -> frozenset[str]:
    """Merge SUPPORTMAIL__SECTION__KEY variables into `data`; return the key paths they set."""
    paths: set[str] = set()
    for name, value in environ.items():
        if not name.startswith("SUPPORTMAIL__"):
            continue
        parts = [p.lower() for p in name.removeprefix("SUPPORTMAIL__").split("__") if p]
        if len(parts) < 2:
            problems.append(f"{name}: expected SUPPORTMAIL__<SECTION>__<KEY>")
            continue
        table = data
        for part in parts[:-1]:
            child = table.setdefault(part, {})
            if not isinstance(child, dict):
                problems.append(f"{name}: {'.'.join(parts[:-1])} is not a table")
                break
            table = child
        else:
            table[parts[-1]] = value
            paths.add(".".join(parts))
    return frozenset(paths)
