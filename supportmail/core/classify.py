"""What an inbound message is: loop, bounce, auto-reply, bulk, agent or human; and is it a reply.

Each rule is a small named check returning the reason it fired, or None. Rules run in a fixed
order and the first reason wins, so a stored reason always names the rule that decided:
loop -> spam (our receiving server's verdict) -> bounce -> auto-reply (headers, structure) -> bulk
-> auto-reply (subject only) -> agent -> human. Subject heuristics come after the bulk rules
because they are the weakest evidence.
"""

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from supportmail.core import machinewords
from supportmail.core.autoreply import (
    answers_our_mail,
    auto_reply_by_subject,
    auto_reply_by_text,
    restates_answered_mail,
)
from supportmail.core.bounce import (
    BOUNCE_BODY,
    BOUNCE_SUBJECT,
    DAEMON_NAME,
    REPORT_TYPES,
    RETURNED_MESSAGE_TYPES,
    SES_NOTIFICATION,
    is_mail_system,
    is_mailer_daemon,
)
from supportmail.core.disclaimers import without_disclaimers
from supportmail.core.machinetext import (
    COMPLAINT_WORDS,
    GATEWAY_WORDS,
    LIST_ROBOT_LOCAL_PARTS,
    MTA_NOTICE,
    asks,
    bulk_by_content,
    complaint_desk,
    complaint_report,
    evidence,
    fresh_lines,
    fresh_text,
    gateway_notice,
    header_addresses,
    is_no_reply,
    list_redistribution,
    list_server_notice,
)
from supportmail.core.spam import SpamTrust, spam_verdict
from supportmail.core.subjectprefix import answers, forwards, tagged_answer
from supportmail.core.threading import same_organisation
from supportmail.core.types import Attachment, Classification, Kind, ParsedMessage
from supportmail.core.wordscan import phrases


@dataclass(frozen=True)
class OwnIdentity:
    """Who we are, so our own mail coming back is recognised, and who our agents are."""

    support_addresses: frozenset[str]  # lower-case, e.g. support@houseware.io and its aliases
    agent_addresses: frozenset[str]
    agent_domains: frozenset[str]
    message_id_domain: str  # our Message-IDs are exactly "<...@{message_id_domain}>"
    loop_header: str = "X-Supportmail-Loop"  # on every mail we send; value = our support address
    spam_trust: SpamTrust = field(default_factory=SpamTrust)  # whose spam verdicts we believe


Rule = Callable[[ParsedMessage], str | None]

