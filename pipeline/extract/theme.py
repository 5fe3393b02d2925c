"""The theme family: the campaign's 活动主题, as written.

Documents introduce the theme in a few fixed ways: a 活动主题 heading with the theme on
the next line, a label (（一）主题：…。), a phrase (以“…”为主题, 主题是“…”, 围绕“…”这一
主题). A document may also quote the theme of a sub-activity (以“低碳生活”为主题的…一日
行活动, …为主题的征文活动); that is not the campaign's. Candidates are ranked: a 主题
heading or label, or a phrase tied to the week (活动周/本届/今年/本次) outranks an untied
phrase; sub-activity themes are dropped. Labels may be table cells (| 活动主题 | … |), the
verb may settle it (主题确定为 / 定为), quotes may be 《》 or ‘’, and a theme in two quoted
halves ("“A”“B”") is kept whole; a next clause (，口号为…) ends an unquoted one. The earliest of the best rank wins, so the
issuing body's own wording beats a later paraphrase.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from models import Evidence
from pipeline.extract.base import Context, Fields
from pipeline.extract.dates_common import WEEK, cover_text_end, main_text_end, sentence_bounds
from pipeline.extract.registry import register

_ENUM = r"(?:[（(]?\s*[一二三四五六七八九十\d]+\s*[)）、.．]\s*)?"
_HEADING = re.compile(
    rf"^[ \u3000#*]*{_ENUM}(?:活动周?|学习周|推进周|本届|年度|(?P<event>征文|比赛|大赛|竞赛|展览|展演|汇演|论坛|大会|评选))?"
    r"主题[ \t\u3000]*[:：]?[ *\u3000]*$",
    re.M,
)
# A blank to fill in ("“_______”", "××××"): a template's placeholder states no theme.
_PLACEHOLDER = re.compile(r"^[_＿\-—…．.·\sXxＸｘ×＊*]*$")
_NEXT_HEADING = re.compile(r"^[ \u3000#*]*(?:[（(]?[一二三四五六七八九十]+[)）、]|\d+\s*[、.．])")
# "定为"/"确定为": the issuing body settling its theme ("今年活动周的主题确定为“…”").
_VERB = r"(?:是|为|确定为|定为|确定是)"
# "主题：…", a table row "| 活动主题 | … |" or a tab-separated cell "活动主题⇥…".
_LABEL = re.compile(rf"(?P<pre>[^\n，,。；;]{{0,14}}?)主题\s*{_VERB}?\s*(?:[:：]|\t|[ \t]*[|｜])[ \t]*(?P<val>[^\n]+)")
_LABEL_PRE = re.compile(r"(?:^|活动|活动周|学习周|推进周|活动日|活动月|开幕式|本届|今年|本次|年度)的?$")
_Q_OPEN, _Q_CLOSE = "“\"「『‘《", "”\"」』’》"
# A theme in two quoted halves ("“A”“B”", "“A” “B”") is one theme: the halves are kept
# with the quotes between them, as written.
_HALF = rf"[^\n{_Q_CLOSE}]{{2,60}}"
_QUOTED = rf"[{_Q_OPEN}](?P<val>{_HALF}(?:[{_Q_CLOSE}][ \u3000]?[{_Q_OPEN}]{_HALF})?)[{_Q_CLOSE}]"
_IS_THEME = re.compile(rf"主题\s*{_VERB}?\s*[:：]?\s*{_QUOTED}")
_TAKES_THEME = re.compile(
    rf"(?P<verb>以|围绕|按照|紧扣|突出|紧紧围绕)\s*[{_Q_OPEN}](?P<val>[^\n。]{{2,60}}?)[{_Q_CLOSE}]"
    r"\s*(?P<mid>(?:的|这一|这个|为|作为)?[^，,。；\n“”]{0,10}?)主题"
)
_EVENT_LABEL = re.compile(r"(征文|比赛|大赛|竞赛|展览|展演|论坛|大会|会议|评选|征集)的?$")
_TIED = re.compile(r"活动周|学习周|推进周|本届|今年|本次|开幕式|启动仪式|活动日|年度")
_SUB_WORDS = re.compile(r"征文|一日行|比赛|竞赛|大赛|讲座|论坛|展览|展示|演讲|培训|班会|课程|作品")
_SUB_ACTIVITY = re.compile(r"^的[^。；\n]{0,20}?(?:征文|一日行|比赛|竞赛|大赛|讲座|论坛|展览|展示|演讲|培训|班会|活动)")
_STRIP = " \t*“”\"'‘’「」『』|｜"
# "主题是全民乐学,助力“共建共享”。": a theme written without opening quotes, up to the full stop.
_ITEM = r"(?:活动|宣传)?(?:口号|标语|时间|地点|日期|对象|形式|内容|主办|承办|范围)"
# The value stops before a clause that states something else ("，口号为…", "，时间：…").
_BARE_IS = re.compile(
    rf"主题\s*{_VERB}\s*[:：]?\s*(?P<val>[^\n。；;:：{_Q_OPEN}][^\n。；;]{{1,40}}?)"
    rf"(?=[。；;\n]|$|[，,][^，,。；\n“”]{{0,4}}{_ITEM}\s*(?:为|是|[:：]))"
)
# "以终身学习 幸福家园为主题": the same phrase without quotes (a slogan-like value only).
_TAKES_BARE = re.compile(
    r"(?<![可所加予难得足])(?P<verb>以)\s*(?P<val>[^“”\"「」『』。；;\n以为]{4,30}?)\s*(?P<mid>为)主题"
)
_SLOGAN_PART = re.compile(r"^[^，,、\s]{2,12}$")
# "…舉行?;顒又黝}是“X”": a label whose GBK bytes were shifted by a mirror site; the
# quoted value after 是 is intact, the label is recovered by realigning the bytes.
_GARBLED_IS = re.compile(rf"(?P<garble>[^\n，,。“”\s]{{3,10}})(?:是|为)\s*{_QUOTED}")
_GARBLE_MARK = re.compile(r"[?;}{|~`^]")


# "…，口号为…", "…，时间：…": a next clause stating another item ends the theme.
_NEXT_CLAUSE = re.compile(rf"[，,](?=[^，,。；\n“”]{{0,4}}{_ITEM}\s*(?:为|是|[:：]))")


@dataclass(frozen=True)
class Candidate:
    """A theme found at `evidence`, with its rank (3 heading/label, 2 tied phrase, 1 other)."""

    rank: float
    value: str
    evidence: Evidence


def clean_theme(raw: str) -> str | None:
    """The theme without surrounding quotes, markup or a final full stop; None if implausible."""
    text = raw.strip(_STRIP)
    if raw.strip(" \t*")[:1] in _Q_OPEN:
        inner = re.match(rf"[ \t*]*[{_Q_OPEN}]([^{_Q_CLOSE}]+(?:[{_Q_CLOSE}][ \u3000]?[{_Q_OPEN}][^{_Q_CLOSE}]+)?)[{_Q_CLOSE}]", raw)
        text = inner.group(1) if inner else text
    text = _NEXT_CLAUSE.split(re.split(r"[。；;]", text)[0])[0].rstrip("。.；;，, ").strip(_STRIP)
    if text.count("“") > text.count("”") and text.rfind("“") > 0:
        text += "”"  # "助力“共建共享”": an inner quote closing the theme stays
    if not 2 <= len(text) <= 60 or "\t" in text or text.startswith(("和", "与", "及")) or _blank(text):
        return None
    return text


def _blank(text: str) -> bool:
    """A placeholder, also with a filling note after it ("XXXX（按当年主题填写）")."""
    return bool(_PLACEHOLDER.match(re.sub(r"[（(][^（）()]*[)）]$", "", text)))


def _candidate(ctx: Context, rank: int, raw: str, start: int) -> Candidate | None:
    value = clean_theme(raw)
    if value is None:
        return None
    at = ctx.text.find(value, start)
    return Candidate(rank, value, ctx.evidence(at, at + len(value))) if at >= 0 else None


def heading_themes(ctx: Context, end: int) -> list[Candidate]:
    """A 活动主题 heading followed by the theme on the next non-empty line; a 征文主题 (contest,
    exhibition…) heading ranks as the campaign's only in a text that opens on that event."""
    out = []
    for m in _HEADING.finditer(ctx.text, 0, end):
        rest = ctx.text[m.end() : end].lstrip("\n \t\u3000")
        line = rest.split("\n", 1)[0]
        if line and not _NEXT_HEADING.match(line) and "主题" not in line:  # else a label states it
            rank = _heading_rank(ctx, m.group("event"), m.start(), end)
            found = _candidate(ctx, rank, line, m.end()) if rank else None
            out += [found] if found else []
    return out


