"""HTML to readable plain text, in time linear in the size of the HTML.

Scripts, styles and the document head are dropped; block elements become line breaks; links keep
their target as "label (https://url)" so an agent can still see where a customer was pointing.

How: a fixed sequence of regular-expression passes over the whole document, most with constant
replacements, so the work per tag is done in C (the standard library's `html.parser` costs a
Python call per tag and per text run: 18 s for a 10 MB one-line mail). Every pattern is written
so that a failed attempt cannot rescan the rest of the document for each of many starts: open
ends stop at the end of the text (`\\Z`) or at the next start of the same construct, and a tag
is only looked for before the last `>`. Structural line breaks are carried as NUL through the
whitespace folding (NUL is removed from the input first) and become newlines at the end.
"""

import re
from collections.abc import Callable
from html import escape, unescape

_SKIP = "script|style|head|title|template|noscript|svg|object"
_BLOCK = (
    "address|article|aside|blockquote|caption|center|dd|details|dialog|div|dl|dt|fieldset|"
    "figcaption|figure|footer|form|h1|h2|h3|h4|h5|h6|header|hr|main|nav|ol|p|section|table|"
    "tbody|tfoot|thead|tr|ul"
)
# The inside of a tag after its name. As in html.parser, a quote opens a value only after "=",
# and a value in quotes may hold ">"; a quote never closed is an ordinary character. Unrolled
# and atomic: a failed quote is never retried, so each kind of quote can fail (scan to the end
# of the document) at most once, and runs of plain characters are taken in one step. Atomic as
# a lookahead whose capture is then matched, `(?=(X))(?P=...)`, not as `X*+`: Python 3.11 before
# 3.11.5 (Debian 12's 3.11.2) mismatches possessive repeats of groups (it let a link's label run
# over its "</a>", so every link target was lost), and a lookahead is atomic in every version.
_ATTRS = r"""(?=(?P<attrs>[^>"'=]*(?:(?:=\s*"[^"]*"|=\s*'[^']*'|["'=])[^>"'=]*)*))(?P=attrs)"""
_END_OF_NAME = r"(?=[\s/>])"
_FLAGS = re.IGNORECASE | re.DOTALL

_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_SKIPPED = re.compile(
    rf"<({_SKIP}){_END_OF_NAME}{_ATTRS}(?<!/)>.*?(?:</\1\s*>|\Z)|<(?:{_SKIP})\s*/>", _FLAGS
)
# A link's label runs to its end tag, to the next link's start (a link never closed), or to the
# end; unrolled so that plain text between tags is taken in one step (greedy is enough: what
# follows the label is optional, so a label is never given back).
_LINK = re.compile(
    rf"<a{_END_OF_NAME}{_ATTRS}>(?P<label>[^<]*(?:<(?!/a\s*>|a[\s/>])[^<]*)*)(?P<end></a\s*>)?",
    _FLAGS,
)
_HREF = re.compile(r"""\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+))""", re.IGNORECASE)
_PRE = re.compile(rf"<pre{_END_OF_NAME}{_ATTRS}>(?P<inner>.*?)(?:</pre\s*>|\Z)", _FLAGS)
# Any tag, in one left-to-right pass, so "<x <p>" is one tag (named x) as html.parser sees it.
_TAG = re.compile(rf"<(/?[a-z][^\s/>]*){_ATTRS}>|<[!?][^>]*>", _FLAGS)
_ANY_TAG_IN_LABEL = re.compile(r"<[^>]*>")

_BREAK = "\x00"  # a line break that whitespace folding must keep
# What a tag becomes (by its lower-cased name, "/" first for an end tag); any other tag: nothing.
_TAG_TEXT = {
    **{name: _BREAK for name in _BLOCK.split("|")},
    **{f"/{name}": _BREAK for name in _BLOCK.split("|")},
    "li": f"{_BREAK}- ",
    "br": _BREAK,
    "td": " ",
    "th": " ",
}
_MANY_BLANK_LINES = re.compile(r"\n{3,}")


def _worth_showing(href: str, label: str) -> bool:
    """Whether a link target adds information beyond its label."""
    lowered = href.lower()
    if not href or lowered.startswith(("#", "javascript:", "data:", "cid:")):
        return False
    bare = href.removeprefix("mailto:").removeprefix("MAILTO:")
    return label not in (href, bare) and label.rstrip("/") != href.rstrip("/")


def _link(match: re.Match[str]) -> str:
    """A link as its label followed by " (target)" when the target says more; a link never
    closed keeps only its label, as before."""
    attrs, label_html, closing = match.group("attrs", "label", "end")
    found = _HREF.search(attrs) if closing else None
    if found is None:
        return label_html
    href = found.group(1) or found.group(2) or found.group(3) or ""
    if "&" in href:
        href = unescape(href)
    href = href.strip()
    label = _ANY_TAG_IN_LABEL.sub(" ", label_html) if "<" in label_html else label_html
    if "&" in label:
        label = unescape(label)
    label = " ".join(label.split())
    if not _worth_showing(href, label):
        return label_html
    shown = escape(href, quote=False) if "&" in href or "<" in href or ">" in href else href
    return f"{label_html} ({shown})" if label else f"{label_html}{shown}"


def _tag_text(match: re.Match[str], text: Callable[[str, str], str] = _TAG_TEXT.get) -> str:
    """What one tag leaves in the text: a line break, a list bullet, a space, or nothing."""
    name = match.group(1)
    return text(name.lower(), "") if name else ""


def _pre(match: re.Match[str]) -> str:
    """Preformatted text with its line breaks kept through the whitespace folding."""
    inner = match.group("inner").replace("\r\n", "\n").replace("\n", _BREAK)
    return f"{_BREAK}{inner}{_BREAK}"


def html_to_text(html: str) -> str:
    """Visible text of an HTML document, with link targets kept and blank lines collapsed."""
    text = html.replace(_BREAK, "")
    # Only comments that end: one left open stays text, as html.parser left it, and a start
    # after the last "-->" is never tried (each would scan to the end and fail).
    last_comment_end = text.rfind("-->") + 3 if "-->" in text else 0
    text = _COMMENT.sub("", text[:last_comment_end]) + text[last_comment_end:]
    last_tag_end = text.rfind(">")
    # After the last ">" no tag can end: that tail is text, and no pattern needs to look at it
    # (for "<b <b <b ..." without any ">", each start would otherwise scan to the end).
    tags, tail = text[: last_tag_end + 1], text[last_tag_end + 1 :]
    tags = _SKIPPED.sub("", tags)
    tags = _LINK.sub(_link, tags)
    tags = _PRE.sub(_pre, tags)
    tags = _TAG.sub(_tag_text, tags)
    text = unescape(tags + tail).replace("\u200b", " ")
    # Every run of white space (Unicode's, no-break space included) becomes one space, in C;
    # the breaks are not white space, so they stay, and the spaces beside them go.
    text = " ".join(text.split()).replace(f" {_BREAK}", _BREAK).replace(f"{_BREAK} ", _BREAK)
    return _MANY_BLANK_LINES.sub("\n\n", text.replace(_BREAK, "\n")).strip("\n")
