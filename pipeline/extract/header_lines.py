"""How the top and bottom of a 公文 or web page look: line kinds the header rules share.

A document opens with web-portal furniture (breadcrumbs, publish time, metadata tables),
a letterhead, a 发文字号, the title and the 主送 line; the body follows. These helpers
classify lines so the title, number and issuer rules only look where those items live.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.extract.base import Context

CJK = "\u4e00-\u9fff"
YEAR = r"(?:19|20)\d{2}"
_CN_DIGIT = "〇零○一二三四五六七八九十"

# a line that is nothing but a (signature) date, Arabic or Chinese numerals; older and
# internal documents often sign with the month alone (二〇一〇年九月)
DATE_LINE = re.compile(
    rf"^\s*(?P<year>{YEAR}|[{_CN_DIGIT}Oo]{{4}})\s*年\s*[\d{_CN_DIGIT}]{{1,2}}\s*月(?:\s*[\d{_CN_DIGIT}]{{1,3}}\s*[日号])?"
    r"\s*(?:[（(]?(?:星期|周)[一二三四五六日天][)）]?)?\s*$"
)
# 发文字号: prefix, year in any bracket style, serial (optionally 第…号)
DOC_NUMBER = re.compile(
    rf"(?P<num>[{CJK}]{{1,10}}\s*[〔\[（(【﹝]\s*(?P<year>{YEAR})\s*[〕\]）)】﹞]\s*第?\s*\d{{1,5}}\s*号)"
)
META_KEYS = (
    "信息名称|标题|索引号|信息索引|公文生成日期|生成日期|成文日期|发文日期|签发日期|发文机构|发布机构|发文单位|发文机关|"
    "备注/文号|发文字号|文号|信息类别|主题分类|内容概述|发布日期|发布时间|来源|作者|时间|有效性|主题词|"
    "关键词|责任编辑|编辑|浏览次数|点击数|所属机构"
)
_META = re.compile(
    rf"(?P<key>{META_KEYS})\s*[:：]\s*(?P<val>.*?)\s*(?=\s(?:{META_KEYS})\s*[:：]|\s{{2,}}|$)"
)
FURNITURE = re.compile(
    r"当前位置|现在的位置|当前栏目|首页\s*[>》]|>>|\s>\s|^>|浏览次数|点击[数量率]|访问量|信息索引|索引\s*号|"
    r"生成日期|信息类别|主题分类|内容概述|字号\s*[:：]?\s*[大中小]|打印本页|关闭窗口|今天是|扫一扫|分享到|"
    r"^(?:发布|更新)(?:日期|时间)|(?:作者|来源)\s*[:：]|^(?:19|20)\d{2}-\d{1,2}-\d{1,2}|"
    # site banners and menu bars: an address, accessibility switches, "首页｜栏目｜栏目",
    # "某某网 - 栏目"
    r"www\.|https?://|无障碍|长者模式|关怀版|视力保护色|首页\s*[|｜丨]|"
    # a menu bar of spaced items opening on 首页 (`首页  政务公开  通知公告`)
    r"^首页(?:\s+[\u4e00-\u9fff]{2,8}){2,}\s*$|"
    r"(?:[^\s|｜丨]{2,8}\s*[|｜丨]\s*){2,}[^\s|｜丨]{2,8}\s*$|(?:网|网站)\s+[-—–_]+\s*[\u4e00-\u9fff]{2,8}$"
)
# an SEO heading of a template / essay site: `X方案（通用5篇）`, `X总结(精选3篇)`, `X范文`; its
# count of versions is no figure and the heading is no title
SEO_HEADING = re.compile(
    r"[（(]\s*(?:通用|精选|优选|热门|最新|实用|优秀|推荐|经典|合集|汇总)?\s*[\d一二三四五六七八九十]{1,3}\s*篇\s*[)）]\s*$"
    r"|(?:范文|模板|模版)(?:大全|精选|汇总)?\s*$"
)
_CLEAN_HEAD = re.compile(r"^[\s#*•·●■◆>|]+")
_CLEAN_TAIL = re.compile(r"[\s*|]+$")
_NEWS_LEAD = re.compile(r"^(?:本报讯|.{0,12}讯[)）]|[(（].{0,20}讯)|^\s*(?:\d{1,2}月\d{1,2}日|今天)")
ENUM = re.compile(r"^(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十\d]+[)）]|\d+[.、．])")


@dataclass(frozen=True)
class Line:
    """One non-empty line: its cleaned text and the offset of that text in `ctx.text`."""

    index: int
    start: int
    text: str

    @property
    def end(self) -> int:
        return self.start + len(self.text)


def lines(ctx: Context) -> list[Line]:
    """Non-empty lines with Markdown marks, bullets and edge spaces trimmed (offsets kept)."""
    out: list[Line] = []
    for offset, raw in ctx.lines():
        head = _CLEAN_HEAD.match(raw)
        lead = head.end() if head else 0
        body = _CLEAN_TAIL.sub("", raw[lead:])
        if body:
            out.append(Line(len(out), offset + lead, body))
    return out


def cjk_count(text: str) -> int:
    return sum(1 for c in text if "\u4e00" <= c <= "\u9fff")


@lru_cache(maxsize=4096)
def is_furniture(text: str) -> bool:
    """Web-portal navigation and metadata lines (breadcrumbs, publish time, index tables).

    Cached: the header, title and layout rules each ask of the same lines, and the
    furniture patterns are the costliest the header family runs."""
    return bool(FURNITURE.search(text)) or bool(metadata(text)) or bool(SEO_HEADING.search(text))


def metadata(text: str) -> dict[str, tuple[str, int]]:
    """`key: value` pairs of a metadata line, with each value's offset inside the line."""
    out: dict[str, tuple[str, int]] = {}
    for m in _META.finditer(text):
        if m.group("val"):
            out.setdefault(m.group("key"), (m.group("val"), m.start("val")))
    return out


def is_addressee(text: str) -> bool:
    """The 主送 line (各…：) that ends the header of a notice."""
    if not re.search(r"[:：]$", text) or ENUM.match(text) or len(text) < 4 or is_furniture(text):
        return False
    label = text[:-1]
    return not re.fullmatch(rf"[{CJK}]{{1,6}}", label) or label.startswith(("各", "全", "有关"))


def is_body(text: str) -> bool:
    """A running-text paragraph (sentence punctuation, length, or a news lead)."""
    if "。" in text or len(text) > 90 or _NEWS_LEAD.search(text):
        return True
    return len(text) > 45 and bool(re.search(r"[，,；;]", text))


def body_start(all_lines: list[Line], limit: int = 30) -> int:
    """Index of the first 主送 line or body paragraph (the end of the header zone)."""
    for line in all_lines[:limit]:
        if is_addressee(line.text) or (is_body(line.text) and not is_furniture(line.text)):
            return line.index
    return min(limit, len(all_lines))


def date_lines(all_lines: list[Line]) -> list[Line]:
    """Lines that are only a date: signature dates (成文日期)."""
    return [line for line in all_lines if DATE_LINE.match(line.text)]


def cn_year(text: str) -> int | None:
    """A year written in Arabic or Chinese digits (二〇一三 -> 2013)."""
    if text.isdigit():
        return int(text)
    digits = {c: str(i) for i, c in enumerate("〇一二三四五六七八九")} | {"零": "0", "○": "0", "O": "0", "o": "0"}
    conv = "".join(digits.get(c, "") for c in text)
    return int(conv) if len(conv) == 4 else None
