"""Committee lists laid out one member per line under a body heading.

The usual form in plans and notices:

    （一）XX活动周指导委员会
    顾  问：王某某（某市人民政府副市长）
    副主任：张  三（某局副局长）
            李四（某办主任）          <- continuation: inherits 副主任
    吴  敏  某镇人民政府副镇长        <- post after the name, no parentheses
    成  员：各镇、街道分管领导        <- describes units, names nobody

A line without a role label inherits the last role until a heading or prose line ends the
list. Lines of units or descriptions fail the person-name check and give nothing.

The same lists come in many spellings: the post before the name (`组长：副市长张三`), several
members on one line (、 ， ； or spaces after a bracket, names and posts alternating), a
numbered label (`1.组长：`), a note on the order (`成员（按姓氏笔画排序）：`), a dash or one
space after the label, `同志` after a name, the role in brackets after the member
(`张三  副县长（组长）`). Under an association's or a school's heading, or after a 会长
label, the same labels name officers, not a committee's members.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.extract.committee_names import (
    DOTTED_NAME,
    ROLE,
    ROLE_WORDS,
    clean_name,
    is_loose_name,
    is_person_name,
    normalize_role,
    trailing_name,
)
from pipeline.extract.committee_pairs import POST_END, loose_pair, name_post_pairs, padded_tokens
from pipeline.extract.organizers_names import top_level_cuts

Entry = tuple[str, str | None, int, int]  # name, title, start, end
Member = tuple[str | None, str, str, str | None, int, int]  # body, role, name, title, start, end

ROLES = frozenset(normalize_role(r) for r in ROLE_WORDS)
NUMBERING = r"(?:[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+[、.．]|\d+[、.．)）])"
_HEADING = re.compile(rf"^\s*{NUMBERING}\s*(?P<text>.*?)\s*$")
# a leading group, a committee, its office, or one of its sub-groups ("宣传报道组")
_BODY_END = re.compile(r"(?:领导小组|工作小组|小组|委员会|组委会|办公室|[\u4e00-\u9fff]{2}组|指挥部)$")
# "成员（按姓氏笔画排序）：": a note on the order of the names after the label
_LABEL_NOTE = r"(?:[（(](?:兼|[按以依][^（）()]{1,12})[)）])?"
_ROLE_LINE = re.compile(
    rf"^\s*(?P<label>(?:[\u4e00-\u9fff]\s*){{2,12}}?{_LABEL_NOTE})\s*(?:[:：]|[—－]{{1,2}})\s*(?P<rest>.*)$"
)
# "组  长    张某某    某镇镇长": a role label set off by wide spaces instead of a colon
_SPACED_LABEL = "|".join(r"\s{0,3}".join(w) for w in sorted(ROLE_WORDS, key=len, reverse=True))
_ROLE_SPACED = re.compile(rf"^\s*(?P<label>(?:{_SPACED_LABEL}){_LABEL_NOTE})\s{{2,}}(?P<rest>\S.*)$")
# "组 长 张三 副市长": one space after a letter-spaced label, when a name follows it
_ROLE_ONE_SPACE = re.compile(rf"^\s*(?P<label>(?:{_SPACED_LABEL}))\s(?P<rest>\S.*)$")
_NAME = rf"(?:{DOTTED_NAME}|[\u4e00-\u9fff](?:\s{{0,4}}[\u4e00-\u9fff]){{1,3}})"
_ENTRY_PAREN = re.compile(rf"^(?P<name>{_NAME})\s*(?:[（(](?P<title>[^（）()]*)[)）])?\s*$")
_ENTRY_SPACED = re.compile(rf"^(?P<name>{_NAME}?)\s{{2,}}(?P<title>[^\s（(、，,；;].*?)\s*$")
_GENERIC_TAIL = re.compile(r"(?:和|及|以及|，|、)?(?:各|有关|相关|其他|其它).*$")
_DESCRIPTIVE = re.compile(r"负责人|分管领导|负责同志|成员单位|主要领导")
_INLINE_ROLE = re.compile(rf"(?:\s+|[；;，,])(?=(?:{ROLE})\s*[:：])")
_PIPE = re.compile(r"\S\s*[|｜]")
_PARENS = re.compile(r"[（(][^（）()]*[)）]")
# "马某（回族）", "李某（女）": gender or ethnicity after a name, not a post
_PERSON_NOTE = re.compile(r"[（(](?:女|男|[\u4e00-\u9fff]{1,4}族)[)）]|(?<=[\u4e00-\u9fff])\s*同志(?=[\s（(、，,；;]|$)")
# "张三  县政府副县长（组长）": the committee role noted in brackets after the member
_ROLE_NOTE = re.compile(rf"[（(](?P<role>{ROLE})[)）]\s*$")
# "张三（副市长）  李四（局长）": members cut at the spaces after a closing bracket
_AFTER_BRACKET = re.compile(r"(?<=[)）])\s+(?=\S)")
# "评审委员会主任：", "专家组成员：": the label names the body before the role
_BODY_ROLE = re.compile(
    r"^(?P<body>[\u4e00-\u9fff]{0,20}?(?:领导小组|工作小组|委员会|组委会|[\u4e00-\u9fff]{2}组))"
    rf"(?P<role>{ROLE})$"
)


def body_heading(line: str) -> str | None:
    """The committee a heading line names ("（一）XX指导委员会" -> "XX指导委员会")."""
    m = _HEADING.match(line)
    text = (m.group("text") if m else line).strip().rstrip(":：")
    text = re.sub(r"^(?:成立|设立|组建)(.*?)。?$", r"\1", text)  # "成立XX领导小组。" names the body
    text = re.sub(r"(?:的)?(?:(?:组成)?人员|成员)?(?:名单|组成)?(?:如下)?$", "", text)  # "…领导小组成员名单"
    if len(text) > 40 or re.search(r"[，。；：:,、\t]", text) or text.startswith("各"):
        return None
    return text if _BODY_END.search(text) and len(text) > 3 else None


def _entry(piece: str, offset: int, spaced: bool) -> Entry | None:
    """One member written as 名字（职务）, a bare name, or 名字  职务 (when `spaced`)."""
    lead = len(piece) - len(piece.lstrip())
    body = piece.strip()
    m = _ENTRY_PAREN.match(body) or (_ENTRY_SPACED.match(body) if spaced else None)
    if m is None or not (is_person_name(m.group("name")) or _vouched(m)):
        found = _entry_one_space(body, offset + lead) if spaced else None
        found = found or _entry_post_first(body, offset + lead)
        return found or (loose_pair(body, offset + lead) if spaced else None)
    title = m.group("title")
    title = None if title is None or title.strip() in ("", "兼") else title.strip()
    start = offset + lead + m.start("name")
    return clean_name(m.group("name")), title, start, start + len(m.group("name"))


def _vouched(m: re.Match[str]) -> bool:
    """A name of a rare surname ("笪某某") followed by its post in brackets ("（某局局长）"):
    the post vouches for the person."""
    title = (m.group("title") or "").strip()
    return m.re is _ENTRY_PAREN and bool(title) and title[-1] in POST_END and is_loose_name(m.group("name"))


def _entry_one_space(body: str, offset: int) -> Entry | None:
    """"名字 区教育局局长" or "区教育局局长 名字": a single (wide) space between name and post.
    The post must be one word ending like a post (长, 任, 员 …), since one space also sits
    inside spaced names."""
    for gap in re.finditer(r"\s+", body):
        name, title = body[: gap.start()], body[gap.end():]
        if not re.search(r"\s", title) and title[-1] in POST_END and is_person_name(name):
            return clean_name(name), title, offset, offset + len(name)
        if _post_then_name(name, title):  # "副县长 张三"
            return clean_name(title), name, offset + gap.end(), offset + len(body)
    return None


def _post_then_name(post: str, name: str) -> bool:
    """A one-word post, then one name: neither holds a space, the post ends like a post."""
    if re.search(r"\s", post + name) or post[-1] not in POST_END:
        return False
    return is_person_name(name) and not is_person_name(post)


def _entry_post_first(body: str, offset: int) -> Entry | None:
    """"市政府副市长张三": the post written before the name, as one word."""
    span = trailing_name(body) if not re.search(r"[\s、，,；;（）()]", body) else None
    if span is None or span[0] < 2:
        return None
    return body[span[0]:], body[: span[0]], offset + span[0], offset + span[1]


def _spaced_run(text: str, offset: int) -> list[Entry]:
    """Names separated by spaces ("张建华  李明  王小红"): every token a full name."""
    tokens = list(re.finditer(r"\S+", text))
    names = padded_tokens(tokens) if len(tokens) >= 2 else None
    if not names or len(names) < 2 or not all(is_person_name(n) for n, _, _ in names):
        return []
    return [(n, None, offset + a, offset + b) for n, a, b in names]


def parse_run(text: str, offset: int) -> list[Entry]:
    """Members in a role's value: one entry, or a 、-separated run; descriptions give none."""
    text = _PERSON_NOTE.sub(lambda m: " " * len(m.group()), text)  # same length: offsets hold
    run = _spaced_run(text, offset) or name_post_pairs(text, offset)
    if run:
        return run
    whole = _entry(text, offset, spaced=True)
    if whole:
        return [whole]
    text = _GENERIC_TAIL.sub("", text)
    if _DESCRIPTIVE.search(_PARENS.sub("", text)):
        return []
    out = [_entry(text[a:b], offset + a, True) for a, b in _member_cuts(text)]
    return [e for e in out if e is not None]


