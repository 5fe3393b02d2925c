"""Saved web pages: the article of a portal page, without the portal around it.

The bytes are decoded by BOM, declared charset, strict UTF-8, then a guess
(`parsers._html_decode`); lxml's HTML parser (libxml2, tolerant of unclosed and stray
tags) builds the tree; `parsers._html_article` drops code and furniture and finds the
article; `parsers._html_lines` lays the text out in lines. The document is, in page
order: the article title as a heading, the portal's metadata lines (信息索引, 生成日期,
发文字号… — the header and date rules read them), and the article's lines, tables as
tab-joined rows. A page rendered from a text by tools/make_html gives back the text's lines.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from models import Block, Document, EmptyDocument, Table
from parsers._html_article import drop_furniture, find_article, link_heavy, strip_noise
from parsers._html_decode import decode_html
from parsers._html_lines import BLOCK_TAGS, Line, layout, tag_of
from parsers._html_meta import is_meta_line, meta_pairs, tidy_meta_line
from parsers.registry import register, source_info

_XML_DECL = re.compile(r"^\s*<\?xml[^>]*>", re.IGNORECASE)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_TITLE_NAME = re.compile(r"title|(?:^|[^a-z])(?:tit|bt|biaoti|headline)(?:$|[^a-z])", re.IGNORECASE)
_INLINE_TAG = re.compile(r"</?(?:font|span|b|i|u|em|strong|small|big|sup|sub|a|label|o:p)\b[^>]*>", re.IGNORECASE)
_ANY_TAG = re.compile(r"</?([A-Za-z][A-Za-z0-9:]*)\b[^>]*>")
MAX_DEPTH = 1000  # deeper than any real page; libxml2's own limit (huge_tree) is 2048
SCOPE_LEVELS = 3  # how far above the article the title and metadata are looked for


def parse_tree(text: str) -> Any:
    """The page's element tree; raises EmptyDocument when there is no markup or text.

    libxml2 stops building below a fixed depth and drops the text there; a page nested
    that deep (thousands of unclosed <font>/<div>) is reparsed with its tags flattened.
    """
    text = _CONTROL.sub("", _XML_DECL.sub("", text, count=1))
    if not text.strip():
        raise EmptyDocument("page is empty")
    root = _lxml_parse(text)
    if _depth(root) >= MAX_DEPTH:
        root = _lxml_parse(_INLINE_TAG.sub("", text))
    if _depth(root) >= MAX_DEPTH:
        root = _lxml_parse(_ANY_TAG.sub(_flat_tag, text))
    return root


def _lxml_parse(text: str) -> Any:
    from lxml import etree, html

    try:
        return html.document_fromstring(text, parser=html.HTMLParser(huge_tree=True))
    except (etree.ParserError, ValueError) as exc:
        raise EmptyDocument(f"page has no content: {exc}") from exc


def _depth(root: Any) -> int:
    depth: dict[Any, int] = {root: 0}
    deepest = 0
    for el in root.iterdescendants():
        depth[el] = depth.get(el.getparent(), 0) + 1
        deepest = max(deepest, depth[el])
    return deepest


def _flat_tag(m: re.Match[str]) -> str:
    """Last resort for absurd nesting: every block tag a <br>, every other tag nothing."""
    return "<br>" if m.group(1).lower() in BLOCK_TAGS or m.group(1).lower() == "br" else ""


def _body(root: Any) -> Any:
    body = root.find("body")
    return body if body is not None else root


def find_title(scope: Any, article: Any) -> Any | None:
    """The article title before the article: an h1, else a title-named element, else an
    h2/h3, else a bold or large-font line (old table-layout pages style titles by hand)."""
    if next(article.iter("h1"), None) is not None:
        return None
    found: dict[str, Any] = {}
    for el in scope.iter():
        if el is article:
            break
        kind = _title_kind(el, article)
        if kind:
            found[kind] = el
    return next((found[k] for k in ("h1", "named", "h2", "styled") if k in found), None)


def _title_kind(el: Any, article: Any) -> str | None:
    tag = tag_of(el)
    if not tag or tag == "a" or article in set(el.iterancestors()):
        return None
    size = len(el.text_content().strip())
    if not 2 <= size <= 200 or _contains(el, ("table", "a")):
        return None
    if tag == "h1":
        return "h1"
    if tag in ("h2", "h3"):
        return "h2"
    names = f"{el.get('class') or ''} {el.get('id') or ''}"
    if tag in ("div", "p", "td", "span", "strong") and _TITLE_NAME.search(names):
        return "named"
    if is_meta_line(el.text_content()) or el.text_content().strip()[-1] in ":：":
        return None
    if tag in ("b", "strong") or (tag == "font" and _font_size(el) >= 4):
        return "styled"
    return None


def _font_size(el: Any) -> int:
    digits = re.sub(r"\D", "", el.get("size") or "")
    return int(digits[:2]) if digits else 0


def _contains(el: Any, tags: tuple[str, ...]) -> bool:
    return any(tag_of(d) in tags for d in el.iterdescendants())


def _scope(article: Any, body: Any) -> Any:
    node = article
    for _ in range(SCOPE_LEVELS):
        if node is body or node.getparent() is None:
            break
        node = node.getparent()
    return node


def _within(el: Any, ancestor: Any) -> bool:
    return el is ancestor or ancestor in set(el.iterancestors())


def article_lines(root: Any) -> list[Line]:
    """Title, metadata and article lines of a cleaned page, in page order."""
    body = _body(root)
    article = find_article(body)
    scope = _scope(article, body)
    title = find_title(scope, article)
    skip = {el for el in article.iter("ul", "ol", "div", "table") if el is not article and link_heavy(el)}
    out: list[Line] = []
    for line in layout(scope, skip):
        if _within(line.origin, article):
            pairs = meta_pairs(line.cells) if line.cells else []
            out.extend([Line(text, line.origin) for text in pairs] if pairs else [line])
        elif title is not None and _within(line.origin, title):
            out.append(Line(line.text.strip(), line.origin, "heading"))
        else:
            out.extend(_meta(line))
    return out


def _meta(line: Line) -> list[Line]:
    if line.cells is not None:
        return [Line(text, line.origin) for text in meta_pairs(line.cells)]
    if is_meta_line(line.text):
        return [Line(tidy_meta_line(line.text), line.origin)]
    return []


def _tables(lines: list[Line]) -> list[Table]:
    tables: list[Table] = []
    seen: dict[int, Table] = {}
    for line in lines:
        if line.kind != "table_row" or line.cells is None:
            continue
        key = id(line.origin)
        if key not in seen:
            seen[key] = Table([])
            tables.append(seen[key])
        seen[key].rows.append(line.cells)
    return tables


def html_document(path: Path, data: bytes) -> Document:
    text, encoding = decode_html(data)
    root = parse_tree(text)
    strip_noise(root)
    drop_furniture(root)
    lines = article_lines(root)
    if not lines:
        raise EmptyDocument("no article text found on the page")
    blocks = [Block(line.kind, line.text) for line in lines]  # type: ignore[arg-type]
    return Document.from_blocks(blocks, source_info(path, data, "html", encoding=encoding), _tables(lines))


@register("html", extensions=(".html", ".htm", ".shtml", ".xhtml"))
def parse_html(path: Path, data: bytes) -> Document:
    return html_document(path, data)
