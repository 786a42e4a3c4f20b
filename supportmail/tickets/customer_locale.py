"""How a customer is written to: the language and time zone kept on their ticket.

Chosen for each of the customer's messages (`core.language` decides; the config and the
message give the facts): the configured language for the address or its domain, else the
language of the customer's own words in this message, else the ticket's, else the support
default; the configured zone, else the UTC offset of the message's `Date:`, else the ticket's,
else the support default. The ticket keeps both until the customer switches.
"""

from supportmail.core.language import choose_language, choose_zone, detect_language
from supportmail.core.types import ParsedMessage
from supportmail.desk import Desk
from supportmail.storage.tables import Ticket


def write_to_customer_as(desk: Desk, ticket: Ticket, msg: ParsedMessage) -> None:
    """Set `ticket.language` and `ticket.timezone` from the customer's message `msg`.

    Only the requester's own mail counts: someone in Cc writing in another language does not
    change how the requester is answered.
    """
    assert msg.sender is not None
    if msg.sender.addr != ticket.requester:
        return
    support = desk.config.support
    wanted = desk.config.preference_for(msg.sender.addr)
    detected = detect_language(f"{msg.subject}\n{msg.text}")
    ticket.language = choose_language(wanted.language, detected, ticket.language, support.language)
    offset = msg.date.utcoffset() if msg.date is not None else None
    ticket.timezone = choose_zone(wanted.timezone, offset, ticket.timezone, support.timezone)
