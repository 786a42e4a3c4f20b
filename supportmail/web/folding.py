"""A message's text cut into what the author wrote and what they quoted, to fold the latter."""

import re
from dataclasses import dataclass

from supportmail.core.quoting import quote_start

_QUOTED = re.compile(r"^[ \t]*>")


@dataclass(frozen=True)
class Segment:
    """A run of a message's text: the author's own words, or quoted text (folded)."""

    text: str
    quoted: bool

    @property
    def lines(self) -> int:
        """How many lines the run holds."""
        return self.text.count("\n") + 1


def segments(text: str) -> list[Segment]:
    """`text` as runs of own and quoted text, in order: each block of "> " lines is quoted,
    and so is everything from a reply header ("On ... wrote:") or signature on."""
    text = text.replace("\r\n", "\n").strip("\n")
    start = quote_start(text)
    body, tail = (text, "") if start is None else (text[:start], text[start:])
    found: list[Segment] = []
    run: list[str] = []
    quoted = False
    for line in body.split("\n"):
        is_quote = bool(_QUOTED.match(line))
        if run and is_quote != quoted:
            found.append(Segment("\n".join(run).strip("\n"), quoted))
            run = []
        quoted = is_quote
        run.append(line)
    if run:
        found.append(Segment("\n".join(run).strip("\n"), quoted))
    if tail.strip():
        found.append(Segment(tail.strip("\n"), True))
    return [s for s in found if s.text.strip()]
