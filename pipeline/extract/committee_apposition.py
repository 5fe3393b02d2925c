"""Committee posts given in apposition inside narrative (news, visit reports, minutes).

Reports name people by their committee post right before the name: "县老教委主任NAME出席",
"某领导组副组长NAME介绍", or the post first and other titles after it: "委员会副主任、某校副
校长NAME宣读…". The post counts only when its body is a committee-like body (委员会,
组委会, 领导小组, a 工委 or an elder-education 老教委 …); the same words head government
departments (市教委, 发改委, 人大常委会), party and village organs, and those posts are a
department's, not a committee's. The name is found by what follows it in a sentence (a
verb such as 出席 / 主持, a particle, punctuation), since no space marks where it ends.
Later posts of the same body may follow with the body elided ("…组委会主任A，副主任B");
transcribed minority names (`X·Y`) are taken whole.
"""
from __future__ import annotations

import re

from pipeline.extract.committee_layout import Member
from pipeline.extract.committee_names import (
    DOTTED_NAME,
    MIDDLE_DOT,
    is_loose_name,
    is_person_name,
    normalize_role,
)

_ROLE = r"副主任委员|主任委员|名誉主任|常务副主任|副主任|主任|名誉组长|常务副组长|副组长|组长|成员|委员|顾问|副秘书长|秘书长"
# The body of the post: a run of non-punctuation characters ending in a committee word.
_POST = re.compile(
    r"(?P<body>[^，。；;,、：:\s（）()“”]{0,30}?"
    r"(?:委员会|组委会|领导小组|领导组|工作小组|工委|老教委|老龄委|文明委)(?P<office>办公室)?)"
    rf"(?P<role>{_ROLE})"
)
# "…委员会副主任兼办公室主任NAME": a second post of the same body, held concurrently.
_CONCURRENT = re.compile(rf"兼(?:任)?(?P<office>办公室)?(?P<role>{_ROLE})")
# Bodies that are departments, party, legislative or village organs, not committees.
# A department's full name follows the area's name right away ("市教育委员会"); the same
# words inside a longer name ("区老干部教育委员会", "社区教育委员会") name a committee.
_NOT_COMMITTEE = re.compile(
    r"人大|政协|党委|党工委|党组|纪委|村委|居委|常委会|村民委员会|居民委员会|管理委员会|管委会|教育工委|团工委"
    r"|(?:^|(?<!社)[省市县区州盟旗镇乡委]|国家|自治区)"
    r"(?:教育|卫生(?:和计划生育|健康)?|健康|发展和?改革|经济(?:和信息化)?|信息化|科学技术|科技"
    r"|民族(?:宗教)?事务|民族|宗教事务|(?:住房和)?城乡建设|住房|农业农村|(?:人口和)?计划生育"
    r"|体育(?:运动)?|侨务|(?:机构)?编制|政法|纪律检查|监察)委员会$"
)
# What follows a name in a sentence: a verb of the event, a particle or punctuation.
_AFTER_NAME = re.compile(
    r"出席|参加|主持|讲话|致辞|宣布|指出|表示|强调|带队|一行|同志|介绍|陪同|宣读|报告|传达|作了?|做了?|"
    r"对|等|在|向|代表|率|和|与|及|就|到|来|先生|女士|分别|也|一同|共同|总结|发言|参观|出任|当选|"
    r"带领|走访|调研|视察|考察|莅临|看望|慰问|观看|听取|检查|主讲|颁发|解读|部署|通报|"
    r"的|说|称|希望|要求|认为|提出|寄语|发表|启动|按下|为|并|还|首先|最后|"
    r"[，。,、；;：:（(！!\s]|$"
)
# Words that follow a post in a sentence but are no name ("主任会议在…召开", "主任一行").
_VERB_START = re.compile(
    r"^(?:出席|参加|主持|讲话|致辞|宣布|介绍|陪同|宣读|报告|传达|代表|带队|会议|办公|成员|委员|单位|工作|"
    r"同志|部署|扩大|全体|一行|亲自|带领|率领|认为|提出|要求|分别|及其|以上|由|包括)"
)
_TITLE_END = frozenset("长记任员席理事官师书督导委")
_TITLE_TAIL = re.compile(r"[长记任员席委]$")
_HAN = re.compile(r"^[\u4e00-\u9fff]+$")
_GENERIC = re.compile(r"各|有关|相关|全体|部分")
_DOTTED_AT = re.compile(DOTTED_NAME)
# "…组委会主任、副市长A，副主任、局长B出席": later posts of the same body, the body elided.
_ELIDED_ROLE = re.compile(rf"[，,、]\s*(?P<role>{_ROLE})")
_BODY_WORD = r"(?:委员会|组委会|领导小组|领导组|工作小组|工委|老教委|老龄委|文明委)"
# "由县老教委张三主任主持": the name between the body and the post, as reports also write.
_NAME_THEN_POST = re.compile(
    rf"(?P<body>[^，。；;,、：:\s（）()“”]{{0,30}}?{_BODY_WORD})(?P<name>[\u4e00-\u9fff]{{2,3}}?)(?P<role>{_ROLE})"
)
# "张三（县老教委主任）", "张三（组委会主任、副市长）": the post in brackets after the name.
_POST_IN_BRACKETS = re.compile(
    rf"(?P<name>[\u4e00-\u9fff]{{2,3}})[（(](?P<body>[^（）()，。；]{{0,30}}?{_BODY_WORD})(?P<role>{_ROLE})"
    r"(?:[、，,][^（）()]*)?[)）]"
)
_NAME_BOUNDARY = re.compile(r"[，。；;,、：:\s（）()“”]|有|的|和|及|与|是|为|由")
# Characters of rank and office words ("常务", "执行", "办公室"), never of a name before a post.
_RANK_CHARS = re.compile(r"[务职员委部会组办室执]")
# "…任委员会主任，局长A、局长B任副主任": a person after the post who is appointed to a
# post of their own in the same clause is that clause's subject, not the post's holder.
_OWN_APPOINTMENT = re.compile(rf"(?:、[^，。；;,]*?)?(?:同志)?(?:兼任|担任|任|为)[^，。；;,、]{{0,24}}?(?:{_ROLE})")


