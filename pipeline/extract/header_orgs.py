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
    r"办公室|小组|工作组|调研组|课题组|调查组|公署|党组|支部|总支|工委|团委|妇联|科协|残联|文联|侨联|工会|基地|协会|学会|研究会)$"
)
# words of titles and sentences, never of a body's name
_NOT_NAME = re.compile(
    r"关于|举办|举行|召开|开展|启动|开幕|通知|活动周|暨|印发|的|“|《|\d|"
    r"走进|走近|在|我们|让|为了|喜迎|助力|点亮|绽放|飘|进社区|进校园"  # headline verbs, never in a name
)
# how a new body's name starts when two are glued together (besides a place name)
# ordinary words that end like a body's suffix (社会, 大会, 全部, 主办, 格局, 场所, 以…为中心)
_WORD_END = re.compile(
    r"(?:社会|大会|晚会|年会|例会|盛会|座谈会|推进会|研讨会|交流会|报告会|展示会|博览会|动员会|培训会|表彰会|"
    r"分享会|茶话会|运动会|全部|内部|局部|外部|主办|承办|协办|创办|开办|格局|布局|大局|结局|大厅|展厅|场所|"
    r"好处|益处|为中心|网站|门户)$"
)
# a campaign's own standing body: the campaign's name is part of the body's name
_CAMPAIGN_BODY = re.compile(r"[\u4e00-\u9fff]{2,}活动周(?:(?:组委会|组织委员会|领导小组|工作委员会)(?:办公室)?|办公室)$")
_NAME_START = re.compile(r"中共|中国|共青团|全国|国家|教育部")
_MEDIA = re.compile(r"网$|网站|报$|报社|日报|晚报|时报|电视台|广播|新闻|传媒|在线|微信|公众号|客户端|频道|杂志|融媒")


def is_org(name: str) -> bool:
    """A plausible issuing-body name: CJK, short, ending with an institutional suffix."""
    core = re.sub(r"[（(][^）)]{1,12}[）)]", "", name)
    if not 3 <= len(core) <= 30 or not re.fullmatch(r"[\u4e00-\u9fff]+", core):
        return False
    if _CAMPAIGN_BODY.search(core):  # `X市全民终身学习活动周领导小组办公室` names a body
        core = core.replace("活动周", "")
    return bool(ORG_SUFFIX.search(core)) and not _NOT_NAME.search(core) and not _WORD_END.search(core)


def is_media(name: str) -> bool:
    """A 来源 that names a media outlet (site, paper, station), not the author body."""
    return bool(_MEDIA.search(name))


# a seal mark printed after a signing body's name: `X局（盖章）`, `X局(章)`
_SEAL_MARK = re.compile(r"\s*[（(]\s*(?:盖章|印章|公章|签章|代章|章|印)\s*[)）]\s*$")
# the 文件 closing a letterhead, also spaced out with it (`X 局 文 件`)
_FILE_MARK = re.compile(r"文\s*件\s*$")


def pieces(line: str) -> list[str]:
    """Split a letterhead or signature line into name pieces, spacing, 文件 and seal marks removed."""
    line = _FILE_MARK.sub("", _SEAL_MARK.sub("", line.strip()))
    raw = [p for p in re.split(r"\s{2,}|\t|、|，|,", line) if p.strip()]
    merged: list[str] = []
    for part in raw:  # letters spaced by two or more blanks come back one by one
        if merged and len(part.strip()) == 1 and len(merged[-1].replace(" ", "")) < 12 and not is_org(merged[-1]):
            merged[-1] += part
        else:
            merged.append(part)
    return [n for p in merged for n in _spaced_names(_SEAL_MARK.sub("", _FILE_MARK.sub("", p.strip())))]


def _spaced_names(part: str) -> list[str]:
    """`A局 B局` (one blank between two bodies) -> [A局, B局]; `A 局` (a spaced name) -> [A局]."""
    words = part.split()
    if len(words) > 1 and all(is_org(w) and _opens_name(w) for w in words):
        return words
    return [re.sub(r"\s+", "", part)]


def _opens_name(word: str) -> bool:
    """A word that starts a body's full name (a place, 中共, 中国 …), not a unit of one (办公室)."""
    return bool(_NAME_START.match(word)) or word[0] in "省市县区镇乡" or gazetteer().match_at(word, 0) is not None


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
