"""The digests' pure part: when one is due, what goes in it, the compliance arithmetic, and the
text and HTML it is written as (hostile mail text escaped, nothing a mail client would drop)."""

import re
from dataclasses import replace
from datetime import UTC, datetime, time, timedelta
from html.parser import HTMLParser

import pytest

from supportmail.core.digest import (
    Compliance,
    DigestTicket,
    Schedule,
    busiest_customers,
    change_points,
    compliance,
    daily_digest,
    due_digest,
    latest_moment,
    period_of,
    week_before,
    weekly_digest,
)
from supportmail.core.digest_html import bar_cells, digest_html
from supportmail.core.digest_mail import compose_digest
from supportmail.core.digest_text import daily_layout, plain_text, weekly_layout
from supportmail.core.outgoing_headers import Identity
from supportmail.templates import words

ID = Identity("support@houseware.io", "Houseware Support", "supportmail.houseware.io")
NOW = datetime(2026, 3, 2, 7, 0, tzinfo=UTC)  # Monday 08:00 in Berlin
WORKDAYS = frozenset(range(5))
LEVELS = {1: "Customer Happiness Manager", 2: "Head of Customer Experience"}
HOSTILE = '<script>alert(1)</script> "quoted" & <img src=x onerror=alert(2)>'


def ticket(number: int, due_hours: float | None, **changes: object) -> DigestTicket:
    """An open P2 ticket of Acme's, its current response due `due_hours` from NOW (None:
    answered), its first response due then too."""
    due = None if due_hours is None else NOW + timedelta(hours=due_hours)
    base = DigestTicket(
        number=number,
        subject=f"Question {number}",
        requester="anna@acme.example",
        requester_name="Anna Customer",
        customer="Acme Corp",
        priority="P2",
        status="open",
        assignee=None,
        received_at=NOW - timedelta(hours=30),
        response_due=due,
        first_response_due=due or NOW - timedelta(hours=6),
        first_response_at=None if due is not None else NOW - timedelta(hours=7),
    )
    return replace(base, **changes)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("now", "expected"),
    [
        (datetime(2026, 3, 2, 6, 59, tzinfo=UTC), datetime(2026, 2, 27, 7, 0, tzinfo=UTC)),
        (datetime(2026, 3, 2, 7, 0, tzinfo=UTC), datetime(2026, 3, 2, 7, 0, tzinfo=UTC)),
        (datetime(2026, 3, 1, 12, 0, tzinfo=UTC), datetime(2026, 2, 27, 7, 0, tzinfo=UTC)),
        # Summer time: 08:00 in Berlin is 06:00 UTC.
        (datetime(2026, 7, 1, 6, 30, tzinfo=UTC), datetime(2026, 7, 1, 6, 0, tzinfo=UTC)),
    ],
)
def test_the_latest_scheduled_moment_follows_days_and_zone(
    now: datetime, expected: datetime
) -> None:
    """08:00 Berlin on working days: the latest such moment at or before `now`, DST-aware."""
    schedule = Schedule(WORKDAYS, time(8, 0), "Europe/Berlin")
    assert latest_moment(schedule, now) == expected


def test_a_digest_is_due_within_its_grace_only() -> None:
    """A daily digest goes out up to 6 hours late, a weekly one up to a day; later, not at all
    (the morning's list is not sent in the evening)."""
    daily = Schedule(WORKDAYS, time(8, 0), "UTC")
    due = due_digest("daily", daily, datetime(2026, 3, 2, 13, 59, tzinfo=UTC))
    assert due is not None and due.period == "2026-03-02"
    assert due_digest("daily", daily, datetime(2026, 3, 2, 14, 1, tzinfo=UTC)) is None
    weekly = Schedule(frozenset({0}), time(8, 0), "UTC")
    due = due_digest("weekly", weekly, datetime(2026, 3, 3, 7, 59, tzinfo=UTC))
    assert due is not None and due.period == "2026-W10"
    assert due_digest("weekly", weekly, datetime(2026, 3, 3, 8, 1, tzinfo=UTC)) is None
    assert due_digest("daily", Schedule(frozenset(), time(8, 0)), NOW) is None


def test_periods_are_local_dates_and_iso_weeks() -> None:
    """Late evening UTC is already the next day in Tokyo; ISO weeks cross the new year."""
    moment = datetime(2026, 3, 1, 23, 30, tzinfo=UTC)
    assert period_of("daily", moment, "UTC") == "2026-03-01"
    assert period_of("daily", moment, "Asia/Tokyo") == "2026-03-02"
    assert period_of("weekly", datetime(2027, 1, 1, 9, 0, tzinfo=UTC), "UTC") == "2026-W53"


