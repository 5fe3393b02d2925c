"""Person names in contact lines: "联系人：赵某某、钱某某", "孙老师", "吴某某（单位）".

A contact name in a Chinese official document is a surname plus one or two given
characters, or a surname plus a courtesy title (老师, 先生, 女士). Checking the surname
against the common-surname inventory keeps table headers ("联系人  联系电话") and
role words from being read as people. Letterhead-style spacing inside a name
("吴 某", "郑   某") is allowed and removed from the value.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# The common single-character surnames (百家姓 and modern frequency lists), simplified.
SINGLE_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖萧田董袁潘于蒋蔡余杜叶程苏"
    "魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚"
    "邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘"
    "祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾"
    "尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师"
    "和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳"
    "谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门"
    "云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈"
    "湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由"
    # the rest of the 百家姓 singles that start no common word ("水", "通", "东" … are left out)
    "昌凤酆贝贲洪钮滑荀羿汲邴糜隗宓蓬郗钭韶蓟鄂赖苍莘贡逄郦郤璩濮郏宦庾暨殳蔚夔厍訾乜蒯竺桓弘巢毋"
)
COMPOUND_SURNAMES = frozenset(
    "欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 令狐 长孙 宇文 司徒 夏侯 轩辕 端木 独孤 南宫 西门 "
    "呼延 澹台 闻人 申屠 太史 钟离 濮阳 赫连 拓跋 万俟 第五".split()
)
TITLES = ("老师", "先生", "女士")

# Words that sit where a name would but are labels or roles, never people.
_NOT_NAME_PARTS = re.compile(
    r"电话|联系|邮箱|邮件|单位|方式|地址|传真|手机|办公|中心|学校|部门|科室|负责|姓名|职务|时间|老年|社区|"
    r"教育|学院|委员|主任|处长|科长|局长|校长|组长|成员|以上|以下|同上|同志"
)

# Last characters of place and body names ("高新区", "林业局"), which never end a person's name.
_PLACE_OR_BODY_ENDINGS = frozenset("区县市镇乡村街路局处科室校院馆站所部厅委办省州")

# One name: optional spaces between its characters (letterhead spacing).
NAME_PATTERN = r"[\u4e00-\u9fff](?: {0,3}[\u4e00-\u9fff]){1,3}"
_TITLED = re.compile(rf"(?:[\u4e00-\u9fff]{{1,2}})(?:{'|'.join(TITLES)})")


@dataclass(frozen=True)
class NameSpan:
    """A person's name found in a line: the value (spaces removed) and its offsets."""

    name: str
    start: int
    end: int


def has_surname(name: str) -> bool:
    """True when the name starts with a known single or compound surname."""
    return name[:2] in COMPOUND_SURNAMES or name[:1] in SINGLE_SURNAMES


def is_person_name(raw: str) -> bool:
    """A surname plus 1-2 given characters, or a surname plus a courtesy title."""
    name = raw.replace(" ", "")
    if _NOT_NAME_PARTS.search(name) or name[-1] in _PLACE_OR_BODY_ENDINGS:
        return False
    if _TITLED.fullmatch(name):
        return has_surname(name) and len(name) - 2 <= (2 if name[:2] in COMPOUND_SURNAMES else 1)
    if name[:2] in COMPOUND_SURNAMES:
        return 3 <= len(name) <= 4
    return name[:1] in SINGLE_SURNAMES and 2 <= len(name) <= 3


# An optional phone label between a name and its number: "张老师，电话：8…", "刘某 手机 13…".
_PHONE_LABEL = r"(?:[，,]?[ \t]*(?:联系)?(?:电\s*话|手\s*机|Tel|TEL|tel))?"
# Names in a list are joined by 、，/ 和 及, or only by spaces ("联系人：甲某 乙某"): a space run is a
# separator only when a whole name follows it (checked by the caller).
_SEPARATOR = re.compile(r"\s*(?:[、，,/；;]|和|及)\s*|[ \t\u3000]+")


def _name_at(line: str, pos: int) -> NameSpan | None:
    """The longest valid name starting at `pos` (a name may be glued to what follows)."""
    for length in range(min(4, len(line) - pos), 1, -1):
        raw = _spaced_slice(line, pos, length)
        if raw and is_person_name(raw) and _ends_name(line, pos + len(raw)):
            return NameSpan(raw.replace(" ", ""), pos, pos + len(raw))
    return None


def _spaced_slice(line: str, pos: int, chars: int) -> str | None:
    """`chars` Han characters from `pos`, allowing up to three spaces between them."""
    m = re.match(rf"[\u4e00-\u9fff](?: {{0,3}}[\u4e00-\u9fff]){{{chars - 1}}}", line[pos:])
    return m.group() if m else None


# Posts written right after a contact's name ("赵某科长"), or after a bare surname ("赵主任").
_RANKS = "科长|处长|局长|主任|部长|院长|校长|所长|站长|馆长|书记|干事|经理"


