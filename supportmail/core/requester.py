"""Whom a person's mail speaks for: its From, or the Reply-To a no-reply From points to (pure).

Some people write from a shared mailbox nobody reads (a practice's noreply@, an office system)
and name themselves in Reply-To. RFC 5322 (3.6.2) says Reply-To is where the author wants
answers; a desk that kept the no-reply address as the requester would acknowledge nobody and
send its agents' answers into the void. So the requester is taken from Reply-To, but only when
nothing else is at stake:

- only when From is a no-reply mailbox: a readable From stays the requester (Reply-To on a
  person's own mail is often a list, a colleague or a ticket system, and answers to it would
  reach someone who never wrote to us);
- only one mailbox in Reply-To, never ours, never an agent's, never a no-reply or mail-system
  one;
- by default only in the From's own organisation (same domain or a subdomain, not a public
  provider): a notification that says "hit reply to write to your friend" names a third party
  in Reply-To, and acknowledging it would mail someone who never wrote to us.
  `follow_reply_to = "any-domain"` drops this condition (for web forms that relay visitors'
  mail from a no-reply sender), `"never"` keeps the From always.

A no-reply From without a Reply-To may still name its writer: "I'm sending this from our shop's
noreply address because my own mail is down - please reply to mel@shop.example". When the
sender's own text (quotes and a forwarded mail cut) names exactly one address in sentences that
ask for the answer there (reply, respond, answer in the seven languages triage reads and the
Slavic ones, not negated), that address is taken as if it stood in Reply-To, on the same
conditions, but one: when the writer calls it her own ("reply to my personal address
claire@orange.fr", "mon adresse perso", "meine private Adresse", "my gmail"), it is hers
whatever its domain; so is a Reply-To she names in such a sentence (the header and her words
agree: "better answer at olena@gmail.com, I put it in Reply-To"). A person borrowing the
practice's reminder mailbox gives her own private address more often than a colleague's, and no
notification speaks of "my address" in a sentence asking for the answer there, nor writes out
the Reply-To it set.

A writer on a no-reply-looking From who names no other address but says, in a sentence of her
own without a negation, that answers to this very address are welcome ("U kunt gewoon op dit
adres antwoorden, ik kijk er elke dag in"), or asks for something to be sent to it ("pošaljete
link na ovu adresu"; "this address" also in sr hr bs sl cs sk pl ru uk bg), is acknowledged
there: the address's name is only a name, and she says it is read. Machine mail never gets
here (classification comes first), and a notification's "do not reply to this address" is
negated.

Our own website's contact form sends from our own domain (wordpress@, webform@, noreply@) with
the visitor in Reply-To: the visitor is the requester whatever her domain
(`classify.our_web_form`), on the other conditions above, unless `follow_reply_to = "never"`.

Classification always sees the real From (a no-reply sender is evidence of a machine); this is
applied only to mail already judged a person's.
"""

import re
from dataclasses import replace
from typing import Final

from supportmail.core.bounce import is_mail_system
from supportmail.core.classify import OwnIdentity, classify, our_web_form, quarantine_reason
from supportmail.core.machinetext import fresh_lines, is_no_reply
from supportmail.core.threading import PUBLIC_MAIL_DOMAINS, same_organisation
from supportmail.core.types import Address, Kind, ParsedMessage

FOLLOW_REPLY_TO: Final = ("same-organisation", "any-domain", "never")