def test_the_daily_lists_overdue_first_then_soonest_due_then_waiting() -> None:
    """Overdue by due time (the longest overdue first), then due later, then the answered ones
    waiting for the customer; closed tickets are not listed."""
    tickets = [
        ticket(1, 5),
        ticket(2, -1),
        ticket(3, None),
        ticket(4, -9),
        ticket(5, 2),
        ticket(6, -2, status="closed"),
    ]
    digest = daily_digest("alice@houseware.io", tickets, NOW)
    assert [t.number for t in digest.overdue] == [4, 2]
    assert [t.number for t in digest.upcoming] == [5, 1]
    assert [t.number for t in digest.waiting] == [3]
    assert digest.count == 5 and not digest.empty
    assert daily_digest("bob@houseware.io", [], NOW).empty


def test_compliance_counts_first_responses_due_in_the_week() -> None:
    """Met when answered by the due time; breached when answered later or still unanswered;
    a ticket closed unanswered before it fell due, or due outside the week, is not judged."""
    start, end = NOW - timedelta(days=7), NOW
    inside = start + timedelta(days=2)
    tickets = [
        ticket(1, None, first_response_due=inside, first_response_at=inside - timedelta(hours=1)),
        ticket(2, None, first_response_due=inside, first_response_at=inside + timedelta(hours=1)),
        ticket(3, -50, first_response_due=inside, priority="P1"),
        ticket(4, -50, first_response_due=inside, status="closed", closed_at=inside - timedelta(1)),
        ticket(5, -200, first_response_due=start - timedelta(hours=1)),
        ticket(6, None, first_response_due=inside, first_response_at=inside, priority="P1"),
    ]
    rows = {row.priority: row for row in compliance(tickets, start, end)}
    assert (rows["P2"].met, rows["P2"].breached) == (1, 1)
    assert (rows["P1"].met, rows["P1"].breached) == (1, 1)
    assert rows["P0"].percent is None
    assert (rows["all"].met, rows["all"].breached, rows["all"].percent) == (2, 2, 50.0)


def test_the_change_against_the_previous_week_is_in_points() -> None:
    """90% after 75% is +15 points; without a verdict on either side there is no change."""
    assert change_points(Compliance("P1", 9, 1), Compliance("P1", 3, 1)) == pytest.approx(15.0)
    assert change_points(Compliance("P1", 9, 1), Compliance("P1")) is None


def test_busiest_customers_group_by_customer_domain_or_person() -> None:
    """Known customers by name, other companies by domain, public mail addresses one by one;
    with the week before's count beside."""
    start, end = NOW - timedelta(days=7), NOW
    this = start + timedelta(days=1)
    tickets = [
        ticket(1, 5, received_at=this),
        ticket(2, 5, received_at=this),
        ticket(3, 5, received_at=this, customer=None, requester="x@globex.example"),
        ticket(4, 5, received_at=this, customer=None, requester="a@gmail.com"),
        ticket(5, 5, received_at=this, customer=None, requester="b@gmail.com"),
        ticket(6, 5, received_at=start - timedelta(days=1)),
    ]
    busy = busiest_customers(tickets, start, end)
    assert [(b.customer, b.tickets, b.previous) for b in busy] == [
        ("Acme Corp", 2, 1),
        ("a@gmail.com", 1, 0),
        ("b@gmail.com", 1, 0),
        ("globex.example", 1, 0),
    ]


def test_weekly_collects_breaches_risks_and_unconfirmed() -> None:
    """Breaches still unanswered come before those answered late; at risk is open and due
    within 24 hours; unconfirmed priorities are the open ones triage asked about."""
    start, end = week_before(NOW, "UTC")
    inside = start + timedelta(days=3)
    tickets = [
        ticket(1, None, first_response_due=inside, first_response_at=inside + timedelta(hours=3)),
        ticket(2, -80, first_response_due=inside),
        ticket(3, 5, priority_unconfirmed=True),
        ticket(4, 30),
        ticket(5, 5, status="closed", priority_unconfirmed=True),
    ]
    weekly = weekly_digest("happiness@houseware.io", tickets, start, end, NOW)
    assert [(b.ticket.number, b.answered) for b in weekly.breaches] == [(2, False), (1, True)]
    assert weekly.breaches[1].late_by == timedelta(hours=3)
    assert [t.number for t in weekly.at_risk] == [3]
    assert [t.number for t in weekly.unconfirmed] == [3]
    assert weekly.open_now == 4