def _member_cuts(text: str) -> list[tuple[int, int]]:
    """Pieces of a run cut at list separators and at the spaces after a closing bracket."""
    out: list[tuple[int, int]] = []
    for a, b in top_level_cuts(text, "、，,；;"):
        starts = [a] + [a + m.end() for m in _AFTER_BRACKET.finditer(text[a:b])]
        ends = [a + m.start() for m in _AFTER_BRACKET.finditer(text[a:b])] + [b]
        out += list(zip(starts, ends, strict=True))
    return out


def role_line(line: str) -> tuple[str, re.Match[str]] | None:
    """(normalised role, match) of a "角色：…" line."""
    m = _ROLE_LINE.match(line) or _ROLE_SPACED.match(line) or _one_space_label(line)
    if m is None:
        return None
    role = normalize_role(m.group("label"))
    if role not in ROLES:
        both = _BODY_ROLE.match(role)
        role = normalize_role(both.group("role")) if both else role
    return (role, m) if role in ROLES else None


def _one_space_label(line: str) -> re.Match[str] | None:
    """A role label followed by one space, taken only when a person name follows it."""
    m = _ROLE_ONE_SPACE.match(line)
    if m is None:
        return None
    first = re.match(r"\S+", m.group("rest"))
    return m if first and is_person_name(first.group()) else None


