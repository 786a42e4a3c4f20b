"""Auto-replies without auto headers, from their subject and their relation to our mail (pure).

An autoresponder names its mail in the subject ("Automatic reply: <the subject it answers>",
"Abwesenheitsnotiz", "自動応答", "Автоответ") or leaves the subject it answers unchanged and
says in a few lines that nobody is there. Two structural facts weigh with the words:

- the subject form: the phrase must open the subject and be followed by nothing, a separator
  and the answered subject, or when the writer is away ("Abwesend bis 3.1."); a person's
  subject about the feature ("Automatische Antwort einrichten?") continues with words;
- the relation: an autoresponder answers the mail it got, so it refers to our Message-ID and
  writes no quote and asks nothing. A person who titles a new mail "Out of office" and asks
  to move a meeting is none of that: a bare subject on a mail that answers nothing and asks a
  question is not decided by its subject.
"""

import re

from supportmail.core import machinewords as more
from supportmail.core.machinetext import (
    MACHINE_WEIGHT,
    MAX_FRESH,
    YOUR_MAIL,
    Evidence,
    asks,
    evidence,
)
from supportmail.core.quoting import FROM_LABELS, strip_quoted
from supportmail.core.types import ParsedMessage

# The seven first languages; machinewords adds the others.
_AUTOMATIC = (
    r"automatic reply|automatische antwort|auto(?:matic)?[- ]?reply|auto[- ]?response"
    r"|autoresponder|abwesenheitsnotiz|réponse automatique|respuesta automática"
    r"|risposta automatica|resposta automática|automatisch antwoord|vacation (?:reply|notice"
    r"|message)|out of office auto ?reply"
    # The notice named as one: "Abwesenheitsmeldung", "Message d'absence", "Afwezigheidsmelding".
    r"|abwesenheits(?:meldung|nachricht|benachrichtigung|info)|afwezigheids(?:melding|bericht"
    r"|notificatie)|(?:message|avis|notification) d'absence|(?:mensaje|aviso|notificación)"
    r" de ausencia|(?:messaggio|avviso|notifica) di assenza|(?:mensagem|aviso|notificação) de"
    r" ausência|(?:out of office|absence) (?:notice|notification|message)"
)
_ABSENCE = (
    r"out of (?:the )?office|abwesenheit|afwezig(?:heid)?|absence(?:\s*:|\s+du bureau)"
    r"|vacation(?=\s*:)|on vacation|away from (?:the )?office|(?:i am|i'm) (?:currently )?"
    r"(?:out|away)|不在|ausente|fuera de (?:la )?oficina|vacaciones|fuori (?:sede|ufficio)"
    r"|in ferie|férias|fora do escritório|met vakantie|vakantie|urlaub|en congés?|congés"
    r"|abwesend|absente?|assente|niet aanwezig|niet op kantoor|en vacances|on leave"
    r"|annual leave|au(?:ß|ss)er haus|nicht im büro|ooo|assenza dal(?:l'| )?ufficio|ausencia"
    r"|ausência"
    # The absence and its reason: "Assenza per ferie", "Absence pour congés".
    r"|assenza per (?:ferie|vacanze|malattia|congedo|maternità|paternità|trasferta)"
    r"|absence pour (?:congés?|vacances|maladie)"
)
_OPEN = r"^\s*(?:\[[^\]]{0,80}\]\s*)?[\[【(（<«]?\s*"
SUBJECT_FORM = re.compile(
    _OPEN + f"(?:{_AUTOMATIC}|{more.SUBJECT_AUTOMATIC}|{_ABSENCE}|{more.SUBJECT_ABSENCE})",
    re.IGNORECASE,
)
# The phrases that name the mail as automatic or as a notice; the others name an absence,
# which a person also puts in a title ("Urlaub ab 12.08. - Rechnung Auftrag 4471").
_NAMES_ITSELF = re.compile(_OPEN + f"(?:{_AUTOMATIC}|{more.SUBJECT_AUTOMATIC})", re.IGNORECASE)
# What may follow the phrase: nothing, a closing bracket or separator and the original
# subject, or when the writer is away ("until 26/08", "bis 3.1.", "do 5.8.", "まで").
_TAIL = re.compile(
    r"\s*(?:$|[:：|\]】)）>»]|\(|\[|\d|(?:until|till|tills?|til|from|bis|vom|ab|jusqu|du|hasta"
    r"|del|desde|fino|dal|tot|van|vanaf|até|de|a partir|indtil|inntil|fram till|asti|do|od"
    r"|до|с|με|έως|εως|μέχρι|μεχρι|până|kadar|tarihine|kuni|alates|līdz|lidz|iki|nuo|от|од)\b"
    r"|メール|のお知らせ|通知"
    r"|邮件|郵件"
    # Korean: "[부재중 안내]", "부재 알림": the absence's notice.
    r"|안내|알림)",
    re.IGNORECASE,
)
# An absence subject may go on, after a dash or comma, with when the writer is back ("Absence du
# bureau – retour le 2 septembre", "Out of office - back on Monday", "Afwezig, terug op 2/9"):
# the details of the absence, never a person's own topic ("Absence du bureau - question").
_DETAIL_WORDS = (
    r"back|return(?:ing)?|retour|de retour|zurück|wieder|terug|weer|regreso|de regreso|de vuelta"
    r"|rientro|di ritorno|de volta|regresso|retorno|tillbaka|tilbage|tilbake|takaisin|powrót|zpět"
    r"|návrat|dönüş|возвращение|вернусь|until|till|bis|jusqu|hasta|fino|tot|até|from|vom|ab|du"
    r"|dal|desde|vanaf|van|do|od|åter|palaan|wracam|vrátím|επιστροφή|έως|μέχρι|vissza|revin"
    r"|întoarcere"
    r"|tagasi|kuni|alates|atpakaļ|atpakal|līdz|lidz|grįšiu|grisiu|iki|nuo|späť|spat|povratek"
    r"|povratak|повратак|враќање|завръщане|връщане|до|от|од"
)
_DETAIL = re.compile(rf"\s*[-–—,;]\s*(?:\d|(?:{_DETAIL_WORDS})\b)", re.IGNORECASE)
# After the absence's details, a separator and words of the sender's own: a topic.
_TOPIC_WORDS = rf"\s*(?!(?:{_DETAIL_WORDS})\b)[^\W\d_]{{2,}}"
_TOPIC = re.compile(rf"(?:\s[-–—]|[:|：]){_TOPIC_WORDS}", re.I)
# A topic after a dash only: a generator puts the answered subject after a colon.
_DASH_TOPIC = re.compile(rf"\s[-–—]{_TOPIC_WORDS}", re.I)
# A topic after the dash that asks something of the reader: "Out of office 14-18 July - please
# keep ticket [#56611] open". An autoresponder names the mail it answers; it asks no favour in
# its subject.
_REQUEST_TOPIC = re.compile(
    r"\s[-–—]\s*(?:please|pls|kindly|bitte|merci de|s'il vous pla[iî]t|por favor|per favore|graag"
    r"|gelieve|proszę|prosím|vennligst|venligst|snälla|lütfen)\b",
    re.I,
)
_MAX_AGAINST_QUOTE = 0.8  # fresh text below this share of the whole: the sender quotes
_SHORT = 1200  # an autoresponder's few lines; a person's explanation runs longer
# Only a closure notice or a retired mailbox, which name no person, are helped by the relation:
# "I'm away until Friday, please send it to Mark" in a short answer to our ack may well be the
# customer.
_ABSENT_STATEMENTS = frozenset({"closed", "retired"})
# What a person also says of their own absence, unasked ("I'll be out of office next week,
# please copy my colleague on ticket #48240"): weighed only when the mail answers one.
_PERSONAL_ABSENCE = frozenset({"away", "back", "ticket"})
# What a company footer claims of every mail the company sends (disclaimers.py).
_FOOTER_CLAIMS = frozenset({"automated", "unread"})
# "Re:", "AW:", "Fwd:", "Ответ:", "回复:": a short word and a colon open an answer's subject.
_ANSWER_PREFIX = re.compile(
    r"^\s*(?:\[[^\]]{0,60}\]\s*)?[^\W\d_]{1,6}\s*(?:\[\d+\]|\(\d+\))?\s*[:：]"
)
_TAG = re.compile(r"\[[^\]]{0,30}#\s*\d+\]")  # [#1401], [Houseware #48218]
# Thanks for the mail it got, in the languages both checks below read (de fr es it nl pt).
_THANKS_FOR_MAIL = (
    r"(?:vielen )?dank(?:e)? für ihre (?:nachricht|e-?mail|mail)",
    r"merci (?:pour|de) votre (?:message|courriel|e-?mail|mail)",
    r"gracias por (?:su|tu) (?:mensaje|correo|e-?mail)",
    r"grazie per (?:la (?:sua|tua) (?:e-?mail|mail)|il (?:suo|tuo) messaggio)",
    r"(?:hartelijk )?(?:dank|bedankt) voor (?:uw|je) (?:bericht|e-?mail|mail)",
    r"obrigad[oa] (?:pela (?:sua|tua) mensagem|pelo (?:seu|teu) e-?mail)",
)
# A subject that thanks for the mail it answers, as autoresponders title a new mail; a person
# answering writes "Re:" (and a question, if any, outweighs the absence it announces).
_THANKS_SUBJECT = re.compile(
    r"^\s*(?:(?:thank you|thanks|many thanks) for (?:your|contacting)"
    # ... or for the request in it, said only in a subject
    r"|(?:vielen )?dank(?:e)? für ihre anfrage|merci (?:pour|de) votre demande"
    r"|gracias por (?:su|tu) consulta|" + "|".join(_THANKS_FOR_MAIL) + ")",
    re.IGNORECASE,
)
# The same thanks opening the text (after a greeting): "Tak for din mail. Jeg er på barsel ...".
# A mail that thanks for the mail it got answers it, threaded or not (a client rule's notice
# is often sent as a new mail); a person's new request has nothing to thank for yet.
_THANKS_TEXT = re.compile(
    r"\b(?:(?:thank you|thanks|many thanks)(?: (?:so|very) much)? for (?:your (?:e-?mail|mail"
    r"|message)|writing"
    r"|getting in touch)|" + "|".join(_THANKS_FOR_MAIL) + r")\b"
    r"|\b(?:mange )?tak for (?:din|jeres) (?:e-?mail|mail|besked|henvendelse)\b"
    r"|\b(?:mange )?takk for (?:din |deres )?(?:e-?post|e-?mail|mail|melding|henvendelse)\b"
    r"|\b(?:mange )?(?:tak|takk|tack) (?:for|för) (?:e-?posten|mailen|meldingen|henvendelsen"
    r"|beskeden|mejlet|mailet|meddelandet)\b"
    r"|\b(?:tack|stort tack) för (?:ditt|ert) (?:mejl|mail|meddelande|e-?postmeddelande)\b"
    r"|\bkiitos (?:viestistäsi|viestistänne|sähköpostistasi)\b"
    r"|\bdziękuję za (?:wiadomość|maila|e-?mail)\b|\bděkuji za (?:zprávu|e-?mail)\b"
    r"|\bköszönöm (?:a )?(?:levelét|üzenetét)"
    r"|\bköszönjük(?:,)? (?:a )?(?:levelét|üzenetét|hogy írt)"
    r"|\bcảm ơn (?:anh/chị |anh chị |bạn |quý khách |quý vị )?đã gửi (?:mail|email|e-mail|thư)"
    # ar he ru el tr: thank you for your message
    r"|شكرا\S? (?:ل|على )(?:رسالتكم|رسالتك|بريدكم|بريدك|تواصلكم)|תודה על (?:פנייתך|הודעתך|המייל)"
    r"|\bспасибо за (?:ваше )?(?:письмо|сообщение)|\bευχαριστ\w* για το (?:μήνυμά|email|e-mail)"
    r"|\b(?:e-?postanız|mesajınız|iletiniz) için teşekkür",
    re.IGNORECASE,
)
# Domino and others: "<name> is out of the office." as the whole subject.
_SOMEONE_AWAY = re.compile(
    r"^[^:?]{1,80}\b(?:is|ist|est|está|è|is|er|är) (?:currently |zurzeit |actuellement )?"
    r"(?:out of (?:the )?office|außer haus|nicht im büro|im urlaub|abwesend|absente?(?: du bureau)?"
    r"|hors du bureau|en congés?|en vacances|ausente|fuera de (?:la )?oficina|de vacaciones"
    r"|assente|fuori (?:ufficio|sede)|in ferie|afwezig|niet op kantoor|met vakantie"
    r"|fora do escritório|de férias|on (?:vacation|leave|holiday)|på semester|på ferie"
    r"|(?:inte|ikke) på kontoret)\b[\s.!]*$",
    re.IGNORECASE,
)