_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# Asking for the answer at an address: reply, respond, answer, write back, in en de fr es it nl
# pt, and answer in ru uk pl cs sk sr hr bs bg ("відповідати краще на olena@..."); never after a
# negation ("please do not reply to this", "не відповідайте").
_ANSWER_THERE = re.compile(
    r"(?<!not )(?<!n't )(?<!never )(?<!nicht )(?<!pas )(?<!no )(?<!non )(?<!niet )(?<!não )"
    r"(?<!не )(?<!ні )(?<!nie )(?<!ne )"
    r"\b(?:reply|replies|respond|answer|write back|get back to (?:me|us)"
    r"|e-?mail (?:me|us|my colleague|my manager|my deputy)|write to (?:me|us)|antwort\w*"
    r"|zurückschreiben|répond\w*|réponse|respond\w*|respuesta|rispond\w*|risposta|antwoord\w*"
    r"|reageer|reageren|respost\w*"
    r"|ответ\w*|отвеча\w*|відповід\w*|odpowi\w*|odpov\w*|odgovor\w*|одговор\w*|отговор\w*)\b",
    re.IGNORECASE,
)
# The writer's own address, in the seven languages: "my (personal) address", "mon adresse perso".
_HER_OWN = re.compile(
    r"\b(?:my (?:own |personal |private |other |home )?(?:e-?mail |mail )?(?:address|e-?mail"
    r"|mailbox|inbox)|my (?:own |personal |private )?(?:gmail|googlemail|hotmail|outlook|yahoo"
    r"|icloud|gmx|proton(?:mail)?|aol|web\.de|t-online|orange|laposte|libero|ziggo|kpn|telenet"
    r")(?: address| account)?"
    r"|meine[rn]? (?:eigene[rn]? |private[rn]? |persönliche[rn]? |andere[rn]? )?"
    r"(?:e-?mail-?|mail-?)?(?:adresse|postfach)|mon (?:adresse|e-?mail|courriel|mail)"
    r"|ma (?:boîte|boite|messagerie|propre adresse)|mi (?:correo|dirección|direccion|e-?mail)"
    r"|(?:il )?mio (?:indirizzo|account di posta)|(?:la )?mia (?:e-?mail|mail|casella)"
    r"|mijn (?:eigen |persoonlijke |privé |prive |andere )?(?:e-?mail|mail)?adres"
    r"|(?:o )?meu (?:e-?mail|endereço|endereco|correio))\b",
    re.IGNORECASE,
)
# The address the mail came from, named as "this address" in the seven languages.
_THIS_ADDRESS = re.compile(
    r"\b(?:this (?:e-?mail )?(?:address|mailbox|inbox)"
    r"|diese[rn]? (?:e-?mail-?)?(?:adresse|postfach)"
    r"|cette (?:adresse|boîte|boite)|esta (?:dirección|direccion|cuenta|casilla)"
    r"|questo indirizzo|questa casella|dit (?:e-?mail)?adres|deze (?:mailbox|inbox)"
    r"|este (?:endereço|endereco|e-?mail)|esta caixa"
    # sr hr bs sl cs sk pl ru uk bg: "na ovu adresu", "na tuto adresu", "na ten adres".
    r"|ovu (?:e-?mail |mejl )?adresu|ову (?:имејл )?адресу|ta (?:e-?)?naslov|tuto adresu"
    r"|túto adresu|ten adres|tę skrzynkę|этот адрес|эту почту|цю адресу|този адрес)\b",
    re.IGNORECASE,
)
# Asking for something to be sent to this very address ("pošaljete link na ovu adresu"), or
# for the answer in the languages _ANSWER_THERE does not read (odgovorite, odpovězte, ответьте):
# with _THIS_ADDRESS in the same sentence, as good as asking for the answer there.
_SEND_THERE = re.compile(
    r"\b(?:send\w*|schick\w*|envoy\w*|envi(?:e|ar|en|em|ai|e-me|em-me)\b|mand(?:e|ar|en|em"
    r"|are|ate|ami|atemi)\b|invi(?:a|are|ate|atemi)\b|stuur\w*|pošalj\w*"
    r"|posalj\w*|pošlji\w*|pošl\w*|zašl\w*|wyśl\w*|wysł\w*|wysył\w*|prześl\w*|przesł\w*"
    r"|пошаљ\w*|пришлите|отправ\w*"
    r"|надішл\w*|изпрат\w*|odgovor\w*|odpov\w*|odpowi\w*|ответ\w*|відповід\w*|отговор\w*"
    r"|одговор\w*)",
    re.IGNORECASE,
)
# Any negation in the sentence: "please do not reply to this address", "bitte nicht an diese
# Adresse antworten".
_NEGATED = re.compile(
    r"\b(?:not|never|nicht|nie|kein\w*|pas|ne|no|non|niet|nooit|geen|não|nao|nunca|jamais|mai"
    r"|не|ні)\b"
    r"|n['’]t\b",
    re.IGNORECASE,
)
_SENTENCES = re.compile(r"(?<=[.!?])\s+|\n\s*\n")
_TEXT_READ = 3000  # the request is at the top; a long mail's tail is history and signatures


