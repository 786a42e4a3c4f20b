"""HTML from the templates in web/templates/ (Jinja2: the only module that imports it).

Autoescaping is on for every template, and every value written into a page first passes
`visible`: control characters and bidirectional overrides in a subject or a name could
otherwise disguise what a reader sees (a file name that reads backwards), and a NUL has no
place in HTML. Nothing a mail says is ever marked safe.
"""

import re
from datetime import datetime, timedelta
from functools import cache
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined

from supportmail.core.sla import format_due, format_duration

# C0 and C1 controls but tab and newline, bidi embeddings, overrides and isolates, surrogates.
_HIDDEN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def visible(value: Any) -> Any:
    """Text with its hidden characters shown as U+FFFD; any other value as it is."""
    if isinstance(value, str):
        return _HIDDEN.sub("\ufffd", value)
    return value


def when(value: datetime | None) -> str:
    """A time as `supportmail show` prints it ("Fri 27 Nov 2026, 14:00 UTC"), "-" for none."""
    return "-" if value is None else format_due(value)


def duration(value: timedelta) -> str:
    """A length, two largest units ("1 d 4 h")."""
    return " ".join(format_duration(value).split()[:4])


@cache
def environment() -> Environment:
    """The template environment (built once)."""
    env = Environment(
        loader=PackageLoader("supportmail.web", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        finalize=visible,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["when"] = when
    env.filters["duration"] = duration
    return env


def render(name: str, **context: Any) -> bytes:
    """The page `name` (a template file) filled with `context`, as UTF-8."""
    return environment().get_template(name).render(**context).encode("utf-8")
