"""Title candidates that pages glue to something else on one line.

Web pages and document-sharing sites rarely print a title alone: a headline runs into its
dateline (`X开幕 2021-11-06  来源:…  阅读数:…`), a 发文字号 precedes the title
(`X办发〔2017〕43号《…的通知》`), a flattened 公文 runs number, title and 主送 line into one
paragraph (`…号关于…的通知各区教育局:…`), an essay-template site repeats the title before its
first article (`X方案 X方案篇一`). These helpers cut the title out of such lines.
"""
from __future__ import annotations

import re

from pipeline.extract.header_lines import DOC_NUMBER, YEAR

_DAY = rf"{YEAR}\s*[-/.年]\s*\d{{1,2}}\s*[-/.月]\s*\d{{1,2}}\s*日?(?:\s*\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?"
_SEP = r"[\s|｜丨]*"
# a dateline glued after a headline: optional date / time, then a publish-time, source,
# author or read-count key (or a font-size / print / share widget); a bare date (and time)
# ending the line (bare or bracketed); a date after a `|` cell separator
GLUED_DATELINE = re.compile(
    rf"{_SEP}(?:{_DAY}{_SEP})?"
    r"(?:(?:(?:发布|更新|发表)(?:时间|日期)|(?:信息)?来源|作者|阅读|浏览|点击)(?:数|量|次数)?\s*[:：]"
    r"|【?(?:字体|字号)\s*[:：]|[【\[]打印[】\]]|分享到)"
    rf"|\s+{_DAY}\s*$|\s*[|｜丨]{_SEP}{_DAY}|\s*[\[【(（]\s*{_DAY}\s*[\]】)）]\s*$"
)
# a 发文字号 at the head of a title line, bracketed or with its brackets lost
# (`X政办发2019.02号`, `X府办发2016215 号`)
LEADING_NUMBER = re.compile(
    rf"\s*(?:{DOC_NUMBER.pattern}|[\u4e00-\u9fff]{{1,10}}\s*{YEAR}\s*[.\d]{{0,6}}\s*号)\s*"
)
# the genre words a 公文 title ends with, allowing the spaces of flattened letter-spacing
_GENRE_END = r"(?:通\s*知|通\s*报|公\s*告|通\s*告|决\s*定|意\s*见|方\s*案|规\s*划|批\s*复|函)"
# a flattened 公文 header inside a paragraph: number, title (possibly with its issuer
# glued), then the 主送 line (各… / 有关… / 全…)
INLINE_HEADER = re.compile(
    r"号\s*(?P<title>[^。：:；;，,号]{0,30}?关\s*于[^。：:；;]{4,90}?的\s*" + _GENRE_END + r")"
    r"\s*(?=各|有关|全[\u4e00-\u9fff]{0,6}[、,，:：])"
)
# the site (and column) a page's <title> names after the headline: `X_栏目_某某网`,
# `X - 某某市人民政府`, `X｜某某新闻网`; the last part ends in a word sites are named with
SITE_SUFFIX = re.compile(
    r"(?:\s*[_|｜丨]\s*|\s+[-—–]\s+|-)(?:[^_|｜丨\s]{2,12}\s*[_|｜丨-]\s*)*"
    r"[\u4e00-\u9fffA-Za-z]{2,20}(?:网|网站|门户|官网|在线|频道|政府|之窗|客户端|教育局|教育厅|教育委员会|发布)$"
)
# `X X…`: a template site repeats the title, then names its first article (…篇一)
REPEATED = re.compile(r"^(?P<title>\S{4,40})\s+(?P=title)")


def glued_head(text: str) -> int | None:
    """End of the headline when a dateline is glued after it on the same line."""
    m = GLUED_DATELINE.search(text)
    return m.start() if m and m.start() >= 4 else None


def site_suffix(text: str, start: int, end: int) -> int:
    """End of the headline before a site name appended to it (`…开幕_某某教育网`), else `end`;
    the headline keeps at least six characters."""
    m = SITE_SUFFIX.search(text, start, end)
    return m.start() if m and m.start() - start >= 6 else end


def leading_number(text: str, start: int) -> int:
    """Offset after a 发文字号 printed at `start` before the title, else `start`."""
    m = LEADING_NUMBER.match(text, start)
    if not m or m.end() >= len(text) - 4:
        return start
    return m.end()


def inline_header(text: str) -> tuple[int, int] | None:
    """Span of a 公文 title flattened between its number and its 主送 line."""
    m = INLINE_HEADER.search(text[:600])
    return m.span("title") if m else None


def repeated(text: str) -> tuple[int, int] | None:
    """Span of a title a template site prints twice at the head of a line."""
    m = REPEATED.match(text)
    return m.span("title") if m else None


def repost(text: str) -> tuple[int, int] | None:
    """`转发《X》` (nothing after the closing bracket) gives X."""
    m = re.fullmatch(r"转发《(?P<x>[^《》]{4,80})》", text)
    return m.span("x") if m else None