def committee_body(body: str) -> bool:
    """A committee-like body, not a department, party, legislative or village organ."""
    return not _NOT_COMMITTEE.search(body)


def _name_at(text: str, pos: int) -> tuple[int, int] | None:
    """(start, end) of a 2-3 character person name at `pos` followed by a sentence cue;
    three characters are preferred ("李文华等" over "李文"); a transcribed name in parts
    joined by a middle dot is taken whole."""
    dotted = _DOTTED_AT.match(text, pos)
    if dotted:  # the last part ends where a sentence cue starts
        last = max(text.rfind(d, pos, dotted.end()) for d in MIDDLE_DOT)
        end = next((e for e in range(last + 2, dotted.end() + 1) if _AFTER_NAME.match(text, e)), None)
        return (pos, end) if end else None
    for size in (3, 2, 4):  # four characters last: compound surnames ("欧阳建华")
        name = text[pos : pos + size]
        if len(name) == size and _HAN.match(name) and is_person_name(name) and not _VERB_START.match(name):
            if _AFTER_NAME.match(text, pos + size):
                return pos, pos + size
    return None


def _name_after_titles(text: str, pos: int, end: int) -> tuple[int, int] | None:
    """The name closing a chain of titles ("、某校副校长NAME"): the first name right after a
    title's last character (长, 任 …) and before a sentence cue. Titles of many people
    ("、各单位书记、主任和…代表") close no single name."""
    ends: list[int] = []
    for p in range(pos + 2, end):
        if _GENERIC.search(text, pos, p):
            return None
        if text[p - 1] in _TITLE_END and text[p] not in "和与及":
            found = _name_at(text[:end], p)
            if found:
                return found
            ends.append(p)
    return next((f for p in ends if (f := _loose_at(text[:end], p))), None)


def _loose_at(text: str, pos: int) -> tuple[int, int] | None:
    """A three-character name of a rare surname right after a post, followed by a verb of
    the event or punctuation (see `is_loose_name`)."""
    name = text[pos : pos + 3]
    if is_loose_name(name) and not _VERB_START.match(name) and _AFTER_NAME.match(text, pos + 3):
        return pos, pos + 3
    return None


def _clause_end(text: str, pos: int) -> int:
    ends = [i for i in (text.find(c, pos) for c in "，。；;,\n") if i >= 0]
    return min(ends) if ends else len(text)


def clean_body(body: str) -> str:
    """The body without the words of the sentence before it ("由", "…的")."""
    return re.sub(r"^.*(?:的|由|有|是)(?=[^的由有是]{2,}$)", "", body)


