"""The document's own title: the line(s) between letterhead/portal furniture and the body.

A 公文 title may wrap over two lines (`关于举办…全民终身学习` + `推进周活动的通知`); a news
page shows a headline; portals repeat the title in a `信息名称` metadata row. Candidates are
read only from lines the layout step (pipeline/extract/layout.py) does not label furniture,
and they are scored, not taken first-come: a line that names a document genre (通知, 方案,
总结 …) or reports an event (举行, 开幕 …), that stands right above its dateline or 主送
line, beats a short label or a line after running text, because real pages put site names,
column labels and news-style leads above the document they publish (`---X工作方案`).
A page's <title> form appends the site (`X_栏目_某某网`, `X - 某某市人民政府`): the site part
is cut; a `——记…` subtitle under a headline neither competes with it nor parts it from its
dateline.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.extract.header_bulletin import masthead_name
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
from pipeline.extract.layout import (
    ADDRESSEE,
    BODY,
    DATELINE,
    DOC_NUMBER_LINE,
    FURNITURE,
    LabeledLine,
    classify,
)
from pipeline.extract.title_forms import (
    glued_head,
    inline_header,
    leading_number,
    repeated,
    repost,
    site_suffix,
)

GENRES: dict[str, tuple[str, ...]] = {
    "notice": ("通知", "通报", "公示", "公告", "通告", "启事", "决定", "批复", "函", "倡议书"),
    "plan": ("方案", "计划", "要点", "安排", "意见"),
    "summary": ("总结", "小结", "圆满结束", "圆满落幕", "落下帷幕", "圆满闭幕", "综述", "报告"),
    "rules": ("办法", "细则", "条例", "规定", "章程", "规则"),
    "form": ("表",),
    "other": ("纪要",),
}
# titles of their own genre that doc_type does not sort by the last word
_TITLE_WORDS = ("简报", "规划", "纲要", "公报", "倡议")
NEWS_VERBS = re.compile(
    r"举行|开幕|启动|召开|举办|闭幕|落幕|开班|揭牌|亮相|表彰|走进|揭晓|开学|开课|结业|颁奖|授牌|获评|喜获|荣获|"
    r"走访|调研|座谈|考察|观摩|展演|汇演|慰问|看望|送教|开讲"
)
# labels printed before a title: a page's 标题 / 正文 row, an attachment number (活动附件一:)
_LABEL = re.compile(
    r"^(?:(?:当前\w{0,4}|正文|滚动|头条|转载|原创|置顶|\w{0,4}附件\s*[一二三四五六七八九十\d]*)\s*[:：]"
    r"|(?:主|文章|公文|信息|文件)?标\s*题\s*[:：|｜]|(?:文件|信息|公文|文章)?名\s*称\s*[:：|｜])\s*"
)
# rows a page sets between a headline and its dateline
_WIDGET_ROW = re.compile(r"字[体号]|打印|关闭|分享|收藏|扫一扫|二维码|^(?:导读|核心提示|内容提要|内容摘要|摘要|提要)\s*[:：]")
_DASHES = re.compile(r"^[-—–―]+\s*")
_TAG = re.compile(r"^(?:【[^】]{1,12}】|[\[［][^\]］]{1,8}[\]］])\s*(?=\S)")
# a publish date closing a headline, bare or bracketed (`X [2030-05-12]`, `X（2030年5月12日）`)
_TRAILING_DATE = re.compile(
    rf"\s*[\[【(（]?\s*(?:{YEAR}年\d{{1,2}}月\d{{1,2}}日|{YEAR}[-/.]\d{{1,2}}[-/.]\d{{1,2}})"
    r"(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*[\]】)）]?$"
)
_BULLETS = ("★", "☆", "▲", "△", "►", "▶", "◎", "○", "◇", "□", "√")
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
    """Offsets inside the line of its title-like core (labels, dashes, tags, a leading
    发文字号, dates and a closing 。 cut; `转发《X》` gives X; a title printed twice gives one)."""
    text, start = line.text, 0
    for pattern in (_LABEL, _DASHES, _TAG):
        m = pattern.match(text, start)
        if m:
            start = m.end()
    start = leading_number(text, start)
    for form in (repost, repeated):
        span = form(text[start:])
        if span:
            return start + span[0], start + span[1]
    m = _TRAILING_DATE.search(text, start)
    end = site_suffix(text, start, m.start() if m and m.start() > start else len(text))
    if text[start:end].startswith(("【", "《")) and text[end - 1:end] in ("】", "》") and _single(text[start + 1:end - 1]):
        start, end = start + 1, end - 1
    if text.endswith("。", start, end) and genre(text[start:end - 1]) and not re.search(r"[。，,；;]", text[start:end - 1]):
        end -= 1
    return start, end


def _single(inner: str) -> bool:
    """Whether a bracketed line holds one bracketed item (not `《A》和《B》`)."""
    return not re.search(r"[】》]", inner)


def _title_like(text: str) -> bool:
    if cjk_count(text) < 4 or len(text) > 80 or is_body(text) or text.endswith(("。", "；", "：", ":")):
        return False
    if DATE_LINE.match(text) or org_line(text) or ENUM.match(text) or re.search(r"^[，,、。]|[，,、；]$", text):
        return False
    number = DOC_NUMBER.search(text)
    return not (number and len(number.group()) >= len(text) - 2)


def _candidate(line: Line) -> Title | None:
    if is_furniture(line.text) or line.text.startswith(_BULLETS):
        return None
    a, b = trimmed(line)
    text = line.text[a:b]
    return Title(text, line.start + a, line.start + b) if _title_like(text) else None


def _continues(first: Title, nxt: Line) -> bool:
    """Whether the next line completes a title wrapped over lines."""
    text = nxt.text
    if is_furniture(text) or is_addressee(text) or _DASHES.match(text):
        return False
    if genre(first.value) and not _open_end(first.value, text):
        return False
    if text.startswith("暨"):
        return True
    bare_genre = genre(text) is not None and len(text) <= 4 and first.value.endswith("的")
    ends = genre(text) is not None and (_title_like(text) or bare_genre)
    return ends and ("关于" in first.value or len(text) <= 15) and not _name_above(first, text)


# how account and column names end (`某某社区教育`, `某某发布`), and how a headline whole on
# its own may open (a quoted campaign name)
_ACCOUNT_END = re.compile(r"(?:发布|教育|在线|资讯|之窗|之声|频道|微报|视点|学堂)$")
_QUOTED_OPEN = ("“", "\"", "《", "「", "『")


def _name_above(first: Title, text: str) -> bool:
    """A short name line (a WeChat account, a column) above a headline that is whole on its
    own: a title wraps when its first line is full, so a short dateless name line over a
    longer, complete title is not the title's start (`某某社区教育` ⏎ `“…”征文启事`)."""
    if "关于" in first.value or re.search(r"\d|[〇一二三四五六七八九十]+年", first.value):
        return False
    short = cjk_count(first.value) <= 10 and cjk_count(first.value) < cjk_count(text) and cjk_count(text) >= 8
    # (`某市社区教育` ⏎ `2032年发展规划` is one title set over two lines: a programme's year opens it)
    named = bool(_ACCOUNT_END.search(first.value)) and not re.match(r"\s*(?:19|20)\d{2}", text)
    return short and (text.startswith(_QUOTED_OPEN) or named)


