"""Every text a person reads in our mail, one file per mail kind and language, and its loader.

Role: read `templates/<lang>/<kind>.txt` and `templates/<lang>/words.toml` and hand them, with
the language's date and length formatters (`formats`, the one Babel user), to the pure core as a
`core.mailwords.Words`. May import: `core` only (and Babel, in `formats`).

Layout: `<lang>/<kind>.txt` is the body of one mail kind (an optional first line "Subject: ..."
and a blank line give its subject); `<lang>/words.toml` holds the language's date patterns
(`[formats]`) and the short phrases the mails are built from (`[customer]`, `[staff]`). The
template syntax and layout rules (placeholders `$name`, a one-line block is a wrapped paragraph,
a multi-line block is kept line by line, empty lines and blocks are left out, "--" is the
signature line) are described in `supportmail.core.mailwords`.

Customer mails (`CUSTOMER_KINDS`, phrases `[customer]`) exist in every language a customer may
be answered in; staff mails (`STAFF_KINDS`, phrases `[staff]`) in every team language. Today the
customer languages are en, de, fr, es, nl, it, pt and the team language is en.

How to add or change a mail
---------------------------
- Change the words: edit `templates/<lang>/<kind>.txt` (or the phrase in `words.toml`) in every
  language; keep the placeholders. `tests/test_templates.py` renders every template in every
  language with every value and fails when a language lacks a file, a phrase or a placeholder.
- Add a mail kind: write `templates/en/<kind>.txt` (and the other languages for a customer
  mail), add the kind to `CUSTOMER_KINDS` or `STAFF_KINDS` below, add its values to
  `tests/test_templates.py`'s `VALUES`, then a compose function in `core` (customer mail in
  `core/compose.py`, staff mail in `core/staffmail.py`) that fills it in with
  `words.mail(kind, ...)`, and register that function in `outbound.mails.COMPOSERS` so
  `mails.queue_mail(session, desk, ticket, "<kind>", now, ...)` queues it.
- Add a language: copy `templates/en/` to `templates/<lang>/` (customer kinds and `[customer]`
  phrases at least, `[formats]` with Babel patterns for that language) and translate; no code
  changes. Staff mails in that language also need the staff kinds and `[staff]` phrases.
"""

import tomllib
from functools import cache
from pathlib import Path

from supportmail.core.mailwords import Words
from supportmail.templates.formats import Formats

HERE = Path(__file__).resolve().parent
CUSTOMER_KINDS = ("ack", "relay", "priority", "escalated", "ack_summary", "merged")
STAFF_KINDS = (
    "notify",
    "facts",
    "page",
    "warning",
    "escalation",
    "confirm",
    "breaker_alert",
    "bounce_notice",
    "assigned",
)
FALLBACK = "en"


def languages() -> tuple[str, ...]:
    """Every language that has a template directory."""
    return tuple(sorted(p.name for p in HERE.iterdir() if (p / "words.toml").is_file()))


def _has(language: str, kinds: tuple[str, ...], section: str) -> bool:
    folder = HERE / language
    if not all((folder / f"{kind}.txt").is_file() for kind in kinds):
        return False
    with (folder / "words.toml").open("rb") as f:
        return section in tomllib.load(f)


def customer_languages() -> tuple[str, ...]:
    """The languages a customer can be answered in: every customer mail exists in them."""
    return tuple(lang for lang in languages() if _has(lang, CUSTOMER_KINDS, "customer"))


def team_languages() -> tuple[str, ...]:
    """The languages staff mail can be written in: every staff mail exists in them."""
    return tuple(lang for lang in languages() if _has(lang, STAFF_KINDS, "staff"))


@cache
def words(language: str) -> Words:
    """The templates, phrases and formatters of `language` (LookupError when there are none)."""
    folder = HERE / language
    if language not in languages():
        raise LookupError(f"no mail templates for language {language!r}")
    with (folder / "words.toml").open("rb") as f:
        data = tomllib.load(f)
    phrases: dict[str, str] = {**data.get("customer", {}), **data.get("staff", {})}
    formats = Formats(language, data["formats"], phrases)
    texts = {p.stem: p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))}
    return Words(
        language=language,
        templates=texts,
        phrases=phrases,
        when=formats.when,
        clock=formats.clock,
        hours=formats.hours,
        days=formats.days,
        language_name=formats.language_name,
    )