_MORE_BOUNCE_SUBJECT = re.compile(machinewords.BOUNCE_SUBJECT, re.IGNORECASE)
_MORE_DAEMON_NAME = re.compile(machinewords.DAEMON_NAME, re.IGNORECASE)
_FAILURE_SENTENCE = phrases(*machinewords.BOUNCE_BODY)
# The statements by which a notice calls itself automatic, wherever it says so (a signature too).
_SELF_DECLARED = frozenset({"automated", "unread"})
# A notice's first words name what it is: "Automatic notification from mail server srv-01",
# "Dies ist eine automatische Benachrichtigung des E-Mail-Gateways". Read only beside a failure
# subject and text (`_signed_failure_notice`): a person tells of such a notice further on, not as
# her first words.
_SELF_TITLE = re.compile(
    r"\W{0,3}(?:this is an? |dies ist eine?r? |ceci est une? |(?:esta|este) es una? "
    r"|(?:questa|questo) è una? |dit is een |(?:esta|este) é uma? )?"
    r"(?:(?:automatic|automated|auto-generated|system) (?:notification|notice|message"
    r"|report) (?:from|of|by)|automatische (?:melding|benachrichtigung|meldung|nachricht"
    r"|mitteilung) (?:van|vanuit|von|vom|des|der)|(?:notification|message|avis) automatique"
    r" (?:de|du|des)|(?:notificación|aviso|mensaje) automátic[oa] (?:de|del)|(?:notifica|avviso"
    r"|messaggio) automatic[oa] (?:da|di|del|dal)|(?:notificação|aviso|mensagem) automátic[oa]"
    r" (?:de|do|da))\b",
    re.IGNORECASE,
)
_QUESTION_END = re.compile(r"[?？؟](?:[\s\"'”»)]|$)")
# Exchange sends its delivery reports as MicrosoftExchange<32 hex digits>@<domain>.
_EXCHANGE_SYSTEM = re.compile(r"microsoftexchange[0-9a-f]{32}@.+", re.IGNORECASE)
_REPORT_TYPE = re.compile(r"report-type\s*=\s*\"?([\w.-]+)", re.IGNORECASE)
_COMPLAINT_SUBJECT = re.compile(r"^\s*complaint about message from \d{1,3}(?:\.\d{1,3}){3}", re.I)
_READ_RECEIPT_SUBJECT = re.compile(
    r"^\s*(?:read|gelesen|lu|leído|letto|gelezen|läst|lest|luettu|přečteno|odczytana)\s*:",
    re.IGNORECASE,
)
_READ_RECEIPT_BODY = re.compile(
    r"was read on|wurde am .* gelesen|a été lu|ha sido leído|è stato letto|is gelezen op",
    re.IGNORECASE,
)
# A calendar's answer to an invitation (iTIP METHOD:REPLY, RFC 5546): "Accepted: <event>" sent
# by a room mailbox that books itself, or by a person's click on Accept; either way the answer
# to an invitation, never a request, unless the person typed a question above it or a note in
# it. (An invitation itself, METHOD:REQUEST, is a person's.)
_CALENDAR_REPLY = re.compile(rb"^METHOD:REPLY\s*$", re.IGNORECASE | re.MULTILINE)
# The attendee's own note in the answer (RFC 5545 COMMENT, what "edit the response before
# sending" and "add a note" write, folded lines and escapes undone): she wrote to us, whatever
# she clicked, when it is a sentence or more. Outlook writes an empty one ("\\n"), a room that
# books itself one line ("Your request was accepted.").
_CALENDAR_COMMENT = re.compile(
    rb"^COMMENT(?:;[^:\r\n]*)?:(.*(?:\r?\n[ \t].*)*)", re.IGNORECASE | re.MULTILINE
)
_ICAL_ESCAPE = re.compile(rb"\\[nN,;\\]|\r?\n[ \t]")
_NOTE_WORDS = 6
_DECLINED = re.compile(rb"PARTSTAT=DECLINED", re.IGNORECASE)


def _attendee_note(calendar: bytes) -> bool:
    """Whether a calendar answer that accepts (or accepts tentatively) carries a note of
    `_NOTE_WORDS` words or more. A decline's note may be the absence notice the calendar
    declines with on its own ("I'm out of office until March 18"), in any language."""
    found = _CALENDAR_COMMENT.search(calendar)
    if found is None or _DECLINED.search(calendar):
        return False
    note = _ICAL_ESCAPE.sub(b" ", found.group(1)).decode("utf-8", "replace")
    return len(note.split()) >= _NOTE_WORDS


_CALENDAR_TYPES = frozenset({"text/calendar", "application/ics"})
_BULK_MARKERS = (
    "x-mailchimp-campaign",
    "x-mc-user",
    "x-campaign",
    "x-campaignid",
    "x-sfmc-stack",
    "x-newsletter",
    "x-listmember",
    "x-mailing-list",
    "mailing-list",
    "list-post",
    "list-help",
    "list-subscribe",
    "list-archive",
    "x-beenthere",
    "x-ml-name",
)
# Issue trackers, code hosts and other helpdesks' incident systems put these on the notices
# they generate (and only there: a person's client never copies X- headers into a reply), so
# one of them marks a notification even when it says nothing of Precedence or Auto-Submitted.
# Headers every mail of such a system carries, an agent's own answer too (X-Zendesk-*,
# X-RT-*, X-OTRS-*), are not among them: a person may write through those.
_TRACKER_NOTICE_HEADERS = frozenset(
    {
        "x-jira-fingerprint",
        "x-redmine-host",
        "x-redmine-project",
        "x-github-reason",
        "x-gitlab-project",
        "x-gitlab-notificationreason",
        "x-bugzilla-type",
        "x-bugzilla-reason",
        "x-launchpad-notification-type",
        "x-launchpad-message-rationale",
        "x-trac-ticket-id",
        "x-trac-project",
        "x-servicenow-generated",
        "x-gerrit-messagetype",
        "x-phabricator-sent-this-message",
        "x-youtrack-project",
    }
)


def report_type(msg: ParsedMessage) -> str:
    """The report-type parameter of a multipart/report message, lower-cased; "" otherwise."""
    if msg.content_type != "multipart/report":
        return ""
    match = _REPORT_TYPE.search(msg.header("content-type") or "")
    return match.group(1).lower() if match else ""


