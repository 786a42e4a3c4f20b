"""Where a person's new words end in a reply: quoted lines, reply headers, signatures (pure)."""

import re

# Each alternative begins at a line start. _REPLY_CUT is written with "^" (MULTILINE); searching
# it is searching _REPLY_CUT_AT_NEWLINE in "\n" + text, at the same index: a line starts at 0 or
# after a "\n", and a leading literal "\n" lets the regex engine skip from line to line instead
# of trying every character (a 20,000-character pasted log: ~25 times faster).
# The labels a mail client writes before the sender of the mail a reply quotes ("From:",
# "Von:", "Från:", "Kimden:", ...), and the sent-date label of the line under it.
FROM_LABELS = (
    r"from|von|de|da|van|från|fra|lähettäjä|od|kimden|feladó|de la|差出人|από|от|від|šalje"
    r"|pošiljatelj|saatja|no|nuo|发件人|寄件者|보낸 사람"
)
SENT_LABELS = (
    # Outlook in Brazil and Spain writes the sent label with its preposition: "Enviada em:",
    # "Enviado el:"; webmails (UOL) write "Enviada:" alone.
    r"sent|date|gesendet|datum|envoyé|enviad[ao](?: em| el)?|inviato|verzonden|data"
    r"|skickat|sendt|dato"
    r"|lähetetty|päivämäärä|wysłano|odesláno|gönderildi|tarih|elküldve|dátum|trimis|送信日時|日時"
    r"|στάλθηκε|ημερομηνία|отправлено|дата|надіслано|відправлено|poslano|poslato|odoslané"
    r"|saadetud|nosūtīts|išsiųsta|изпратено|发送时间|發送時間|发送日期|發送日期|日期|時間|日付"
    r"|보낸 날짜|날짜"
)
_COLON = r"[ \t\u00a0\u202f]?[:\uff1a]"  # a label's colon, after the space some write
_REPLY_CUT_BODY = (
    r"[ \t]*(?:"
    # "On Tue, 3 Mar 2026, Anna <a@b.c> wrote:" or "Am ... schrieb Anna <a@b.c>:", maybe wrapped.
    r"(?:on|am|le|el|op|il|em|den|dne|pe|w dniu)\b[^\n]{0,200}(?:\n[^\n]{0,200})?"
    r"(?:wrote|schrieb|a écrit|escribió|schreef|ha scritto|escreveu|skrev|napisał|napisała"
    r"|napsal|napsala|a scris)[^\n]{0,120}?:(?:[ \t]*$|[ \t]{2,}(?=\S))"
    # (Yahoo Mail's plain text runs the quoted mail on after the colon, two spaces between:
    # "Pe lun., iul. 14, 2025 la 13:21, Support<s@x> a scris:   Hello, ...")
    # Outlook's and Thunderbird's ("-------- Original-Nachricht --------", "Message original")
    r"|-{2,}[ \t]*(?:original(?: |-)message|ursprüngliche nachricht|original-nachricht"
    r"|message d'origine|message original|mensaje original|messaggio originale"
    r"|oorspronkelijk bericht|origineel bericht|mensagem original|ursprungligt meddelande"
    r"|oprindelig meddelelse|opprinnelig melding|alkuperäinen viesti|wiadomość oryginalna"
    r"|původní zpráva|původní e-?mail|pôvodná správa|özgün ileti|orijinal mesaj|eredeti üzenet"
    r"|mesaj original"
    r"|исходное сообщение|оригинальное сообщение|вихідне повідомлення|оригінальне повідомлення"
    r"|αρχικό μήνυμα|izvorna poruka|originalna poruka|izvirno sporočilo|оригинално съобщение"
    r"|algne kiri|algsõnum|sākotnējais ziņojums|originalus laiškas|元のメッセージ|原始邮件"
    r"|原始郵件|원본 메시지)"
    # French typography puts a space (often a no-break one) before the colon: "De : ...",
    # "Envoyé : ..." (Outlook in France); Chinese, Japanese and Korean clients write the
    # full-width colon: "发件人：...", "发送日期：..." (163, QQ, Foxmail).
    rf"|(?:{FROM_LABELS}){_COLON}[^\n]*\n[ \t]*(?:{SENT_LABELS}){_COLON}"
    # GMX and WEB.DE write the sent label first: "Gesendet: Dienstag, ...\nVon: ..."
    rf"|(?:{SENT_LABELS}){_COLON}[^\n]*\n[ \t]*(?:{FROM_LABELS}){_COLON}"
    r"|--[ \t]?$"  # signature separator
    r")"
)
_REPLY_CUT = re.compile("^" + _REPLY_CUT_BODY, re.IGNORECASE | re.MULTILINE)
_REPLY_CUT_AT_NEWLINE = re.compile("\n" + _REPLY_CUT_BODY, re.IGNORECASE | re.MULTILINE)
# Mobile and webmail clients' signature lines, in the languages we read: "Sent from my
# iPhone", "Von meinem iPhone gesendet", "Envoyé de mon iPhone", "Enviado desde mi móvil",
# "Inviato da iPhone", "Verzonden vanaf mijn iPhone", "Enviado do meu iPhone", "Get Outlook
# for iOS". A whole short line naming a device or a mail app; what follows it is cut too.
_DEVICE = (
    r"(?:iphone|ipad|android|samsung|galaxy|huawei|xiaomi|pixel|blackberry|mobile|mobil|móvil"
    r"|movil|smartphone|handy|phone|telefoon|mobiel|celular|telemóvel|telemovel|cellulare"
    r"|tablet|dispositivo|appareil|device|outlook|mail|yahoo|gmail|app|windows)"
)
_MOBILE_SIGNATURE = re.compile(
    r"^[ \t]*(?:"
    r"(?:sent|envoyé|enviado|inviato|verzonden|verstuurd|gesendet)\s+(?:from|with|via|using|de|"
    r"depuis|desde|do|da|dal|dalla|con|vanaf|met|von|mit|vom|avec)\b[^\n]{0,50}?"
    + _DEVICE
    + r"|(?:get|obtenir|obtener|obter|holen sie sich|scarica|download)\b[^\n]{0,20}outlook"
    r"|von meinem\b[^\n]{0,40}?gesendet"
    r")[^\n]{0,40}$",
    re.IGNORECASE | re.MULTILINE,
)
_SEPARATOR = re.compile(r"^[ \t]*(?:_{8,}|={8,}|-{8,}|\*{8,})[ \t]*$", re.MULTILINE)
_QUOTED_LINE = re.compile(r"^[ \t]*>.*$\n?", re.MULTILINE)


