"""The organizers field family: units with an explicit role 主办/承办/协办/指导/支持.

Two layouts carry them. Plans and notices have a 举办机构 section whose headings name the
role ("（一）主办单位", "启动仪式承办单位", "主办单位：A、B") with the names on the same
line or the lines below; labels are also letter-spaced (主 办 单 位), bracketed (【主办单位】),
qualified (联合主办, 特别支持) or a table cell (| 主办单位 | A |), and a label in the
page's header or footer names the website's owner. News and summaries state them in a sentence
("由A主办，B承办"), handled by `organizers_sentences`; schedule tables with a 承办单位
column, by `organizers_tables`. Every name is a span of the text.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from models import Organizer
from pipeline.extract.base import Context, Fields
from pipeline.extract.organizers_names import Span, split_names
from pipeline.extract.organizers_sentences import Found, sentence_organizers
from pipeline.extract.organizers_tables import table_organizers
from pipeline.extract.page_furniture import furniture_lines, page_tail_start
from pipeline.extract.registry import register
from pipeline.extract.wrapped import unwrap

_NUMBERING = r"(?:[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+[、.．]|\d+[、.．)）]?)"
# Role words as labels print them, also letter-spaced ("主 办 单 位"); a 举办单位 is the 主办.
_ROLE = r"(?:主\s?办|承\s?办|协\s?办|指\s?导|支\s?持|举\s?办)"
# "联合主办：", "特别支持：", "媒体支持：": a qualified role is still that role (not 技术支持,
# a website's vendor, nor 网站主办, its owner).
_QUALIFIER = r"(?:联合|共同|特别|媒体|学术|战略|独家)"
_LABEL = re.compile(
    rf"^\s*(?:[|｜]\s*)?{_NUMBERING}?\s*[【\[]?(?:(?P<prefix>[^\s，。；：:、\t【\[|｜]{{0,30}}?)(?P<role>{_ROLE})\s?单\s?位"
    rf"|{_QUALIFIER}?(?P<bare>{_ROLE})方?)(?:[（(][^（()）\s]{{1,10}}[)）])?(?:[】\]]\s*[:：]?|\s*(?:[:：]|\t|[|｜]|$)|[ \u3000]+)(?P<rest>.*)$"
)
_INLINE_LABEL = re.compile(rf"(?:\s+|[；;，,。])(?={_QUALIFIER}?{_ROLE}(?:单位|方)?\s*[:：])")
_CELL = re.compile(r"\t|[|｜]")
_HEADING = re.compile(rf"^\s*{_NUMBERING}")
_AREA = re.compile(r"[区县市镇乡旗]$")
_FURNITURE = re.compile(
    r"版权所有|ICP|备案号|备\s*\d{6,}|网站标识码|技术支持|Copyright|©|网站地图|打印本页|关闭窗口|返回顶部|打印此页"
)
# A numbered heading with its mark ("三、", "（二）", "2."), unlike a date line "2031年…".
_MARKED_HEADING = re.compile(r"^\s*(?:[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+[、.．]|\d+[、.．)）])")


def _label(line: str) -> re.Match[str] | None:
    """A role label line; a prefix holding 单位 is a table header such as 主办单位及协办单位."""
    m = _LABEL.match(line)
    if m is None or "单位" in (m.group("prefix") or ""):
        return None
    return m


def _value_names(line: str, m: re.Match[str], offset: int) -> list[Span]:
    """Names written after the label on the same line (first cell for table rows)."""
    start, rest = m.start("rest"), m.group("rest")
    if _CELL.search(rest) or "\t" in line[: m.start("rest")]:
        first = next((c for c in _CELL.split(rest) if c.strip()), "")
        return (split_names(first, offset + start + rest.index(first)) or []) if first else []
    cut = _INLINE_LABEL.search(rest)
    if cut:
        rest = rest[: cut.start()]
    return split_names(rest, offset + start) or []


def _names_below(lines: list[tuple[int, str]], i: int) -> list[Span]:
    """Names on the lines after a heading: one run of names, or one name per line."""
    out: list[Span] = []
    for offset, text in lines[i + 1:]:
        if not text.strip():
            continue
        if _HEADING.match(text) or _label(text) or "\t" in text:
            break
        names = split_names(text.strip(), offset + text.index(text.strip()))
        if not names or (out and len(names) > 1):
            break
        out.extend(names)
        if len(names) > 1:
            break
    return out


def _continued_names(lines: list[tuple[int, str]], i: int) -> list[Span]:
    """Units on the lines after "承办单位：A" that continue its value ("⏎B⏎协办单位：…"):
    each line one unit, the run closed by the next label or numbered heading. A run that
    ends otherwise (a signature and its date) is not part of the label's value."""
    out: list[Span] = []
    for offset, text in lines[i + 1:]:
        if not text.strip():
            continue
        if _label(text) or _MARKED_HEADING.match(text):
            return out
        names = split_names(text.strip(), offset + text.index(text.strip()))
        if names is None or len(names) > 1 or "\t" in text:
            return []
        out.extend(names)
    return []


def _site_furniture(lines: list[tuple[int, str]], i: int) -> bool:
    """A label in a page header or footer ("主办：某局 ICP备…", beside 版权所有): the
    website's owner, not the event's organiser."""
    return any(_FURNITURE.search(text) for _, text in lines[max(0, i - 2) : i + 3])