def _named_for_answers(msg: ParsedMessage) -> tuple[Address, bool] | None:
    """The one address the sender's own text asks to be answered at, if exactly one, and
    whether the writer calls it her own."""
    named: dict[str, bool] = {}
    for sentence in _SENTENCES.split(fresh_lines(msg)[:_TEXT_READ]):
        if not _ANSWER_THERE.search(sentence):
            continue
        for found in _ADDRESS.findall(sentence):
            addr = found.lower().rstrip(".")
            named[addr] = named.get(addr, False) or bool(_HER_OWN.search(sentence))
    if msg.sender is not None:
        named.pop(msg.sender.addr, None)
    if len(named) != 1:
        return None
    [(addr, hers)] = named.items()
    return Address(name=msg.sender.name if msg.sender is not None else "", addr=addr), hers


def _answers_here_welcome(msg: ParsedMessage) -> bool:
    """Whether the sender's own text asks to be answered at the very address it came from
    ("you can simply reply to this address, I read it every day", "send the link to this
    address"), in a sentence without a negation."""
    for sentence in _SENTENCES.split(fresh_lines(msg)[:_TEXT_READ]):
        if (
            (_ANSWER_THERE.search(sentence) or _SEND_THERE.search(sentence))
            and _THIS_ADDRESS.search(sentence)
            and not _NEGATED.search(sentence)
        ):
            return True
    return False


def requester_of(msg: ParsedMessage, own: OwnIdentity, follow: str) -> Address | None:
    """The mailbox this person's mail speaks for (see the module's conditions)."""
    sender = msg.sender
    if sender is None or follow == "never":
        return sender
    web_form = our_web_form(msg, own) is not None  # our own site's: its visitor, any domain
    if not web_form and not is_no_reply(sender.addr):
        return sender
    if len(msg.reply_to) > 1:
        return sender  # several: nobody in particular
    named = _named_for_answers(msg)  # the address her text asks answers at, and if hers
    if msg.reply_to:
        person = msg.reply_to[0]
        # The writer may ask for answers at the Reply-To in her own words ("please reply to my
        # gmail (mel@gmail.com)", "better answer at olena@gmail.com, I put it in Reply-To"):
        # the header and the text agree, so it is hers whatever its domain.
        hers = named is not None and named[0].addr == person.addr
    elif named is None:
        return sender
    else:
        person, hers = named
    addr = person.addr  # lower-cased by the parser, as Address says
    if (
        "@" not in addr
        or addr == sender.addr
        or addr in own.support_addresses
        or addr in own.agent_addresses
        or person.domain in own.agent_domains
        or is_no_reply(addr)
        or is_mail_system(addr)
    ):
        return sender
    if (
        follow != "any-domain"
        and not web_form
        and not hers
        and not _one_organisation(sender.domain, person.domain)
    ):
        return sender
    return person


def as_requester_wrote(msg: ParsedMessage, own: OwnIdentity, follow: str) -> ParsedMessage:
    """`msg` with its sender replaced by its requester (the same object when they agree)."""
    person = requester_of(msg, own, follow)
    return msg if person == msg.sender else replace(msg, sender=person)


def acknowledged_person(
    msg: ParsedMessage, own: OwnIdentity, follow: str = "same-organisation"
) -> Address | None:
    """Whom a new request in `msg` is acknowledged to, by the mail alone (before any limit):
    None for machine mail, mail to quarantine, or a requester who is a no-reply mailbox."""
    if quarantine_reason(msg) is not None or classify(msg, own).kind is not Kind.HUMAN:
        return None
    person = requester_of(msg, own, follow)
    if person is None:
        return None
    if is_no_reply(person.addr) and not (person == msg.sender and _answers_here_welcome(msg)):
        return None
    return person


def _one_organisation(domain: str, other: str) -> bool:
    """`threading.same_organisation`, or one domain a subdomain of the other (mail.x.example
    and x.example), never of a public mail provider."""
    shorter, longer = sorted((domain, other), key=len)
    return same_organisation(domain, other) or (
        "." in shorter
        and longer.endswith("." + shorter)
        and not {shorter, longer} & PUBLIC_MAIL_DOMAINS
    )
