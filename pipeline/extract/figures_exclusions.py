"""One notion: a counted number that is not a realised scale figure.

`figures_rules` reads quotas, ordinals and targets from the words next to a number. Reports,
news and interviews also state counts that describe no result of the campaign, in a few
grammatical shapes that recur across genres:

- planned or future work: a 将 / 拟 / 要 / 计划 verb earlier in the same sentence with no
  completion mark after it ("区里将…发放手册800册", "要办好…等9项活动");
- staffing: posts held full- or part-time ("仅有2名专职干事", "兼职教师15名");
- composition shares: the share a group of people makes of the participants ("青年学员占31%");
- followers of an account ("粉丝数达1.2万人");
- shortfalls: units counted because they fall short ("有4所学校场地不足");
- frequencies: how often a body meets ("每季度召开一次例会");
- research-method counts of a survey ("开展访谈17次", in a 调研 text);
- past honour tallies ("2015年以来已评出学习之星260名", "上届有4名学员获奖");
- growth rates ("年均增长8%", and the later items of "分别增长5%和9%").
Each check reads only the words around the number, never a particular document.
"""
from __future__ import annotations

import re

# A future or planned verb. 将近 is a hedge ("将近300人"); 将有 / 将在 announce the scale or
# reach of the event itself ("将有500人参加", "将在12个社区同步开展"); 拟推荐 / 拟入选 designate
# the listed (a 公示), as 将表彰 does; 主要/重要/需要/要求 are not verbs of intent.
_PLANNED = re.compile(
    r"将(?!近|有|在|表彰|授予|命名|颁发)|拟(?!(?:向[^，。；]{0,10})?(?:推荐|推选|评选|入选|入围|支持|命名|表彰|授予|认定|确定|列入))|"
    r"(?<![主重需只纲摘概])要(?![求点素闻])|计划|准备|打算"
)
# Marks that the clause tells what happened after all ("将…了", "已…").
_DONE = re.compile(r"了|已|共计|累计|当天|当日|期间共")


def is_planned(sentence: str, reported: bool) -> bool:
    """A 将 / 拟 / 要 / 计划 verb governs the number's sentence and nothing after it says
    the work was done: the count is of planned work, not a result. In news and summaries
    "活动周期间全区将开展…300余场" announces the week's own scale: 将 alone does not count there."""
    marks = [m for m in _PLANNED.finditer(sentence) if not (reported and m.group() == "将")]
    return bool(marks) and not _DONE.search(sentence[marks[-1].end():])


def breakdown_head(text: str, start: int, limit: int = 80) -> str:
    """The clause before "其中" when the number itemises a total ("计划招募60名，其中…30名"):
    the items share the total's status."""
    chunk = text[max(0, start - limit):start]
    at = chunk.rfind("其中")
    if at < 0 or re.search(r"[。；！？\n]", chunk[at:]):
        return ""
    head = chunk[:at]
    cut = max(head.rfind(ch) for ch in "。；！？\n")
    return head[cut + 1:]


# Posts held by staff: 专职 / 兼职 people, teachers and managers of a centre, 师资.
_STAFF = re.compile(r"(?:专职|兼职|专兼职)[\u4e00-\u9fff]{0,4}$|师资[\u4e00-\u9fff]{0,2}$|(?:管理员|管理人员)(?:的)?(?:仅有?|只有|有)?$")
_STAFF_AFTER = re.compile(r"^(?:专职|兼职|专兼职|管理员|管理人员|工作人员)")
_TRAINED = re.compile(r"培训|参训|轮训|进修|参加|参与")


def is_staff_count(before: str, after: str) -> bool:
    """"只有1名兼职管理员", "专职教师仅有5人", "配备兼职教师20名": a centre's staff, not
    participants ("培训兼职教师300人次" counts the trained)."""
    if _TRAINED.search(before):
        return False
    bare = re.sub(r"(?:仅有?|只有|共有|有|达|为|约|近)+$", "", before)
    return bool(_STAFF.search(bare) or _STAFF.search(before) or _STAFF_AFTER.match(after))


