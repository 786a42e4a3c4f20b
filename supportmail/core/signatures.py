"""A person's text closed and signed, with a company signature below it (pure).

Company signatures carry the firm's web and social links and, more and more, the way out of its
newsletter ("To unsubscribe from our mailings, visit ..."). A newsletter ends the same way, so
those words do not tell the two apart; the shape of the mail does:

- a person writes prose to us, closes it ("Regards, Joost", "Mit freundlichen Grüßen") and the
  links and the way out follow, below the closing; a newsletter spreads its links through its
  text (offers, articles, "shop now"), the way out is one more link among them;
- a newsletter greets its readers as a crowd ("Dear customers", "Liebe Kundinnen und Kunden")
  and is signed, if at all, by a team ("Your Hendriks team", "L'équipe Roux");
- a mailing sent by hand goes to its readers as Bcc: To names nobody or the sender;
- a mass sender's software leaves its marks in the headers (Feedback-ID, X-HS-*, X-Kmail-*,
  X-Roving-*, X-SIB-Id, ...), a person's mail client its own (Outlook's Thread-Index, X-Mailer
  Apple Mail or Outlook, User-Agent Thunderbird, a Gmail Message-ID).

This module finds the parts (`split_signed`) and the marks; machinetext.bulk_by_content weighs
them with whether the person asks us something.
"""

import re
from dataclasses import dataclass

from supportmail.core.types import ParsedMessage
from supportmail.core.wordscan import Phrases, phrases

