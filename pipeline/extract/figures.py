"""The figures field family: participation and scale counts with their hedges.

Summaries and news report scale as a number, a hedge and a counting unit: "近千人到场",
"累计开展讲座60余场", "惠及居民逾120万人次", "知晓率达90%以上", "先进集体27个".
A figure is kept when its unit counts people (人, 人次, 名, 位), activities (项, 场, 次,
场次, 讲), units and regions (个, 所, 家), resources (门, 本, 册, 篇, 辆), handouts (张),
applications received (份), households (户) or is a percentage, and
no rule in `figures_rules` shows it to be a quota, an ordinal, an organiser count, a
duration, part of a quoted name, a staffing post, a session number, submitted works, a
population statistic or a target, nor `figures_exclusions` to describe no realised scale
(planned work, staff, composition shares, past honour tallies, growth rates...); a count
restated later (an attachment label) is kept once. "300多社区居民" and "700多万老年人" (a hedged number
before a noun for people) count people too; numbers in the page's tail (other articles,
site footer) are other pages'.
"""
from __future__ import annotations

import re

from models import Figure
from pipeline.extract import figures_rules as rules
from pipeline.extract.base import Context, Fields
from pipeline.extract.figures_exclusions import (
    is_planned_selection,
    is_restatement,
    is_unrealised,
    past_total_spans,
)
from pipeline.extract.figures_tables import table_figures
from pipeline.extract.header_lines import is_furniture
from pipeline.extract.page_furniture import page_tail_start
from pipeline.extract.registry import register
from pipeline.normalize.numbers import CN_NUMERAL_CHARS, parse_number, qualifier_of

UNITS = ("人次", "场次", "人", "名", "位", "项", "场", "次", "个", "所", "家", "门", "本", "册", "篇", "户", "辆",
         "份", "张", "讲")
_PREFIX = r"(?P<pre>将近|接近|大约|超过|多于|不足|不到|近|约|逾|超|上(?=[百千万]))?"
_NUM = rf"(?P<num>\d+(?:,\d{{3}})*(?:\.\d+)?|[{CN_NUMERAL_CHARS}]+)"
FIGURE_RE = re.compile(
    rf"{_PREFIX}(?<![\d.\-/A-Za-z]){_NUM}(?:(?<=\d)[ \u3000](?=[余多]))?(?P<mid>[余多])?(?P<mag>万|千|亿)?(?P<mid2>[余多])?"
    rf"(?:(?<=[\d余多])[ \u3000](?=[{''.join(u[0] for u in UNITS)}]))?"  # "等 57 个", "3000 余 人": typeset spaces
    rf"(?P<unit>{'|'.join(UNITS)}|%|％)(?P<post>及以上|以上|左右|以下|以内)?"
)
# "观看人次近2万", "参与人数超3万": the unit written before a large number.
UNIT_FIRST_RE = re.compile(
    rf"(?P<unit>人次|人数)\s*(?:达到|达|为|共计|共|累计)?{_PREFIX}(?<![\d.]){_NUM}(?P<mid>[余多])?"
    r"(?P<mag>万|千|亿)(?P<mid2>[余多])?(?P<post>以上|左右)?(?![\d\u4e00-\u9fff%])"
)
# "700多万老年人", "上千万老年人": a hedged large number before a noun for a kind of people.
KIND_RE = re.compile(
    rf"{_PREFIX}(?<![\d.\-/A-Za-z]){_NUM}(?P<mid>[余多])?(?P<mag>万|千|亿)(?P<mid2>[余多])?"
    r"(?=(?:老年|残疾|年轻|青年|中年|外来|农村|城镇|高龄)人|老人)"
)
PERCENT_CN_RE = re.compile(rf"百分之(?P<num>[{CN_NUMERAL_CHARS}]+)")
PEOPLE_RE = re.compile(
    r"(?<![\d.\-/A-Za-z])(?P<num>\d+)(?P<mid>[余多])(?![人名位个])(?P<noun>[\u4e00-\u9fff]{0,5}"
    r"(?:人员|居民|市民|群众|学员|学生|老人|职工|干部|家长|党员|志愿者|农民工|教师|儿童|青少年|妇女|人士))"
)
_BARE_MAGNITUDE = {"百", "千", "万", "亿"}


def _value(m: re.Match[str]) -> float | None:
    """The base value: number times its magnitude (近万 -> 10000, 300余万 -> 3000000)."""
    num = m.group("num")
    mag = m.groupdict().get("mag") or ""
    if num in _BARE_MAGNITUDE and not (m.group("pre") or m.group("mid")):
        return None  # bare "千家", "万人" are idioms; "近万人", "百余人" are counts
    if re.fullmatch(r"[一〇零]", num):
        return None  # 一个/一项/一次 is an article, not a reported count
    return parse_number(num + mag)


def _qualifier(m: re.Match[str], before: str) -> str:
    groups = m.groupdict()
    suffix = (groups.get("mid") or "") + (groups.get("mid2") or "") + (groups.get("post") or "")
    prefix = m.group("pre") or before
    return qualifier_of(prefix, suffix)