# A group of people as the subject of 占 ("老年学员占62%", "青年居民…仅占参与总人次的9%").
_PEOPLE_SHARE = re.compile(
    r"(?:学员|居民|群众|市民|人员|老人|老年人|青年|妇女|职工|人群|人次|人数)[^，。；]{0,10}占(?!比)|占(?!比)[^，。；]{0,6}(?:人次|人数|学员|居民)"
)


def is_composition_share(before: str, unit: str) -> bool:
    """The share a kind of people makes of a whole is a composition, not a result
    (a share of courses or of the population reached by the campaign stays)."""
    return unit == "%" and bool(_PEOPLE_SHARE.search(before)) and not re.search(r"覆盖|人口", before)


_FOLLOWERS = re.compile(r"(?:关注|粉丝|订阅|好友)(?:人数|数|量|用户)?(?:达到|达|超过|突破|共|为)?[^，。；]{0,3}$")


def is_follower_count(before: str) -> bool:
    """Followers of an account are an audience, not participants."""
    return bool(_FOLLOWERS.search(before))


_SHORTFALL = re.compile(r"不足|不够|偏小|偏少|短缺|紧张|缺乏|没有|未达")


def is_shortfall(after: str, unit: str) -> bool:
    """"有3个社区学校面积不足40平方米": units counted because they fall short."""
    return unit != "%" and bool(_SHORTFALL.search(after))


_FREQUENCY = re.compile(r"每(?:年|季度|季|半年|月|周|学期)(?:都|均|至少)?[\u4e00-\u9fff]{0,3}$")


def is_frequency(before: str, unit: str) -> bool:
    """"每季度开一次例会": how often something recurs by rule, not activities held."""
    return unit == "次" and bool(_FREQUENCY.search(before))


_METHOD = re.compile(r"座谈会?|访谈|问卷|走访|实地查看|抽样")


def is_method_count(before: str, after: str, context: str) -> bool:
    """Sessions and questionnaires of a survey ("召开座谈会9次" in a 调研 text) count the
    study's method, not the campaign's activities."""
    return "调研" in context and bool(_METHOD.search(before[-10:]) or _METHOD.match(after[:4]))


_PAST_SPAN = re.compile(r"以来|至今|迄今|历年|历届|去年|上年|上届|往年")
_HONOURED = re.compile(r"评选|评出|表彰|获奖|获评|荣获|命名|授予|被评为")


def is_past_tally(sentence: str, after: str) -> bool:
    """Honours over past years or of an earlier edition ("2010年以来累计表彰…160户",
    "去年…有2名选手获奖"): a tally of the past, not this campaign's scale."""
    span = _PAST_SPAN.search(sentence)
    if span is None:
        return False
    return bool(_HONOURED.search(sentence[span.end():]) or _HONOURED.search(after[:8]))


# "年均增长9%", "平均每年增加"; a list of changes: "分别增长5%和9%".
_GROWTH = re.compile(r"(?:年均|平均每年|每年平均|平均)(?:增长|增加|提高|递增)(?:了|约|近)?$")
_LIST_TAIL = re.compile(r"(?:[\d.]+[%％]?[和与及、])+$")
_CHANGE = re.compile(r"(?:比|较|同比|环比)[^，。；]{0,8}(?:增加|增长|新增|提高|减少|下降)(?:了|近|约|超过)?$")


def is_growth(before: str) -> bool:
    """A growth rate, also the later items of a list governed by one change verb."""
    head = _LIST_TAIL.sub("", before)
    return bool(_GROWTH.search(head) or (head != before and _CHANGE.search(head)))


# Bodies that make up an organising structure: "12个成员单位", "下设两个工作组".
_BODY_AFTER = re.compile(r"^(?:成员单位|工作(?:小)?组|专项(?:工作)?组|专班|职能小组)")


