"""The words of a mail: a language's loaded templates, filled in and laid out as plain text.

Pure: the template texts and the formatters of dates and lengths come in a `Words` value built
by the shell (`supportmail.templates`, which reads the files and owns the locale library); here
they are only filled in. Placeholders are `string.Template` names (`$tag`, `${tag}`; `$$` is a
dollar sign); a missing value is an error, never a silent gap.

Layout of a template (Mailman-style plain text):
- An optional first line "Subject: ..." followed by a blank line gives the mail's subject.
- Blocks are separated by blank lines. A block written on one line is a paragraph, wrapped at
  76 columns; a block of several lines is kept line by line (a too long line is wrapped with a
  hanging indent matching its bullet). A paragraph whose filled-in value spans lines is kept
  line by line too, and so is an indented line (a command to copy, say). Lines break between
  words only: a longer word (a path, a link) stays whole.
- A line that is empty once filled in is left out, and so is a block left empty: optional parts
  are values that may be "".
- A line "--" is the signature separator and is sent as "-- " (RFC 3676), which editors that
  strip trailing spaces would otherwise break.
"""

import re
import textwrap
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from string import Template

WIDTH = 76
SIGNATURE_SEPARATOR = "-- "


@dataclass(frozen=True)
class Words:
    """One language: its mail templates and phrases, and how it writes times and lengths.

    `when(moment, zone)` writes a moment in `zone` (an IANA name or "UTC+01:00"), naming the
    zone; `clock("09:00")` a time of day; `hours(n)` a window length ("36 hours");
    `days(workdays)` a set of weekdays (0 is Monday) in words; `language_name(code)` a
    language's name in this language.
    """

    language: str
    templates: Mapping[str, str]
    phrases: Mapping[str, str]
    when: Callable[[datetime, str], str]
    clock: Callable[[str], str]
    hours: Callable[[float], str]
    days: Callable[[Sequence[int]], str]
    language_name: Callable[[str], str]

    def phrase(self, key: str, **values: object) -> str:
        """The short phrase `key` with `values` filled in (KeyError when one is missing)."""
        return _template(self.phrases[key]).substitute({k: str(v) for k, v in values.items()})

    def mail(self, kind: str, **values: object) -> tuple[str | None, str]:
        """The subject (None when the template has none) and laid-out body of mail `kind`."""
        return render(self.templates[kind], {k: str(v) for k, v in values.items()})


_SUBJECT = re.compile(r"\ASubject: *(.*)\n\n", re.IGNORECASE)


def render(template: str, values: Mapping[str, str]) -> tuple[str | None, str]:
    """Fill `template` with `values` and lay it out (see the module docstring)."""
    subject_line, layout = _layout(template)
    subject = None if subject_line is None else _one_line(subject_line.substitute(values))
    blocks: list[str] = []
    for lines, paragraph_form in layout:
        filled = [line.substitute(values) for line in lines]
        if paragraph_form and "\n" not in filled[0]:
            paragraph = _one_line(filled[0])
            if paragraph:
                blocks.append(_fill(paragraph))
            continue
        kept = [
            _wrap_line(SIGNATURE_SEPARATOR if line.rstrip() == "--" else line.rstrip())
            for value in filled
            for line in value.split("\n")
            if line.strip()
        ]
        if kept:
            blocks.append("\n".join(kept))
    return subject, "\n\n".join(blocks) + "\n"


@lru_cache(maxsize=256)
def _layout(template: str) -> tuple[Template | None, tuple[tuple[tuple[Template, ...], bool], ...]]:
    """`template` taken apart once (a language has a few dozen, each filled for many mails):
    its subject line, and its blocks, each its lines and whether it is a one-line paragraph."""
    text = template.replace("\r\n", "\n")
    subject: Template | None = None
    match = _SUBJECT.match(text)
    if match:
        subject = Template(match.group(1))
        text = text[match.end() :]
    blocks = []
    for raw in re.split(r"\n[ \t]*\n", text.strip("\n")):
        lines = raw.split("\n")
        paragraph_form = len(lines) == 1 and not lines[0][:1].isspace()
        blocks.append((tuple(Template(line) for line in lines), paragraph_form))
    return subject, tuple(blocks)


@lru_cache(maxsize=1024)
def _template(text: str) -> Template:
    """A phrase's Template, made once."""
    return Template(text)


def _one_line(text: str) -> str:
    """`text` with runs of spaces, tabs and newlines made one space; no-break spaces kept
    (French puts them before ":" and inside guillemets, and they must not break there)."""
    return re.sub(r"[ \t\r\n]+", " ", text).strip(" ")


def _wrap_line(line: str) -> str:
    if len(line) <= WIDTH or line == SIGNATURE_SEPARATOR:
        return line
    indent = " " * (len(line) - len(line.lstrip(" -*")) or 2)
    return _fill(line, indent)


@lru_cache(maxsize=4096)  # the same sentences recur in every mail of a kind
def _fill(text: str, indent: str = "") -> str:
    """`text` wrapped at WIDTH between words only: a word longer than a line (a folder's path,
    a link, a reply address) stays whole, so it can be copied, on a line of its own."""
    return textwrap.fill(
        text, WIDTH, subsequent_indent=indent, break_on_hyphens=False, break_long_words=False
    )


def placeholders(template: str) -> frozenset[str]:
    """The names `template` fills in (for checking that every language asks for the same)."""
    return frozenset(
        m.group("named") or m.group("braced")
        for m in Template.pattern.finditer(template)
        if m.group("named") or m.group("braced")
    )