# A notice about the mail it answers restates that mail on lines of its own: "To: <address>"
# and "Subject: <the subject it answers>", with no "From:" line (challenge-response filters,
# some receipt robots). A person quoting or forwarding a mail copies the whole header block,
# "From:" first, and a person describing a mail they sent asks about it.
_RESTATED_SUBJECT = re.compile(
    r"^[ \t]*subject[ \t]*:[ \t]*(\S[^\n]*)$", re.IGNORECASE | re.MULTILINE
)
_RESTATED_TO = re.compile(r"^[ \t]*to[ \t]*:[ \t]*[^\s@]+@\S+", re.IGNORECASE | re.MULTILINE)
_QUOTED_FROM = re.compile(
    rf"^[ \t]*(?:{FROM_LABELS}|sent|date|gesendet|datum|envoyé|inviato|verzonden|enviado|fecha)"
    r"[ \t]*:",
    re.IGNORECASE | re.MULTILINE,
)
_ASKED = re.compile(r"[?？؟](?:[\s\"'”»)]|$)|¿")  # never the "?" of a link's query


def subject_form(subject: str) -> str | None:
    """The rest of `subject` after an autoresponder's opening phrase, or None when it has none.

    A subject asking something ("Automatische Antwort einrichten?") never has the form.
    """
    match = SUBJECT_FORM.match(subject)
    if match is None or "?" in subject or "？" in subject:
        return None
    rest = subject[match.end() :]
    return rest if _TAIL.match(rest) or _DETAIL.match(rest) else None