# A closing line: the words a person ends a mail with, alone on a line or before a name on it
# ("Regards, Joost"), in the languages we read. Thanks alone count: "Thanks," then the name.
_CLOSING = re.compile(
    r"[ \t]*(?P<words>(?:(?:best|kind|warm|many|with best)\s+)?regards|best(?: wishes)?|cheers"
    r"|thanks?(?: you)?(?: (?:in advance|very much|so much))?|many thanks|sincerely"
    r"|yours(?: sincerely| faithfully| truly)?|all the best"
    r"|(?:mit )?(?:freundlichen|besten|herzlichen|beste|liebe|viele) grü(?:ß|ss)en?|mfg|lg|vg"
    r"|gru(?:ß|ss)|grü(?:ß|ss)e|danke(?: (?:schön|ihnen|im voraus))?|vielen dank"
    r"|cordialement|bien (?:à vous|cordialement)|salutations(?: distinguées)?|bonne journée"
    r"|merci(?: (?:d'avance|beaucoup|par avance))?|amicalement"
    r"|(?:un )?(?:cordial )?saludos?(?: cordiales)?|atentamente|gracias(?: de antemano)?"
    r"|(?:un )?abrazo|(?:cordiali |distinti |cari )?saluti|cordialmente"
    r"|grazie(?: mille| in anticipo)?|un saluto"
    r"|(?:met )?(?:vriendelijke|hartelijke) groet(?:en)?|groet(?:en|jes)|mvg|bedankt"
    r"|dank u(?: wel)?|alvast bedankt"
    r"|atenciosamente|(?:com os )?(?:melhores )?cumprimentos|obrigad[oa]|abraços?"
    r"|(?:med )?vänliga hälsningar|hälsningar|pozdrawiam|s pozdravem"
    r")[ \t]*[,.!]?(?P<name>[ \t]+\S+(?:[ \t]+\S+){0,2})?[ \t]*",
    re.IGNORECASE,
)
# A greeting to many readers at once: no person writing to a help desk greets it so.
CROWD_GREETING: Phrases = phrases(
    r"\b(?:dear|hello|hi) (?:valued )?(?:customers?|clients?|subscribers?|members?|readers?"
    r"|friends|everyone|all|there)\b",
    r"\b(?:liebe|lieber|sehr geehrte) (?:kundinnen|kunden|kundin|kunde|leserinnen|leser"
    r"|abonnentinnen|abonnenten|mitglieder|freunde)",
    r"\b(?:cher|chère|chers|chères) (?:clients?|clientes?|abonnés?|abonnées?|lecteurs?"
    r"|lectrices?|membres|amis)",
    r"\b(?:estimad[oa]s?|querid[oa]s?|hola) (?:clientes?|suscriptor(?:es|as)?|lector(?:es|as)?"
    r"|soci[oa]s|amig[oa]s)",
    r"\b(?:car[oaie]|gentil[ie]) (?:client[ie]|clienti|iscritt[ie]|lettori|soci|amici)",
    r"\b(?:beste|lieve|geachte) (?:klanten?|lezers?|abonnees?|leden|relaties)",
    r"\b(?:car[oa]s?|prezad[oa]s?|querid[oa]s?|olá) (?:clientes?|assinantes?|leitor(?:es|as)?"
    r"|membros|amig[oa]s)",
)
# Signed by a team, not a person: "Your Hendriks team", "Ihr Müller-Bau-Team", "L'équipe Roux".
_TEAM = re.compile(
    r"^[ \t]*(?:\S+[ \t]+){0,5}?\S*team[ \t]*[.!]?[ \t]*$"
    r"|^[ \t]*(?:l'[ée]quipe|el equipo|la squadra|il team|a equip[ae]|het team|das team)\b",
    re.IGNORECASE | re.MULTILINE,
)
# A request put to us, besides a question: please, could you, in the languages we read.
REQUEST: Phrases = phrases(
    r"\b(?:please|could you|can you|would you|let me know|kindly|we need|i need|help us"
    r"|help me|i would like|we would like|i'd like|we'd like)\b",
    r"\b(?:bitte|können sie|könnten sie|würden sie|ich brauche|wir brauchen|ich möchte"
    r"|wir möchten|ich hätte gern)\b",
    r"\b(?:merci de|pourriez-vous|pouvez-vous|s'il vous pla[iî]t|svp|je voudrais"
    r"|nous voudrions|j'aimerais|nous aimerions)\b",
    r"\b(?:por favor|podrían|podría|pueden|puede usted|necesito|necesitamos|quisiera"
    r"|quisiéramos|me gustaría)\b",
    r"\b(?:per favore|per cortesia|potreste|potete|potrebbe|può|cortesemente|vorrei"
    r"|vorremmo|ho bisogno|abbiamo bisogno)\b",
    r"\b(?:graag|kunt u|kunnen jullie|zou u|zouden jullie|alstublieft|a\.u\.b|ik wil"
    r"|wij willen|we willen)\b",
    r"\b(?:poderiam|podem|poderia|pode(?:m)? (?:me|nos) |gostaria|gostaríamos|preciso"
    r"|precisamos)\b",
)
# A person speaking of themselves: newsletters speak for a firm ("we", "our") to "you".
FIRST_PERSON: Phrases = phrases(
    r"\b(?:i|i'm|i've|i'd|my|me)\b",
    r"\b(?:ich|mein|meine|meinen|meinem|meiner|mir|mich)\b",
    r"\b(?:je|j'ai|mon|ma|mes|moi)\b",
    r"\b(?:yo|mi|mis|me he)\b",
    r"\b(?:io|il mio|la mia|i miei|le mie|mi sono|ho)\b",
    r"\b(?:ik|mijn|mij)\b",
    r"\b(?:eu|meu|minha|meus|minhas)\b",
)
# Headers only a mass sender's software writes: one of them and the mail came from a campaign,
# whatever its text looks like. (List-*, Precedence and X-*campaign* decide earlier, classify.)
# Not Feedback-ID: Amazon SES writes it on every mail, a person's through WorkMail too.
_MASS_SENDER_HEADER = re.compile(
    r"x-feedback-id|list-unsubscribe-post|x-hs-.*|x-hubspot-.*|x-kmail-.*"
    r"|x-klaviyo-.*|x-roving-.*|x-sib-.*|x-mailin-.*|x-mc-.*|x-mandrill-.*|x-mailgun-.*"
    r"|x-sg-.*|x-sendgrid-.*|x-ses-.*|x-cc-.*|x-ctct-.*|x-emarsys-.*|x-rpcampaign.*"
    r"|x-mailjet-.*|x-csa-complaints|x-report-abuse.*|x-abuse-reports-to|x-job|x-messageid"
    r"|x-mailer-recptid|x-rcpt-id|x-listunsubscribe|x-unsubscribe.*|x-bulkmail.*",
    re.IGNORECASE,
)
# A program's mailer, not a person's client: a web shop's or a home-made newsletter's script.
_SCRIPT_MAILER = re.compile(
    r"phpmailer|\bphp/|swiftmailer|symfony|zend|laminas|nodemailer|python|perl|java|ruby"
    r"|wordpress|\bwp\b|mailpoet|sendy|phplist|acymailing|newsletter",
    re.IGNORECASE,
)
# A person's mail client, as it names itself (X-Mailer, User-Agent): desktop, mobile, webmail.
_CLIENT = re.compile(
    r"outlook|thunderbird|apple mail|iphone mail|ipad mail|^mail \(|icloud|evolution|kmail"
    r"|mutt|roundcube|horde|squirrelmail|rainloop|snappymail|sogo|zoho mail|cyrus-jmap"
    r"|mailmate|spark|airmail|em client|postbox|seamonkey|claws|sylpheed|mailspring|gmail"
    r"|yahoo mail|webservice/|ios mail|samsung|android|k-9|fairemail|bluemail|aquamail"
    r"|lotus notes|groupwise|zimbra|open-xchange",
    re.IGNORECASE,
)
# Webmail services that name no client but mark each mail: its Message-ID's host, or a header
# of their own (GMX and WEB.DE: X-UI-Message-Type; Outlook and Exchange: Thread-Index).
_CLIENT_MESSAGE_ID = re.compile(
    r"@(?:mail\.gmail\.com|mail\.yahoo\.com|(?:[\w-]+\.)*(?:protonmail\.com|proton\.me)"
    r"|[\w.-]*\.(?:gmx|web\.de|mail\.com)[\w.-]*|[\w.-]*prod\.outlook\.com)$",
    re.IGNORECASE,
)
_CLIENT_HEADERS = frozenset({"thread-index", "x-ui-message-type", "x-ms-has-attach"})
# Mailboxes that send newsletters and nothing a person writes (info@, hello@, team@ are a small
# firm's everyday addresses and not among them).
_NEWSLETTER_MAILBOX = re.compile(
    r"(?:news|newsletters?|nieuwsbrief|infolettre|novidades|noticias|notizie|marketing|mailing"
    r"|promo|promotions?|offers?|deals|campaigns?|digest|announce(?:ments?)?|no-?reply"
    r"|do-?not-?reply|bulten|rassylka)(?:[._-].*)?",
    re.IGNORECASE,
)
_LINK = re.compile(r"https?://|\bwww\.", re.IGNORECASE)
_SENTENCE = re.compile(r"[.!?](?:\s|$)")