def texts(layout_text: str) -> str:
    """The text with wrapping undone, to look for phrases that may have been broken."""
    return " ".join(layout_text.split())


def test_the_daily_text_reads_as_a_list_of_tickets() -> None:
    """Subject with the date and counts; each ticket with tag, priority, state, subject and
    who; the escalation level by name; how to act and when the digest comes."""
    en = words("en")
    tickets = [ticket(7, -3, escalation_level=1, priority="P1"), ticket(8, 4), ticket(9, None)]
    digest = daily_digest("alice@houseware.io", tickets, NOW)
    layout = daily_layout(
        en, ID, digest, NOW, "Europe/Berlin",
        levels=LEVELS, reply_to="team@houseware.io", schedule="Comes on workdays.",
    )  # fmt: skip
    assert layout.subject == "Your open tickets on 2026-03-02: 1 overdue, 3 in all"
    text = texts(plain_text(layout))
    assert "Overdue (1) - [#7] P1, overdue by 3 hours: Question 7" in text
    assert "Anna Customer <anna@acme.example>, Acme Corp; due Mon 2 Mar 2026, 05:00" in text
    assert "escalated to level 1 (Customer Happiness Manager)" in text
    assert "Due next (1) - [#8] P2, due in 4 hours: Question 8" in text
    assert "Answered, waiting for the customer (1) - [#9] P2, answered: Question 9" in text
    assert "Replies to this digest go to team@houseware.io." in text
    assert plain_text(layout).endswith("-- \nHouseware Support\n")
    assert all(len(line) <= 76 for line in plain_text(layout).splitlines())


def weekly_sample() -> str:
    """A weekly digest's plain text with one breach, one risk, one unconfirmed priority."""
    en = words("en")
    start, end = week_before(NOW, "UTC")
    inside = start + timedelta(days=3)
    tickets = [
        ticket(1, None, first_response_due=inside, first_response_at=inside - timedelta(hours=1)),
        ticket(2, -80, first_response_due=inside, escalation_level=2, priority_set_by="bob@h.io"),
        ticket(3, 5, priority_unconfirmed=True, priority="P1"),
    ]
    weekly = weekly_digest("happiness@houseware.io", tickets, start, end, NOW)
    layout = weekly_layout(
        en, ID, weekly, NOW, "UTC", levels=LEVELS, reply_to="team@h.io", schedule="Mondays."
    )
    assert layout.subject == ("Weekly support report 2026-02-23 to 2026-03-01: 50% in time")
    return texts(plain_text(layout))


def test_the_weekly_text_says_compliance_breaches_and_what_to_do() -> None:
    """Per priority against the week before, each breach with what is known, the risk list,
    the busiest customers and the priorities to confirm."""
    text = weekly_sample()
    assert "- P2: 50% (1 of 2), the week before none due" in text
    assert "- All: 50% (1 of 2)" in text
    assert "[#2] P2, still unanswered, 4 days 7 hours late: Question 2" in text
    assert "nobody assigned; priority set by bob@h.io; escalated to level 2 (Head of" in text
    assert "At risk: due within 24 hours (1) - [#3] P1, due in 5 hours: Question 3" in text
    assert "- Acme Corp: 3 this week (0 the week before); late: 1" in text
    assert "Priorities to confirm (1) - [#3] P1, received" in text


def hostile_mail() -> tuple[str, str]:
    """The text and HTML parts of a weekly digest whose tickets carry hostile mail text."""
    en = words("en")
    start, end = week_before(NOW, "UTC")
    bad = ticket(
        66,
        -90,
        subject=HOSTILE,
        requester_name=HOSTILE,
        customer='Acme "<b>Corp</b>"',
        first_response_due=start + timedelta(days=1),
        assignee="x@h.io",
    )
    weekly = weekly_digest("happiness@houseware.io", [bad, ticket(67, 3)], start, end, NOW)
    layout = weekly_layout(
        en, ID, weekly, NOW, "UTC", levels=LEVELS, reply_to="team@h.io", schedule="Mondays."
    )
    message = compose_digest(
        ID, layout, "<d.1@supportmail.houseware.io>", to="m@h.io", reply_to="team@h.io", now=NOW
    )
    plain, html = message.get_body(("plain",)), message.get_body(("html",))
    assert plain is not None and html is not None
    return plain.get_content(), html.get_content()