def label_body(m: re.Match[str]) -> str | None:
    """The body a role label names before its role ("评审委员会主任" -> 评审委员会)."""
    both = _BODY_ROLE.match(re.sub(r"\s+", "", m.group("label")))
    return both.group("body") if both else None


def is_row(line: str) -> bool:
    """A table row: tab-separated (documents) or pipe-separated (text copies of web tables)."""
    return "\t" in line or bool(_PIPE.search(line))


@dataclass
class _State:
    body: str | None = None
    role: str | None = None
    foreign: bool = False  # under an association's or an institution's officers
    near: bool = False  # the line before named a committee ("成立领导小组，成员如下：")


# Officers of an association, or staff under a school's or a centre's heading, are not a
# committee's members, though their labels (秘书长, 主任) are the same words.
_OFFICER_LABEL = re.compile(r"^(?:名誉|常务)?副?(?:会\s*长|理事长)\s*[:：]")
_COMMITTEE_WORD = re.compile(r"领导小组|委员会|组委会|办公室|工作组|小组")
_FOREIGN_HEADING = re.compile(r"(?:协会|学会|研究会|促进会|联合会|基金会|中心|学校|学院|大学)[:：]?$")


def _step(state: _State, offset: int, line: str, out: list[Member]) -> None:
    """Advance the scan by one line, appending the members it names."""
    text = line.strip()
    if not text or is_row(line):
        state.role = None if is_row(line) else state.role
        return
    numbered = _HEADING.match(line)
    if numbered and numbered.group("text") and role_line(numbered.group("text")):  # "1.组长：A"
        _step(state, offset + numbered.start("text"), line[numbered.start("text"):], out)
    elif numbered or body_heading(line):
        _enter_heading(state, text, body_heading(line))
    elif _OFFICER_LABEL.match(text):
        state.foreign, state.role = True, None
    elif (bare := _bare_label(text)) and (state.body is not None or state.role is not None or state.near):
        state.role, state.body = bare[0], bare[1] or state.body  # the label alone, members below
    elif found := role_line(line):
        _role_step(state, offset, line, found, out)
    elif tail := _list_after_sentence(line):  # "成立XX委员会。主任：A 副主任：B"
        _enter_heading(state, line[:tail], body_heading(line[:tail]))
        _step(state, offset + tail, line[tail:], out)
    else:
        _member_step(state, offset, line, out)