@dataclass(frozen=True, slots=True)
class SignedText:
    """A text cut at its closing: the person's own words above, the signature from it on."""

    own: str
    signature: str


def split_signed(lines: str, name: str = "") -> SignedText | None:
    """`lines` (the sender's own text, lines kept) cut at its first closing line below some
    text, or at the line that begins with the sender's name (`name`, From's display name: a
    person who signs without a closing); None when no line closes it."""
    words = name.split()
    full = " ".join(words).casefold()
    rows = lines.split("\n")
    seen_text = False
    for i, row in enumerate(rows):
        if seen_text and (_closing(row) or _signs(row, full, words)):
            return SignedText("\n".join(rows[:i]), "\n".join(rows[i:]))
        seen_text = seen_text or bool(row.strip())
    return None


def _signs(row: str, full: str, words: list[str]) -> bool:
    """Whether `row` is the writer's name line: their full name first on it, or their first
    name alone ("Joanna", "– Joanna")."""
    said = " ".join(row.strip(" \t-–—").split()).casefold()
    if not said or len(words) < 2:
        return False
    return said.startswith(full) or said == words[0].casefold()


def _closing(row: str) -> bool:
    """Whether `row` is a closing line: the closing words, then at most a name (capitalised
    words: "Thanks for the fast help" is a sentence, "Thanks, Joost" a closing)."""
    found = _CLOSING.fullmatch(row)
    if found is None:
        return False
    name = found.group("name") or ""
    return all(word[0].isupper() for word in name.split())


def prose(text: str) -> bool:
    """Whether `text` is a person's prose: five words or more and a sentence ended."""
    return len(text.split()) >= 5 and bool(_SENTENCE.search(text))


def link_count(text: str) -> int:
    """How many links `text` shows (http(s):// or www.)."""
    return len(_LINK.findall(text))


def team_signed(signature: str) -> bool:
    """Whether the lines right below the closing name a team rather than a person."""
    head = "\n".join(signature.split("\n")[:3])
    return bool(_TEAM.search(head))


def newsletter_mailbox(local: str) -> bool:
    """Whether the local part (plus-tag stripped) names a newsletter or no-reply mailbox."""
    return bool(_NEWSLETTER_MAILBOX.fullmatch(local))


def mass_sender_marks(msg: ParsedMessage) -> str | None:
    """The name of a header only a mass sender's software writes, or of a script's mailer
    (PHPMailer, PHP's mail(), a framework's): what no person's mail client writes. None else."""
    for name, value in msg.headers:
        if _MASS_SENDER_HEADER.fullmatch(name):
            return name
        if name in ("x-mailer", "user-agent", "x-php-originating-script") and (
            name == "x-php-originating-script" or _SCRIPT_MAILER.search(value)
        ):
            return f"{name}: {value[:40]}"
    return None


def sent_blind(msg: ParsedMessage) -> bool:
    """Whether the mail names none of its readers: no To or Cc ("undisclosed-recipients:;"),
    or only the sender. A mailing sent by hand to many, each of them Bcc; a person who writes
    to us names us."""
    named = {a.addr for a in (*msg.to, *msg.cc)}
    return not named or (msg.sender is not None and named == {msg.sender.addr})


def client_marks(msg: ParsedMessage) -> bool:
    """Whether a person's mail client wrote the mail: it names itself (X-Mailer, User-Agent),
    or its service marks it (Outlook's Thread-Index, a Gmail, Yahoo, Proton, GMX Message-ID)."""
    for name, value in msg.headers:
        if name in ("x-mailer", "user-agent") and _CLIENT.search(value):
            return True
        if name in _CLIENT_HEADERS:
            return True
    return bool(_CLIENT_MESSAGE_ID.search(msg.message_id or ""))