def _excluded(ctx: Context, m: re.Match[str], unit: str, zones: list[tuple[int, int]]) -> bool:
    """True when a rule in `figures_rules` shows the number is not a scale figure."""
    text = ctx.text
    start = m.start("num")
    before = rules.clause_before(text, m.start())
    after = rules.noun_after(text, m.end())
    chinese = not m.group("num")[0].isdigit()
    reported = ctx.fields.get("doc_type") in _REPORTED
    if rules.is_ordinal(text[max(0, start - 2):start], chinese) or rules.is_range_end(text, start) \
            or _is_quota(text, m.start(), before, reported or _listing(ctx)):
        return True
    if rules.is_prize_quota(before, rules.list_head(text, m.start()) or rules.sentence_before(text, m.start())) \
            or rules.is_per_unit_quota(before) \
            or rules.is_template_count(before, unit):
        return True
    if re.match(r"[～~\-—–至到]\s*[\d一二两三四五六七八九十]", text[m.end("num"):m.end("num") + 3]):
        return True  # the start of a range
    if rules.is_abstract(unit, after) or rules.is_organizer_count(after) or rules.is_fixture_count(before, after) \
            or rules.is_series_name(before, unit) or rules.is_unreceived_copies(unit, before, after):
        return True
    if chinese and (
        after.startswith("一") or rules.starts_place_name(text, start, m.end())
    ):
        return True  # "五位一体", "四个一", "七台河市"
    if rules.is_referential(before) or rules.is_rate(before, unit) or rules.is_view_count(text, m.start("num"), after):
        return True
    return _not_a_result(ctx, m, unit, before, after) or rules.inside(zones, start)


def _is_quota(text: str, pos: int, before: str, reported: bool) -> bool:
    """A quota governs the number, or the first item of the 、-list it belongs to; in a
    report (or a clause completed by 了) "每年…" is how often a result recurs, not a
    per-unit quota."""
    if reported or "了" in rules.noun_after(text, pos, 16):
        before = rules.drop_recurring(before)
    head = rules.list_head(text, pos)
    if not reported and is_planned_selection(rules.sentence_before(text, pos), before):
        return True
    return rules.is_quota(before, reported) or (bool(head) and rules.is_quota(head, reported))


def _not_a_result(ctx: Context, m: re.Match[str], unit: str, before: str, after: str) -> bool:
    """Staffing posts, session numbers, submitted works, past honours, changes, population
    statistics and targets."""
    sentence = rules.sentence_before(ctx.text, m.start())
    if rules.is_staffing(sentence, before, after) or rules.is_session_number(before, unit, after):
        return True
    if rules.is_submitted_works(unit, before, after) or rules.is_past_honours(unit, before, after):
        return True
    if rules.is_change(before, unit) or (unit != "%" and rules.is_demographic_count(before)):
        return True
    reported = ctx.fields.get("doc_type") in _REPORTED
    if is_unrealised(ctx.text, m.start(), unit, before, after, reported):
        return True  # planned, staffing, shares, followers, shortfalls, frequencies, past tallies...
    if rules.is_plan_target(before, ctx.fields.get("doc_type")) or rules.names_target(before):
        return True
    if unit != "%" and rules.is_new_work_target(before, ctx.fields.get("doc_type")):
        return True
    if unit != "%":
        return rules.is_target(sentence)
    return rules.is_demographic_rate(sentence) or rules.is_target_rate(sentence, reported)


# A listing 公示 or 名单 names who was selected: "拟推荐以下5位同志为…" designates them.
_LISTING_TITLE = re.compile(r"公示|名单")


def _listing(ctx: Context) -> bool:
    """The document lists the units or people selected (its title is a 公示 or a 名单)."""
    return bool(_LISTING_TITLE.search(ctx.fields.get("title") or ""))


# Genres that report what was done: their selection verbs give results, not quotas.
_REPORTED = frozenset({"summary", "news"})
_VERB_STOP = re.compile(r"参加|参与|出席|共同|被|得到|获得|为|在|的|等|和|与|及|均|都|将|已|，")
_HEDGE_TAIL = re.compile(r"(?:累计|共有|共|有|多达|达到|达|超过|将近|接近|近|约|逾|了)+$")


def _what(ctx: Context, m: re.Match[str]) -> str | None:
    """What is counted: the noun after the unit, else the clause before the number."""
    after = _VERB_STOP.split(rules.noun_after(ctx.text, m.end(), 10))[0].strip()
    if len(after) >= 2 or (after and not m.group(0).endswith("%")):
        return after
    before = rules.clause_before(ctx.text, m.start(), 20)
    before = _HEDGE_TAIL.sub("", re.split(r"、|等", before)[-1]).strip()
    return before or rules.noun_after(ctx.text, m.end(), 10) or None


