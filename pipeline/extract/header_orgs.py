"""Organisation names as 公文 print them in letterheads, signature blocks and title prefixes.

Letterheads space names out for alignment (`常 州 市 教 育 局`), put several bodies on
one line separated by runs of spaces, append 文件, or glue two names together
(`X市文明办X市教育局`). These helpers turn such a line into clean body names.
"""
from __future__ import annotations

import re

from pipeline.normalize.regions import gazetteer

ORG_SUFFIX = re.compile(
    r"(?:部|办|局|厅|委|会|院|校|处|室|科|站|所|馆|社|中心|政府|大学|学院|学校|集团|公司|联合会|委员会|"
    r"办公室|小组|工作组|党组|支部|总支|工委|团委|妇联|科协|残联|文联|侨联|工会|基地|协会|学会|研究会)$"
)
# words of titles and sentences, never of a body's name
_NOT_NAME = re.compile(r"关于|举办|举行|召开|开展|启动|开幕|通知|活动周|暨|印发|的|“|《|\d")
# how a new body's name starts when two are glued together (besides a place name)
_NAME_START = re.compile(r"中共|中国|共青团|全国|国家|教育部")
_MEDIA = re.compile(r"网$|网站|报$|报社|日报|晚报|时报|电视台|广播|新闻|传媒|在线|微信|公众号|客户端|频道|杂志|融媒")


def is_org(name: str) -> bool:
    """A plausible issuing-body name: CJK, short, ending with an institutional suffix."""
    core = re.sub(r"[（(][^）)]{1,12}[）)]", "", name)
    if not 3 <= len(core) <= 30 or not re.fullmatch(r"[\u4e00-\u9fff]+", core):
        return False
    return bool(ORG_SUFFIX.search(core)) and not _NOT_NAME.search(core)


def is_media(name: str) -> bool:
    """A 来源 that names a media outlet (site, paper, station), not the author body."""
    return bool(_MEDIA.search(name))


def pieces(line: str) -> list[str]:
    """Split a letterhead or signature line into name pieces, spacing removed."""
    line = re.sub(r"文件$", "", line.strip())
    raw = [p for p in re.split(r"\s{2,}|\t|、|，|,", line) if p.strip()]
    merged: list[str] = []
    for part in raw:  # letters spaced by two or more blanks come back one by one
        if merged and len(part.strip()) == 1 and len(merged[-1].replace(" ", "")) < 12 and not is_org(merged[-1]):
            merged[-1] += part
        else:
            merged.append(part)
    return [re.sub(r"\s+", "", re.sub(r"文件$", "", p.strip())) for p in merged]


def split_glued(name: str) -> list[str]:
    """`A局B局` -> [A局, B局] where B starts with a place name or 中共 and both are bodies."""
    g = gazetteer()
    for i in range(3, len(name) - 2):
        left, right = name[:i], name[i:]
        starts = bool(_NAME_START.match(right)) or g.match_at(name, i) is not None
        if starts and is_org(left) and is_org(right):
            return [left, *split_glued(right)]
    return [name]


def org_line(line: str) -> list[str]:
    """The body names of a line made only of body names (else [])."""
    names: list[str] = []
    for part in pieces(line):
        if not is_org(part):
            return []
        names.extend(split_glued(part))
    return names


# what a title may drop before a body's name that the signature writes out
_NATION = re.compile(r"中华人民共和国|中国")


def same_body(a: str, b: str) -> bool:
    """Equal names, or one the abbreviated repeat of the other (区文化馆 ~ 某区文化馆,
    教育部 ~ 中华人民共和国教育部)."""
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    if not long_.endswith(short):
        return False
    return len(short) >= 4 or bool(_NATION.fullmatch(long_[: -len(short)]))
