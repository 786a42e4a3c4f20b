"""The fold triage applies to a request's text and to its patterns alike (pure).

Typographic quotes become plain, each character is decomposed without its combining marks
(accents, Japanese voiced marks, the breve of Cyrillic й), and traditional Chinese characters
become simplified ones. A pattern must be folded the same way as the text it meets, or an
alternative holding a character the folded text never has can never match.
"""

import unicodedata

from supportmail.core.hanzi import to_simplified

QUOTE_CHARS = {"’": "'", "‘": "'", "‚": "'", "“": '"', "”": '"', "„": '"', "«": '"'}
QUOTES = str.maketrans(QUOTE_CHARS)


def fold_text(text: str) -> str:
    """`text` (a pattern, or one character of a request) folded as triage folds a request."""
    decomposed = unicodedata.normalize("NFKD", text.translate(QUOTES))
    return to_simplified("".join(c for c in decomposed if not unicodedata.combining(c)))
