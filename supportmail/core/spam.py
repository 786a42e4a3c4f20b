"""Spam verdicts of common filters, believed only where our own receiving server wrote them.

A message carries the headers of every server it crossed: the sender's own filter, a mailing
list's, a forwarder's. Only the verdict of the server that delivered it to us is policy, so a
verdict counts only when it lies in the block of headers our side added.

Mail servers prepend: each hop puts its Received (and its filter's headers) above what it got.
Our side's block is therefore the top of the header section, down to the first Received that
another host wrote ("by" a host not in `receiving_hosts`): everything below it was there before
our side saw the mail. A filter may write its verdict just above or just below our MTA's own
Received (milters and content filters differ), so the whole block above that boundary counts,
but only when our side is proven in it: a Received "by" one of `receiving_hosts`, or an
Authentication-Results / ARC-Authentication-Results whose authserv-id is `authserv_id`.
List every host of the receiving side (including a content filter's "localhost" hop).

With neither setting configured we cannot prove anything is ours; then only the headers above
the first Received count (added at final delivery, e.g. by a Sieve or LDA filter), and a message
with no Received at all (placed in the mailbox directly) is trusted whole.
"""

import re
from dataclasses import dataclass

from supportmail.core.types import ParsedMessage


@dataclass(frozen=True)
class SpamTrust:
    """Which headers show our receiving side: its host names and its authserv-id."""

    receiving_hosts: frozenset[str] = frozenset()  # lower-case host names
    authserv_id: str | None = None


_BY_HOST = re.compile(r"\bby\s+([A-Za-z0-9.-]+)", re.IGNORECASE)
_AUTHSERV = re.compile(r"^\s*([^\s;]+)")
_SPAMD_RESULT = re.compile(r"^\s*\w+\s*:\s*true\b", re.IGNORECASE)
_SCL = re.compile(r"\bSCL\s*:\s*(-?\d+)", re.IGNORECASE)
_SFV_SPAM = re.compile(r"\bSFV\s*:\s*(?:SPM|BLK)\b", re.IGNORECASE)
_MS_SCL_SPAM = 5  # Microsoft: 5 and above is spam (5-6 spam, 7-9 high confidence)


def _received_by(value: str) -> str:
    match = _BY_HOST.search(value)
    return match.group(1).lower().rstrip(".") if match else ""


def _authserv(name: str, value: str) -> str:
    """The authserv-id an (ARC-)Authentication-Results header names, lower-cased."""
    if name.startswith("arc-"):
        value = value.partition(";")[2]  # past the "i=N;" instance tag
    match = _AUTHSERV.match(value)
    return match.group(1).lower() if match else ""


def trusted_headers(msg: ParsedMessage, trust: SpamTrust) -> tuple[tuple[str, str], ...]:
    """The headers our receiving side added (see the module docstring), top first."""
    headers = msg.headers
    marked = bool(trust.receiving_hosts) or bool(trust.authserv_id)
    if not marked:
        for index, (name, _value) in enumerate(headers):
            if name == "received":
                return headers[:index]
        return headers
    authserv = (trust.authserv_id or "").lower()
    proven = False
    boundary = len(headers)
    for index, (name, value) in enumerate(headers):
        if name == "received":
            if _received_by(value) not in trust.receiving_hosts:
                boundary = index
                break
            proven = True
        elif name in ("authentication-results", "arc-authentication-results"):
            proven = proven or (bool(authserv) and _authserv(name, value) == authserv)
    return headers[:boundary] if proven else ()


def _verdict(name: str, value: str) -> str | None:
    """The spam verdict one header states, or None when it says ham or nothing."""
    text = value.strip()
    lowered = text.lower()
    if name == "x-spam-flag" and lowered.startswith("yes"):
        return "SpamAssassin X-Spam-Flag: YES"
    if name == "x-spam-status" and lowered.startswith("yes"):
        return "SpamAssassin X-Spam-Status: Yes"
    if name == "x-spam" and lowered.split(" ", 1)[0] in ("yes", "true"):
        return "rspamd X-Spam: Yes"
    if name == "x-spamd-result" and _SPAMD_RESULT.match(text):
        return "rspamd X-Spamd-Result: True"
    if name in ("x-ms-exchange-organization-scl", "x-forefront-antispam-report", "x-ms-scl"):
        if name == "x-forefront-antispam-report" and _SFV_SPAM.search(text):
            return "Microsoft X-Forefront-Antispam-Report SFV:SPM"
        scl = _SCL.search(text) if name == "x-forefront-antispam-report" else None
        raw = scl.group(1) if scl else (text if name != "x-forefront-antispam-report" else "")
        try:
            level = int(raw.strip())
        except ValueError:
            return None
        if level >= _MS_SCL_SPAM:
            return f"Microsoft SCL {level}"
    return None


def spam_verdict(msg: ParsedMessage, trust: SpamTrust) -> str | None:
    """Why our receiving side called `msg` spam, or None when it did not (or we cannot tell)."""
    for name, value in trusted_headers(msg, trust):
        verdict = _verdict(name, value)
        if verdict is not None:
            return verdict
    return None