def is_body_count(after: str) -> bool:
    """Member units and working groups of an organising body ("成员单位负责同志出席"), unless
    the units themselves take part ("30个成员单位共同参与")."""
    return bool(_BODY_AFTER.match(after)) and not re.search(r"参与|参加", after)


def _sentence(text: str, pos: int, limit: int = 120) -> str:
    chunk = text[max(0, pos - limit):pos]
    cut = max(chunk.rfind(ch) for ch in "。；！？\n")
    return chunk[cut + 1:]


def is_unrealised(text: str, start: int, unit: str, before: str, after: str, reported: bool) -> bool:
    """True when the count at `start` describes no realised scale of the campaign (see the
    module docstring for the shapes); `reported`: the text is a news report or a summary."""
    sentence = _sentence(text, start)
    head = breakdown_head(text, start)
    if is_planned(sentence, reported) or (head and is_planned(head, reported)):
        return True
    if unit != "%" and (is_staff_count(before, after) or is_shortfall(after, unit) or is_body_count(after)):
        return True
    if is_composition_share(before, unit) or is_follower_count(before) or is_frequency(before, unit):
        return True
    if is_method_count(before, after, text[max(0, start - 300):start]) or is_past_tally(sentence, after):
        return True
    return is_growth(before)


# "名单（共30个）", "（12个）": an attachment label restating a count of the body.
_BRACKETED = re.compile(r"[（(]\s*(?:共|计|合计)?\s*$")


def is_restatement(text: str, start: int, earlier_what: str | None, what: str | None) -> bool:
    """A later mention of a count already given (same value and unit): in brackets after a
    list's label, or about the same thing ("社区学校64所" … "64所社区学校中")."""
    if _BRACKETED.search(text[max(0, start - 4):start]):
        return True
    a, b = (re.split(r"[“\"「《]", w or "")[0] for w in (earlier_what, what))  # a quoted title is no noun
    if min(len(a), len(b)) < 4:
        return len(a) >= 2 and len(b) >= 2 and (a in b or b in a)
    return any(a[i : i + 4] in b for i in range(len(a) - 3))  # "…共有社区学校" / "社区学校中"


# "2019年全县共开展活动210场、参与群众4.6万人次，今年力争…": a past year's totals given as the
# background of a requirement; the clause runs until the target for this year begins.
_PAST_TOTAL = re.compile(
    r"(?:^|[。；\n])[\s　]*(?:[（(][一二三四五六七八九十\d]+[)）]|\d+[.、．])?[\s　]*"
    r"(?:(?P<year>(?:19|20)\d{2})年|去年|上年|上一年)(?:度)?[^，。；\n]{0,10}"
    r"(?:共|累计|全年)[^。；\n]*?(?=，(?:今年|本年|力争|确保|争取|要|务必)|[。；\n]|$)"
)


def past_total_spans(text: str, sections: list[tuple[int, int]], year: int | None) -> list[tuple[int, int]]:
    """Clauses inside requirement sections that state an earlier year's realised totals:
    background figures, kept although the section's other numbers are rules or targets."""
    out: list[tuple[int, int]] = []
    for start, end in sections:
        for m in _PAST_TOTAL.finditer(text, start, end):
            past = m.group("year")
            if past is None or year is None or int(past) < year:
                out.append((m.start(), m.end()))
    return out


# A notice or plan announcing a selection to be held: "全市共评选20名左右", "评选出…家庭50户".
_SELECTING = re.compile(r"(?:评选|遴选|推选|评出|选出)[出]?[^，。；]{0,16}$")
# Marks that the selection already took place (a results notice, a past tally).
_SELECTED = re.compile(r"了|已|表彰|授予|命名|经(?:过)?[^，。；]{0,10}[评审议核]|现将|予以|以来|累计|先后|历年|去年|上年|届")


def is_planned_selection(sentence: str, before: str) -> bool:
    """In a notice or plan (the caller checks the genre), the count a selection verb governs
    is a quota of the selection to come, unless the sentence says it took place."""
    return bool(_SELECTING.search(before)) and not _SELECTED.search(sentence)
