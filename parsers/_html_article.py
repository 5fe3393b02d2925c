"""Where the article is on a saved portal page, and what around it is furniture.

Pages are cleaned in three steps: code and media go (script, style, iframe…); page
furniture goes (nav/aside/footer elements, elements whose class or id names a menu,
breadcrumb, sidebar, footer, share or print bar, and footers recognised by their
copyright/ICP lines); then the article is the deepest element holding most of the page's
prose, weighted by non-link text and Chinese sentence punctuation. Names are only hints:
an element holding most of the page's text is never dropped for its class name.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from parsers._html_lines import BLOCK_TAGS, tag_of

NOISE_TAGS = (
    "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas", "select",
    "button", "input", "textarea", "head", "map", "audio", "video", "link", "meta",
)
_FURNITURE_TAGS = frozenset({"nav", "aside", "footer"})
_FURNITURE_NAME = re.compile(
    r"nav|menu|footer|sidebar|bread|crumb|copyright|banner|share|toolbar|topbar|login|weizhi|dqwz|"
    r"(?:^|[^a-z])(?:foot|side|position|location|print|tools?|search|related|xgwz|comment|ad|"
    r"header|top|links?|fenxiang|close)(?:$|[^a-z])",
    re.IGNORECASE,
)
_FOOTER_STRONG = re.compile(r"ICP[备證证]|网站标识码|公网安备|网站识别码")
_FOOTER_WEAK = re.compile(r"版权所有|Copyright|©|技术支持|主办单位|承办单位|联系电话|地址[:：]|邮编|建议使用")
_BODY_NAME = re.compile(
    r"content|zoom|zhengwen|trs_editor|unionstyle|text|body|(?:^|[^a-z])(?:zw|con|cont|nr|wz)(?:$|[^a-z])",
    re.IGNORECASE,
)
_PUNCT = re.compile(r"[，。；！？、]")
_SPACE = re.compile(r"\s+")
KEEP_SHARE = 0.5  # an element with this share of the page's text is never furniture
ARTICLE_SHARE = 0.75  # the article holds at least this share of the remaining text
BODY_SHARE = 0.8  # a body named as such holds this share of the wrapper's sentence marks
LEAF_SHARE = 0.97  # a single paragraph is the article only when nothing else is beside it


def strip_noise(root: Any) -> None:
    """Remove code, media and form controls (their text is never document text)."""
    for el in list(root.iter(*NOISE_TAGS)):
        if el.getparent() is not None:
            el.drop_tree()


def is_furniture(el: Any) -> bool:
    """Navigation, sidebars, footers, breadcrumbs and tool bars, by tag or class/id name."""
    tag = tag_of(el)
    if tag in _FURNITURE_TAGS:
        return True
    if tag in ("html", "body", "h1", "h2") or next(el.iter("h1"), None) is not None:
        return False  # the title is never furniture, whatever its wrapper is called
    if tag == "header":
        return True
    names = f"{el.get('class') or ''} {el.get('id') or ''}".strip()
    return bool(names) and bool(_FURNITURE_NAME.search(names))


def weights(root: Any) -> dict[Any, float]:
    """Prose weight of every element: non-link characters plus a bonus per sentence mark."""
    return _accumulate(root, _weight, skip_links=True)


def lengths(root: Any) -> dict[Any, float]:
    """Characters of text (links included) under every element."""
    return _accumulate(root, lambda t: float(len(t or "")), skip_links=False)


def _accumulate(root: Any, measure: Any, skip_links: bool) -> dict[Any, float]:
    """Sum `measure` of the texts under each element in two linear passes (no recursion)."""
    order = list(root.iter())
    linked: dict[Any, bool] = {}
    own: dict[Any, float] = {el: 0.0 for el in order}
    for el in order:
        parent = el.getparent()
        linked[el] = tag_of(el) == "a" or linked.get(parent, False)
        if tag_of(el) and not (skip_links and linked[el]):
            own[el] += measure(el.text)
        if el is not root and parent in own and not (skip_links and linked[parent]):
            own[parent] += measure(el.tail)
    for el in reversed(order):
        parent = el.getparent()
        if el is not root and parent in own:
            own[parent] += own[el]
    return own


def _weight(text: str | None) -> float:
    if not text:
        return 0.0
    return len(_SPACE.sub("", text)) + 10.0 * len(_PUNCT.findall(text))


def drop_furniture(root: Any) -> None:
    """Drop furniture elements and copyright footers, never one holding most of the text."""
    weight = weights(root)
    limit = KEEP_SHARE * max(weight.get(root, 0.0), 1.0)
    doomed = [el for el in root.iter() if is_furniture(el) and weight.get(el, 0.0) < limit]
    doomed += list(_copyright_blocks(root, lengths(root), weight, limit))
    for el in _outermost(doomed):
        if el.getparent() is not None:
            el.drop_tree()


def _copyright_blocks(
    root: Any, size: dict[Any, float], weight: dict[Any, float], limit: float
) -> Iterator[Any]:
    """The largest small block around a site's copyright/ICP lines."""
    for el in root.iter("div", "table", "p", "td", "center"):
        if size.get(el, 0.0) > 600 or not _is_footer_text(el.text_content()):
            continue
        parent = el.getparent()
        if parent is None or size.get(parent, 0.0) > 600 or weight.get(parent, 0.0) >= limit:
            yield el