def _heading_rank(ctx: Context, event: str | None, at: int, end: int) -> int:
    """3 for the campaign's heading or that of the event the text opens on (or its title
    names); a sub-event's heading (征文主题 in a notice of the week) ranks 1 only in a text
    that never names the week."""
    if not event or _opens_on(ctx.text[:at], event) or event in (ctx.fields.get("title") or ""):
        return 3
    return 0 if WEEK.search(ctx.text, 0, end) else 1


def _opens_on(text: str, event: str) -> bool:
    """The text's title lines (its first three non-empty lines before the heading, as an
    account or site name may stand above the title) name the event."""
    opening = [line for line in text.split("\n", 8) if line.strip()][:3]
    return any(event in line for line in opening)


def label_themes(ctx: Context, end: int) -> list[Candidate]:
    """主题：… labels of the campaign (not of a lecture or contest); the label of the text's
    own contest or conference (征文主题：…) when the text opens on that event or never names
    the campaign week."""
    own_event = not WEEK.search(ctx.text, 0, end)
    out = []
    for m in _LABEL.finditer(ctx.text, 0, end):
        if "主题" in m.group("val"):
            continue  # "比赛主题：本次比赛的主题是“X”": the inner phrase states it
        pre = re.sub(r"[“”\"'「」\s*#|｜]", "", re.sub(rf"^[\s#*|｜]*{_ENUM}", "", m.group("pre")))
        event = _EVENT_LABEL.search(pre)
        if _LABEL_PRE.search(pre) and not _SUB_WORDS.search(pre):
            rank = 3
        elif event and own_event:
            rank = 1
        elif event and _opens_on(ctx.text[: m.start()], event.group(1)):
            rank = 3  # "大赛主题：" in the call for that very contest
        else:
            continue
        found = _candidate(ctx, rank, m.group("val"), m.start("val"))
        out += [found] if found else []
    return out