def _null_return_path(msg: ParsedMessage) -> bool:
    values = msg.header_all("return-path")
    return bool(values) and all(v.strip() in ("<>", "") for v in values)


def _mailer_daemon_from(msg: ParsedMessage) -> bool:
    """From is MAILER-DAEMON (by address or display name) or the null address "<>"."""
    raw_from = msg.header("from") or ""
    if msg.sender is not None and is_mailer_daemon(msg.sender.addr):
        return True
    # The raw From, because "MAILER-DAEMON <>" has a daemon name but no usable address.
    return raw_from.strip() == "<>" or (msg.sender is None and bool(DAEMON_NAME.search(raw_from)))


def _mail_system_from(msg: ParsedMessage) -> bool:
    """From names a mail system: MAILER-DAEMON, postmaster, "Mail Delivery System", ..."""
    if _mailer_daemon_from(msg):
        return True
    if msg.sender is not None and (
        is_mail_system(msg.sender.addr) or _EXCHANGE_SYSTEM.fullmatch(msg.sender.addr)
    ):
        return True
    raw_from = msg.header("from") or ""
    return bool(DAEMON_NAME.search(raw_from) or _MORE_DAEMON_NAME.search(raw_from))


def _attached_type(attachment: Attachment) -> str:
    """The attachment's type; a saved mail ("message.eml" as application/octet-stream, as
    abuse desks and webmail attach it) is the message/rfc822 it holds."""
    if attachment.filename.lower().endswith(".eml"):
        return "message/rfc822"
    return attachment.content_type


def _part_types(msg: ParsedMessage) -> set[str]:
    return {_attached_type(a) for a in msg.attachments}


def _loop_rules(own: OwnIdentity) -> list[Rule]:
    loop_header = own.loop_header.lower()

    def loop_header_present(msg: ParsedMessage) -> str | None:
        # Only our own value counts: another desk using the same software is not a loop.
        for value in msg.header_all(loop_header):
            if any(a in value.lower() for a in own.support_addresses):
                return f"loop: our loop header {own.loop_header}"
        return None

    def from_ourselves(msg: ParsedMessage) -> str | None:
        if msg.sender is not None and msg.sender.addr in own.support_addresses:
            return f"loop: sender is our own address {msg.sender.addr}"
        return None

    def our_message_id(msg: ParsedMessage) -> str | None:
        domain = (msg.message_id or "").rpartition("@")[2].lower()
        if own.message_id_domain and domain == own.message_id_domain.lower():
            return f"loop: Message-ID in our domain {own.message_id_domain}"
        return None

    return [loop_header_present, from_ourselves, our_message_id]


def _spam_rule(trust: SpamTrust) -> Rule:
    def spam(msg: ParsedMessage) -> str | None:
        verdict = spam_verdict(msg, trust)
        return f"spam: {verdict}" if verdict is not None else None

    return spam


def _bounce_subject(subject: str) -> bool:
    # A mail system's failure sentence as the subject ("Zpráva nemohla být doručena") too.
    return (
        BOUNCE_SUBJECT.search(subject) is not None
        or _MORE_BOUNCE_SUBJECT.search(subject) is not None
        or _FAILURE_SENTENCE.search(subject)
    )


def _returns_our_mail(msg: ParsedMessage, own: OwnIdentity) -> bool:
    """Whether an attached message (or its headers) is one we sent: our Message-ID or From."""
    domain = "@" + own.message_id_domain.lower() if own.message_id_domain else None
    for attachment in msg.attachments:
        if _attached_type(attachment) not in RETURNED_MESSAGE_TYPES:
            continue
        head = attachment.content[:8000].decode("latin-1").lower().split("\n\n", 1)[0]
        for line in head.splitlines():
            name, _, value = line.partition(":")
            if name == "message-id" and domain and domain + ">" in value.replace(" ", ""):
                return True
            if name in ("from", "return-path") and any(a in value for a in own.support_addresses):
                return True
    return False


