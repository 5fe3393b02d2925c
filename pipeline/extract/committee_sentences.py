"""Committee members named in sentences.

Plans often describe the office in prose: "领导小组下设办公室，由A同志兼任办公室主任，成员由
B、C和各…等同志组成"; leading groups as "县委常委、宣传部长X任组长，Y、Z任副组长". The body
of such members is the office the sentence set up (下设…办公室), else the heading in force.
Other appointment wordings: "A同志任组委会主任" (the body between verb and role), "领导小组
组长由A担任", "组长为A", "由A任组长、B任副组长的…", "聘请A为顾问"; a sub-group's own line
"宣传组：组长A，成员B、C".

News reports name a concurrent post in a chain of titles: "区委常委、副区长、区妇儿工委常务副
主任NAME出席…". Only a post that follows other titles (a concurrent committee post) and that
heads a committee counts: a lone "区科委副主任X" is a department official, not a committee.
"""
from __future__ import annotations

import re

from pipeline.extract.committee_apposition import clean_body, committee_body
from pipeline.extract.committee_layout import NUMBERING, Member, parse_run
from pipeline.extract.committee_names import ROLE, is_person_name, normalize_role, trailing_name
from pipeline.extract.organizers_names import top_level_cuts

_OFFICE = re.compile(r"(?P<parent>[^，。；,]*?)下设(?P<office>[^，。；,、]*?办公室)")
# "X办公室设于某科": the office named as the subject of 设在/设于
_OFFICE_AT = re.compile(r"^\s*(?P<office>[^，。；,、\s]{2,30}?办公室)(?:设在|设于)")
# The body may stand between the verb and the role: "张三同志任组委会主任", "任领导小组办公室主任".
_BODY = r"[^，。；,、\s]{0,24}?(?:领导小组|工作小组|委员会|组委会|领导组|老教委|老龄委|文明委|工委)"
# "…任副组长兼办公室主任": a second post held concurrently, named after 兼
_APPOINT = re.compile(
    rf"^(?P<pre>.*?)(?:同志)?(?:兼任|担任|任)(?:(?P<body>{_BODY})(?P<office>办公室)?)?(?P<role>{ROLE})"
    rf"(?:兼(?:任)?(?:{_BODY})?(?P<second>(?:办公室)?(?:{ROLE})))?(?:[（(]兼[)）])?$"
)
_APPOINT_AFTER = re.compile(
    rf"^(?:(?P<body>{_BODY})(?P<office>办公室)?)?(?P<role>{ROLE})由(?P<pre>.+?)(?:同志)?(?:兼任|担任)$"
)
# "办公室主任：A（兼）" written as a clause of a prose sentence
_COLON_ROLE = re.compile(rf"^(?P<role>{ROLE})\s*[:：]\s*(?P<pre>[^：:]+?)\s*(?:[（(]兼[)）])?$")
_MEMBERS = re.compile(
    rf"^(?P<body>{_BODY})?(?P<role>成员)(?:由|为|包括)(?P<pre>.+?)(?:等?同志)?(?:组成)?$"
)
# "领导小组组长为A，副组长为B、C": the role first, then 为 and the people
_ROLE_IS = re.compile(rf"^(?:(?P<body>{_BODY})(?P<office>办公室)?)?(?P<role>{ROLE})(?:为|是)(?P<pre>.+?)(?:等?同志)?$")
_GENERIC_TAIL = re.compile(r"(?:和|及|以及)?(?:各|有关|相关|其他|其它).*$")
# "成员由宣传、文明办、民政等12个部门的分管负责人组成": departments named, nobody.
_DEPARTMENTS = re.compile(r"部门|单位|负责人|负责同志|分管领导|主要领导|等\s*[\d一二三四五六七八九十]+\s*[个家]")
_PARENS = re.compile(r"[（(][^（）()]*[)）]")
# "宣传报道组：组长张三，成员李四、王五": a sub-group's line, each role followed by its people.
_GROUP_LINE = re.compile(rf"^\s*(?:{NUMBERING})?\s*(?P<group>[\u4e00-\u9fff]{{2,12}}组)[:：]")
_ROLE_PEOPLE = re.compile(rf"\s*(?P<role>{ROLE})\s*[:：]?\s*(?P<pre>[^：:]+?)\s*$")
_CHAIN = re.compile(
    r"(?P<chain>(?:[^，。；,、\s]{2,20}、)+(?P<body>[^，。；,、\s]{1,20}?(?:组委会|委员会|工委|老教委|老龄委|文明委|领导小组|领导组)(?:办公室)?)"
    r"(?P<role>常务副主任|副主任|主任|常务副组长|副组长|组长|副秘书长|秘书长))"
    r"(?P<name>[\u4e00-\u9fff]{2,3}?)(?=参加|出席|主持|讲话|致辞|宣布|指出|表示|强调|带队|一行|同志|[，。,])"
)
# The committee post first, the other titles after it: "区活动周组委会主任、副区长NAME宣布…".
_LEADING = re.compile(
    r"(?P<chain>(?P<body>[^，。；,、\s]{1,20}?(?:组委会|委员会|领导小组))"
    r"(?P<role>常务副主任|副主任|主任|常务副组长|副组长|组长|副秘书长|秘书长)"
    r"(?:、[^，。；,、\s]{2,20}?)*、)(?P<tail>[^，。；,、\s]{3,24}?)"
    r"(?=参加|出席|主持|讲话|致辞|宣布|指出|表示|强调|带队|一行|同志|[，。,])"
)
_NOT_COMMITTEE = re.compile(r"(?:常委会|党委|纪委|党工委|村委|居委)$")
# "以A为组长", "由A任组长", "聘请A为（某委员会）顾问"
_WITH_AS = re.compile(
    rf"(?:以|由|、|聘请|聘任|增补)(?P<pre>[^，。；、以由]{{2,12}}?)(?:同志)?(?:为|兼任|担任|任)(?P<body>{_BODY})?"
    rf"(?P<role>{ROLE})(?=、|的|$)"
)
# The clauses after "成立以A为组长，" list the next posts: "B、C为副组长，…为成员的领导小组".
_LIST_AS = re.compile(rf"^\s*(?P<pre>[^，。；以为]{{2,60}}?)(?:同志)?为(?P<role>{ROLE})(?=、|的|$)")