def answers_our_mail(msg: ParsedMessage, message_id_domain: str) -> bool:
    """Whether `msg` refers to one of our Message-IDs (In-Reply-To or References)."""
    if not message_id_domain:
        return False
    suffix = "@" + message_id_domain.lower()
    return any(i.lower().endswith(suffix) for i in (*msg.in_reply_to, *msg.references))


def auto_reply_by_subject(msg: ParsedMessage, fresh: str) -> str | None:
    """Why the subject marks an auto-reply, or None; `fresh` is the sender's own new text.

    A subject on a mail that answers nothing and asks a question in its text ("Out of office"
    over "Could we move our call?") is a person's title, not an autoresponder's, and so is one
    that goes on with a topic of its own ("Urlaub ab 12.08. - Rechnung Auftrag 4471"). An
    autoresponder answers the mail it got (its references, or that mail's subject after the
    phrase), names itself, and asks nothing of the person it answers ("Urgent? Call ..." is
    a heading, not a question: `asks`).
    """
    rest = subject_form(msg.subject)
    if rest is None and _SOMEONE_AWAY.match(msg.subject):
        rest = ""
    if rest is None:
        return None
    answered = rest.lstrip(" \t:：|]】)）>»-–—")
    if msg.in_reply_to or msg.references or _TAG.search(rest) or _ANSWER_PREFIX.match(answered):
        # In a thread too, a title that goes on with a topic of its own after a dash, over a
        # text that asks something or a topic that asks it ("- please keep ticket [#56611]
        # open"), is a person's ("Out of office from Monday - replacement delivery [#59877]" over
        # "Could you hold the shipment?"): an autoresponder names the answered subject after a
        # colon, and asks nothing.
        if (
            _DASH_TOPIC.search(rest)
            and not _ANSWER_PREFIX.match(answered)
            and not _NAMES_ITSELF.match(msg.subject)
            and (asks(fresh) or _REQUEST_TOPIC.search(rest))
        ):
            return None
        return "auto_reply: out-of-office subject"
    # An absence subject that goes on with a topic of its own, on a new mail, is a person's
    # title; the text decides (an autoresponder names the answered subject, or itself).
    if _TOPIC.search(rest) and not _NAMES_ITSELF.match(msg.subject):
        return None
    return None if asks(fresh) else "auto_reply: out-of-office subject"