def _bounce_rule(own: OwnIdentity) -> Rule:
    def bounce(msg: ParsedMessage) -> str | None:
        found = _bounce(msg)
        if found is not None or not _returns_our_mail(msg, own):
            return found
        if answers(msg.subject) or forwards(msg.subject):
            return None  # a person sending our mail on, or answering with it attached
        # Our own mail attached to a notice that says it failed, was stopped or complained of:
        # what a gateway or an abuse desk sends, whatever its mailbox is called. A person who
        # attaches our mail to ask about it ("is this spam?") asks.
        fresh = fresh_text(msg)[:3000]
        said = f"{msg.subject} {fresh}"
        if "?" in fresh:
            return None
        if (
            _bounce_subject(msg.subject)
            or _states_failure(said)
            or GATEWAY_WORDS.search(said)
            or COMPLAINT_WORDS.search(said)
        ):
            return "bounce: our mail returned with a failure, filter or complaint notice"
        return None

    return bounce


def _bounce(msg: ParsedMessage) -> str | None:
    kind = report_type(msg)
    if kind in ("delivery-status", "feedback-report", "global-delivery-status"):
        return f"bounce: multipart/report {kind}"
    parts = _part_types(msg)
    if parts & REPORT_TYPES:
        return f"bounce: {min(parts & REPORT_TYPES)} part outside multipart/report"
    if msg.header("x-failed-recipients") is not None:
        return "bounce: X-Failed-Recipients present"
    receipt = _pec_receipt(msg)
    if receipt in _PEC_FAILURES:
        return f"bounce: certified-mail (PEC) receipt {receipt}"
    null_path = _null_return_path(msg)
    if _mailer_daemon_from(msg) and (null_path or msg.header("return-path") is None):
        return "bounce: mailer-daemon sender with a null or absent Return-Path"
    system = _mail_system_from(msg)
    asking = system and _person_asking_from_a_system_name(msg, null_path, parts)
    if asking:
        system = False
    # A reply or forward (Re:, Fwd:) by a person may quote or attach a bounce: not one itself.
    answering = answers(msg.subject) or forwards(msg.subject)
    returned = bool(parts & RETURNED_MESSAGE_TYPES)
    bounce_subject = _bounce_subject(msg.subject)
    if system or null_path:
        who = "mail-system sender" if system else "null Return-Path"
        if bounce_subject:
            return f"bounce: bounce subject from a {who}"
        if returned and (system or not answering):
            return f"bounce: returned message from a {who}"
        if system and _states_failure(msg.text[:4000]):
            return "bounce: SMTP error text from a mail-system sender"
    if bounce_subject and not answering:
        # From an ordinary mailbox with a real Return-Path (a mail system's returned earlier):
        # a person who reports a failed delivery, or attaches the bounce she got, asks about it.
        fresh = fresh_text(msg)
        if not _asks(fresh[:3000]):
            if returned:
                return "bounce: bounce subject with a returned message"
            if _signed_failure_notice(msg, fresh):
                return "bounce: failure subject and text in a notice that calls itself automatic"
    if not answering and not asking:
        # Gateways and abuse desks write from their own mailboxes, often with a real
        # Return-Path and no report structure: their mailbox plus what they say decides.
        found = gateway_notice(msg, system) or complaint_report(msg, returned)
        if found is not None:
            return found
    elif answering and not asking and tagged_answer(msg.subject):
        # A gateway stamps the subject of the mail it holds ("[Message retenu] RE: [#...]"):
        # a tag before our answer's prefix is its notice, judged as a gateway's (a person
        # answering puts no tag before her "RE:").
        found = gateway_notice(msg, system)
        if found is not None:
            return found
    elif answering and not asking and (system or complaint_desk(msg)):
        # An abuse desk or postmaster forwards the subscriber's complaint ("Fw: SPAM"): a
        # forward from such a mailbox is the desk's report, judged by its own words like one.
        found = complaint_report(msg, returned)
        if found is not None:
            return found
    return _bounce_by_content(msg)


def _person_asking_from_a_system_name(msg: ParsedMessage, null_path: bool, parts: set[str]) -> bool:
    """postmaster@ and a system-like display name are mailboxes people also write from (the
    customer's mail admin): with a real Return-Path, nothing returned and a question in their
    own words, a person asks. MAILER-DAEMON and Exchange's system mailbox never ask."""
    if null_path or parts & RETURNED_MESSAGE_TYPES or _mailer_daemon_from(msg):
        return False
    if any(is_mailer_daemon(v.strip(" <>")) for v in msg.header_all("return-path")):
        return False  # "Return-Path: <MAILER-DAEMON>": the envelope of a bounce
    if msg.sender is not None and _EXCHANGE_SYSTEM.fullmatch(msg.sender.addr):
        return False
    return _asks(fresh_text(msg)[:3000])