def _figures_from(ctx: Context, pattern: re.Pattern[str], zones: list[tuple[int, int]],
                  holes: list[tuple[int, int]]) -> list[Figure]:
    """Figures of one pattern outside the zones (a past year's totals, `holes`, stay)."""
    out: list[Figure] = []
    for m in pattern.finditer(ctx.text):
        groups = m.groupdict()
        unit = groups.get("unit") or ("%" if pattern is PERCENT_CN_RE else "人")
        unit = {"％": "%", "人数": "人"}.get(unit, unit)
        if "pre" not in groups:
            value = parse_number(m.group("num"))
        else:
            value = _value(m)
        if value is None or _excluded_any(ctx, m, unit, _zones_for(zones, holes, m.start())):
            continue
        before = rules.clause_before(ctx.text, m.start())
        qualifier = _qualifier(m, before) if "pre" in groups else _plain_qualifier(m, before)
        out.append(Figure(value, unit, qualifier, _what(ctx, m), ctx.match_evidence(m)))
    return out


def _zones_for(zones: list[tuple[int, int]], holes: list[tuple[int, int]], pos: int) -> list[tuple[int, int]]:
    """No zone applies to a number inside a hole."""
    return [] if rules.inside(holes, pos) else zones


def _plain_qualifier(m: re.Match[str], before: str) -> str:
    return qualifier_of(before, m.groupdict().get("mid") or "")


def _excluded_any(ctx: Context, m: re.Match[str], unit: str, zones: list[tuple[int, int]]) -> bool:
    if "unit" in m.groupdict():
        return _excluded(ctx, m, unit, zones)
    before = rules.clause_before(ctx.text, m.start())
    return rules.is_quota(before, ctx.fields.get("doc_type") in _REPORTED) or rules.is_ordinal(before) or rules.inside(zones, m.start())


@register("figures", provides=("figures",), after=("header",))
def extract(ctx: Context) -> Fields:
    lines = list(ctx.lines())
    norms = rules.norm_section_lines(lines)
    zones = rules.quoted_spans(ctx.text) + norms + _furniture_lines(lines) + _page_tail(ctx, lines)
    holes = past_total_spans(ctx.text, norms, ctx.year)
    found: list[Figure] = []
    for pattern in (FIGURE_RE, PERCENT_CN_RE, PEOPLE_RE, KIND_RE, UNIT_FIRST_RE):
        found += _figures_from(ctx, pattern, zones, holes)
    found += [f for f in table_figures(ctx) if not rules.inside(zones, f.evidence.start)]
    found.sort(key=lambda f: f.evidence.start)
    out = Fields()
    out.set("figures", _restatements_dropped(ctx, _unique(_headline_repeats_dropped(ctx, found))))
    return out


_FURNITURE_MAX = 80  # a portal stamp line is short; a body paragraph may quote a 来源


def _furniture_lines(lines: list[tuple[int, str]]) -> list[tuple[int, int]]:
    """Spans of web-page stamp lines (发布时间 … 浏览：412次, 点击数：88): page-view
    counts are not participation figures."""
    return [(offset - 1, offset + len(text) + 1) for offset, text in lines
            if len(text.strip()) <= _FURNITURE_MAX and "。" not in text and is_furniture(text.strip())]


_QUOTES = re.compile(r"[\"“”'‘’「」『』《》]")


def _page_tail(ctx: Context, lines: list[tuple[int, str]]) -> list[tuple[int, int]]:
    """The page's list of other articles and its footer: their numbers are not this
    document's figures."""
    start = page_tail_start([text for _, text in lines])
    return [] if start is None else [(lines[start][0] - 1, len(ctx.text) + 1)]


def _headline_repeats_dropped(ctx: Context, figures: list[Figure]) -> list[Figure]:
    """A headline states the report's main count again in the body ("…开幕 600余名市民共享…"
    over "…吸引600余名市民参与"): the body's statement of the same value and unit is the
    same figure, kept once (the headline's)."""
    title = ctx.evidence_map.get("title")
    if title is None:
        return figures
    in_title = {(f.value, f.unit) for f in figures if title.start <= f.evidence.start < title.end}
    return [f for f in figures if title.start <= f.evidence.start < title.end or (f.value, f.unit) not in in_title]


def _unique(figures: list[Figure]) -> list[Figure]:
    """A figure repeated with the same value, unit and counted noun (headline and body)."""
    seen: set[tuple[float, str, str | None]] = set()
    out: list[Figure] = []
    for f in figures:
        key = (f.value, f.unit, _QUOTES.sub("", f.what or ""))
        if key in seen:
            continue
        seen.add(key)
        out.append(f)
    return out


def _restatements_dropped(ctx: Context, figures: list[Figure]) -> list[Figure]:
    """A count restated later (an attachment label, a second mention of a background total)
    is one figure, kept at its first mention."""
    first: dict[tuple[float, str], Figure] = {}
    out: list[Figure] = []
    for f in figures:
        seen = first.get((f.value, f.unit))
        if seen is not None and is_restatement(ctx.text, f.evidence.start, seen.what, f.what):
            continue
        first.setdefault((f.value, f.unit), f)
        out.append(f)
    return out
