"""HTML pieces of `lifelong report`: page style, escaped tables, and the SVG sanitizer.

Everything that reaches the page goes through `escape` or `clean_svg`, because document titles,
snippets and region names come from the corpus and could hold markup. The page has no script,
so a chart's SVG must not bring one in: `clean_svg` keeps only drawing elements and same-page links.
"""
from __future__ import annotations

import xml.etree.ElementTree as ET
from html import escape
from typing import Any

SVG_NS = "http://www.w3.org/2000/svg"
XLINK_NS = "http://www.w3.org/1999/xlink"
ET.register_namespace("", SVG_NS)
ET.register_namespace("xlink", XLINK_NS)

# Elements that can run code, embed HTML, or fetch something: never kept in a chart.
_DROP = {"script", "foreignObject", "iframe", "object", "embed", "image", "use", "style", "audio", "video"}

CSS = """
body{font-family:"WenQuanYi Zen Hei","Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:2em auto;
max-width:1200px;color:#222;padding:0 1em}h1{font-size:1.6em}
h2{border-bottom:1px solid #ccc;padding-bottom:.2em;margin-top:2em}h3{font-size:1.05em;margin-top:1.2em}
table{border-collapse:collapse;margin:.6em 0;font-size:.88em}td,th{border:1px solid #ddd;padding:3px 7px;
text-align:left;vertical-align:top}th{background:#f4f4f4}.muted{color:#777}.question{font-style:italic}
figure.chart{margin:1em 0;overflow-x:auto}figure.chart svg{max-width:none;height:auto}
figure.chart svg text{font-family:"WenQuanYi Zen Hei","Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",sans-serif}
q.snippet{quotes:"「" "」";background:#fff8e5}.mark:target{background:#fff6d5}nav a{margin-right:1em}
details.evidence>summary{cursor:pointer;font-weight:bold;margin:.5em 0}
"""


def plain(value: Any) -> str:
    """A value as text: empty for None/NaN, whole floats without ".0"."""
    if value is None or (isinstance(value, float) and value != value):
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def cell(value: Any) -> str:
    """A table cell's escaped text."""
    return escape(plain(value))


def table(rows: list[dict[str, Any]], columns: list[str], limit: int = 40) -> str:
    """An HTML table of the first `limit` rows, saying how many were left out."""
    head = "".join(f"<th>{escape(c)}</th>" for c in columns)
    body = "".join("<tr>" + "".join(f"<td>{cell(r.get(c))}</td>" for c in columns) + "</tr>" for r in rows[:limit])
    more = f'<p class="muted">{len(rows) - limit} more rows not shown.</p>' if len(rows) > limit else ""
    return f"<table><tr>{head}</tr>{body}</table>{more}"


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _safe_attr(name: str, value: str) -> bool:
    local = _local(name).lower()
    if local.startswith("on"):
        return False
    if local == "href":
        return value.startswith("#")
    return "url(" not in value or "url(#" in value


def _strip(parent: ET.Element) -> None:
    for child in list(parent):
        if _local(child.tag) in _DROP:
            parent.remove(child)
            continue
        for name, value in list(child.attrib.items()):
            if not _safe_attr(name, value):
                del child.attrib[name]
        _strip(child)


def clean_svg(svg: str) -> str:
    """The chart's SVG with anything executable or external removed (parsed, not pattern-matched)."""
    root = ET.fromstring(svg)
    if _local(root.tag) != "svg":
        raise ValueError(f"not an SVG document: <{_local(root.tag)}>")
    for name, value in list(root.attrib.items()):
        if not _safe_attr(name, value):
            del root.attrib[name]
    _strip(root)
    return ET.tostring(root, encoding="unicode")