def _asks(text: str) -> bool:
    """A question mark ending a sentence (never the one in a link's query: "fwlink/?LinkId")."""
    return _QUESTION_END.search(text) is not None


def _states_failure(text: str) -> bool:
    """Whether `text` has an SMTP error or a mail system's sentence that delivery failed."""
    return BOUNCE_BODY.search(text) is not None or _FAILURE_SENTENCE.search(text)


def _signed_failure_notice(msg: ParsedMessage, fresh: str) -> bool:
    """A provider's home-made bounce: from an ordinary mailbox with a real Return-Path, no
    report structure, but its text says delivery failed and it says of itself, often only in
    its signature ("generated automatically, do not reply", "This is the mail system at host"),
    that a program wrote it. `fresh`: the sender's own words, which ask nothing (a person
    reporting a failed delivery asks something and signs as themselves: the caller's check)."""
    whole = msg.text[:4000]
    if not _states_failure(whole):
        return False
    folded = " ".join(whole.split())
    if MTA_NOTICE.search(folded) or _SELF_TITLE.match(fresh):
        return True
    said = evidence(folded)
    return any(name in _SELF_DECLARED for name, _ in said.found)


def _bounce_by_content(msg: ParsedMessage) -> str | None:
    """Bounce formats recognisable from their content whatever the sender says."""
    ses = SES_NOTIFICATION.search(msg.text[:4000])
    if ses and ses.group(1) in ("Bounce", "Complaint"):
        return f"bounce: Amazon SES {ses.group(1)} notification"
    if _COMPLAINT_SUBJECT.match(msg.subject) and _part_types(msg) & RETURNED_MESSAGE_TYPES:
        return "bounce: feedback-loop complaint with the reported message"
    return None


# Italian certified mail (PEC, DPR 68/2005): the provider's receipts name their kind in
# X-Ricevuta (acceptance, delivery, failure...); the carried message itself says X-Trasporto.
_PEC_FAILURES = frozenset(
    {"errore-consegna", "preavviso-errore-consegna", "non-accettazione", "rilevazione-virus"}
)


def _pec_receipt(msg: ParsedMessage) -> str:
    """The kind of a PEC provider's receipt ("avvenuta-consegna", "errore-consegna"), or ""."""
    return (msg.header("x-ricevuta") or "").strip().lower()


def _auto_reply_headers(msg: ParsedMessage) -> str | None:
    auto = (msg.header("auto-submitted") or "").strip().lower()
    if auto and auto.split(";")[0].strip() != "no":
        return f"auto_reply: Auto-Submitted={auto.split(';')[0].strip()}"
    for name in ("x-autoreply", "x-autorespond", "x-autoresponder", "x-autogenerated"):
        value = msg.header(name)
        if value is not None and value.strip().lower() not in ("no", "false", "0"):
            return f"auto_reply: {name} present"
    precedence = (msg.header("precedence") or "").strip().lower()
    if precedence == "auto_reply":
        return "auto_reply: Precedence auto_reply"
    for name in ("x-ms-exchange-inbox-rules-loop", "x-ms-exchange-generated-message-source"):
        if msg.header(name) is not None:
            return f"auto_reply: Exchange {name}"
    receipt = _pec_receipt(msg)
    if receipt:
        return f"auto_reply: certified-mail (PEC) receipt {receipt}"
    ses = SES_NOTIFICATION.search(msg.text[:4000])
    if ses and ses.group(1) == "Delivery":
        return "auto_reply: Amazon SES Delivery notification"
    if (
        msg.sender is not None
        and LIST_ROBOT_LOCAL_PARTS.fullmatch(msg.sender.addr.partition("@")[0])
        and (msg.in_reply_to or msg.references)
    ):
        return "auto_reply: response from a mailing-list robot"
    listed = list_server_notice(msg)
    if listed is not None:
        return listed
    if report_type(msg) == "disposition-notification":
        return "auto_reply: read receipt (multipart/report disposition-notification)"
    if msg.content_type == "message/disposition-notification":
        return "auto_reply: read receipt (message/disposition-notification)"
    return None


def _list_rule(own: OwnIdentity) -> Rule:
    def relayed_list_post(msg: ParsedMessage) -> str | None:
        return list_redistribution(msg, own.support_addresses)

    return relayed_list_post


