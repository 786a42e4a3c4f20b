"""The schema revision this version needs, read from the migration files without Alembic.

Every command checks the schema before it reads, and importing Alembic's script loader costs a
read-only command more than its whole work; the migration files' own `revision` and
`down_revision` lines say the same (a test keeps this equal to Alembic's answer).
"""

import re
from functools import cache
from importlib import resources

from supportmail.errors import SchemaError

_REVISION_LINE = re.compile(r'^revision(?::\s*str)?\s*=\s*"(?P<value>[^"]+)"', re.MULTILINE)
_DOWN_REVISION_LINE = re.compile(
    r'^down_revision(?::[^=]+)?=\s*(?:"(?P<value>[^"]+)"|None)', re.MULTILINE
)


@cache
def head_revision() -> str:
    """The newest revision of the installed migrations; SchemaError unless there is one head."""
    downs: dict[str, str | None] = {}
    for script in (resources.files("supportmail.storage") / "migrations" / "versions").iterdir():
        if not script.name.endswith(".py") or script.name.startswith("_"):
            continue
        source = script.read_text(encoding="utf-8")
        revision = _REVISION_LINE.search(source)
        if revision is None:
            continue
        down = _DOWN_REVISION_LINE.search(source)
        downs[revision["value"]] = down["value"] if down and down["value"] else None
    heads = set(downs) - {down for down in downs.values() if down is not None}
    if len(heads) != 1:
        raise SchemaError(f"the installed migrations have {len(heads)} heads: {sorted(heads)}")
    return heads.pop()


def schema_error(current: str | None) -> SchemaError | None:
    """The error to raise for a database at `current` (None: no schema), or None when current."""
    head = head_revision()
    if current == head:
        return None
    state = "has no schema" if current is None else f"is at schema {current}"
    return SchemaError(
        f"the database {state}, this version needs {head}: "
        "run `supportmail db upgrade -c <config>` first"
    )