def _open_end(value: str, text: str) -> bool:
    """A genre word that does not end the title: the name of a cited document (`…意见》`)
    or a line that goes on with a bracketed period or `的` (`(2020—2022年)的通知`)."""
    return value.endswith("》") or bool(re.match(r"^(?:[（(][^（）()]{1,16}[)）])?》?的", text))


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


# a subtitle naming the piece as an interview or a retrospective (`——访某局局长某某`, `——…十年回眸`)
_FEATURE_SUBTITLE = re.compile(r"^(?:专访|访谈|访问|对话|访)[\u4e00-\u9fff]|(?:回眸|回顾|纪实|访谈录?)$")


def _subtitled(first: Title, nxt: Line) -> bool:
    """`终身学习 从我做起` / `——致全市市民的倡议书`: a short slogan line heading a subtitle that
    opens with a dash and names the piece's genre (倡议书; an interview `——访…`, a retrospective
    `——…回眸`) is one title. A news headline, a dated line or a `——记…` profile line is not."""
    m = _DASHES.match(nxt.text)
    sub = nxt.text[m.end():] if m else ""
    if not m or genre(first.value) or first.value.startswith("暨") or not (genre(sub) or _FEATURE_SUBTITLE.search(sub)):
        return False
    return cjk_count(first.value) <= 16 and not re.search(r"\d", first.value) and not NEWS_VERBS.search(first.value)


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


def find_title(lines: list[Line], stop: int, labeled: list[LabeledLine] | None = None) -> Title | None:
    """The best-scored title candidate of the header zone (see `_score`), else a metadata row.

    Candidates come from lines the layout step does not label as furniture, from headlines
    glued to their dateline and from 公文 headers flattened into a paragraph."""
    labeled = labeled if labeled is not None else classify(lines)
    bulletin = masthead_name(lines, {item.line.start for item in labeled if item.label == FURNITURE})
    if bulletin is not None:
        return Title(*bulletin)  # a 简报's name, not the headline of its first report
    scored: list[tuple[float, int, Title]] = []
    meta: Title | None = None
    bodies, joined_end = 0, -1
    for i, item in enumerate(labeled[: stop + 10]):
        if _subtitle(labeled, i):
            continue
        for hit, glued in _candidates(item) if item.line.start >= joined_end else []:
            if bodies and not _named(hit.value):
                continue  # after running text only a genre-named line can be a title
            title = hit if glued else _join(hit, lines[item.line.index + 1 :])
            joined_end = title.end
            dashed = bool(_DASHES.match(item.line.text)) and not _named(title.value)  # a `——记…` subtitle
            scored.append((_score(title, labeled, bodies, glued) - 2.0 * dashed, -item.line.index, title))
        if not scored:
            meta = meta or _metadata_title(item.line)
        bodies += item.label in (BODY, ADDRESSEE)
    if not scored:
        return meta
    best = max(scored, key=lambda s: (s[0], s[1]))[2]
    return _fuller(best, [s[2] for s in scored], lines)