def _bulk_rule(own: OwnIdentity) -> Rule:
    def bulk(msg: ParsedMessage) -> str | None:
        return None if _group_wrote_to_us(msg, own.support_addresses) else _bulk(msg)

    return bulk


def _group_wrote_to_us(msg: ParsedMessage, support: frozenset[str]) -> bool:
    """Whether a person of the group's own organisation wrote to us through their group (a
    shared mailbox kept as a Google group, "Lucía via Pedidos"): the group rewrote the From and
    kept the writer in X-Original-From, and the mail is addressed to us, not to the group. A
    list's post is addressed to the list; a newsletter is not rewritten for its writer."""
    writers = header_addresses(msg, "x-original-from") or header_addresses(msg, "x-original-sender")
    if not writers or msg.sender is None or msg.header("list-id") is None:
        return False
    if not {a.addr for a in (*msg.to, *msg.cc)} & support:
        return False
    writer = writers[0]
    return writer != msg.sender.addr and same_organisation(
        writer.rpartition("@")[2], msg.sender.domain
    )


def _bulk(msg: ParsedMessage) -> str | None:
    if msg.header("list-id") is not None:
        return "bulk: List-Id present"
    if msg.header("list-unsubscribe") is not None:
        return "bulk: List-Unsubscribe present"
    precedence = (msg.header("precedence") or "").strip().lower()
    if precedence in ("bulk", "list", "junk"):
        return f"bulk: Precedence {precedence}"
    for name in _BULK_MARKERS:
        if msg.header(name) is not None:
            return f"bulk: {name} present"
    for name, _ in msg.headers:  # one pass: header names are stored lower-case
        if name in _TRACKER_NOTICE_HEADERS:
            return f"bulk: tracker notification ({name})"
    return None


def _read_receipt_subject(msg: ParsedMessage) -> str | None:
    if _READ_RECEIPT_SUBJECT.match(msg.subject) and (
        not msg.text.strip() or _READ_RECEIPT_BODY.search(msg.text[:2000])
    ):
        return "auto_reply: read-receipt subject"
    return None


def _calendar_reply(msg: ParsedMessage, fresh: Callable[[], str]) -> str | None:
    """Why `msg` is a calendar's answer to an invitation, or None; `fresh`: the sender's new
    text, cut only when asked for."""
    for attachment in msg.attachments:
        if attachment.content_type in _CALENDAR_TYPES and _CALENDAR_REPLY.search(
            attachment.content[:4096]
        ):
            # A decline whose sender typed a question of her own above it ("Können wir auf
            # Dienstag verschieben? Und noch eine Frage: ...") is her message: the calendar's
            # own text asks nothing.
            if asks(fresh()):
                return None
            if _attendee_note(attachment.content) and not evidence(fresh()).found:
                # A note of her own ("Passt. Bitte unter der Durchwahl -214 anrufen"), not the
                # absence notice a calendar declines with while she is away.
                return None
            return "auto_reply: calendar reply to an invitation (iTIP REPLY)"
    return None


def is_reply(msg: ParsedMessage) -> bool:
    """Whether the message answers another: In-Reply-To/References, or a "Re:"-style subject."""
    return bool(msg.in_reply_to or msg.references or answers(msg.subject))