# Clients that put the date first (Finnish, Hungarian, Turkish) have no opening word to find a
# line by: "ti 3. maalisk. 2026 klo 10.00 Anna <a@b.c> kirjoitti:". Searched from the address
# on (a literal "<" the regex engine skips to) and taken back to its line's start: as an
# alternative of _REPLY_CUT it was tried, with up to 200 characters, at every line of a log.
_WROTE_AFTER_ADDRESS = re.compile(
    r"<[^\s<>@]+@[^\s<>]+>[^\n]{0,60}\b(?:kirjoitti|írta|yazdı)[^\n]{0,80}:[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)


def quote_start(text: str) -> int | None:
    """Where the earlier mail a reply carries begins (its reply header, an "original message"
    line or a signature separator); None when there is none. Quoted lines are not counted."""
    cut = _REPLY_CUT_AT_NEWLINE.search("\n" + text)  # as _REPLY_CUT.search(text): see there
    start = None if cut is None else cut.start()
    wrote = _WROTE_AFTER_ADDRESS.search(text, 0, len(text) if start is None else start)
    if wrote is not None:
        line = text.rfind("\n", 0, wrote.start()) + 1
        if wrote.start() - line <= 200:
            return line
    return start


def own_and_footer(text: str) -> tuple[str, str]:
    """`strip_quoted(text)`, and the lines below the "-- " signature separator when that is
    where the own text ends, up to the earlier mail a reply carries: a company's or a mass
    mailing's footer (who sends it, why the reader gets it, how to leave the list); "" when the
    own text ends otherwise. One search for the end of the own text serves both."""
    cut = quote_start(text)
    if cut is None:
        return _without_quoted_lines(text), ""
    own = _without_quoted_lines(text[:cut])
    end = text.find("\n", cut)
    if end < 0 or text[cut:end].strip() != "--":
        return own, ""
    return own, strip_quoted(text[end + 1 :])


def strip_quoted(text: str) -> str:
    """The customer's own new text: quoted lines and everything after a reply header removed."""
    cut = quote_start(text)
    if cut is not None:
        text = text[:cut]
    return _without_quoted_lines(text)


def _without_quoted_lines(text: str) -> str:
    """`_QUOTED_LINE.sub("", text)`: each line (up to a "\n") whose first character after spaces
    and tabs is ">" removed with its "\n". Line by line, as the regex would try every character."""
    if ">" not in text:
        return text
    lines = text.split("\n")
    kept = [line for line in lines if not _quoted(line)]
    joined = "\n".join(kept)
    # A quoted last line has no "\n" of its own to take: the one before it stays.
    return joined + "\n" if kept and _quoted(lines[-1]) else joined


def _quoted(line: str) -> bool:
    """Whether `line` is a quoted line (">" after spaces and tabs)."""
    return line.lstrip(" \t").startswith(">")


def new_text(text: str) -> str:
    """The new text of a reply, for relaying: quotes, the signature, a mobile client's
    signature line and a separator line (and all after them) cut, ends trimmed.

    Only here, for what is relayed: triage and language detection read a customer's text with
    `strip_quoted`, where a pasted log's "--------" line must not end the text."""
    text = strip_quoted(text)
    cuts = [m.start() for m in (_SEPARATOR.search(text), _MOBILE_SIGNATURE.search(text)) if m]
    return (text[: min(cuts)] if cuts else text).strip()
