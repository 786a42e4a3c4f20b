"""HTML to readable plain text with the standard library's html.parser.

Scripts, styles and the document head are dropped; block elements become line breaks; links keep
their target as "label (https://url)" so an agent can still see where a customer was pointing.
"""

import contextlib
import re
from html.parser import HTMLParser

_SKIP = frozenset({"script", "style", "head", "title", "template", "noscript", "svg", "object"})
_BLOCK = frozenset(
    {
        "address", "article", "aside", "blockquote", "caption", "center", "dd", "details", "dialog",
        "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3",
        "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table",
        "tbody", "tfoot", "thead", "tr", "ul",
    }
)  # fmt: skip
_VOID_SKIP = frozenset({"meta", "link", "base", "img", "input", "wbr"})
_INLINE_SPACE = re.compile(r"[ \t\f\v\r\n\u00a0\u200b]+")
_MANY_BLANK_LINES = re.compile(r"\n{3,}")
_SPACE_RUN = re.compile(r"[ \t]{2,}")


class _TextExtractor(HTMLParser):
    """Collects visible text; see html_to_text for the rules."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self._skip_depth = 0
        self._pre_depth = 0
        self._links: list[tuple[str, int]] = []  # (href, index into out where the label starts)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self._skip_depth += 1
            return
        if tag in _VOID_SKIP:
            return
        if tag == "br":
            self.out.append("\n")
        elif tag in _BLOCK:
            self.out.append("\n")
            if tag == "pre":
                self._pre_depth += 1
            elif tag == "li":
                self.out.append("- ")
        elif tag in ("td", "th"):
            self.out.append(" ")
        elif tag == "a":
            href = next((v for k, v in attrs if k == "href" and v), "")
            self._links.append((href.strip(), len(self.out)))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        # <br/>, <hr/>, <script/>: a self-closing tag opens and closes nothing to skip.
        if tag in _SKIP or tag == "a":
            return
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self._skip_depth = max(0, self._skip_depth - 1)
            return
        if tag in _BLOCK and tag != "li":  # the next item's start breaks the line already
            self.out.append("\n")
            if tag == "pre":
                self._pre_depth = max(0, self._pre_depth - 1)
        elif tag == "a" and self._links:
            href, start = self._links.pop()
            label = " ".join("".join(self.out[start:]).split())
            if _worth_showing(href, label):
                self.out.append(f" ({href})" if label else href)

    def handle_data(self, data: str) -> None:
        if self._skip_depth:
            return
        if self._pre_depth:
            self.out.append(data.replace("\r\n", "\n"))
        else:
            self.out.append(_INLINE_SPACE.sub(" ", data))


def _worth_showing(href: str, label: str) -> bool:
    """Whether a link target adds information beyond its label."""
    lowered = href.lower()
    if not href or lowered.startswith(("#", "javascript:", "data:", "cid:")):
        return False
    bare = href.removeprefix("mailto:").removeprefix("MAILTO:")
    return label not in (href, bare) and label.rstrip("/") != href.rstrip("/")


def html_to_text(html: str) -> str:
    """Visible text of an HTML document, with link targets kept and blank lines collapsed."""
    parser = _TextExtractor()
    # html.parser is lenient, but if broken input trips it, keep the text collected so far.
    with contextlib.suppress(Exception):
        parser.feed(html)
        parser.close()
    lines = (_SPACE_RUN.sub(" ", line).strip() for line in "".join(parser.out).split("\n"))
    return _MANY_BLANK_LINES.sub("\n\n", "\n".join(lines)).strip("\n")