def classify(msg: ParsedMessage, own: OwnIdentity, *, spam: bool = True) -> Classification:
    """The Kind of `msg` and the reason naming the rule that decided it.

    `spam=False` ignores spam verdicts: for a message a person released from the spam folder.
    """
    replying = is_reply(msg)
    lines: list[str] = []  # the sender's new text, cut once and only when a rule needs it
    fresh: list[str] = []

    def new_lines() -> str:
        if not lines:
            lines.append(fresh_lines(msg))
        return lines[0]

    def new_text() -> str:
        if not fresh:
            fresh.append(" ".join(new_lines().split()))
        return fresh[0]

    def by_subject(msg: ParsedMessage) -> str | None:
        # Only the prefix an autoresponder writes ("Out of office: <subject>", "Abwesend bis
        # 3.1.", "Vacaciones"), never a person's subject about the feature ("Automatische
        # Antwort einrichten?", "Absence du bureau - question", "Risposta automatica non
        # inviata") nor a person's bare title over a question (autoreply.py).
        return auto_reply_by_subject(msg, new_text()) or _read_receipt_subject(msg)

    def by_text(msg: ParsedMessage) -> str | None:
        # What the sender says, without the company footer stamped on every mail they send
        # ("automatically generated and scanned for viruses", "confidential"): disclaimers.py.
        written = new_lines()
        unstamped = without_disclaimers(written)
        said = None if unstamped is written else " ".join(unstamped.split())
        answering = answers_our_mail(msg, own.message_id_domain)
        return auto_reply_by_text(msg, new_text(), answering, said)

    def by_content(msg: ParsedMessage) -> str | None:
        return bulk_by_content(msg, answers_our_mail(msg, own.message_id_domain))

    ordered: list[tuple[Kind, Rule]] = [(Kind.LOOP, r) for r in _loop_rules(own)]
    if spam:
        ordered.append((Kind.SPAM, _spam_rule(own.spam_trust)))
    ordered += [
        (Kind.BOUNCE, _bounce_rule(own)),
        (Kind.AUTO_REPLY, _auto_reply_headers),
        (Kind.BULK, _bulk_rule(own)),
        (Kind.BULK, _list_rule(own)),
        (Kind.AUTO_REPLY, by_subject),
        (Kind.AUTO_REPLY, lambda msg: _calendar_reply(msg, new_text)),
    ]
    agent = _is_agent(msg, own)
    if not agent:
        # Words alone never overrule an agent: staff mail is verified and acted on elsewhere.
        ordered += [
            (Kind.AUTO_REPLY, restates_answered_mail),
            (Kind.AUTO_REPLY, by_text),
            (Kind.BULK, by_content),
        ]
    for kind, rule in ordered:
        reason = rule(msg)
        if reason is not None:
            return Classification(kind, reason, replying)
    if msg.sender is not None and agent:
        return Classification(Kind.AGENT, f"agent: sender {msg.sender.addr}", replying)
    return Classification(Kind.HUMAN, "human: no other rule matched", replying)


def _is_agent(msg: ParsedMessage, own: OwnIdentity) -> bool:
    return (
        msg.sender is not None
        and (msg.sender.addr in own.agent_addresses or msg.sender.domain in own.agent_domains)
        and our_web_form(msg, own) is None
    )


# The mailboxes a website's form sends from: the web server's or the CMS's own, or a no-reply one.
_FORM_ROBOT = re.compile(
    r"wordpress|www-data|www|web|website|webform|webforms?|forms?|contact-?form|kontaktformular"
    r"|formulaire|formulario|modulo|formulier|apache|nginx|php|typo3|drupal|joomla|wix|webflow"
    r"|squarespace|hubspot-forms?|mailer|cms",
    re.IGNORECASE,
)


def our_web_form(msg: ParsedMessage, own: OwnIdentity) -> str | None:
    """The visitor our own website's form relays (a customer in Reply-To), or None.

    Our site's contact form sends from our own domain (wordpress@, webform@, noreply@), never
    from an agent's configured address, with the visitor in Reply-To. Such mail is a customer's
    request, not staff mail: its words must never run as an agent's commands, and the visitor is
    its requester (core.requester)."""
    sender = msg.sender
    if sender is None or sender.addr in own.agent_addresses or len(msg.reply_to) != 1:
        return None
    ours = own.agent_domains | {a.rpartition("@")[2] for a in own.support_addresses}
    if sender.domain not in ours or sender.addr in own.support_addresses:
        return None
    local = sender.addr.partition("@")[0].partition("+")[0]
    if not (_FORM_ROBOT.fullmatch(local) or is_no_reply(sender.addr)):
        return None
    visitor = msg.reply_to[0].addr
    if "@" not in visitor or visitor.rpartition("@")[2] in ours:
        return None
    if visitor in own.support_addresses or is_no_reply(visitor):
        return None
    return visitor


def quarantine_reason(msg: ParsedMessage) -> str | None:
    """Why `msg` cannot become a ticket at all, or None when it can.

    No usable sender address -> quarantine: a ticket needs a requester to acknowledge, to answer
    and to thread further mail by; an agent can still release the raw bytes by hand. A sender
    with no subject, no text and no attachment -> quarantine: there is nothing to act on.
    Anything else, however malformed, becomes a ticket with what could be recovered.
    """
    if msg.sender is None:
        return "no usable sender address"
    if not msg.subject.strip() and not msg.text.strip() and not msg.attachments:
        return "no subject, text or attachment could be recovered"
    return None