def unquoted(fresh: str, whole: str) -> bool:
    """Whether the sender's new text is (nearly) the whole text: nothing quoted below it."""
    total = len(" ".join(whole.split()))
    return total == 0 or len(fresh) >= _MAX_AGAINST_QUOTE * total


def _answers_a_mail(msg: ParsedMessage) -> bool:
    """Whether `msg` answers one: references, an answer's prefix or a ticket tag in the subject."""
    return bool(
        msg.in_reply_to
        or msg.references
        or _ANSWER_PREFIX.match(msg.subject)
        or _TAG.search(msg.subject)
    )


# The writer taking the departed colleague's work over, in the first person: "este ticket lo
# llevo yo a partir de ahora", "from now on I'll be handling this". A departure notice sends
# the reader elsewhere ("please contact ..."); a colleague who says she takes over writes in her
# own name, with her own news or request.
_TAKES_OVER = re.compile(
    r"\b(?:from now on|going forward|from today),? i(?:'ll| will|'m| am)\b"
    r"|\bi(?:'ll| will|'m| am| have)? (?:be )?(?:taking over|taken over|take over|handling this)\b"
    r"|\b(?:lo|la|los|las) llevo yo\b|\b(?:me encargo|me ocupo) yo\b"
    r"|\ba partir de ahora (?:lo llevo|me encargo|me ocupo|yo)\b"
    r"|\b(?:ab (?:jetzt|sofort|heute) )?(?:übernehme|betreue) ich\b|\bich (?:übernehme|betreue)\b"
    r"|\bje (?:reprends|prends le relais|prends en charge)\b|\bc'est moi qui (?:reprends|m'occupe"
    r"|suis)\b"
    r"|\b(?:me ne occupo|subentro|lo seguo) io\b|\bd'ora in (?:poi|avanti) (?:me ne occupo|seguo"
    r"|gestisco)\b"
    r"|\bik neem\b[^.\n]{0,30}\bover\b|\bvanaf nu (?:behandel|doe|volg) ik\b"
    r"|\b(?:a partir de agora|de agora em diante) (?:sou eu|eu (?:cuido|assumo|acompanho))\b"
    r"|\b(?:eu )?assumo (?:este|esse|o) (?:ticket|chamado|caso|pedido)\b",
    re.IGNORECASE,
)
_OPENING = 160  # how far into the text a thanks for the mail opens it (a greeting before it)