def _named_then_posted(line: str, offset: int) -> list[Member]:
    """"BODY NAME ROLE" ("县老教委张三主任主持") and "NAME（BODY ROLE）" forms."""
    out: list[Member] = []
    for m in _NAME_THEN_POST.finditer(line):
        name = m.group("name")
        if _RANK_CHARS.search(name) or not is_person_name(name) or not _AFTER_NAME.match(line, m.end()):
            continue
        body = clean_body(m.group("body"))
        if committee_body(body):
            out.append((body, normalize_role(m.group("role")), name, None, offset + m.start("name"), offset + m.end("name")))
    for m in _POST_IN_BRACKETS.finditer(line):
        start = m.start("name") if len(m.group("name")) == 2 else _bracket_name_start(line, m)
        name = line[start : m.end("name")]
        body = clean_body(m.group("body").split("、")[-1])
        if start < 0 or not is_person_name(name) or not committee_body(body):
            continue
        out.append((body, normalize_role(m.group("role")), name, None, offset + start, offset + m.end("name")))
    return out


def _bracket_name_start(line: str, m: re.Match[str]) -> int:
    """Three characters before the bracket are a name only after a boundary; else two."""
    start = m.start("name")
    if _NAME_BOUNDARY.match(line, start):
        return start + 1
    return start if start == 0 or _NAME_BOUNDARY.match(line, start - 1) else -1


def elided_members(line: str, first: Member, offset: int) -> list[Member]:
    """Posts of the body named just before, written with the role alone after a comma
    ("组委会主任、副区长A，副主任、区教育局局长B出席"): each comma right after the last
    name, and a role other than the first one (a second 主任 is another body's)."""
    body, first_role, pos = first[0], first[1], first[5] - offset
    out: list[Member] = []
    while (m := _ELIDED_ROLE.match(line, pos)) and normalize_role(m.group("role")) != first_role:
        if line.startswith("、", m.end()):
            span = _name_after_titles(line, m.end() + 1, _clause_end(line, m.end()))
        else:
            span = _name_at(line, m.end())
        if span is None:
            break
        title = line[m.start("role") : span[0]].rstrip("、")
        out.append((body, normalize_role(m.group("role")), line[span[0] : span[1]], title, offset + span[0], offset + span[1]))
        pos = span[1]
    return out


def apposition_members(line: str, offset: int) -> list[Member]:
    """Committee posts given in apposition before a name in one paragraph."""
    out: list[Member] = _named_then_posted(line, offset)
    for m in _POST.finditer(line):
        body = clean_body(m.group("body"))
        core = body[: -len("办公室")] if m.group("office") else body
        if not committee_body(core):
            continue
        second = _CONCURRENT.match(line, m.end())
        span = _name_after_post(line, second.end() if second else m.end())
        if span is None or _OWN_APPOINTMENT.match(line, span[1]):
            continue
        title = line[m.start("body") + m.group("body").index(body) : span[0]].rstrip("、，,") or None
        roles = _posts(m, second)
        out += [(body, role, line[span[0] : span[1]], title, offset + span[0], offset + span[1]) for role in roles]
        out += [(body, roles[0], line[a:b], None, offset + a, offset + b) for a, b in _co_holders(line, span[1])]
    return out


def _posts(m: re.Match[str], second: re.Match[str] | None) -> list[str]:
    """The post of the match, as an office post when it names the body's office, and the
    post held concurrently after 兼 ("副组长兼办公室主任" gives both)."""
    role = normalize_role(m.group("role"))
    roles = ["办公室" + role if m.group("office") else role]
    if second:
        role = normalize_role(second.group("role"))
        roles.append("办公室" + role if second.group("office") and not role.startswith("办公室") else role)
    return roles


def _name_after_post(line: str, end: int) -> tuple[int, int] | None:
    """The name a post introduces: right after it, after a chain of other titles
    ("主任、副县长NAME", "主任，县教育局局长NAME")."""
    if line.startswith(("、", "，", ","), end):
        return _name_after_titles(line, end + 1, _clause_end(line, end + 1))
    gap = len(line[end : end + 2]) - len(line[end : end + 2].lstrip(" \u3000"))
    return _name_at(line, end + gap) or _loose_at(line, end + gap)


def _co_holders(line: str, pos: int) -> list[tuple[int, int]]:
    """Further holders of the same post listed with 、 ("副主任A、B出席"): each a bare name."""
    out: list[tuple[int, int]] = []
    while line.startswith("、", pos) and not re.match(_ROLE, line[pos + 1 :]) and (span := _name_at(line, pos + 1)):
        if _TITLE_TAIL.search(line[span[0] : span[1]]):
            break
        out.append(span)
        pos = span[1]
    return out