def _is_footer_text(text: str) -> bool:
    if _FOOTER_STRONG.search(text):
        return True
    return len({m.group(0) for m in _FOOTER_WEAK.finditer(text)}) >= 3


def _outermost(elements: list[Any]) -> list[Any]:
    chosen = set(elements)
    out = []
    for el in elements:
        if not any(anc in chosen for anc in el.iterancestors()):
            out.append(el)
    return out


def find_article(root: Any) -> Any:
    """The deepest element holding most of the page's prose (greedy descent by weight).

    The descent never stops inside one paragraph of several: a leaf block (no block
    children) is only entered when its siblings hold next to nothing.
    """
    weight = weights(root)
    need = ARTICLE_SHARE * weight.get(root, 0.0)
    node = root
    while need > 0 and not _holds_prose(node):
        children = [c for c in node if tag_of(c)]
        best = max(children, key=lambda c: weight.get(c, 0.0), default=None)
        if best is None or weight.get(best, 0.0) < need:
            break
        if _is_leaf(best) and weight.get(best, 0.0) < LEAF_SHARE * weight.get(node, 0.0):
            break
        node = best
    return _named_body(node)


def _named_body(node: Any) -> Any:
    """The element inside `node` named as the article body, when it holds its sentences.

    On a short notice the title and catalogue table weigh as much as the body, so the
    descent stops at their common wrapper; the body's own name then locates it, provided
    it holds most of the wrapper's sentence punctuation (a body split in parts does not).
    """
    marks = _accumulate(node, lambda t: float(len(_PUNCT.findall(t or ""))), skip_links=True)
    need = BODY_SHARE * marks.get(node, 0.0)
    named = [
        el for el in node.iterdescendants()
        if tag_of(el) in ("div", "td", "section", "article") and marks.get(el, 0.0) >= need > 0
        and _BODY_NAME.search(f"{el.get('class') or ''} {el.get('id') or ''}")
    ]
    return named[-1] if named else node


def _holds_prose(el: Any) -> bool:
    """Sentences written directly in the element (not in a child): the article is here.

    Wrappers hold their parts in child elements; an element whose own text has sentences
    (lines split by <br>, or children nested by unclosed tags) must not be left behind.
    """
    own = [el.text or ""] + [child.tail or "" for child in el]
    return len(_PUNCT.findall("".join(own))) >= 2


def _is_leaf(el: Any) -> bool:
    return not any(tag_of(d) in BLOCK_TAGS for d in el.iterdescendants())


def link_heavy(el: Any) -> bool:
    """A block of links (a related-articles list left inside the article)."""
    links = list(el.iter("a"))
    if len(links) < 3:
        return False
    text = len(_SPACE.sub("", el.text_content()))
    linked = sum(len(_SPACE.sub("", a.text_content())) for a in links)
    return text > 0 and linked / text >= 0.7
