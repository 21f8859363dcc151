"""HTML mail made readable: plain text for matching and answers, sanitised HTML for display.

Display HTML goes through nh3 (the Ammonia sanitiser) with no images, scripts, styles or
remote links' tracking, so opening a message never fetches anything from outside.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

import nh3

_BLOCK = {"p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
          "table", "ul", "ol", "pre", "hr", "section", "article", "header", "footer", "dt", "dd"}
_SKIP = {"script", "style", "head", "title", "xml", "o:p"}
SAFE_TAGS = {"a", "b", "i", "u", "em", "strong", "p", "br", "div", "span", "ul", "ol", "li",
             "table", "thead", "tbody", "tr", "td", "th", "blockquote", "pre", "code", "hr",
             "h1", "h2", "h3", "h4", "h5", "h6", "font", "sub", "sup"}


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.quote_depth = 0

    def handle_starttag(self, tag, attrs):
        tag = tag.lower()
        if tag in _SKIP:
            self.skip += 1
        elif tag == "blockquote":
            self.quote_depth += 1
            self.parts.append("\n")
        elif tag in _BLOCK:
            self.parts.append("\n")
        elif tag == "td":
            self.parts.append("\t")

    def handle_endtag(self, tag):
        tag = tag.lower()
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag == "blockquote":
            self.quote_depth = max(0, self.quote_depth - 1)
            self.parts.append("\n")
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if self.skip:
            return
        text = re.sub(r"[ \t\r\n\f]+", " ", data)
        if self.quote_depth and text.strip():
            text = "> " * self.quote_depth + text
        self.parts.append(text)


def html_to_text(markup: str) -> str:
    """Readable plain text of an HTML body (block elements become lines, quotes get `>`)."""
    parser = _TextExtractor()
    try:
        parser.feed(markup)
        parser.close()
    except Exception:  # noqa: BLE001 - broken markup: fall back to stripping tags
        return html.unescape(re.sub(r"<[^>]+>", " ", markup))
    text = "".join(parts for parts in parser.parts).replace("\xa0", " ")
    lines = [line.strip() for line in text.splitlines()]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip()


def sanitize_html(markup: str) -> str:
    """HTML safe to show: no scripts, styles, images, forms or remote content."""
    return nh3.clean(markup, tags=SAFE_TAGS, attributes={"a": {"href"}, "td": {"colspan"}},
                     url_schemes={"http", "https", "mailto"}, link_rel="noopener noreferrer")
