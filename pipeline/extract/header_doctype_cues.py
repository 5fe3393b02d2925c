"""Body cues of the document genres, for the scored doc_type in header_doctype.

Why these cues: a newsroom writes a lead (本报讯, `X月X日电`, `(记者 …)`, `X月X日上午，…在…举行`,
`近日，…`), narrates what happened (`开幕式上，`, `…出席并讲话`) and signs off (`(通讯员 …)`,
`责任编辑：…`, photo files); a call lists what to send and when (征稿, 申报条件, 截止日期); a
notice ends on 特此通知 or 通知如下; a summary reports 成效 / 做法 / 存在问题 or compiles reports
under an 编者按; a plan says it was drawn up (制定本方案, 提出如下意见) and lays out 指导思想 and
主要任务. Weights are small and capped so that no pile of weak cues outweighs a title.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from pipeline.extract.header_lines import ENUM, Line, is_addressee, is_body, is_furniture


@dataclass(frozen=True)
class Cue:
    """One piece of genre evidence: kind, weight and the span of `ctx.text` it was read from."""

    kind: str
    weight: float
    start: int
    end: int
    name: str


_DATE = r"(?:(?:19|20)\d{2}年)?(?:\d{1,2}|[一二三四五六七八九十]{1,2})月(?:\d{1,2}|[一二三四五六七八九十]{1,3})[日号]"
_WHEN = rf"(?:{_DATE}(?:[至到—–\-~～]\d{{1,2}}日)?|近日|日前|近期|前不久|昨日|昨天|今天|今日|连日来|当天|当日|\d{{1,2}}日)(?:[(（][^)）]{{0,8}}[)）])?(?:上午|下午|晚上?|早上)?"
_EVENT = (r"(?:举行|召开|开幕|启动|举办|闭幕|落幕|揭牌|开班|来到|走进|参观|调研|走访|座谈|考察|授牌|表彰|落下帷幕|"
          r"开展|进行|下发|发布|出席|观摩|颁奖|获悉|揭晓|印发|公布|评为|认定|命名|入选|荣获|获评|"
          r"迎来|开学|开课|结业|展演|汇演|慰问|看望|组织|参加|开讲|宣讲|送教|掀起)")
# A wire / paper lead: 本报讯, 某某网X月X日电, (记者 …), 记者…获悉, 某某日报消息.
_WIRE = re.compile(
    r"本报讯|^[^，。,]{0,20}(?:讯|消息)\s*[）)]?\s*[，,:：(（\d]|^[^，。,\s]{2,20}讯\s+(?=\S)|^[(（][^()（）]{1,20}(?:讯|消息)[)）]|\d{1,2}日电|[(（]\s*(?:记者|通讯员)[^)）]{1,40}[)）]"
    r"|记者[^。，,]{0,20}(?:获悉|了解到|采访)"
)
# a dated narration; a deadline (`于5月20日前组织…`) or a start (`5月1日起`) is not one
_LEAD = re.compile(rf"(?:^|[，,。\s于]){_WHEN}(?!之?前|以前|起|后)[，,]?[^。]{{0,200}}?{_EVENT}(?!以来|之际|后|前|时)")
# Past narration of what a body did (举办了, 开展了) opening the text.
_PAST = re.compile(r"^[^。]{0,80}?(?:举办|举行|开展|组织|召开|进行|启动)了")
# a dated opening, the reporter's `据悉，` / `据了解，`, or a feature's `走进…，` scene
_DATE_OPEN = re.compile(rf"^\s*(?:(?:{_DATE}(?:上午|下午|晚上?)?|据悉|据了解)[，,]|(?:记者)?(?:走进|步入)[^，。,]{{2,30}}[，,])")
# `X在Y举行。` / `为…，X在Y举办Z。`: an event told as done; a subject that must or will act
# (要, 应, 将, 拟 …) is a plan's or notice's
_BARE_EVENT = re.compile(
    r"^(?:为[^。]{2,60}[，,])?(?![^。，,]*(?:要|应|须|将|拟|可|请|计划))[^。，,]{6,60}在[^。，,]{1,24}"
    r"(?:隆重|盛大|正式)?(?:举行|召开|开幕|启动|举办)(?:[^。，,！]{0,20}[。！]|[。！])"
)
_FUTURE = re.compile(r"将于|将在|拟于|拟在|计划于|定于")
_STAFF = re.compile(
    r"(?:责任编辑|责编|编辑|审核|终审|通讯员|记者|摄影|供稿|撰稿|初审|复审)\s*[:：|丨]|[(（]?(?:图\s*/\s*文|文\s*/\s*图)\s*[:：]?"
    # a sign-off line: `记者 张三 通讯员 李四`, `文/张三 图/李四`
    r"|^[(（]?(?:记者|通讯员)\s+[\u4e00-\u9fff]{2,4}(?:\s|[)）]|$)|^[(（]?[文图]\s*[/／]\s*[\u4e00-\u9fff]{2,4}(?:\s|[)）]|$)"
)
_SITE = re.compile(r"(?:来源|浏览量?|阅读(?:数|量)?|点击(?:数|量)?|作者)\s*[:：]")
_CAPTION = re.compile(r"\.(?:jpe?g|png|gif)$|^[^，。,]{2,20}(?:现场|合影|留念|剪影)$|^图为", re.IGNORECASE)
_BYLINE = re.compile(r"^[(（][^()（）。]{2,30}[)）]$")
_ON_SCENE = re.compile(r"(?:^|。)(?:开幕式|启动仪式|闭幕式|颁奖仪式|仪式|会议|会|活动)(?:现场)?上[，,]")
_REPORTED = re.compile(r"出席(?:了)?(?:开幕式|启动仪式|闭幕式|仪式|活动|会议|本次)|(?:致辞|讲话)[。，,]|主持(?:了)?(?:开幕式|会议|仪式)|宣布[^。]{0,30}(?:开幕|启动)")


def news_cues(text: str, lines: list[Line], stop: int) -> list[Cue]:
    """Lead, narration and sign-off of a report written by a newsroom or a website."""
    body = [ln for ln in lines[: stop + 12] if is_body(ln.text) and not is_furniture(ln.text) and not ENUM.match(ln.text)]
    out = _lead_cues(body[:2])
    if out and any(is_addressee(ln.text) and ln.start < out[0].start for ln in lines[: stop + 1]):
        out = [Cue("news", 1.0, out[0].start, out[0].end, "lead under an addressee")]  # a 公文 narrating
    credits = [ln for ln in lines if not ln.text.rstrip().endswith(("？", "?"))]  # not an interviewer's question
    out += _capped(_line_hits(credits, _STAFF, "news", 2.0, "staff row"), 4.0)
    out += _capped(_line_hits(lines[:25], _SITE, "news", 0.5, "site row"), 1.0)
    out += _capped((Cue("news", 1.0, ln.start, ln.end, "caption") for ln in lines if _CAPTION.search(ln.text)), 2.0)
    out += _capped(_matches(text, _ON_SCENE, "news", 1.0, "on the scene"), 2.0)
    out += _capped(_matches(text, _REPORTED, "news", 1.0, "reported speech"), 2.0)
    return out + _byline(lines)


def _lead_cues(body: list[Line]) -> list[Cue]:
    for rank, line in enumerate(body):
        head = line.text[:240]
        m = _WIRE.search(head)
        if m:
            return [Cue("news", 6.0, line.start + m.start(), line.start + m.end(), "wire lead")]
        m = _LEAD.search(head) or _BARE_EVENT.match(head)
        if m and not _FUTURE.search(head, head.rfind("。", 0, m.start()) + 1, m.end()):
            return [Cue("news", 5.0 - rank, line.start + m.start(), line.start + m.end(), "news lead")]
        m = _DATE_OPEN.match(head) or _PAST.match(head)
        if m and rank == 0:
            return [Cue("news", 3.0, line.start + m.start(), line.start + m.end(), "dated opening")]
    return []


def _byline(lines: list[Line]) -> list[Cue]:
    tail = [ln for ln in lines[-6:] if _BYLINE.match(ln.text.strip())]
    return [Cue("news", 2.0, tail[0].start, tail[0].end, "byline")] if tail else []


# ---------------------------------------------------------------- calls and notices

_CALL = re.compile(
    r"征稿|征文|征集(?:范围|对象|时间|要求|内容)|投稿|来稿|报名(?:时间|方式|条件)|申报(?:条件|时间|材料|范围|对象|程序|方式)|"
    r"推荐(?:条件|对象|名额|程序|范围)|评选(?:范围|条件|标准|对象)|截稿|截止日期|参赛(?:对象|要求)|"
    r"招生(?:对象|专业|条件|计划|名额|范围)|报名(?:地点|须知|办法)|收费标准"
)
_NOTICE_END = re.compile(
    r"特此(?:通知|公告|公示|函告)|(?:有关|相关)?事项(?:通知|公告)如下|现(?:予以|将[^。]{0,40}予以)?公示|公示期|"
    r"现面向[^。]{0,10}(?:公开)?征集|现将[^。]{0,30}名单[^。]{0,10}(?:公布|公示)"
)


# Asking for material by a date: notices mostly, plans sometimes.
_ASK = re.compile(r"(?:于|在)\d{1,2}月\d{1,2}日(?:前|之前)[^。]{0,20}?(?:报送|上报|报至|提交|发送至)")


def call_cues(text: str) -> list[Cue]:
    """Terms of a call (what to send, by when) and the closing formulas of notices."""
    calls = {m.group(): m for m in _CALL.finditer(text)}
    out = _capped((Cue("notice", 1.5, m.start(), m.end(), "call term") for m in calls.values()), 4.5)
    out += _capped(_matches(text, _ASK, "notice", 1.5, "asks for material"), 1.5)
    return out + _capped(_matches(text, _NOTICE_END, "notice", 3.0, "notice formula"), 6.0)


# ---------------------------------------------------------------- summaries and plans

_HEADING = r"(?:^|[。：:\n])\s*(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）])\s*"
_SUMMARY_HEAD = re.compile(
    _HEADING + r"[^。\n]{0,8}(?:主要做法|工作成效|取得(?:的)?成效|主要成效|存在(?:的)?问题|下一步|经验做法|基本情况|"
    r"开展情况|工作亮点|主要成绩|取得(?:的)?成绩)", re.MULTILINE)
_SUMMARY_PHRASE = re.compile(
    r"现将[^。]{0,40}情况[^。]{0,8}(?:编发|汇报|报告|总结)|(?:总结|汇报|报告)如下|活动周工作总结"
)
# A bulletin compiling several units' reports: the editor's note, a masthead, dated items.
_COMPILED = re.compile(r"编者按|(?:^|\n)\s*简\s*报\s*(?:\n|$)")
_DATED_ITEM = re.compile(rf"(?:^|\n)\s*{_DATE}(?:[-—至]\d{{1,2}}日)?(?:上午|下午|晚上?)?[，,]")
_PLAN_PHRASE = re.compile(
    r"(?:特|现)?制定本(?:实施)?(?:方案|规划|计划|意见|要点)|特制定(?:本|此)?(?:实施)?(?:方案|计划)|"
    r"(?:提出|制定)(?:以下|如下)(?:实施)?意见|现就[^。]{0,50}提出(?:以下|如下)意见|特提出[^。]{0,20}(?:规划|意见|方案)"
)
_PLAN_HEAD = re.compile(
    _HEADING + r"(?:指导思想|总体要求|工作目标|目标任务|主要任务|基本原则|保障措施|实施步骤|发展目标|重点任务|规划背景|"
    r"主要措施|工作措施|重要意义|总体目标|实施范围|组织实施)", re.MULTILINE)


def summary_cues(text: str, lines: list[Line]) -> list[Cue]:
    """Reporting headings (成效, 做法, 问题) and the compiling note of a bulletin."""
    out = _capped(_matches(text, _SUMMARY_HEAD, "summary", 2.0, "summary heading"), 4.0)
    out += _capped(_matches(text, _SUMMARY_PHRASE, "summary", 5.0, "summary phrase"), 5.0)
    out += _capped(_matches(text, _COMPILED, "summary", 2.0, "bulletin masthead"), 4.0)
    items = list(_DATED_ITEM.finditer(text))
    if len(items) >= 3:
        out.append(Cue("summary", 2.0, items[1].start(), items[1].end(), "dated items"))
    return out


def plan_cues(text: str) -> list[Cue]:
    """A plan says it was drawn up and lays out 指导思想, 目标, 任务 and 保障."""
    out = _capped(_matches(text, _PLAN_PHRASE, "plan", 3.0, "plan phrase"), 3.0)
    return out + _capped(_matches(text, _PLAN_HEAD, "plan", 1.0, "plan heading"), 3.0)


_CARRIED_TEXT = 400
# the section headings (alone on their line) an activity plan is laid out in; a cover notice
# followed by three of them carries the plan (they count only after a cover)
_ACTIVITY_HEAD = re.compile(
    _HEADING + r"(?:活动主题|活动时间|活动内容|活动安排|活动形式|活动对象|参加对象|活动目的|活动地点|组织领导|"
    r"组织机构|工作要求|有关要求|工作安排|实施步骤|进度安排|宣传发动)[ \t]*$", re.MULTILINE)


def carries_plan(text: str, lines: list[Line], after: int) -> bool:
    """After a cover notice, the plan's own text: its drafting phrase or headings, or its title
    line followed by running text (a title and a few bullet lines are only the cover's gist)."""
    rest = text[after:]
    if _PLAN_PHRASE.search(rest) or len(_PLAN_HEAD.findall(rest)) >= 2:
        return True
    if len(_ACTIVITY_HEAD.findall(rest)) >= 3:
        return True  # one-line items (`一、活动时间：…`) are only the cover's gist
    titled = [ln for ln in lines if ln.start >= after and _plan_title(ln.text)]
    return any(len(text) - ln.end >= _CARRIED_TEXT or _laid_out(lines[ln.index + 1:]) for ln in titled)


_SECTION = re.compile(r"^[一二三四五六七八九十]+、[^。；;：:]{2,30}$")


def _laid_out(after: list[Line]) -> bool:
    """The plan's text under its title: running paragraphs under two or more section headings
    of its own (`一、…` alone on a line), not a cover's one-line gist items."""
    heads = [ln for ln in after if _SECTION.match(ln.text)]
    prose = [ln for ln in after if is_body(ln.text) and len(ln.text) >= 30]
    return len(heads) >= 2 and len(prose) >= 2


def _plan_title(text: str) -> bool:
    core = re.sub(r"[（(][^（）()]{1,20}[)）]\s*$", "", text.strip())
    return 4 <= len(core) <= 60 and not is_body(core) and bool(re.search(r"(?:方案|规划|计划|要点|意见|纲要)$", core))


# ---------------------------------------------------------------- speeches

# the audience addressed, item by item (尊敬的各位领导、各位来宾，同志们：); a line that only
# opens with 学员们 and goes on narrating (学员们纷纷表示…) is not an address
_VOCATIVE = (r"(?:(?:尊敬的|亲爱的|各位)[\u4e00-\u9fff]{0,8}?(?:领导|来宾|嘉宾|老师|同学|学员|代表|朋友|同志)们?"
             r"|(?:同志|老师|朋友|同学|学员|女士|先生)们)")
_SPEECH_OPEN = re.compile(rf"^{_VOCATIVE}(?:\s*[、，,]\s*{_VOCATIVE})*\s*[:：！!，,]")


_PAPER = re.compile(r"(?:^|\n)\s*(?:【?摘\s*要】?|【?关键词】?|参考文献|Abstract|Key\s?words)\s*[:：]?", re.IGNORECASE)


def speech_cues(lines: list[Line], stop: int) -> list[Cue]:
    """A speech opens by addressing its audience (同志们：); a paper has 摘要 and 关键词."""
    for line in lines[: stop + 3]:
        if _SPEECH_OPEN.match(line.text):
            return [Cue("other", 7.0, line.start, line.end, "speech opening")]
    return []


def paper_cues(text: str) -> list[Cue]:
    """An academic article (摘要, 关键词, 参考文献) is none of the campaign's genres."""
    return _capped(_matches(text, _PAPER, "other", 3.0, "paper section"), 6.0)


# ---------------------------------------------------------------- helpers


def _matches(text: str, pattern: re.Pattern[str], kind: str, weight: float, name: str) -> Iterable[Cue]:
    return (Cue(kind, weight, m.start(), m.end(), name) for m in pattern.finditer(text))


def _line_hits(lines: list[Line], pattern: re.Pattern[str], kind: str, weight: float, name: str) -> Iterable[Cue]:
    for line in lines:
        m = pattern.search(line.text)
        if m:
            yield Cue(kind, weight, line.start + m.start(), line.start + m.end(), name)


def _capped(found: Iterable[Cue], cap: float) -> list[Cue]:
    """Cues up to a total weight: many weak hits of one kind never outweigh a strong one."""
    out: list[Cue] = []
    total = 0.0
    for cue in found:
        if total >= cap:
            break
        out.append(cue)
        total += cue.weight
    return out