def _tied(ctx: Context, start: int, end: int) -> bool:
    s0, s1 = sentence_bounds(ctx.text, start)
    return bool(_TIED.search(ctx.text, max(s0, start - 30), start) or WEEK.search(ctx.text, end, min(s1, end + 40)))


_GENERIC_BIGRAMS = frozenset({"活动", "教育", "学习", "终身", "全民", "社区", "老年", "年度", "开展", "举行", "组织"})


def _bigrams(text: str) -> set[str]:
    return {text[i : i + 2] for i in range(len(text) - 1)} - _GENERIC_BIGRAMS


def _headline_activity(ctx: Context, tail: str, pos: int) -> bool:
    """A report whose headline is about the very activity the theme qualifies ("…视频评比
    活动" over "以“X”为主题的…微视频评选活动"): that activity is the document's event."""
    title, where = ctx.fields.get("title"), ctx.evidence_map.get("title")
    if not title or where is None or where.end > pos or WEEK.search(title):
        return False
    activity = re.split(r"[，,。；;]", tail, maxsplit=1)[0]
    return bool(_bigrams(activity) & _bigrams(re.sub(r"[^\u4e00-\u9fff]", "", title)))


def phrase_themes(ctx: Context, end: int) -> list[Candidate]:
    """主题是“…” and 以/围绕“…”(为/的/这一)主题 phrases, ranked by their tie to the week."""
    out = []
    for m in _IS_THEME.finditer(ctx.text, 0, end):
        rank = 3 if _TIED.search(ctx.text, max(sentence_bounds(ctx.text, m.start())[0], m.start() - 30), m.start()) else 1
        found = _candidate(ctx, rank, m.group("val"), m.start("val"))
        out += [found] if found else []
    bare = (m for m in _TAKES_BARE.finditer(ctx.text, 0, end) if _slogan(m.group("val")))
    for m in [*_TAKES_THEME.finditer(ctx.text, 0, end), *bare]:
        tail = ctx.text[m.end() : m.end() + 30]
        tied = _tied(ctx, m.start(), m.end()) or bool(_TIED.search(m.group("mid")))
        sub = not tied and _SUB_ACTIVITY.match(tail)
        if sub and not _headline_activity(ctx, tail, m.start()):
            continue
        rank = 0 if sub else 3 if _OWN_LEVEL.search(m.group("mid")) else 2 if tied else 1
        found = _candidate(ctx, rank, m.group("val"), m.start("val"))
        out += [found] if found else []
    return out


