"""Cutting a run of unit names into single organisations, with their offsets.

Official documents list organising units separated by 、，； or joined by 和/及/与. The
conjunctions also occur inside names (住房和城乡建设局, 社区教育与职业培训指导中心),
so a run is cut at a conjunction only when every side is itself a unit name. A unit name
is recognised by the suffix every Chinese organisation carries (局, 委员会, 学校, 中心 …);
generic plurals (各县区…, 有关单位) are dropped because they name nobody in particular.
"""
from __future__ import annotations

import re

Span = tuple[str, int, int]

ORG_SUFFIX = re.compile(
    r"(?:局|厅|委|会|协|部|办|院|校|大学|中心|府|室|处|馆|台|所|站|社|团|司|队|联|园|厂|公司|集团|"
    r"学会|协会|基地|联盟|中专|小学|中学|幼儿园|科|署|组|报|网|宫|村|社区|街道|党校|组织|银行|分行|支行|"
    r"区|县|市|镇|乡|旗)$"
)
# A unit written elliptically by its area ("新区", "某县") is a name; "我市", "该区" are not.
_DEICTIC = re.compile(r"^(?:我|该|此|这|那|两|多|城|辖|小|景|园|校|地)[区县市镇乡旗]$|^[区县市镇乡旗]$")
# "现商请贵院协办": a request to the addressee ("贵院", "你校"), not a unit's name; "XX社区学院",
# "××局": a template's placeholder names nobody.
_NOT_A_NAME = re.compile(
    r"商请|恳请|敬请|邀请|^(?:现|特|兹)?请|(?:^|请)(?:贵|你|您)(?:院|校|单位|局|会|中心|馆|所|部门|司|处|站|社|协会)$"
    r"|(?<![A-Za-z])[XxＸｘ×＊*]+(?![A-Za-z])"
)
_TRAILING_PAREN = re.compile(r"[（(][^（()）]*[)）]$")
# "辖区各社区", "区内各学校": a plural under a locative prefix is generic too.
_GENERIC_START = re.compile(r"^(?:(?:辖区|区域|[区市县镇乡]内|境内)?各|有关|相关|其他|其它|部分|全[市区县省镇]|所有|本[市区县])")
_BAD_CHARS = re.compile(r"[的了着从到把被是。：:“”\"《》？！!?\t]")
# 都 as an adverb ("都要", "都是"); elsewhere it is a character of a place name (于都, 都匀).
_ADVERB_DOU = re.compile(r"都(?:是|要|在|有|能|会|可|已|不|没|将|得|把|被|为|参|积|进|来|去|对|很|非|十|应)")
_TAIL = re.compile(r"(?:等[一二三四五六七八九十两\d]*[个家所]?(?:单位|部门|机构|组织)?)$")
_LEAD = re.compile(r"^(?:由|和|及|以及|与|并|联合|共同)")
_LIST_NUMBER = re.compile(r"^(?:\d+[.、．]|[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、)\s*")
_ROLE_END = re.compile(r"(?:主办|承办|协办|举办|合办)$")
_SEPARATORS = "、，,；;"
# "某开放大学（Open University of X）": a foreign-language gloss, not part of the name.
_GLOSS = re.compile(r"\s*[（(][A-Za-z][A-Za-z .,&'’-]*[)）]$")
_SPACES = re.compile(r"[ \u3000]+")
_CONJ = re.compile(r"以及|和|及|与|暨")


def is_org_name(name: str) -> bool:
    """A specific organisation: short, no sentence material, ends in a unit suffix."""
    if not 2 <= len(name) <= 40 or _GENERIC_START.match(name) or _DEICTIC.match(name) or _NOT_A_NAME.search(name):
        return False
    masked = _places_masked(name)
    if _BAD_CHARS.search(masked) or _ADVERB_DOU.search(masked):
        return False
    core = _TRAILING_PAREN.sub("", name).strip()
    if _ROLE_END.search(core):  # "A主办" is a clause, not a unit
        return False
    return len(core) >= 2 and bool(ORG_SUFFIX.search(core))


def _places_masked(name: str) -> str:
    """The name with its place names blanked: 都/到 are sentence words, but also the
    characters of division names (cpca's dataset) such as 于都县."""
    from pipeline.normalize.regions import gazetteer  # lazy: loads the division dataset

    for m in gazetteer().scan(name):
        name = name[: m.start] + "地" * (m.end - m.start) + name[m.end :]
    return name


def is_generic(name: str) -> bool:
    """Plural or vague units (各县区…, 有关单位, …等) that name nobody."""
    return bool(_GENERIC_START.match(name)) or name.endswith("等") or "单位" in name[-2:]


def top_level_cuts(text: str, seps: str) -> list[tuple[int, int]]:
    """(start, end) pieces of `text` cut at separators outside brackets."""
    pieces: list[tuple[int, int]] = []
    depth, start = 0, 0
    for i, ch in enumerate(text):
        if ch in "（(":
            depth += 1
        elif ch in "）)":
            depth = max(0, depth - 1)
        elif ch in seps and depth == 0:
            pieces.append((start, i))
            start = i + 1
    pieces.append((start, len(text)))
    return pieces


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink [start, end) past spaces, leading conjunctions and trailing 等N个单位."""
    while start < end and text[start] in " \t":
        start += 1
    while end > start and text[end - 1] in " \t。.":
        end -= 1
    number = _LIST_NUMBER.match(text[start:end])
    if number:
        start += number.end()
    lead = _LEAD.match(text[start:end])
    if lead and is_org_name(text[start + lead.end():end]):
        start += lead.end()
    tail = _TAIL.search(text[start:end])
    if tail and tail.start() > 0:
        end = start + tail.start()
    gloss = _GLOSS.search(text[start:end])
    if gloss and gloss.start() > 0:
        end = start + gloss.start()
    return start, end


def _split_spaces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cut a piece at runs of spaces when every part is a unit name: label lines often
    set names apart with spaces ("主办单位：A区教育局　A区文明办") instead of 、."""
    cuts = [(start, start)] + [(start + m.start(), start + m.end()) for m in _SPACES.finditer(text[start:end])]
    parts = [(cuts[i][1], cuts[i + 1][0] if i + 1 < len(cuts) else end) for i in range(len(cuts))]
    if len(parts) > 1 and all(is_org_name(text[a:b]) for a, b in parts):
        return parts
    return [(start, end)]


def _split_conjunction(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cut a piece at 和/及/与 when every side is a unit name (the later ones may be generic
    plurals, "A和辖区各社区", dropped by the caller), else keep it whole."""
    piece = text[start:end]
    for m in _CONJ.finditer(piece):
        left, right = (start, start + m.start()), (start + m.end(), end)
        if is_org_name(text[left[0]:left[1]]):
            rest = _split_conjunction(text, *right)
            if all(is_org_name(text[a:b]) or _GENERIC_START.match(text[a:b]) for a, b in rest):
                return [left, *rest]
    return [(start, end)]


def split_names(text: str, offset: int = 0) -> list[Span] | None:
    """Unit names in a run, or None when some piece is neither a name nor generic.

    Returning None lets callers reject a clause that only looks like a list of units.
    """
    out: list[Span] = []
    for a, b in top_level_cuts(text, _SEPARATORS):
        a, b = _trim(text, a, b)
        if a >= b:
            continue
        pieces = _split_spaces(text, a, b)
        for c, d in (p for piece in pieces for p in _split_conjunction(text, *piece)):
            name = text[c:d]
            if is_org_name(name):
                out.append((name, offset + c, offset + d))
            elif not is_generic(name):
                return None
    return out