class Tags(HTMLParser):
    """Every tag and attribute name an HTML document holds, and its text."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: set[str] = set()
        self.attributes: set[str] = set()
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        self.attributes.update(name for name, _ in attrs)

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parsed(html: str) -> Tags:
    """`html` parsed as a browser would read its tags."""
    tags = Tags()
    tags.feed(html)
    tags.close()
    return tags


def test_mail_text_is_escaped_in_the_html_part() -> None:
    """Subjects, names and customers from mail appear in the HTML only as text: no tag or
    attribute they brought survives; the text part has them as written."""
    plain, html = hostile_mail()
    found = parsed(html)
    assert {"script", "img", "b"}.isdisjoint(found.tags)
    assert "onerror" not in found.attributes and "src" not in found.attributes
    text = "".join(found.text)
    assert HOSTILE in text and 'Acme "<b>Corp</b>"' in text
    assert "<script>alert(1)</script>" in plain


def test_the_html_uses_only_what_mail_clients_render() -> None:
    """Tables and inline styles only: no class, no <style>, no image, no script, no link out;
    each bar cell has both bgcolor (Outlook) and an inline background colour."""
    _, html = hostile_mail()
    found = parsed(html)
    allowed = {"html", "head", "meta", "title", "body", "table", "tr", "td", "h1", "h2", "p"}
    assert found.tags <= allowed | {"br", "span", "strong", "ul", "li"}
    assert found.attributes <= {
        "charset", "name", "content", "style", "role", "width", "cellpadding", "cellspacing",
        "border", "align", "valign", "bgcolor", "height",
    }  # fmt: skip
    assert "url(" not in html
    bars = re.findall(r'<td width="(\d+)%" bgcolor="(#[0-9a-f]{6})"[^>]*style="([^"]*)"', html)
    assert bars and all(f"background-color:{colour}" in style for _, colour, style in bars)


def test_bars_never_have_a_zero_width_cell() -> None:
    """0% and 100% bars are one cell (a 0%-wide cell still shows in some clients); no value
    is an empty track."""
    assert bar_cells(0.0, "#123456").count("<td") == 1 and "#123456" not in bar_cells(0.0, "#1")
    assert bar_cells(1.0, "#123456").count("<td") == 1 and 'width="100%"' in bar_cells(1.0, "#1")
    assert bar_cells(0.5, "#123456").count('width="50%"') == 2
    assert bar_cells(None, "#123456").count("<td") == 1


def test_a_digest_mail_is_text_then_html_and_marked_automatic() -> None:
    """multipart/alternative with text/plain first (the fallback) and text/html second;
    auto-generated, replies to the team, our loop header on."""
    en = words("en")
    digest = daily_digest("alice@houseware.io", [ticket(1, 2)], NOW)
    layout = daily_layout(
        en, ID, digest, NOW, "UTC", levels=LEVELS, reply_to="team@h.io", schedule="Daily."
    )
    message = compose_digest(
        ID, layout, "<d.2@x>", to="alice@houseware.io", reply_to="team@h.io", now=NOW
    )
    assert message.get_content_type() == "multipart/alternative"
    assert [p.get_content_type() for p in message.iter_parts()] == ["text/plain", "text/html"]
    assert message["Auto-Submitted"] == "auto-generated" and "team@h.io" in message["Reply-To"]
    assert message["X-Supportmail-Loop"] == "support@houseware.io"
    assert digest_html(layout).startswith("<!DOCTYPE html>")


def test_long_lists_are_cut_with_the_full_count_kept() -> None:
    """A section lists at most LIST_LIMIT tickets (the most urgent); its heading keeps the
    full count and a note says how many more there are."""
    from supportmail.core.digest_text import LIST_LIMIT

    en = words("en")
    many = [ticket(n, -float(n)) for n in range(1, LIST_LIMIT + 6)]
    digest = daily_digest("alice@houseware.io", many, NOW)
    layout = daily_layout(
        en, ID, digest, NOW, "UTC", levels=LEVELS, reply_to="team@h.io", schedule="Daily."
    )
    (overdue,) = layout.sections
    assert overdue.heading == f"Overdue ({LIST_LIMIT + 5})"
    assert len(overdue.lines) == LIST_LIMIT and overdue.lines[0].tag == f"[#{LIST_LIMIT + 5}]"
    assert overdue.notes == ("... and 5 more, not listed here.",)