def _ends_name(line: str, end: int) -> bool:
    """A name ends at a separator, bracket, digit, label or the end of the line."""
    rest = line[end:]
    return not rest or bool(
        re.match(rf"[\s、，,；;/：:（()）\d。.|｜]|和|及|同志|老师|先生|女士|{_RANKS}|电话|手机|联系|邮箱|Tel|TEL|tel", rest)
    )


# Names of minority nationalities are transliterated (Mongolian, Tibetan, Uyghur …): no Han
# surname, a run of four to seven characters, or two parts joined by a middle dot (written
# ·, •, ・ or ‧). Only a whole run right after a 联系人 label is read so: the label makes it
# a person. The dotted form is tried first, so that its first part is not taken alone.
_DOT = "·•・‧"
_TRANSLITERATED = (
    re.compile(rf"[\u4e00-\u9fff]{{2,7}}[{_DOT}][\u4e00-\u9fff]{{2,7}}"),
    re.compile(r"[\u4e00-\u9fff]{4,7}"),
)
# Last characters of bodies a long run may name instead ("老年大学", "志愿服务队", "某某公司").
_OTHER_BODY_ENDINGS = frozenset("学园队团社司厂行台报网群")
_NOT_A_PERSON = re.compile(
    r"人员|工作|待定|本人|相关|有关|详见|备注|签字|签名|盖章|说明|序号|类别|名称|科员|干事|通知|另行|确定|附件|各|等|的|年|月|日|及|和|或"
)


def transliterated_name(line: str, pos: int) -> NameSpan | None:
    """A whole run of 4-7 characters (or two parts joined by a middle dot) after a label,
    ended by a separator, that reads as no unit, label or role."""
    for pattern in _TRANSLITERATED:
        m = pattern.match(line, pos)
        if m and _ends_name(line, m.end()):
            return _as_transliterated(m.group(), pos)
    return None


def _as_transliterated(raw: str, pos: int) -> NameSpan | None:
    """The run as a name unless a unit, label or role word gives it away."""
    if _NOT_NAME_PARTS.search(raw) or _NOT_A_PERSON.search(raw):
        return None
    if raw[-1] in _PLACE_OR_BODY_ENDINGS or raw[-1] in _UNIT_ENDINGS or raw[-1] in _OTHER_BODY_ENDINGS:
        return None
    return NameSpan(raw, pos, pos + len(raw))


# A name typeset letter-spaced to the width of a three-character one ("央 金", "达　娃"): two
# single characters with spaces between them. Read without a surname only after a label.
_SPACED_PAIR = re.compile(r"[\u4e00-\u9fff][ \u3000]{1,3}[\u4e00-\u9fff](?![\u4e00-\u9fff])")


def spaced_pair(line: str, pos: int) -> NameSpan | None:
    """A letter-spaced two-character name at `pos` that reads as no label or role word."""
    m = _SPACED_PAIR.match(line, pos)
    if m is None or not _ends_name(line, m.end()):
        return None
    found = _as_transliterated(re.sub(r"[ \u3000]", "", m.group()), pos)
    return NameSpan(found.name, pos, m.end()) if found else None


# A bracketed unit after a name ("其木格（某旗教育局职成股）"): the bracket says the run
# before it is a person, so a two- or three-character name without a Han surname is read.
_UNIT_BRACKET = re.compile(r"[（(][^（()）\n]{1,20}?(?:局|处|科|股|室|院|校|部|会|站|馆|所|组|办|中心|委|厅|社区|街道)[)）]")


def plausible_name(raw: str) -> bool:
    """A cell under a 联系人 column header: 2-4 characters (or two dotted parts, or a surname
    and a courtesy title) that read as no unit, label or role; the header vouches for a
    person, so no common surname is needed."""
    if _TITLED.fullmatch(raw):
        return len(raw) <= 5 and _as_transliterated(raw[:-2], 0) is not None
    shaped = re.fullmatch(r"[\u4e00-\u9fff]{2,4}", raw) or _TRANSLITERATED[0].fullmatch(raw)
    return bool(shaped) and _as_transliterated(raw, 0) is not None


def _bracketed_unit_name(line: str, pos: int) -> NameSpan | None:
    """A 2-3 character run right before a bracketed unit, unless it reads as a unit or role."""
    m = re.compile(r"[\u4e00-\u9fff]{2,3}").match(line, pos)
    if m is None or not _UNIT_BRACKET.match(line, m.end()):
        return None
    return _as_transliterated(m.group(), pos)


def names_after(line: str, pos: int) -> list[NameSpan]:
    """The names listed from `pos` on: "赵某某、钱某某", "孙老师", "吴 某（单位）"."""
    out: list[NameSpan] = []
    while pos < len(line):
        while pos < len(line) and line[pos] in " \t":
            pos += 1
        span = _name_at(line, pos)
        if span is None and not out:
            span = _name_after_unit(line, pos) or _surname_and_post(line, pos) or _bracketed_unit_name(line, pos)
        if span is None:
            span = transliterated_name(line, pos) or spaced_pair(line, pos)
        if span is None:
            break
        out.append(span)
        pos = _skip_bracket(line, span.end)
        sep = _SEPARATOR.match(line, pos)
        if not sep or sep.end() == pos:
            break
        pos = sep.end()
    return out


