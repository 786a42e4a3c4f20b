"""A company's footer under a person's own text: recognised and set aside (pure).

Mail gateways and signature tools stamp every outgoing mail with a paragraph about the mail
itself: it is confidential, meant for the addressee only, scanned for viruses, and sometimes
"generated automatically" or sent from "an address that is not monitored". Those words are said
of every mail that company sends, the person's too, so they are no statement by the sender
about this mail: an autoresponder makes its statements in its own text, the footer is below
it either way.

A disclaimer paragraph is a block (between blank or separator lines) after the sender's first
block that speaks of confidentiality, the addressee, a mail received in error or a virus scan.
A client that writes no blank lines puts the footer in the first block: there it is the lines
from the first such line on, never the first line. A text that is nothing but such a paragraph
has no sender's text above it to be the footer of. Only the footer's claims about every mail
are set aside (autoreply.auto_reply_by_text): an absence written into the same paragraph counts.
"""

import re

from supportmail.core.wordscan import Phrases, phrases

DISCLAIMER: Phrases = phrases(
    r"\bconfidential|\bprivileged\b|\bintended (?:solely |only |exclusively )?for (?:the )?(?:use"
    r" of )?(?:the )?(?:addressee|recipient|named|individual|person|entity)"
    r"|\breceived (?:this|the) (?:e-?mail|message|communication)\b[^.\n]{0,20}\b(?:in error|by"
    r" mistake)|\b(?:scanned|checked|screened) for (?:viruses|malware|the presence of)"
    r"|\bvirus[- ]free|\bvirus[- ]checked",
    r"\bvertraulich|\b(?:ausschließlich|nur) für den (?:adressaten|empfänger)|\birrtümlich"
    r"|\b(?:auf|nach) viren (?:geprüft|überprüft|gescannt|untersucht)|\bvirengeprüft",
    r"\bconfidentiel|\bdestinée? (?:exclusivement|uniquement|seulement)|\bpar erreur"
    r"|\b(?:analysée?|vérifiée?|contrôlée?) par (?:un )?anti-?virus|\bexempt de (?:tout )?virus",
    r"\bconfidencial|\b(?:destinad|dirigid)[oa] (?:exclusivamente|únicamente|solamente)"
    r"|\bpor error\b|\b(?:analizad|revisad|escanead)[oa] (?:por|con) (?:un )?antivirus"
    r"|\blibre de virus",
    r"\briservat[oaie]|\b(?:destinat|indirizzat)[oa] (?:esclusivamente|unicamente|solo)"
    r"|\bper errore\b|\b(?:controllat|verificat|scansionat)[oa] (?:da|con|dall'|dal) ?(?:un )?"
    r"anti-?virus|\bprivo di virus",
    r"\bvertrouwelijk|\b(?:uitsluitend|alleen|enkel) bestemd voor|\b(?:per vergissing|abusievelijk"
    r"|ten onrechte) (?:ontvangen|bij u)|\b(?:gecontroleerd|gescand) op virussen|\bvirusvrij",
    r"\bconfidencial|\bdestinad[oa] (?:exclusivamente|unicamente|apenas)|\bpor engano\b"
    r"|\b(?:verificad|analisad)[oa] (?:por|com) (?:um )?antiv[ií]rus|\blivre de v[ií]rus",
    r"\bkonfidentiell|\b(?:endast|enbart) avsedd för|\bav misstag\b|\bviruskontroller"
    r"|\bpoufn|\bprzeznaczona (?:wyłącznie|jedynie) dla|\b(?:przez pomyłkę|omyłkowo)"
    r"|\bdůvěrn|\burčen[aáéý]? (?:výhradně|pouze|jen) pro|\bomylem\b",
)
# A paragraph ends at a blank line or at a separator line ("-----", "_____", "=====").
_BLOCK_BREAK = re.compile(
    r"\n(?:[ \t]*(?:[-_=*~]{4,}[ \t]*)?\n)+|\n[ \t]*[-_=*~]{4,}[ \t]*(?:\n|$)"
)


def without_disclaimers(text: str) -> str:
    """`text` (the sender's own, quotes cut) without the disclaimer paragraphs below its first."""
    if not DISCLAIMER.search(text):
        return text
    blocks = [b for b in _BLOCK_BREAK.split(text) if b.strip()]
    if not blocks:
        return text
    first = blocks[0].strip("\n").split("\n")
    cut = next((i for i, line in enumerate(first[1:], 1) if DISCLAIMER.search(line)), len(first))
    kept = ["\n".join(first[:cut])] + [b for b in blocks[1:] if not DISCLAIMER.search(b)]
    return "\n\n".join(kept)