def _subtitle(labeled: list[LabeledLine], i: int) -> bool:
    """A `——记…` line right under a headline that names no genre is its subtitle: neither a
    title of its own nor a line that keeps the headline from its dateline (a dashed line
    naming a genre, `——X工作方案`, is the document's own title under a news-style lead)."""
    text = labeled[i].text
    m = _DASHES.match(text)
    if not m or i == 0 or genre(text[m.end():]) or labeled[i - 1].label in (FURNITURE, DATELINE, BODY):
        return False
    return _candidate(labeled[i - 1].line) is not None


def _candidates(item: LabeledLine) -> list[tuple[Title, bool]]:
    """Title candidates of one line, each with whether a dateline was glued after it."""
    line = item.line
    if item.label == FURNITURE:
        return []
    if item.label == DATELINE:
        head = glued_head(line.text)
        hit = _candidate(Line(line.index, line.start, line.text[:head])) if head else None
        return [(hit, True)] if hit else []
    span = inline_header(line.text) if item.label == BODY else None
    if span:
        return [(Title(line.text[span[0]:span[1]], line.start + span[0], line.start + span[1]), False)]
    hit = _candidate(line)
    return [(hit, False)] if hit else []


def _score(title: Title, labeled: list[LabeledLine], bodies: int, glued: bool) -> float:
    """How title-like a candidate is where it stands: a genre word, a news verb, a dateline
    or 主送 line right after it; short labels and lines after running text lose."""
    score = 4.0 * _named(title.value) + 2.0 * bool(NEWS_VERBS.search(title.value))
    after = _following(labeled, title)
    if glued or after[:1] == [DATELINE]:
        score += 3
    if any(label in (DOC_NUMBER_LINE, ADDRESSEE) for label in after):
        score += 2
    if cjk_count(title.value) < 6:
        score -= 3
    return score - 3.0 * min(bodies, 2)


def _following(labeled: list[LabeledLine], title: Title) -> list[str]:
    """Labels of the two lines after a title, skipping its subtitle and the widget rows a page
    prints between a headline and its dateline (字体 / 打印 / 分享, 导读)."""
    out: list[str] = []
    for i, item in enumerate(labeled):
        if item.line.start < title.end or _subtitle(labeled, i) or (not out and _widget(item)):
            continue
        out.append(item.label)
        if len(out) == 2:
            break
    return out


def _widget(item: LabeledLine) -> bool:
    return item.label == FURNITURE and bool(_WIDGET_ROW.search(item.text))


def _named(value: str) -> bool:
    """Whether a title names its genre (通知, 方案 … or a title-only word such as 规划)."""
    return bool(genre(value)) or _QUALIFIER.sub("", value).rstrip(_END_PUNCT).endswith(_TITLE_WORDS)


def _fuller(best: Title, others: list[Title], lines: list[Line]) -> Title:
    """The same title printed again with its issuer glued in front (a portal headline that
    drops the issuer, then the document's own title line) gives the fuller form. An issuer
    printed on its own line above `关于…` stays out of the title (it is the letterhead)."""
    core = _loose(best.value)
    for other in others:
        value = _loose(other.value)
        if value != core and value.endswith(core) and org_line(value[: -len(core)]):
            return other
    return best


def _loose(text: str) -> str:
    return re.sub(r"[^\w]", "", text)


def _metadata_title(line: Line) -> Title | None:
    for key in ("信息名称", "标题"):
        value = metadata(line.text).get(key)
        if value and _title_like(value[0]):
            return Title(value[0], line.start + value[1], line.start + value[1] + len(value[0]))
    return None


# a run of characters spaced out one by one (`关 于 印 发`), as flattened letterheads print them
_LETTER_SPACED = re.compile(r"(?:[\u4e00-\u9fff][ \u3000]){3,}[\u4e00-\u9fff]")


# pinyin a mirror site prints in brackets (`(xīn wén)`): tone-marked letters, noise in a title
_TONES = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_PINYIN = re.compile(rf"\s*[（(](?=[^()（）]*[{_TONES}])[a-zü{_TONES}\s]{{1,40}}[)）]\s*")


def clean_value(text: str) -> str:
    """Title value: line breaks joined, spaces next to CJK removed (`举办 2023 年` -> `举办2023年`),
    letter-spacing closed up (`关 于 印 发` -> `关于印发`), mirror-site pinyin dropped."""
    text = _PINYIN.sub("", re.sub(r"\s*\n\s*", "", text))
    if _LETTER_SPACED.search(text):
        text = re.sub(r"(?<=[\u4e00-\u9fff])[ \u3000](?=[\u4e00-\u9fff])", "", text)
    return re.sub(r"(?<=[\u4e00-\u9fff])\s+(?=\d)|(?<=\d)\s+(?=[\u4e00-\u9fff])", "", text).strip()
