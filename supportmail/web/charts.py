"""Compliance over time as data for inline SVG bars (no script, no external image): per week
and priority, the share of first responses in time, with the counts behind it."""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from supportmail.core.types import Priority
from supportmail.storage.dashboard import DayCompliance

HEIGHT = 120  # the plot's height in SVG units; a bar of 100 % is this tall
BAR, GAP = 22, 8


@dataclass(frozen=True)
class Bar:
    """One week's bar: geometry in SVG units, the share (None: no verdict yet) and counts."""

    x: int
    height: int
    week: date
    share: float | None
    in_time: int
    breached: int
    pending: int

    @property
    def y(self) -> int:
        """The bar's top edge (SVG's y grows downwards)."""
        return HEIGHT - self.height

    @property
    def level(self) -> str:
        """A CSS class by result: good (95 % and more), fair (80 % and more), poor, none."""
        if self.share is None:
            return "none"
        return "good" if self.share >= 95 else "fair" if self.share >= 80 else "poor"

    @property
    def label(self) -> str:
        """The share as a short label ("97 %", "-")."""
        return "-" if self.share is None else f"{self.share:.0f} %"


@dataclass(frozen=True)
class Chart:
    """One priority's (or the total's) weekly bars."""

    name: str
    bars: list[Bar]
    width: int
    in_time: int
    judged: int

    @property
    def share(self) -> str:
        """The whole period's share in time."""
        return "-" if not self.judged else f"{100 * self.in_time / self.judged:.1f} %"


def weekly_charts(days: Sequence[DayCompliance], first_monday: date, weeks: int) -> list[Chart]:
    """A chart per priority P0..P3 and one for all, each with a bar per week from
    `first_monday`."""
    mondays = [first_monday + timedelta(weeks=n) for n in range(weeks)]
    names = [p.value for p in Priority]
    counts = {(name, m): [0, 0, 0] for name in [*names, "all"] for m in mondays}
    for day in days:
        monday = day.day - timedelta(days=day.day.weekday())
        for name in (day.priority, "all"):
            cell = counts.get((name, monday))
            if cell is not None:
                cell[0] += day.in_time
                cell[1] += day.breached
                cell[2] += day.pending
    charts = []
    for name in [*names, "all"]:
        bars = []
        for n, monday in enumerate(mondays):
            good, bad, waiting = counts[(name, monday)]
            share = None if good + bad == 0 else 100 * good / (good + bad)
            height = 0 if share is None else max(1, round(HEIGHT * share / 100))
            bars.append(Bar(n * (BAR + GAP), height, monday, share, good, bad, waiting))
        in_time = sum(b.in_time for b in bars)
        judged = in_time + sum(b.breached for b in bars)
        charts.append(Chart(name, bars, weeks * (BAR + GAP), in_time, judged))
    return charts