def _split_people(text: str, offset: int) -> list[tuple[str, int, int]]:
    """People in a run "甲、乙和丙" or "常委、部长甲"; titles without a name give none."""
    out: list[tuple[str, int, int]] = []
    text = _PARENS.sub(lambda m: " " * len(m.group()), text)  # "张三（副县长）": same length
    for a, b in top_level_cuts(text, "、，,"):
        piece = text[a:b].strip()
        a += text[a:b].index(piece) if piece else 0
        parts = _conjuncts(piece)
        pos = a
        for part in parts:
            start = text.index(part, pos)
            span = trailing_name(part)
            if span:
                out.append((part[span[0]:span[1]], offset + start + span[0], offset + start + span[1]))
            pos = start + len(part)
    return out


def _conjuncts(piece: str) -> list[str]:
    """"甲和乙" as two people; a 和 / 及 inside a name ("副市长张家和") splits nothing: the
    piece is cut only when every part ends in a name."""
    if is_person_name(piece):
        return [piece]
    parts = re.split(r"和|及", piece)
    if len(parts) > 1 and not all(p and trailing_name(p) for p in parts):
        return [piece]
    return parts


def _clause_members(clause: str, offset: int) -> tuple[list[str], list[tuple[str, str | None, int, int]]] | None:
    """(roles, people) of an appointment clause: one role, or two joined by 兼."""
    for pattern in (_APPOINT_AFTER, _MEMBERS, _ROLE_IS, _APPOINT, _COLON_ROLE):
        m = pattern.match(clause)
        if m is None:
            continue
        pre, start = m.group("pre"), m.start("pre")
        if "由" in pre:
            start += pre.rindex("由") + 1
            pre = pre[pre.rindex("由") + 1:]
        pre = _GENERIC_TAIL.sub("", pre)
        if _DEPARTMENTS.search(_PARENS.sub("", pre)):
            continue
        if pattern is _COLON_ROLE:  # "组长：A（某局局长）、B（…）" inside a paragraph
            people = parse_run(pre, offset + start)
        else:
            people = [(n, None, s, e) for n, s, e in _split_people(pre, offset + start)]
        if people and _real_body(m):
            return _roles_of(m), people
    return None


def _real_body(m: re.Match[str]) -> bool:
    """No body named in the clause, or a committee-like one (not 市教委, 人大常委会 …)."""
    body = m.groupdict().get("body")
    return body is None or committee_body(body)


def _roles_of(m: re.Match[str]) -> list[str]:
    """The role, as an office post when the clause names a body's office, and the post
    held concurrently after 兼 ("副组长兼办公室主任" gives both)."""
    role = normalize_role(m.group("role"))
    role = "办公室" + role if m.groupdict().get("office") and not role.startswith("办公室") else role
    second = m.groupdict().get("second")
    return [role, normalize_role(second)] if second else [role]