# "围绕“X”这一区级活动主题": a theme the writer labels with its own level, set apart from a
# higher body's theme quoted before it ("今年全市活动周以“Y”为主题"): the document's own.
_OWN_LEVEL = re.compile(r"^(?:这一|这个)?(?:本?(?:区|县|市|镇|街道|乡)级|本(?:区|县|市|镇|街道|乡))")


def _slogan(value: str) -> bool:
    """A theme-like phrase: short parts (2-12 characters) between commas or spaces."""
    parts = [p for p in re.split(r"[，,、\s]+", re.sub(r"[“”\"「」]", "", value)) if p]
    return 1 <= len(parts) <= 4 and all(_SLOGAN_PART.match(p) for p in parts)


def bare_themes(ctx: Context, end: int) -> list[Candidate]:
    """主题是… without quotes: a slogan-like value of the campaign (tied) or of the text."""
    out = []
    for m in _BARE_IS.finditer(ctx.text, 0, end):
        if not _slogan(m.group("val")):
            continue
        s0 = sentence_bounds(ctx.text, m.start())[0]
        rank = 3 if _TIED.search(ctx.text, max(s0, m.start() - 30), m.start()) else 1
        found = _candidate(ctx, rank, m.group("val"), m.start("val"))
        out += [found] if found else []
    return out


def _realigned(garble: str) -> str:
    """The text a byte-shifted GBK run decodes to once realigned ("" when it cannot)."""
    try:
        raw = garble.encode("gbk")
    except UnicodeEncodeError:
        return ""
    return "|".join(raw[k:].decode("gbk", errors="ignore") for k in range(1, len(raw)))


def garbled_themes(ctx: Context, end: int) -> list[Candidate]:
    """A quoted value after a mojibake label that realigns to 主题 / 主題."""
    out = []
    for m in _GARBLED_IS.finditer(ctx.text, 0, end):
        garble = m.group("garble")
        if _GARBLE_MARK.search(garble) and re.search("主[题題]", _realigned(garble)):
            found = _candidate(ctx, 2, m.group("val"), m.start("val"))
            out += [found] if found else []
    return out


def best_theme(ctx: Context) -> Candidate | None:
    """The highest-ranked, then earliest, theme of the main text (of the attached plan
    when the main text is only its cover notice)."""
    found = _themes(ctx, main_text_end(ctx.text))
    cover = cover_text_end(ctx.text) if not found else None
    found = _themes(ctx, cover) if cover is not None else found
    if not found:
        return None
    return min(found, key=lambda c: (-_level_rank(ctx.text, c), c.evidence.start))


def _themes(ctx: Context, end: int) -> list[Candidate]:
    found = heading_themes(ctx, end) + label_themes(ctx, end) + phrase_themes(ctx, end)
    return found + bare_themes(ctx, end) + garbled_themes(ctx, end)


# "全国活动周的主题是“X”，我市活动周以“Y”为主题": a local document quotes the higher body's
# theme before its own. A theme qualified by 全国/国家 (or 全省) ranks below any tied or
# labelled theme of the text, above untied phrases; the province's above the nation's.
_HIGHER = (("全国", 1.4), ("国家", 1.4), ("全省", 1.5), ("省级", 1.5))


def _level_rank(text: str, cand: Candidate) -> float:
    """The candidate's rank, lowered when its clause names a higher level's theme."""
    start = cand.evidence.start
    chunk = text[max(0, start - 30):start]
    clause = re.split(r"[，,。；;\n]", chunk)[-1]
    for word, rank in _HIGHER:
        if word in clause and "主题" in clause[clause.find(word):] + text[start:start + 80]:
            return min(cand.rank, rank)
    return cand.rank


@register("theme", provides=("theme",), after=("header",))
def extract(ctx: Context) -> Fields:
    out = Fields()
    found = best_theme(ctx)
    out.set("theme", found.value if found else None, found.evidence if found else None)
    return out
