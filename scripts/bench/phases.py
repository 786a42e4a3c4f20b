"""Wall-clock time per phase of a run, by wrapping named functions for its duration.

Independent of what it measures: the caller names (owner, attribute, label, parent label)
targets; `installed()` swaps each attribute for a timing wrapper and restores it afterwards.
A phase's reported time excludes the time of its children, so the rows add up to the total
(except rows marked `concurrent`, which ran on another thread beside the others).
"""

import functools
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Target:
    """A function to time: `owner.attribute` (a module or class), shown as `label`."""

    owner: Any
    attribute: str
    label: str
    parent: str | None = None
    concurrent: bool = False  # runs on another thread, beside the others: not part of "rest"


class PhaseClock:
    """Accumulates the time spent inside each target while installed."""

    def __init__(self, targets: Sequence[Target] = ()) -> None:
        self.targets = list(targets)
        self.totals: dict[str, float] = {t.label: 0.0 for t in self.targets}
        self.calls: dict[str, int] = {t.label: 0 for t in self.targets}

    def _wrap(self, label: str, original: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(original)
        def timed(*args: Any, **kwargs: Any) -> Any:
            started = time.perf_counter()
            try:
                return original(*args, **kwargs)
            finally:
                self.totals[label] += time.perf_counter() - started
                self.calls[label] += 1

        return timed

    @contextmanager
    def installed(self) -> Iterator["PhaseClock"]:
        """Time the targets inside the block; the originals are back afterwards."""
        saved: list[tuple[Any, str, Any, bool]] = []
        try:
            for t in self.targets:
                own = t.attribute in vars(t.owner)
                original = getattr(t.owner, t.attribute)
                saved.append((t.owner, t.attribute, vars(t.owner).get(t.attribute), own))
                setattr(t.owner, t.attribute, self._wrap(t.label, original))
            yield self
        finally:
            for owner, attribute, original, own in reversed(saved):
                if own:
                    setattr(owner, attribute, original)
                else:
                    delattr(owner, attribute)

    def report(self, total: float) -> dict[str, float]:
        """Seconds per phase, children subtracted from parents, plus the untimed rest."""
        own = dict(self.totals)
        for t in self.targets:
            if t.parent is not None:
                own[t.parent] -= self.totals[t.label]
        rows = {f"{label} ({self.calls[label]} calls)": secs for label, secs in own.items()}
        beside = {t.label for t in self.targets if t.concurrent}
        rest = total - sum(secs for label, secs in own.items() if label not in beside)
        rows["rest (loop, logging, outcomes)"] = rest
        return rows