def _with_as_members(clause: str, offset: int, listing: bool = False) -> list[tuple[str, str, int, int]]:
    """"成立以A为组长、B为副组长的领导小组": (role, name, start, end) per appointment; when
    `listing` (a clause after such an appointment) "B、C为副组长" names several people."""
    out: list[tuple[str, str, int, int]] = []
    for m in _WITH_AS.finditer(clause):
        span = trailing_name(m.group("pre"))
        if span and _real_body(m):
            start = offset + m.start("pre")
            name = m.group("pre")[span[0]:span[1]]
            out.append((normalize_role(m.group("role")), name, start + span[0], start + span[1]))
    listed = _LIST_AS.match(clause) if listing else None
    if listed:
        role = normalize_role(listed.group("role"))
        pre = _GENERIC_TAIL.sub("", listed.group("pre"))
        out += [(role, n, s, e) for n, s, e in _split_people(pre, offset + listed.start("pre"))]
    return out


def _office_body(clause: str) -> str | None:
    m = _OFFICE.search(clause)
    if m is None:
        at = _OFFICE_AT.match(clause)
        return at.group("office") if at else None
    office = m.group("office")
    return office if office != "办公室" else m.group("parent").strip() + office


def sentence_members(line: str, offset: int, body: str | None) -> list[Member]:
    """Members appointed in the sentences of one paragraph."""
    out: list[Member] = []
    office: str | None = None
    in_sentence: str | None = None  # an office set up earlier in the same sentence
    listing = False
    for a, b in top_level_cuts(line, "，,。；;"):
        clause = line[a:b]
        office = _office_body(clause) or office
        in_sentence = _office_body(clause) or in_sentence
        where = office or body
        head = in_sentence if not re.search(_BODY, clause) else None
        appointed = _with_as_members(clause, offset + a, listing)
        out.extend((where, _office_role(r, head), n, None, s, e) for r, n, s, e in appointed)
        listing = (bool(appointed) or listing) and b < len(line) and line[b] in "，,"
        found = _clause_members(clause.strip(), offset + a + clause.index(clause.strip()) if clause.strip() else 0)
        if found:
            roles, people = found
            out.extend((where, _office_role(r, head), n, t, s, e) for r in roles for n, t, s, e in people)
        in_sentence = None if b >= len(line) or line[b] == "。" else in_sentence
    return out


def _office_role(role: str, office: str | None) -> str:
    """A bare 主任 / 副主任 after a clause of the same sentence that set up an office
    ("办公室设在某科，主任：A（兼）", "下设办公室，由A任主任") heads that office, unless its
    own clause names another body."""
    return "办公室" + role if office and role in ("主任", "副主任") else role


def group_members(line: str, offset: int) -> list[Member]:
    """Members of a sub-group written on its own line after the group's name and a colon."""
    head = _GROUP_LINE.match(line)
    if head is None:
        return []
    out: list[Member] = []
    rest = line[head.end():]
    for a, b in top_level_cuts(rest, "，,；;。"):
        m = _ROLE_PEOPLE.match(rest, a, b)
        people = parse_run(m.group("pre"), offset + head.end() + m.start("pre")) if m else []
        role = normalize_role(m.group("role")) if m else ""
        out += [(head.group("group"), role, n, t, s, e) for n, t, s, e in people]
    return out


def chain_members(line: str, offset: int) -> list[Member]:
    """Concurrent committee posts in a chain of titles before a name (news reports)."""
    out: list[Member] = []
    for m in _CHAIN.finditer(line):
        body = m.group("body")
        if _NOT_COMMITTEE.search(body) or not committee_body(body) or not is_person_name(m.group("name")):
            continue
        role = normalize_role(m.group("role"))
        role = "办公室" + role if body.endswith("办公室") else role  # "组委会办公室主任"
        out.append((body, role, m.group("name"), m.group("chain"), offset + m.start("name"), offset + m.end("name")))
    return out + _leading_members(line, offset)


def _leading_members(line: str, offset: int) -> list[Member]:
    """A committee post named before the person's other titles; the name ends the last title."""
    out: list[Member] = []
    for m in _LEADING.finditer(line):
        span = trailing_name(m.group("tail"))
        if _NOT_COMMITTEE.search(m.group("body")) or not committee_body(m.group("body")) or span is None or span[0] == 0:
            continue
        start = offset + m.start("tail")
        name = m.group("tail")[span[0]:span[1]]
        role = normalize_role(m.group("role"))
        title = m.group("chain") + m.group("tail")[: span[0]]
        out.append((clean_body(m.group("body")), role, name, title, start + span[0], start + span[1]))
    return out
