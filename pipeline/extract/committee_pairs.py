"""Members written as (name, post) or (post, name) pairs after one role label.

Lists set their people apart with runs of spaces, ASCII or full-width, rather than with
punctuation, and the two orders are both common:

    副主任：张  三  某局局长  李四  某办主任          <- name, then post
    主  任：区委副书记 王某某    区政府副区长 赵某某    <- post, then name
    副组长：市教育局局长　钱某某　　市文明办副主任　孙某某

Two-character names are often padded to the width of three with an inner space (`周 建`);
a run of single characters pairs up into names. The tokens must alternate between person
names and posts (a post ends like a post: 长, 任, 员 …), so a run of units or a
description gives nothing.

Names without a surname (Tibetan, Mongolian transcriptions such as `扎西顿珠`) are taken only
where the layout vouches for them: the one name of a `name  post` line under a role.
"""
from __future__ import annotations

import re

from pipeline.extract.committee_names import ROLE_WORDS, clean_name, is_person_name, is_phrase

Token = tuple[str, int, int]  # text, start, end (relative to the run)
Entry = tuple[str, str | None, int, int]  # name, title, start, end

POST_END = frozenset("长任员记席理事官师书督导")  # last character of a post ("副区长", "主任")
_NOT_NAME_END = frozenset("局厅会部办院校处科室组府司馆站所团队市区县镇乡村省街委长员记席门位")
# Words of a description of units or posts, never inside a name.
_DESCRIPTION = re.compile(r"[的了等各其和及与、]|部门|单位|领导|负责|同志|成员|代表|人员|相关|有关|分管|系统")


def padded_tokens(tokens: list[re.Match[str]]) -> list[Token] | None:
    """Tokens as names, two-character names padded to three for alignment ("周 涛 谭志明"):
    a run of single characters pairs up into names; an odd run is not a list of names."""
    out: list[Token] = []
    single: list[re.Match[str]] = []
    for t in [*tokens, None]:
        if t is not None and len(t.group()) == 1:
            single.append(t)
            continue
        if len(single) % 2:
            return None
        out += [(a.group() + b.group(), a.start(), b.end()) for a, b in zip(single[::2], single[1::2], strict=True)]
        single = []
        if t is not None:
            out.append((t.group(), t.start(), t.end()))
    return sorted(out, key=lambda e: e[1])


def is_post(text: str) -> bool:
    """A post written as one word ("区政府副区长"): ends like a post, is no person name."""
    return len(text) >= 2 and text[-1] in POST_END and not is_person_name(text)


def loose_name(text: str) -> bool:
    """A name that needs no known surname: 3-4 Han characters (transcribed names are
    seldom shorter; a two-character word is too often a unit's short name), nothing of a
    unit, a post or a description. Only where the layout says a name stands there."""
    name = clean_name(text)
    if not re.fullmatch(r"[\u4e00-\u9fff]{3,4}", name) or name in ROLE_WORDS:
        return False
    if name[-1] in _NOT_NAME_END or _DESCRIPTION.search(name):
        return False
    return not is_phrase(name)


def name_post_pairs(text: str, offset: int) -> list[Entry]:
    """"张三  副市长  李四  局长" or "副市长 张三  局长 李四": names and posts alternating,
    separated by spaces, at least two people."""
    tokens = list(re.finditer(r"\S+", text))
    merged = padded_tokens(tokens) if len(tokens) >= 4 else None
    if not merged or len(merged) % 2 or len(merged) < 4:
        return []
    for names, posts in ((merged[::2], merged[1::2]), (merged[1::2], merged[::2])):
        if all(is_person_name(n) for n, _, _ in names) and all(is_post(p) for p, _, _ in posts):
            return [(clean_name(n), p, offset + a, offset + b) for (n, a, b), (p, _, _) in zip(names, posts, strict=True)]
    return []


def loose_pair(body: str, offset: int) -> Entry | None:
    """"扎西顿珠　区政府副区长": one name and one post on a list line, the name without a
    known surname (transcribed names) but shaped like a name."""
    parts = list(re.finditer(r"\S+", body))
    if len(parts) != 2 or not is_post(parts[1].group()) or not loose_name(parts[0].group()):
        return None
    return parts[0].group(), parts[1].group(), offset + parts[0].start(), offset + parts[0].end()
