"""Document genre (doc_type) from cues across the whole text, scored rather than first-match.

Why scored: real web pages often lose or garble the title, wrap a plan in a cover notice, or
put a portal's 来源 / 阅读数 rows around a notice. No single cue is reliable, but the genres
write themselves differently: a 公文 names its genre in the title (…的通知, …实施方案, …总结)
and opens on a 主送 line; a cover notice issuing a plan (印发 / 转发 …方案的通知) is a plan when
the excerpt carries the plan; a news report opens on a dateline or 本报讯 lead, narrates an
event in the past and closes on a byline or 责任编辑 row; a call lists 征稿 / 申报 terms; a
summary reports 成效 and 做法. Each cue adds a weight to its genre; the heaviest genre wins
and its strongest cue is the evidence.
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass

from pipeline.extract import header_doctype_cues as cues
from pipeline.extract.header_bulletin import closing_report_cues, compiled_cues
from pipeline.extract.header_doctype_cues import Cue
from pipeline.extract.header_doctype_other import interview_cues
from pipeline.extract.header_lines import ENUM, Line, cjk_count, is_addressee, is_body, is_furniture
from pipeline.extract.header_title import Title
from pipeline.extract.layout import page_furniture

# Title endings per genre; a title names its genre last (…关于印发《X方案》的通知 is a 通知).
GENRE_WORDS: dict[str, tuple[str, ...]] = {
    "notice": ("通知", "通报", "公示", "公告", "通告", "启事", "批复", "函", "倡议书", "名单", "征文活动",
               "征稿", "征集活动", "征集令", "简章", "须知", "一封信", "公开信", "名单公布", "申报指南", "报名指南",
               "征集指南", "招募", "招募令"),
    "plan": ("方案", "计划", "要点", "安排", "意见", "规划", "纲要", "决定", "安排表", "日程表", "计划表"),
    "summary": ("总结", "小结", "综述", "报告", "汇报", "简报", "圆满结束", "圆满落幕", "圆满闭幕", "落下帷幕", "胜利闭幕",
                "圆满收官", "开展情况", "工作情况", "活动情况", "进展情况", "落实情况"),
    "rules": ("办法", "细则", "条例", "规定", "章程", "规则"),
    "form": ("表",),
    # speeches, interviews, retrospectives and papers (…研究, …探析, …的思考)
    "other": ("纪要", "讲话", "致辞", "发言", "贺信", "简介", "概况", "解读", "事迹", "回顾", "回眸", "访谈", "访谈录",
              "讲话稿", "发言稿", "致辞稿", "主持词",
              "调研报告", "调查报告", "研究报告", "研究", "探析", "初探", "浅析", "浅谈", "刍议", "思考", "感言", "心得体会"),
}
# A bulletin may be one issue of news; a closing headline is news or a summary: weaker cues.
# A summary's own title wins over the narrative it is written in.
# A research report (调研报告) is no campaign summary, whatever its 情况 narrates.
_WEIGHT = {"简报": 4.5, "总结": 10.0, "小结": 10.0, "报告": 9.0, "调研报告": 10.0, "调查报告": 10.0, "研究报告": 10.0}
_REPOST = re.compile(r"转发?[:：]?《([^《》]+)》")
_SPEAKER = re.compile(r"在[^的]{2,40}上(?:讲话|致辞|发言)$")
_REPORT = re.compile(r"(?:情况|总结)的?报告$")
# A headline whose subject issues the document (某局发布/出台…方案), not a 公文 title (关于印发…的通知).
_ISSUED = re.compile(r"^(?!.*关于)[^《》]{2,30}?(?:印发|发布|出台|下发|推出|公布)(?!会)(?=[^《》]{4,})")
# A 决定 awarding honours announces a result (a notice); other 决定 set policy (a plan).
_HONOURS = re.compile(r"表彰|命名|授予|奖励|认定|确定|公布|撤销|通报")
_TITLE_WEIGHT, _LATER_TITLE_WEIGHT = 7.0, 2.0
_CLOSING = re.compile(r"圆满(?:结束|落幕|闭幕|收官)|落下帷幕|胜利闭幕")
NEWS_VERBS = re.compile(
    r"举行|开幕|启动|召开|举办|闭幕|落幕|开班|揭牌|亮相|表彰|走进|揭晓|授牌|命名|新建|成立|来到|走访|调研|座谈|"
    r"考察|参观|进行|开展|纷呈|获评|荣获|喜获|再创|创历史|探索|推进会|印发|发布|出台|部署|入选|评为|讲话|致辞|"
    r"开学|开课|结业|毕业|送教|展演|汇演|慰问|看望|签约|开讲|宣讲|掀起|迎来|观摩|颁奖|"
    r"进(?:社区|校园|乡村|农村|村|课堂|家庭|企业|机关|军营|养老院)"
)
_BOOK = re.compile(r"《[^《》\n]{1,120}》")
_LABEL = re.compile(r"^(?:[\u4e00-\u9fff]{0,4}(?:标题|名称|滚动|附件[一二三四五六七八九十\d]?)|正文|头条)\s*[:：]\s*")
_TAIL = re.compile(r"\s+\d{4}[-年/.]\d|\s*(?:来源|发布时间|发布日期|作者|时间|日期)\s*[:：]|\s{2,}\d{4}")
_QUALIFIER = re.compile(r"(?:[（(][^（）()]{1,20}[)）]|第\s*[\d一二三四五六七八九十]+\s*期|篇[一二三四五六七八九十]|[。.！!\s])+$")
_TAG = re.compile(r"^(?:【[^】]{1,12}】|[★☆◆■●▲]\s*|[-—–―]+\s*)")
_ORDER = ("summary", "plan", "notice", "news", "other", "rules", "form")
_HEAD_LINES = 15
_REPORTED = {"rules": "other", "form": "other"}


@dataclass(frozen=True)
class Decision:
    """The genre and the span of the cue that decided it (None when nothing spoke)."""

    kind: str
    start: int | None
    end: int | None
    margin: float = 0.0  # top genre total minus the second: how sure the cues were
    titled: bool = False  # a title genre word or a cover notice spoke (the surest cues)

    @property
    def span(self) -> tuple[int, int] | None:
        return (self.start, self.end) if self.start is not None and self.end is not None else None


def doc_type(text: str, title: Title | None, lines: list[Line], stop: int, skip: Collection[int] = ()) -> Decision:
    """notice / plan / summary / news / other. 办法 / 细则 and 表 titles are scored as their own
    kinds but reported as `other`: the annotation conventions know only the five genres, so a
    `rules` or `form` value would not compare with any dataset or gold. Column labels
    (通知公告) and, by `skip`, the headlines the layout step found in a list of other articles
    name other pages' genres, not this one's."""
    heads = [ln for ln in lines[:_HEAD_LINES * 5] if ln.start not in skip and not page_furniture(ln.text)]
    found = [*title_cues(title, heads), *cover_cues(text, lines), *opening_cues(lines, stop),
             *cues.news_cues(text, lines, stop), *cues.call_cues(text), *cues.summary_cues(text, lines),
             *cues.plan_cues(text), *cues.speech_cues(lines, stop), *cues.paper_cues(text),
             *compiled_cues(lines), *closing_report_cues(lines), *interview_cues(lines)]
    return decide(_cover_package(_masthead_once(found, title)), title)


def _masthead_once(found: list[Cue], title: Title | None) -> list[Cue]:
    """A masthead read as the title (`某区活动周` ⏎ `简 报`) already speaks by its 简报: its
    `简 报` line is the same evidence, not a second cue."""
    if title is None:
        return found
    return [c for c in found if not (c.name == "bulletin masthead" and title.start <= c.start < title.end)]


def _cover_package(found: list[Cue]) -> list[Cue]:
    """A cover notice carrying its plan: the cover's own 通知 title and 主送 line belong to the
    package that issues the plan, so they do not speak for `notice` against it."""
    cover = next((c for c in found if c.name == _COVER), None)
    if cover is None:
        return found
    own = ("addressee",)
    return [c for c in found if not (c.kind == "notice" and (c.name in own or c.name.startswith("title:"))
                                     and c.start <= cover.end)]


def decide(found: list[Cue], title: Title | None) -> Decision:
    """The heaviest genre; its strongest (then earliest) cue is the evidence."""
    totals: dict[str, float] = defaultdict(float)
    for cue in found:
        totals[cue.kind] += cue.weight
    ranked = sorted(totals.values(), reverse=True) + [0.0, 0.0]
    margin = ranked[0] - ranked[1]
    if not totals or max(totals.values()) < 2:
        return Decision("other", title.start if title else None, title.end if title else None, margin)
    kind = max(totals, key=lambda k: (totals[k], -_ORDER.index(k)))
    best = max((c for c in found if c.kind == kind), key=lambda c: (c.weight, -c.start))
    titled = any(c.name.startswith("title:") and c.weight > _LATER_TITLE_WEIGHT or c.name == _COVER for c in found)
    return Decision(_REPORTED.get(kind, kind), best.start, best.end, margin, titled)


# ---------------------------------------------------------------- title cues


def title_cues(title: Title | None, lines: list[Line]) -> list[Cue]:
    """Genre words ending title-like lines of the head; the first one weighs most."""
    found = [_at(c, title.start, title.end) for c in _line_cues(title.value, title.start, chosen=True)] if title else []
    found += [c for ln in head(lines) if not title or ln.end <= title.start or ln.start >= title.end
              for c in _line_cues(ln.text, ln.start)]
    out: list[Cue] = []
    for cue in found:
        if cue.kind == "news" and any(c.kind == "news" for c in out):
            continue  # one headline; more such lines are a table or a list of links
        first = not any(c.kind != "news" for c in out) if cue.kind != "news" else not out
        weight = cue.weight if first else min(cue.weight, _LATER_TITLE_WEIGHT)
        out.append(Cue(cue.kind, weight, cue.start, cue.end, cue.name))
    return out


def _at(cue: Cue, start: int, end: int) -> Cue:
    """The cue read from the header's (cleaned) title value points at the title's span."""
    return Cue(cue.kind, cue.weight, start, end, cue.name)


def head(lines: list[Line]) -> list[Line]:
    """The first lines of the page that could hold a title (furniture rows may carry one);
    short menu items do not use up the window."""
    return [ln for ln in lines[:_HEAD_LINES * 5]
            if cjk_count(ln.text) >= 6 and not ln.text.startswith(("附件", "附:", "附："))][:_HEAD_LINES]


def _line_cues(text: str, start: int, chosen: bool = False) -> list[Cue]:
    core = title_core(text, chosen)
    if core is None:
        return []
    a, b = core
    squeezed = squeeze(text[a:b])
    repost = _REPOST.fullmatch(squeezed)  # 转发《X》 is the document X
    squeezed = repost.group(1) if repost else _BOOK.sub(lambda m: "《" + "※" * (len(m.group()) - 2) + "》", squeezed)
    kind, word = genre_of(squeezed)
    if word == "决定" and _HONOURS.search(squeezed):
        kind = "notice"
    if kind == "other" and _SPEAKER.search(squeezed):
        kind = None  # 某某在开幕式上讲话: a headline reporting a speech
    if kind:
        closing = kind == "summary" and _CLOSING.search(squeezed)
        weight = 4.0 if closing else _WEIGHT.get(word, _TITLE_WEIGHT)
        if word == "报告" and not _REPORT.search(squeezed):
            weight = 5.0  # a research or work report, less surely a campaign summary
        reported = not closing and bool(_ISSUED.search(squeezed))
        if reported:
            weight = 4.0  # 某局发布…方案: a headline may report the document or head its text
        extra = [Cue("news", 2.0, start + a, start + b, "closing headline")] if closing or reported else []
        return [Cue(kind, weight, start + a, start + b, f"title:{word}"), *extra]
    if NEWS_VERBS.search(squeezed) and not is_body(text[a:b]):
        return [Cue("news", 3.0, start + a, start + b, "news headline")]
    return []


def title_core(text: str, chosen: bool = False) -> tuple[int, int] | None:
    """Offsets of the title-like part of a line: labels, tags, trailing dates and 来源 cut.
    The layout's chosen headline may hold an inner colon (`社区教育：X召开…`); other lines
    with one are rows or sentences."""
    a = 0
    for pattern in (_LABEL, _TAG):
        m = pattern.match(text, a)
        if m:
            a = m.end()
    tail = _TAIL.search(text, a + 6)
    b = tail.start() if tail else len(text)
    core = text[a:b].strip()
    stops = r"[。；;]" if chosen else r"[。；;：:]"
    if not core or "\t" in core or len(core) > 90 or re.search(stops, core.rstrip("。")) or ENUM.match(core):
        return None
    if sum("\u4e00" <= ch <= "\u9fff" for ch in core) < 6 or is_furniture(core) or is_addressee(core):
        return None
    if re.search(r"[，,]", core) and (len(core) > 40 or core.endswith("。")):
        return None
    lead = len(text[a:b]) - len(text[a:b].lstrip())
    return a + lead, a + lead + len(core)


def squeeze(text: str) -> str:
    """Letterhead spacing removed between CJK characters (关 于 印 发 → 关于印发)."""
    return re.sub(r"(?<=[\u4e00-\u9fff《》“”])[ \t\u3000]+(?=[\u4e00-\u9fff《》“”])", "", text)


def genre_of(title: str) -> tuple[str | None, str]:
    """(genre, word) of the longest genre word the title ends with, qualifiers stripped."""
    core = title.strip()
    for _ in range(2):
        core = _QUALIFIER.sub("", core).rstrip("”\"’》」』 ")
    best: tuple[int, str, str] | None = None
    for kind, words in GENRE_WORDS.items():
        for word in words:
            if core.endswith(word) and (best is None or len(word) > best[0]):
                best = (len(word), kind, word)
    return (best[1], best[2]) if best else (None, "")


# ---------------------------------------------------------------- cover notices

_PLAN_WORD = r"(?:方案|规划|计划|要点|意见|决定|纲要|安排)"
_COVER_TITLE = re.compile(
    rf"(?:印发|下发|转发|颁发|发布)[^。；\n]{{0,90}}?{_PLAN_WORD}》?(?:[（(][^）)]{{0,20}}[)）])?》?的?(?:通知|函)"
)
_COVER_BODY = re.compile(
    rf"《[^》\n]{{2,90}}{_PLAN_WORD}(?:[（(][^）)]{{0,20}}[)）])?》[^。\n]{{0,40}}(?:印发|转发|下发|颁发)(?:给)?你们"
    rf"|现将[^。\n]{{0,90}}?{_PLAN_WORD}[^。\n]{{0,12}}(?:(?:印发|转发|下发|颁发)(?:给)?你们|予以(?:印发|转发|下发))"
)
_CARRIED_HEAD = 6000
_COVER = "cover notice carrying a plan"


def cover_cues(text: str, lines: list[Line]) -> list[Cue]:
    """A cover notice issuing a plan counts as the plan when the excerpt carries the plan."""
    head_text = text[:_CARRIED_HEAD]
    squeezed, index = squeeze_map(head_text)
    m = _COVER_TITLE.search(squeezed) or _COVER_BODY.search(squeezed)
    if m is None:
        return []
    start, end = index[m.start()], index[m.end() - 1] + 1
    if not cues.carries_plan(text, lines, end):
        return []
    return [Cue("plan", 10.0, start, end, _COVER)]


def squeeze_map(text: str) -> tuple[str, list[int]]:
    """`squeeze(text)` with the offset in `text` of every kept character."""
    keep = [i for i, m in enumerate(_spaced(text)) if not m]
    return "".join(text[i] for i in keep), keep


def _spaced(text: str) -> list[bool]:
    drop = [False] * len(text)
    for m in re.finditer(r"(?<=[\u4e00-\u9fff《》“”])[ \t\u3000]+(?=[\u4e00-\u9fff《》“”])", text):
        for i in range(m.start(), m.end()):
            drop[i] = True
    return drop


# ---------------------------------------------------------------- openings


def opening_cues(lines: list[Line], stop: int) -> list[Cue]:
    """A 主送 line (各…：) opening the text is how notices (and cover notices) start."""
    for line in lines[: stop + 1]:
        if is_addressee(line.text) and "。" not in line.text and len(line.text) <= 80:
            return [Cue("notice", 3.0, line.start, line.end, "addressee")]
    return []