_SURNAME_AND_POST = re.compile(rf"(?:{'|'.join(sorted(COMPOUND_SURNAMES))}|[\u4e00-\u9fff])(?:{_RANKS})")


def _surname_and_post(line: str, pos: int) -> NameSpan | None:
    """"联系人：赵主任": a surname with a post stands for the person, as 赵老师 does."""
    m = _SURNAME_AND_POST.match(line, pos)
    if m is None or not has_surname(m.group()) or not _ends_name(line, m.end()):
        return None
    return NameSpan(m.group(), pos, m.end())


# Last characters of a unit written before a person's name ("职成处", "社区学院", "指导中心").
_UNIT_ENDINGS = frozenset("局处科室股院校部会站馆所组办心联委")


def _name_after_unit(line: str, pos: int) -> NameSpan | None:
    """"联系人：市某局某科 刘某": a unit name, a space, then the person; or the unit glued
    to the name ("市某局职成处刘某"): a cut after a body's last character."""
    m = re.match(r"[^\s，,；;：:]{2,20}[ \t]+", line[pos:])
    if m:
        after = pos + m.end()
        span = _name_at(line, after)
        if span is None and m.group().rstrip()[-1] in _UNIT_ENDINGS:  # "某厅职成处 扎西多吉"
            span = transliterated_name(line, after) or spaced_pair(line, after)
        return span
    unit = re.match(r"[\u4e00-\u9fff]{2,20}", line[pos:])
    for cut in range(pos + 2, pos + (unit.end() if unit else 0) - 1):
        if line[cut - 1] in _UNIT_ENDINGS and (span := _name_at(line, cut)) is not None:
            return span
    return None



# "联系人：赵某139… 市某办：钱某": a second person of the same contact line, introduced by
# their unit and a colon instead of another 联系人 label.
_UNIT_LABEL = re.compile(r"(?<=[\s，,；;、\d)）])(?P<unit>[\u4e00-\u9fff]{2,12})[：:][ \t]*")


def unit_labelled_names(line: str, start: int) -> list[NameSpan]:
    """Names after a unit-and-colon label from `start` on (the rest of a 联系人 line); a
    label word (电话, 邮箱, 地址 …) is no unit."""
    out: list[NameSpan] = []
    for m in _UNIT_LABEL.finditer(line, start):
        unit = m.group("unit")
        if unit[-1] in _UNIT_ENDINGS and not re.search(r"电话|邮箱|地址|传真|手机|方式|单位", unit):
            out.extend(names_after(line, m.end()))
    return out


def _skip_bracket(line: str, pos: int) -> int:
    """Skip a bracketed unit or post after a name: "万某某（市某中心）"."""
    m = re.match(r"\s*[（(][^（()）]{1,30}[)）]", line[pos:])
    return pos + m.end() if m else pos


def titled_names(line: str) -> list[NameSpan]:
    """Surname + courtesy title glued to or just before a phone: "赵老师12345678"."""
    out: list[NameSpan] = []
    titled = rf"([\u4e00-\u9fff]{{1,2}}(?:{'|'.join(TITLES)}))(?={_PHONE_LABEL}\s*[:：，,]?\s*[(（]?\d)"
    bracketed = rf"(?<=\d)\s*[（(]([\u4e00-\u9fff]{{1,2}}(?:{'|'.join(TITLES)}))[)）]"  # "8…（刘老师）"
    for m in [*re.finditer(titled, line), *re.finditer(bracketed, line)]:
        raw = _longest_titled(m.group(1))
        if raw:
            start = m.end(1) - len(raw)
            out.append(NameSpan(raw, start, m.end(1)))
    return out


def _longest_titled(raw: str) -> str | None:
    """'校本部赵老师' is not a name but its tail '赵老师' is."""
    for tail in (raw, raw[-3:]):
        if is_person_name(tail):
            return tail
    return None


_NAME_BEFORE = re.compile(
    rf"(?:^|(?<=[\s，,；;、:：]))(?P<name>{NAME_PATTERN})(?:[（(][^（()）]{{1,30}}[)）])?"
    rf"{_PHONE_LABEL}[ \t\u3000]*[:：，,]?[ \t\u3000]*$"
)


def name_before(line: str, pos: int) -> NameSpan | None:
    """The name written just before a phone in a contact line: "…；赵某 139…"."""
    m = _NAME_BEFORE.search(line[:pos])
    if not m:
        return None
    raw = m.group("name")
    for cut in range(len(raw)):  # the name may follow a word: take the longest valid tail
        tail = raw[cut:]
        if tail[0] != " " and is_person_name(tail):
            return NameSpan(tail.replace(" ", ""), m.start("name") + cut, m.end("name"))
    return None