def _bare_label(text: str) -> tuple[str, str | None] | None:
    """(role, body) of a role label standing alone on its line ("副组长", "领导小组办公室主任"):
    a web table copied one cell per line, or a list that puts its people on the next lines."""
    label = normalize_role(text.rstrip(":："))
    if label in ROLES:
        return label, None
    both = _BODY_ROLE.match(label)
    return (normalize_role(both.group("role")), both.group("body")) if both else None


def _list_after_sentence(line: str) -> int | None:
    """Where a role list starts after a sentence on the same line: a "角色：" label right
    after the sentence's 。, with people after it."""
    for m in re.finditer("。", line):
        rest = line[m.end():]
        if rest.strip() and role_line(rest):
            return m.end()
    return None


def _enter_heading(state: _State, text: str, body: str | None) -> None:
    """A heading starts a new list: of its body, or of no committee (an association's,
    a school's or a centre's officers)."""
    state.body, state.role = body, None
    state.foreign = body is None and bool(_FOREIGN_HEADING.search(text)) and not _COMMITTEE_WORD.search(text)


def _role_step(state: _State, offset: int, line: str, found: tuple[str, re.Match[str]], out: list[Member]) -> None:
    """A "角色：…" line: its members, and a second role on the same line."""
    role, m = found
    if state.foreign and not label_body(m):
        state.role = None
        return
    state.role, state.body = role, label_body(m) or state.body
    rest, rest_start = m.group("rest"), m.start("rest")
    cut = _INLINE_ROLE.search(rest)
    if cut:  # "组长：A  副组长：B" on one line
        rest = rest[: cut.start()]
    entries = parse_run(rest, offset + rest_start)
    out.extend((state.body, role, n, t, s, e) for n, t, s, e in entries)
    if cut:
        _step(state, offset + rest_start + cut.end(), line[rest_start + cut.end():], out)


def _member_step(state: _State, offset: int, line: str, out: list[Member]) -> None:
    """A line without a role label: members under the role in force, or with their role
    noted after them; prose or another label ends the list."""
    text = line.strip()
    note = _ROLE_NOTE.search(line)
    if note and (state.role or state.body) and "。" not in text:  # "张三  副县长（组长）"
        role = normalize_role(note.group("role"))
        out.extend((state.body, role, n, t, s, e) for n, t, s, e in parse_run(line[: note.start()], offset))
        return
    if "。" in text or len(text) > 60 or state.role is None or re.search("[:：]", text):
        state.role = None
        return
    role = state.role
    out.extend((state.body, role, n, t, s, e) for n, t, s, e in parse_run(line, offset))


def layout_members(lines: list[tuple[int, str]]) -> tuple[list[Member], dict[int, str | None]]:
    """Members of line-per-member lists, and the body heading in force at each line."""
    state = _State()
    out: list[Member] = []
    bodies: dict[int, str | None] = {}
    for offset, line in lines:
        _step(state, offset, line, out)
        bodies[offset] = state.body
        if line.strip():
            state.near = bool(_COMMITTEE_WORD.search(line))
    return out, bodies
