"""The document's own title: the line(s) between letterhead/portal furniture and the body.

A 公文 title may wrap over two lines (`关于举办…全民终身学习` + `推进周活动的通知`); a news
page shows a headline; portals repeat the title in a `信息名称` metadata row. A line that
names a document genre (通知, 方案, 总结 …) beats a bare headline, because pages put a
news-style lead above the document they publish (`---X工作方案`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.extract.header_lines import (
    DATE_LINE,
    DOC_NUMBER,
    ENUM,
    YEAR,
    Line,
    cjk_count,
    is_addressee,
    is_body,
    is_furniture,
    metadata,
)
from pipeline.extract.header_orgs import org_line

GENRES: dict[str, tuple[str, ...]] = {
    "notice": ("通知", "通报", "公示", "公告", "通告", "启事", "决定", "批复", "函", "倡议书"),
    "plan": ("方案", "计划", "要点", "安排", "意见"),
    "summary": ("总结", "小结", "圆满结束", "圆满落幕", "落下帷幕", "圆满闭幕", "综述", "报告"),
    "rules": ("办法", "细则", "条例", "规定", "章程", "规则"),
    "form": ("表",),
    "other": ("纪要",),
}
NEWS_VERBS = re.compile(r"举行|开幕|启动|召开|举办|闭幕|落幕|开班|揭牌|亮相|表彰|走进|揭晓")
_LABEL = re.compile(r"^(?:当前\w{0,4}|正文|滚动|头条|标题)\s*[:：]\s*")
_DASHES = re.compile(r"^[-—–―]+\s*")
_TAG = re.compile(r"^【[^】]{1,12}】\s*(?=\S)")
_TRAILING_DATE = re.compile(rf"\s*(?:{YEAR}年\d{{1,2}}月\d{{1,2}}日|{YEAR}-\d{{1,2}}-\d{{1,2}})(?:\s*\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?$")
_END_PUNCT = "”\"’）)》」』 "
# A bracketed qualifier after the genre word: （试行）, （征求意见稿）, （2016—2018年）.
_QUALIFIER = re.compile(r"[（(][^（）()]{1,16}[)）]\s*$")


@dataclass(frozen=True)
class Title:
    """The title text and the span of `ctx.text` it was read from."""

    value: str
    start: int
    end: int


def genre(title: str) -> str | None:
    """The document genre a title ends with (…的通知 -> notice), else None."""
    core = _QUALIFIER.sub("", title.strip()).rstrip(_END_PUNCT)
    best: tuple[int, str] | None = None
    for kind, words in GENRES.items():
        for word in words:
            if core.endswith(word) and (best is None or len(word) > best[0]):
                best = (len(word), kind)
    return best[1] if best else None


def trimmed(line: Line) -> tuple[int, int]:
    """Offsets inside the line of its title-like core (labels, dashes, tags, dates cut)."""
    text, start = line.text, 0
    for pattern in (_LABEL, _DASHES, _TAG):
        m = pattern.match(text, start)
        if m:
            start = m.end()
    m = _TRAILING_DATE.search(text, start)
    end = m.start() if m and m.start() > start else len(text)
    if text.startswith("【") and text.endswith("】") and start == 0:
        start, end = 1, end - 1
    return start, end


def _title_like(text: str) -> bool:
    if cjk_count(text) < 4 or len(text) > 80 or is_body(text) or text.endswith(("。", "；", "：", ":")):
        return False
    if DATE_LINE.match(text) or org_line(text) or ENUM.match(text) or re.search(r"^[，,、。]|[，,、；]$", text):
        return False
    number = DOC_NUMBER.search(text)
    return not (number and len(number.group()) >= len(text) - 2)


def _candidate(line: Line) -> Title | None:
    if is_furniture(line.text):
        return None
    a, b = trimmed(line)
    text = line.text[a:b]
    return Title(text, line.start + a, line.start + b) if _title_like(text) else None


def _continues(first: Title, nxt: Line) -> bool:
    """Whether the next line completes a title wrapped over lines."""
    text = nxt.text
    if genre(first.value) or is_furniture(text) or is_addressee(text) or _DASHES.match(text):
        return False
    if text.startswith("暨"):
        return True
    bare_genre = genre(text) is not None and len(text) <= 4 and first.value.endswith("的")
    ends = genre(text) is not None and (_title_like(text) or bare_genre)
    return ends and ("关于" in first.value or len(text) <= 15)


def _open_middle(first: Title, nxt: Line, after: Line | None) -> bool:
    """A 公文 title set over three or four lines breaks before its genre word
    (`关于开展…` / `…活动周的` / `通知`): a short middle line without the genre continues
    when the line after it ends the title."""
    text = nxt.text
    if "关于" not in first.value or genre(first.value) or genre(text) or after is None:
        return False
    if len(text) > 30 or is_furniture(text) or is_addressee(text) or is_body(text) or org_line(text):
        return False
    if DATE_LINE.match(text) or DOC_NUMBER.search(text) or re.search(r"[。；：:]", text):
        return False
    return _continues(Title(first.value + text, first.start, nxt.end), after)


def _subtitled(first: Title, nxt: Line) -> bool:
    """`终身学习 从我做起` / `——致全市市民的倡议书`: a short slogan line heading a genre-named
    subtitle that opens with a dash is one title (a news headline or dated line is not)."""
    m = _DASHES.match(nxt.text)
    if not m or genre(first.value) or first.value.startswith("暨") or not genre(nxt.text[m.end():]):
        return False
    return cjk_count(first.value) <= 12 and not re.search(r"\d", first.value) and not NEWS_VERBS.search(first.value)


def _join(first: Title, following: list[Line]) -> Title:
    value, end = first.value, first.end
    if following and _subtitled(first, following[0]):
        return Title(value + following[0].text, first.start, following[0].end)
    i = 0
    while i < min(len(following), 3):
        line, cur = following[i], Title(value, first.start, end)
        if _continues(cur, line):
            value, end = value + line.text, line.end
        elif _open_middle(cur, line, following[i + 1] if i + 1 < len(following) else None):
            value, end = value + line.text + following[i + 1].text, following[i + 1].end
            i += 1
        else:
            break
        i += 1
    return Title(value, first.start, end)


def find_title(lines: list[Line], stop: int) -> Title | None:
    """The title among the first lines: genre-named beats headline beats metadata row."""
    found: list[Title] = []
    meta: Title | None = None
    bodies = 0
    for line in lines[: stop + 6]:
        if is_addressee(line.text) or bodies > 1:
            break
        hit = _candidate(line)
        if hit is None:
            meta = meta or _metadata_title(line)
            bodies += is_body(line.text) and not is_furniture(line.text)
            continue
        if bodies and not genre(hit.value):
            continue  # after running text only a genre-named line can be a title
        found.append(_join(hit, lines[line.index + 1 :]))
    named = [t for t in found if genre(t.value)]
    best = named or found
    return _with_issuer_line(best[0], lines) if best else meta


def _with_issuer_line(title: Title, lines: list[Line]) -> Title:
    """A 公文 title is 发文机关 + 关于… + 文种; when it wraps right after the body's name, that
    name (or the joint issuers' names) stands alone on the line directly above "关于…". A
    letterhead (spaced, 文件, stacked bodies, or followed by a blank line or doc number) is not
    part of the title."""
    if not title.value.startswith("关于"):
        return title
    prev = next((ln for ln in lines if ln.end < title.start and ln.end >= title.start - 1), None)
    if prev is None or re.search(r"文件$|(?<!\S)\S(?!\S)", prev.text) or not org_line(prev.text):
        return title  # a 文件 letterhead, or one spaced character by character
    if prev.index > 0 and org_line(lines[prev.index - 1].text):
        return title  # several bodies stacked: a joint letterhead
    return Title(prev.text + title.value, prev.start, title.end)


def _metadata_title(line: Line) -> Title | None:
    for key in ("信息名称", "标题"):
        value = metadata(line.text).get(key)
        if value and _title_like(value[0]):
            return Title(value[0], line.start + value[1], line.start + value[1] + len(value[0]))
    return None


def clean_value(text: str) -> str:
    """Title value: line breaks joined, spaces next to CJK removed (`举办 2023 年` -> `举办2023年`)."""
    text = re.sub(r"\s*\n\s*", "", text)
    return re.sub(r"(?<=[\u4e00-\u9fff])\s+(?=\d)|(?<=\d)\s+(?=[\u4e00-\u9fff])", "", text).strip()