def _answers(msg: ParsedMessage, fresh: str, asking: bool) -> bool:
    """Whether `msg` answers a mail: by its headers or subject, or by what it says of the mail
    it got (its subject or its opening thanks for it, its text says "your message will not be
    forwarded"), as a client rule's notice sent as a new mail ("reply using template") does. A
    text that asks something (`asking`) speaks of a mail as a person does, not as a notice
    about it."""
    return bool(
        _answers_a_mail(msg)
        or _THANKS_SUBJECT.match(msg.subject)
        or _THANKS_TEXT.search(fresh[:_OPENING])
        or (not asking and YOUR_MAIL.search(fresh))
    )


def auto_reply_by_text(
    msg: ParsedMessage, fresh: str, answering_us: bool, unstamped: str | None = None
) -> str | None:
    """Why the sender's new text (and a subject of its own) reads as an automatic notice.

    `answering_us`: the mail refers to our Message-ID. A short, unquoted text that asks
    nothing and says the office is closed, sent in answer to our mail, is an autoresponder's
    even when no second statement is recognised. `unstamped`: `fresh` without the company
    footer (disclaimers.py), whose claims about every mail ("generated automatically", "not
    monitored") are no statement of the sender; what else the footer's paragraph says (an
    absence written into it) still counts.
    """
    own = fresh if unstamped is None else unstamped
    if not own or len(own) > MAX_FRESH:
        return None
    # A subject of its own ("Ihre Anfrage ist eingegangen") is part of what the notice says;
    # an answer's subject ("Re: ...") is ours or the customer's, not the sender's statement.
    own_subject = "" if _ANSWER_PREFIX.match(msg.subject) else msg.subject
    found = evidence(f"{own_subject}. {fresh}" if own_subject else fresh)
    if own != fresh:
        mine = evidence(f"{own_subject}. {own}" if own_subject else own)
        kept = tuple(
            (name, w)
            for name, w in found.found
            if name not in _FOOTER_CLAIMS or (name, w) in mine.found
        )
        found = Evidence(kept, mine.question)
    weight, names = found.weight, found.names
    # A question outweighs what a person might also say (the weak statements), here too: "your
    # mail to her is not read; could you send it to me?" is a colleague's news and request.
    said = {name for name, w in found.found if w >= MACHINE_WEIGHT or not found.question}
    departure = said == {"left"}
    if (departure or (said and said <= _PERSONAL_ABSENCE)) and (
        (departure and (found.question or _TAKES_OVER.search(own)))
        or not _answers(msg, fresh, found.question)
    ):
        # "Peter no longer works for us, write to me" and an absence announced in a new mail
        # are news a person sends unasked (often with a request); the departure or absence
        # notice of an autoresponder answers the mail it got, or names itself in the subject
        # (decided before this rule). A departure told with a question, or by the colleague
        # who takes the work over, is a colleague's news and request even in an answer ("Julie
        # has left, can you remove her access?", "Raúl ya no está, este ticket lo llevo yo").
        return None
    absent = any(name in _ABSENT_STATEMENTS for name, _ in found.found)
    if (
        weight < MACHINE_WEIGHT
        and answering_us
        and absent
        and not found.question
        and len(fresh) <= _SHORT
        and unquoted(fresh, msg.text)
    ):
        weight, names = weight + 1, names + "+answers our mail"
    if weight >= MACHINE_WEIGHT:
        return f"auto_reply: automatic text ({names})"
    return None


def restates_answered_mail(msg: ParsedMessage) -> str | None:
    """Why `msg` reads as a notice about the mail it answers, or None.

    The subject answers a mail ("RE: <subject>") and the sender's own text, asking nothing,
    restates that mail's recipient and subject on lines of their own without a "From:" line:
    what a challenge-response filter or a receipt robot writes back, whatever its words.
    """
    prefix = _ANSWER_PREFIX.match(msg.subject)
    if prefix is None:
        return None
    answered = " ".join(msg.subject[prefix.end() :].split()).lower()
    head = msg.text[:MAX_FRESH]
    if not answered or "subject" not in head.lower():
        return None
    own = strip_quoted(head)
    restated = _RESTATED_SUBJECT.search(own)
    if restated is None or " ".join(restated.group(1).split()).lower() != answered:
        return None
    if not _RESTATED_TO.search(own) or _QUOTED_FROM.search(own) or _ASKED.search(own):
        return None
    return "auto_reply: restates the answered mail's recipient and subject"
