"""Authentication-Results (RFC 8601): did our own MTA see DKIM or DMARC pass for a domain? (pure)

Only a header stamped with our own authserv-id counts, and only the topmost such header: a
sender can add any Authentication-Results it likes further down, claiming to be anyone.
"""

import re

_RESULT = re.compile(r"\b(dkim|dmarc)\s*=\s*(\w+)([^;]*)", re.IGNORECASE)
_PROPERTY = re.compile(r"\bheader\.(d|i|from)\s*=\s*\"?([^\s;\"]+)", re.IGNORECASE)


def _our_header(headers: tuple[str, ...], authserv_id: str) -> str | None:
    """The topmost Authentication-Results value stamped by `authserv_id`, if any."""
    for value in headers:
        serv = value.split(";", 1)[0].strip().split()[0].lower() if value.strip() else ""
        if serv == authserv_id.lower():
            return value
    return None


def dmarc_failed(headers: tuple[str, ...], authserv_id: str, domain: str) -> bool:
    """Whether our own server recorded dmarc=fail for `domain` (the From domain): the mail
    claims a sender its domain's owner says did not send it.

    Only our server's topmost header counts (see the module docstring): a sender cannot make
    a genuine mail fail, and a forged header further down is ignored. A result for another
    domain, or a header without header.from, is not a failure of this one.
    """
    value = _our_header(headers, authserv_id)
    if value is None:
        return False
    wanted = domain.lower()
    for method, result, props in _RESULT.findall(value):
        if method.lower() != "dmarc" or result.lower() != "fail":
            continue
        for _, prop_value in _PROPERTY.findall(props):
            if prop_value.lower().rpartition("@")[2] == wanted:
                return True
    return False


def authenticated_domain(headers: tuple[str, ...], authserv_id: str, domain: str) -> str | None:
    """The method ("dkim" or "dmarc") our server saw pass for `domain`, or None.

    `headers` are the Authentication-Results values in message order (topmost first).
    """
    wanted = domain.lower()
    for value in headers:
        serv = value.split(";", 1)[0].strip().split()[0].lower() if value.strip() else ""
        if serv != authserv_id.lower():
            continue
        method: str
        result: str
        props: str
        for method, result, props in _RESULT.findall(value):
            if result.lower() != "pass":
                continue
            for _, prop_value in _PROPERTY.findall(props):
                found: str = prop_value.lower().rpartition("@")[2]
                if found == wanted:
                    return method.lower()
        return None  # only the topmost header of our own server counts
    return None
