"""Which of our languages a customer wrote in: a small stopword-profile detector (pure, offline).

Each language has a list of its most frequent short words (articles, pronouns, prepositions,
auxiliaries, greetings). A text scores for a language by the distinct words of its own (new,
unquoted) text found in that list; a word found in several lists counts for each, divided by
how many (so "de", shared by four languages, decides little). The best language wins when it
has enough evidence and clearly leads; otherwise the answer is None and the caller keeps what
it had (the ticket's language, the configured one or the support default).

Accuracy is measured by `scripts/bench/language` on the labelled multilingual requests of
tests/fixtures (written by others: 466 texts in the seven languages, all right), on the human
mails of /work/shared/corpus (precision 98.8 % when it decides; undecided mostly on test mails
without a sentence) and on mails written for the tests; the numbers are in
tests/core/test_language.py.
"""

import re
from collections.abc import Iterable, Mapping
from datetime import timedelta
from types import MappingProxyType

from supportmail.core.quoting import _QUOTED_LINE, strip_quoted

_STOPWORDS: Mapping[str, str] = MappingProxyType(
    {
        "en": """the and is are was were you your we our us have has had this that these those
            with for not can please thanks thank would could should from what when there here
            it's i'm don't doesn't can't it be been of to in on my me will any but an they them
            their which who how all just also after before since our still get got does did
            hello hi regards cheers kind best dear team issue""",
        "de": """der die das und ist nicht ich wir sie mit für auf ein eine einen einem dem den
            des zu von bei auch sich es bitte danke können kann haben hat wird werden noch aber
            oder wenn nach über uns unser unsere ihr ihre ihnen mein meine dass schon nur wie
            was im vom zum zur gibt sind war seit leider hallo grüße gruß freundlichen viele
            sehr geehrte geehrter mehr keine kein alle heute jetzt immer wieder""",
        "fr": """le la les et est nous vous pas une un des du pour dans avec sur que qui ne je
            il elle ce cette ces mais ou sont avons avez être plus votre vos notre nos merci
            bonjour cordialement au aux fait depuis très peut pouvez suis ai était sans tous
            toutes aussi encore même leur leurs mon ma mes on quand n'est c'est j'ai en""",
        "es": """el los las que y es no una un por para con del al se su sus lo pero como más
            este esta está están hemos tenemos puede pueden nuestro nuestra nuestros usted
            gracias hola saludos muy también cuando desde hay sin ya ha han sido todo todos
            me mi mis estamos favor nos le les buenos buenas días tardes estimado estimados
            cordial en""",
        "nl": """de het een en van is niet ik wij we u uw met voor op dat die zijn er aan ook
            maar om als bij nog naar kan kunnen wordt worden hebben heeft onze ons graag
            bedankt dank groet groeten vriendelijke geen wel dit deze al werkt sinds mijn
            hoe wat wanneer goedemorgen hallo beste geachte alvast kunt zou moet""",
        "it": """il lo la gli le e è non che di un una per con del della dei delle nel nella
            sono abbiamo siamo ma come più questo questa anche ci si mi grazie buongiorno
            cordiali saluti ho ha hanno alla al dal sul tutti funziona ancora nostro nostra
            può possiamo potete vostro vostra gentile salve quando già dopo sempre""",
        "pt": """o os as e é não que de do da dos das um uma para com no na nos em por mas
            como mais este esta está estão temos somos foi ao à seu sua nosso nossa obrigado
            obrigada olá cumprimentos também já quando ainda pode há muito isso favor você
            vocês bom dia prezados prezado atenciosamente desde nós meu minha""",
    }
)
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
_DOTTED = re.compile(r"\w\.\w")  # "gmail.com", "houseware.io"
MIN_EVIDENCE = 2.0  # weighted stopword hits the winner needs
MIN_LEAD = 1.5  # and how many times the runner-up's score


def _weights() -> dict[str, dict[str, float]]:
    """Word -> {language: weight}: 1 / the number of languages listing the word."""
    listed: dict[str, set[str]] = {}
    for language, words in _STOPWORDS.items():
        for word in words.split():
            listed.setdefault(word, set()).add(language)
    return {w: {lang: 1 / len(langs) for lang in langs} for w, langs in listed.items()}


_WEIGHTS = _weights()
LANGUAGES = tuple(_STOPWORDS)


def scores(words: Iterable[str]) -> dict[str, float]:
    """Each language's weighted stopword count over `words` (lower-case)."""
    total = dict.fromkeys(LANGUAGES, 0.0)
    for word in words:
        for language, weight in _WEIGHTS.get(word, {}).items():
            total[language] += weight
    return total


def detect_language(text: str, limit: int = 2000) -> str | None:
    """The language of the person's own words in `text` (quotes cut), or None when unsure.

    Only the first `limit` characters are read (about 30 lines): enough to decide, and a long
    pasted log cannot make the work grow (about 0.3 ms at the limit).
    """
    head = text[:limit]
    found = _detect(strip_quoted(head))
    if found is None:
        # Inline answers below a reply header ("On ... wrote:") are the person's words too.
        found = _detect(_QUOTED_LINE.sub("", head))
    return found


def _is_prose(chunk: str) -> bool:
    """False for a space-free run that is no word of a sentence: an address, a domain, a URL,
    or anything longer than 24 characters."""
    if len(chunk) > 24 or "@" in chunk or "/" in chunk:
        return False
    return "." not in chunk or _DOTTED.search(chunk) is None


def _detect(text: str) -> str | None:
    """The language of `text`, or None when unsure."""
    own = text.replace("\u2019", "'").lower()
    # Encoded blobs (base64, PGP armour, uuencode) are long runs without spaces: their letters
    # would otherwise spell "e", "o", "y" and other one-letter stopwords by chance.
    # Addresses, domains and URLs are not sentences either ("gmail.com" is no Portuguese "com").
    prose = " ".join(chunk for chunk in own.split() if _is_prose(chunk))
    # Each word counts once: "kan ... kan" in a Swedish mail is not twice the Dutch evidence.
    words = set(_WORD.findall(prose))
    ranked = sorted(scores(words).items(), key=lambda kv: kv[1], reverse=True)
    (best, top), (_, second) = ranked[0], ranked[1]
    if top < MIN_EVIDENCE or top < MIN_LEAD * second:
        return None
    return best


def choose_language(
    configured: str | None, detected: str | None, kept: str | None, default: str
) -> str:
    """The language to write to a customer in: configured for them, else what they wrote in
    this message, else what their ticket kept (a short "OK" does not switch it), else `default`."""
    return configured or detected or kept or default


def zone_of_offset(offset: timedelta | None) -> str | None:
    """A `Date:` header's UTC offset as a zone name ("UTC+01:00", "UTC" for +00:00); None when
    the header gave none."""
    if offset is None:
        return None
    if not offset:
        return "UTC"
    sign = "-" if offset < timedelta(0) else "+"
    minutes = int(abs(offset).total_seconds() // 60)
    return f"UTC{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def choose_zone(
    configured: str | None, date_offset: timedelta | None, kept: str | None, default: str
) -> str:
    """The zone to show a customer times in: configured for them (an IANA name), else the UTC
    offset of this message's `Date:`, else what their ticket kept, else `default`."""
    return configured or zone_of_offset(date_offset) or kept or default