def _section_organizers(lines: list[tuple[int, str]], furniture: frozenset[int] = frozenset()) -> list[Found]:
    out: list[Found] = []
    for i, (offset, text) in enumerate(lines):
        m = _label(text)
        if m is None or i in furniture or _site_furniture(lines, i):
            continue
        role = re.sub(r"\s", "", m.group("role") or m.group("bare")).replace("举办", "主办")
        if m.group("rest").strip():
            names = _value_names(text, m, offset)
            names += _continued_names(lines, i) if names and not _INLINE_LABEL.search(m.group("rest")) else []
        else:
            names = _names_below(lines, i)
        out.extend((role, n, s, e) for n, s, e in names)
        cut = _INLINE_LABEL.search(m.group("rest"))
        if cut:  # "主办：A  承办：B" on one line
            sub = m.start("rest") + cut.end()
            out.extend(_section_organizers([(offset + sub, text[sub:])]))
    return out


def _implicit_hosts_resolved(found: list[Found]) -> list[Found]:
    """"X举办…开幕式" makes X a 主办 unless the text gives X an explicit role ("由A主办，
    X承办"): a headline's host is often the unit that staged the day, not the sponsor."""
    explicit = [f[1] for f in found if f[0] != "举办"]
    names = [f[1] for f in found]
    sponsored = any(f[0] == "主办" for f in found)
    out: list[Found] = []
    for role, name, start, end in sorted(found, key=lambda f: f[2]):
        if role == "举办":
            if sponsored or any(_same_unit(name, other) for other in explicit) or _area_of(name, names):
                continue
            role = "主办"
        out.append((role, name, start, end))
    return out


def _area_of(name: str, names: list[str]) -> bool:
    """A headline host written as its area ("某区") when the text names the area's body
    ("某区人民政府") elsewhere: the elliptic form of that body, not a second host."""
    return bool(_AREA.search(name)) and any(o != name and o.startswith(name) for o in names)


def _same_unit(a: str, b: str) -> bool:
    """Equal, or the shorter (区少年宫) the end of the longer (某区少年宫)."""
    short, long_ = sorted((a, b), key=len)
    return short == long_ or (len(short) >= 4 and long_.endswith(short))


def _sentence_found(ctx: Context, lines: list[tuple[int, str]], furniture: frozenset[int]) -> list[Found]:
    """Organisers stated in sentences, read across a PDF's wrapped lines ("…学院承" ⏎ "办，"),
    up to the page tail (a 相关阅读 list of other pages' headlines)."""
    tail = page_tail_start([text for _, text in lines])
    out: list[Found] = []
    for run, joined in unwrap(ctx.text, lines[:tail]):
        if len(run) > 1 and not any(_label(lines[i][1]) or i in furniture for i in run):
            out.extend(_mapped(sentence_organizers(joined.text, 0), joined.span))
            continue
        for i in run:
            if _label(lines[i][1]) is None and i not in furniture:
                out.extend(sentence_organizers(lines[i][1], lines[i][0]))
    return out


def _mapped(found: list[Found], span: Callable[[int, int], tuple[int, int] | None]) -> list[Found]:
    out: list[Found] = []
    for role, name, start, end in found:
        doc = span(start, end)
        if doc is not None:
            out.append((role, name, *doc))
    return out


# The document's main event: the week, its opening or this very activity.
_MAIN_EVENT = re.compile(r"活动周|学习周|推进周|开幕式|开幕仪式|启动仪式|闭幕式|本次活动|此次活动|本届")
# Side events a report or bulletin also covers: a lecture, an exhibition, a show or contest.
_SIDE_EVENT = re.compile(r"讲座|展览|书画展|摄影展|成果展|[^发开]展(?:出|演)?|比赛|大赛|竞赛|演出|晚会|沙龙|论坛|读书会|培训班|评选|评比")


def _event_of(text: str, start: int) -> str:
    """"main" when the sentence holding a role is about the week or its ceremony, "side"
    when about another activity ("讲座由X主办", "由X承办的书画展"), else ""."""
    s0 = max(text.rfind(ch, 0, start) for ch in "。；！？\n") + 1
    ends = [i for i in (text.find(ch, start) for ch in "。；！？\n") if i >= 0]
    kind = _kind(text[s0 : min(ends) if ends else len(text)])
    if not kind and s0 > 0 and text[s0 - 1] != "\n":
        # "（二）“学习达人”评选。由X承办": a list item's heading sentence names its event
        p0 = max(text.rfind(ch, 0, s0 - 1) for ch in "。；！？\n") + 1
        kind = _kind(text[p0:s0])
    return kind


def _kind(sentence: str) -> str:
    if _MAIN_EVENT.search(sentence):
        return "main"
    return "side" if _SIDE_EVENT.search(sentence) else ""


def _side_events_dropped(text: str, found: list[Found]) -> list[Found]:
    """Roles stated for side events are not the document's organisers, once a sentence
    names the organisers of its main event (real2: a bulletin's exhibition, a lecture of
    the week). Schedule tables and labels are left alone: their rows are the programme."""
    kinds = [_event_of(text, f[2]) for f in found]
    if "main" not in kinds:
        return found
    return [f for f, kind in zip(found, kinds, strict=True) if kind != "side"]


@register("organizers", provides=("organizers",), after=("header",))
def extract(ctx: Context) -> Fields:
    """Organisers from role sections and from sentences, deduplicated by (role, name)."""
    lines = list(ctx.lines())
    # the page's header and footer (主办单位：… 地址：… 邮编：…) name the website's owner
    furniture = frozenset(furniture_lines([text for _, text in lines]))
    found = _section_organizers(lines, furniture) + table_organizers(lines) \
        + _side_events_dropped(ctx.text, _sentence_found(ctx, lines, furniture))
    seen: set[tuple[str, str]] = set()
    out: list[Organizer] = []
    for role, name, start, end in _implicit_hosts_resolved(found):
        if (role, name) not in seen:
            seen.add((role, name))
            out.append(Organizer(role, name, ctx.evidence(start, end)))
    fields = Fields()
    fields.set("organizers", out)
    return fields
