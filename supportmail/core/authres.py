"""Authentication-Results (RFC 8601): did our own MTA see DKIM or DMARC pass for a domain? (pure)

Only a header stamped with our own authserv-id counts, and only the topmost such header: a
sender can add any Authentication-Results it likes further down, claiming to be anyone.
"""

import re

_RESULT = re.compile(r"\b(dkim|dmarc)\s*=\s*(\w+)([^;]*)", re.IGNORECASE)
_PROPERTY = re.compile(r"\bheader\.(d|i|from)\s*=\s*\"?([^\s;\"]+)", re.IGNORECASE)


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
