"""When a counted number is NOT a participation or scale figure.

Documents about the campaign are full of numbers with counting units that are not
results: quotas and targets in notices ("各市推荐1～2位", "每校至少开设一门"), ordinals
("第8个"), counts of the bodies that organise ("六个部门联合主办"), numbers inside quoted
titles and slogans ("“四个一”活动"), durations ("3个工作日"), and criteria in rules
sections ("满意度达80%以上" under a 标准 heading). Each rule reads only the genre's
wording around the number, never a particular document.
"""
from __future__ import annotations

import re
from functools import lru_cache

CLAUSE_BREAK = "，。；：！？,;:!?\n\t"

# Verbs that set a quota or target when the number follows them without 了/出 (a result).
QUOTA_WORDS = re.compile(
    r"推荐|推选|遴选|评选|选拔|选送|报送|申报|限报|上报|计划|力争|争取|预计|确保|至少|不少于|不超过|"
    r"不多于|不低于|最多|控制在|原则上|须|应当|每|名额|指标|一式"
)
RESULT_MARK = re.compile(r"[了出]|表彰|授予|命名")
FUTURE_MARK = re.compile(r"将|拟举办|拟开展|要|每")
# "…张三等10名同志", "…等6个项目": a count closing a list of named items is a result, never a quota.
LIST_CLOSER = re.compile(r"等\s*$")
# "共推荐候选人586名", "已累计遴选项目86个": a total or a completed selection is a result.
DONE_ADVERB = re.compile(r"(?:已|共|累计|共计|合计|总计|先后)$")
# Selection verbs only; in a summary or news report they tell what was done ("推荐…5名参加评选").
SELECTION_WORDS = frozenset({"推荐", "推选", "遴选", "评选", "选拔", "选送", "报送", "申报", "上报"})

# Nouns after 个/项 that make the count abstract or a duration ("四个要求", "3个工作日").
ABSTRACT_NOUNS = re.compile(
    r"^(?:月|工作日|小时|星期|学期|季度|年度|字|百分点|方面|要求|一|重点|环节|阶段|层次|层面|维度|步骤|原则|"
    r"坚持|结合|统筹|目标|任务|意识|理念|问题|特点|亮点|关键|转变|作用|部分|板块|领域|体系|机制|途径|渠道|"
    r"载体|模块|时段|周期|方向|优势|抓手|全面|自信|维护|确立|必须|务必|倾斜|突出|着力|注重|措施|举措|"
    r"性|别|体户|人信息|基本|核心|维度|指标|层级|级别|文明|效益|名额|多(?:月|小时|星期)|半(?:月|小时))"
)
# Characters after a unit that show the "unit" is the first character of another word
# (家庭, 门户, 本市, 场所, 所有, 次日, 位置, 名额, 人民 ...).
WORD_CONTINUATIONS: dict[str, str] = {
    "家": "庭长乡居具务属电政园风训",
    "门": "户口票店诊类槛",
    "本": "市地区县届次单人身科级土部期年月轮着",
    "场": "所馆地景合面域",
    "所": "有以在属得需谓述称长",
    "次": "日年数序要",
    "位": "数置于列居",
    "名": "单称义额字次录",
    "人": "民大才文格们口力工",
    "户": "口籍外型主头",
    "份": "额子",
    "张": "贴扬罗",
    "讲": "话座解课述堂师授究",
}

# Nouns that name who organises: such counts are of organizers, not participants.
ORGANIZER_WORDS = re.compile(
    r"主办|承办|协办|联办|牵头|指导单位|发文|印发|联合举办|共同举办|(?:共同|联合)(?:支持|发起)|支持单位"
)
# Government departments counted are the bodies that organise ("会同…等12个部门成立组委会").
DEPARTMENT_NOUN = re.compile(r"^(?:职能)?部门|^委办局|^(?:市|区|县)?直(?:部门|单位)")

# Section headings whose content states rules, criteria or targets, not results.
_HEADING = re.compile(r"^\s*#*\s*(?:[一二三四五六七八九十]+\s*[、.．]|第[一二三四五六七八九十]+[章条部分])")
# 下一步/打算/展望 sections of summaries state next year's targets, not results.
_NORM_HEADING = re.compile(r"标准|条件|要求|办法|细则|目标|指标|规则|须知|名额|下一步|打算|展望|今后")


def clause_before(text: str, pos: int, limit: int = 30) -> str:
    """Text of the clause that ends at `pos` (back to the last clause break)."""
    start = max(0, pos - limit)
    chunk = text[start:pos]
    cut = max(chunk.rfind(ch) for ch in CLAUSE_BREAK)
    return chunk[cut + 1:]


def noun_after(text: str, pos: int, limit: int = 12) -> str:
    """The words after a unit, up to the next clause break or bracket-free stop."""
    m = re.match(rf"[^，。；：！？,;:!?\n\t、]{{0,{limit}}}", text[pos:])
    return m.group().strip() if m else ""


def is_quota(before: str, reported: bool = False) -> bool:
    """A quota or target verb governs the number: "推荐1～2位", "至少举办" (not "推荐认定了",
    not "评选表彰…20名", not "拟推荐甲、乙等10名": a list closed by 等N counts named items;
    not "共推荐…586名", "已累计遴选…86个": totals). In a `reported` text (a summary or news
    report) a bare selection verb tells what was done; target words still set a quota."""
    if LIST_CLOSER.search(before):
        return False
    last = None
    for m in QUOTA_WORDS.finditer(before):
        last = m
    if last is None or DONE_ADVERB.search(before[:last.start()]):
        return False
    targets = [m.group() for m in QUOTA_WORDS.finditer(before) if m.group() not in SELECTION_WORDS]
    if reported and not targets and not FUTURE_MARK.search(before):
        return False
    tail = before[last.end():]
    return not (RESULT_MARK.search(tail) and not FUTURE_MARK.search(before))


def is_range_end(text: str, start: int) -> bool:
    """The number is the end of a range ("1～2位", "3至5个"): ranges are quotas."""
    return bool(re.search(r"[\d一二两三四五六七八九十][～~\-—–至到]$", text[max(0, start - 3):start]))


def is_ordinal(before: str, chinese: bool = False) -> bool:
    """第N / 前N / 后N / 每N: a position or a rate, not a count; 数十/几十: vague."""
    return bool(re.search(r"(?:第|前|后|每|首|末|数|几|若干)$" if chinese else r"(?:第|前|后|每|首|末)$", before))


def is_organizer_count(after: str) -> bool:
    """"六个部门联合主办", "7个主办单位": the count of organising bodies."""
    return bool(ORGANIZER_WORDS.search(after[:12]) or DEPARTMENT_NOUN.match(after))


# Things set up or shown at an event, not people, activities or units: booths, stands, boards, acts.
FIXTURE_NOUNS = "展位|摊位|摊点|展台|展板|展架|展区|咨询台|服务台|节目|帐篷"
_FIXTURE_BEFORE = re.compile(rf"(?:{FIXTURE_NOUNS})(?:共|达|约|近|逾|超过?)?$")
_FIXTURE_AFTER = re.compile(rf"^(?:{FIXTURE_NOUNS})")


def is_fixture_count(before: str, after: str) -> bool:
    """"设置展位40个", "40个展位", "表演节目12个": equipment of the event, not its scale."""
    return bool(_FIXTURE_BEFORE.search(before) or _FIXTURE_AFTER.match(after))


def is_abstract(unit: str, after: str) -> bool:
    """"四个要求", "3个工作日", "两个一", "3家庭": no participants, units or activities counted."""
    if unit in ("个", "项") and ABSTRACT_NOUNS.match(after):
        return True
    return bool(after) and after[0] in WORD_CONTINUATIONS.get(unit, "")


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Spans inside short quotes or book-title marks, where numbers belong to a name."""
    spans: list[tuple[int, int]] = []
    for m in re.finditer(r"“[^“”\n]{1,30}”|《[^《》\n]{1,60}》|「[^「」\n]{1,30}」|\"[^\"\n]{1,30}\"", text):
        spans.append((m.start(), m.end()))
    return spans


def inside(spans: list[tuple[int, int]], pos: int) -> bool:
    return any(a < pos < b for a, b in spans)


# "存在问题及下一步打算": a section that first reports results; its targets are caught by
# the target words of their own sentences.
_MIXED_HEADING = re.compile(r"问题|不足|困难")


def norm_section_lines(lines: list[tuple[int, str]]) -> list[tuple[int, int]]:
    """(start, end) offsets of sections under a numbered heading about rules or criteria."""
    out: list[tuple[int, int]] = []
    current: int | None = None
    for offset, line in lines:
        if _HEADING.match(line):
            if current is not None:
                out.append((current, offset))
                current = None
            if _NORM_HEADING.search(line) and not _MIXED_HEADING.search(line):
                current = offset
    if current is not None and lines:
        out.append((current, lines[-1][0] + len(lines[-1][1])))
    return out


# "人均参与2.3次", "年均开展120场", "平均每场80人": a rate per person, year or event, not a count.
_RATE_MARK = re.compile(r"(?:人|年|月|日|户|场|校|次|期)均|平均")
def is_rate(before: str, unit: str) -> bool:
    """An average ("人均…2.3次"); percentages keep their meaning and stay."""
    return unit != "%" and bool(_RATE_MARK.search(before))


REFERENTIAL = re.compile(r"(?:上述|以上|下列|如下|前述|这|该|此|其)$")


def is_referential(before: str) -> bool:
    """"以上四份表格", "这两个": a reference to items listed elsewhere, not a count."""
    return bool(REFERENTIAL.search(before))


@lru_cache(maxsize=1)
def _numeral_place_names() -> tuple[str, ...]:
    """Administrative names (cpca's adcodes) that begin with a numeral, full and short
    forms ("七台河市", "七台河"): "七台河" is a city, not seven 台."""
    import csv
    import os

    import cpca  # lazy: only its data file is needed

    path = os.path.join(os.path.dirname(cpca.__file__), "resources", "adcodes.csv")
    names: set[str] = set()
    with open(path, encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            name = row["name"]
            if name and name[0] in "一二三四五六七八九十两百千万":
                names.add(name)
                names.add(re.sub(r"(?:自治[州县旗]|[省市县区州盟旗])$", "", name))
    return tuple(sorted(n for n in names if len(n) >= 2))


def starts_place_name(text: str, start: int, end: int) -> bool:
    """A place name starts at the numeral and runs past the matched unit."""
    return any(
        text.startswith(name, start) and start + len(name) > end for name in _numeral_place_names()
    )


# Posts of an office or a leading group: "办公室设主任1名、副主任2名", "配备专职干事3名".
_POSTS = r"(?:常务)?副?(?:主任|组长|秘书长|局长|处长|科长|所长|校长|院长)|干事|联络员|专干|秘书|专职人员|兼职人员"
_POST_BEFORE = re.compile(rf"(?:{_POSTS})(?:各|共)?$")
_POST_AFTER = re.compile(rf"^(?:{_POSTS}|工作人员)")
_STAFFING_VERB = re.compile(r"下设|内设|设有|另设|均设|各设|设置|设立|配备|配齐|核定|编制|(?<![建假开增预陈])设(?![计施备想])")


def is_staffing(sentence: str, before: str, after: str) -> bool:
    """"办公室设主任1名，副主任9名", "配备2名专职干事": the posts of an office set in a
    sentence that staffs it are a quota ("60名校长参加培训" counts people)."""
    post = _POST_BEFORE.search(before) or _POST_AFTER.match(after)
    return bool(post) and bool(_STAFFING_VERB.search(sentence))


# "九届四次全会", "第三次代表大会": a numbered session of a body, an ordinal in effect.
_SESSION_AFTER = re.compile(r"^(?:全会|全体会议|代表大会|会议|常委会|党代会)")


def is_session_number(before: str, unit: str, after: str) -> bool:
    """A session number (届 before it, or 全会 / 代表大会 after it), not an activity count."""
    return unit == "次" and (before.endswith("届") or bool(_SESSION_AFTER.match(after)))


# Percentages that describe a population, not the campaign: "老年人口…占总人口的16.1%",
# "老龄化率达18%". "参与群众…约占常住人口的20%" is a participation rate: the population is
# only its denominator.
_DEMOGRAPHIC = re.compile(r"人口|老龄化")
_DENOMINATOR = re.compile(r"占[^，。；]{0,8}人口(?:总数)?的?[^，。；]{0,4}$")


def is_demographic_rate(sentence: str) -> bool:
    """A percentage of population statistics (the sentence is about 人口 beyond the
    denominator of the share)."""
    return bool(_DEMOGRAPHIC.search(_DENOMINATOR.sub("", sentence)))


# Words that make a percentage a target: a future year or a plan's verbs.
_TARGET_RATE = re.compile(
    r"到(?:20\d\d|今|本|明)年(?:底|末)?(?!的)|(?:20\d\d|今|本|明)年(?:底|末)前|力争|争取|预计|目标(?:是|为)|将使|将达|要达到|"
    r"应达到|须达到|不低于|不少于|达到\d+%以上的目标"
)
_CAUSATIVE = re.compile(r"使[^，。；]*$")
_REACHED = re.compile(r"已|了|实现")


def is_target(sentence: str) -> bool:
    """"到2025年，建成示范街道20个", "预计年底将使90%的企业…": a number to be reached, not
    one reached ("到2023年底已达95%" is reached)."""
    marks = list(_TARGET_RATE.finditer(sentence))
    return bool(marks) and not _REACHED.search(sentence[marks[-1].end():])


# A plan's work for its year: "年内新增学习点30个", "全年培训老年学员5000人".
_PLAN_YEAR = re.compile(r"(?:年内|全年|本年度|今年|明年)[^，。；]{0,6}(?:新增|新建|建成|完成|培育|打造|创建|开展|举办|培训)")


def is_plan_target(before: str, doc_type: str | None) -> bool:
    """In a plan or a notice, the year's work to do is a target, not a result; "今年已开展…"
    (已 or 了 after the year word) reports work done so far."""
    m = _PLAN_YEAR.search(before) if doc_type in ("plan", "notice") else None
    return m is not None and not re.search(r"已|了", before[m.start():])


def is_target_rate(sentence: str, reported: bool) -> bool:
    """A target (see `is_target`), or in a plan or notice "使知晓率达到80%"."""
    return is_target(sentence) or (not reported and bool(_CAUSATIVE.search(sentence)))


# "比上年增加3000人次", "同比增长12%": a change between years, not a count or share of this one
# (real2 convention: year-on-year increases are left out, percentages included).
_CHANGE = re.compile(r"(?:比|较|同比|环比)[^，。；]{0,8}(?:增加|增长|新增|提高|减少|下降)(?:了|近|约|超过)?$")


def is_change(before: str, unit: str) -> bool:
    """A year-on-year change of a count or a rate."""
    return bool(_CHANGE.search(before))


def is_demographic_count(before: str) -> bool:
    """"全市60岁以上老年人口12.5万人": a population, not participants."""
    return "人口" in before


# Honours of one person or unit over the years: "曾先后获得省级荣誉12项", "三次荣获…称号".
_HONOUR = re.compile(r"荣誉|奖项|称号|奖励|表彰|奖")
_WON = re.compile(r"(?:曾|先后|多次|历年|累计|连续)[^，。；]{0,6}(?:获|荣获|获得|被评为|被授予)|(?:获|荣获|获得)[^，。；]{0,12}$")


def is_past_honours(unit: str, before: str, after: str) -> bool:
    """A tally of honours won (次 / 项 next to 荣誉, 奖, 称号 and a 获 verb), not a count
    of the honoured."""
    if unit not in ("次", "项"):
        return False
    honour = _HONOUR.search(before[-8:]) or _HONOUR.match(after[:4]) or re.match(r"^(?:获|荣获|被评为)", after)
    return bool(honour) and bool(_WON.search(before) or re.match(r"^(?:获|荣获|被评为|被授予)", after))


def sentence_before(text: str, pos: int, limit: int = 80) -> str:
    """Text of the sentence that ends at `pos` (back to 。；！？ or a line break)."""
    chunk = text[max(0, pos - limit):pos]
    cut = max(chunk.rfind(ch) for ch in "。；！？\n")
    return chunk[cut + 1:]


# Submitted works are counted by 篇 / 幅 / 件: entries of a contest, not its scale.
_WORKS = re.compile(r"作品|征文|稿件|来稿|投稿|书评|书画|摄影|照片")


def is_submitted_works(unit: str, before: str, after: str) -> bool:
    """"征集作品500余件", "8篇读书心得", "照片300张": works sent to a contest are not scale
    figures (handouts and applications counted by 份 / 张 are)."""
    return unit in ("篇", "幅", "件", "份", "张") and bool(_WORKS.search(before[-12:]) or _WORKS.match(after[:6]))


def list_head(text: str, start: int, limit: int = 160) -> str:
    """The text before the first item of a 、-list holding `start` ("将推选出10家…、10所…、
    10个…"): the verb that governs the first item governs the rest."""
    clause = clause_before(text, start, limit)
    if "、" not in clause:
        return ""
    return clause.split("、")[0]


# "每年使…十万名…", "每场听众上百人": a recurring result in a report, not a per-unit quota.
_EVERY_PERIOD = re.compile(r"每(?:年|季度|月|周|场|期)(?:都|均)?")


def drop_recurring(before: str) -> str:
    """In a report, "每年…" tells how often something happened: remove it before the quota
    check (a "每校…" or "每人…" stays a quota)."""
    return _EVERY_PERIOD.sub("", before)


# "社区大讲堂100讲": the number of a lecture series' name, not lectures held.
_SERIES = re.compile(r"(?:讲堂|课堂|讲坛)$")


def is_series_name(before: str, unit: str) -> bool:
    """A lecture series named by its size ("…大讲堂100讲") is a name, not a count."""
    return unit == "讲" and bool(_SERIES.search(before))


# 份 counts what was received (applications, forms, questionnaires); handouts given out by
# 份 (宣传资料1万余份) and the copies a call asks for (需提交推荐表各两份) are left out.
_RECEIVED = re.compile(r"收到|受理|回收|接收|征集到|收集到")
_COPIES = re.compile(r"(?:各|一式)$")


def is_unreceived_copies(unit: str, before: str, after: str) -> bool:
    """A 份 count that is not of applications or forms received."""
    return unit == "份" and (not _RECEIVED.search(before) or bool(_COPIES.search(before)))


# Page stamps: "阅读 1562 次", "点击：88次", "已有1562人浏览": the page's own view counter.
_VIEWS_BEFORE = re.compile(r"(?:阅读|浏览|点击|访问|查看|阅览)(?:量|数|次数|人数)?\s*[:：]?\s*$")
_VIEWS_AFTER = re.compile(r"^(?:次)?(?:浏览|阅读|看过|查看|访问|点赞)\s*$")


def is_view_count(text: str, start: int, after: str) -> bool:
    """A view counter of the web page (label right before the number, or 人浏览 closing the
    line), not a participation figure ("课程点击量达50万次" keeps its verb and stays)."""
    return bool(_VIEWS_BEFORE.search(text, max(0, start - 8), start) or _VIEWS_AFTER.match(after))


# A plan's new work: "新建教学点20个", "新增老年学员500名" (not "去年新增…", "已新建…").
_NEW_WORK = re.compile(r"(?:新建|新增|新培育|新发展|新开设|新设|增设|新招收?|扩招)[^，。；]{0,10}$")
_DONE_BEFORE = re.compile(r"已|了|累计|共计|去年|上年|以来|近年")


def is_new_work_target(before: str, doc_type: str | None) -> bool:
    """In a plan or a notice, a count of units or people to be newly created is a target."""
    return doc_type in ("plan", "notice") and bool(_NEW_WORK.search(before)) and not _DONE_BEFORE.search(before)


# "设一等奖3名、二等奖6名", "大赛设一等奖5名": the prizes a contest will award, a quota.
_PRIZE_BEFORE = re.compile(r"(?:[一二三四五六七八九十特]等奖|优秀奖|金奖|银奖|铜奖|组织奖|鼓励奖|入围奖|(?:入选|入围)(?:作品)?)(?:各)?$")
_PRIZE_SET = re.compile(r"(?<![建开假])设(?:置|立)?(?![区计施备想])|拟设")


def is_prize_quota(before: str, head: str) -> bool:
    """Prize places a contest sets (设一等奖3名) are a quota; "确定…组织奖19个", "评出一等奖
    3名" count the honoured."""
    return bool(_PRIZE_BEFORE.search(before)) and bool(_PRIZE_SET.search(head or before))


# "…实施方案（通用5篇）", "范文精选10篇": a template site's count of its own sample texts.
_TEMPLATE_SET = re.compile(r"(?:通用|精选|范文|合集|汇编|大全|模板|集锦|汇总)$")


def is_template_count(before: str, unit: str) -> bool:
    return unit == "篇" and bool(_TEMPLATE_SET.search(before))


# "距市定目标60%尚有差距", "目标值为85%": the number a target names.
_TARGET_BEFORE = re.compile(r"目标(?:值)?(?:为|是)?$")


def names_target(before: str) -> bool:
    return bool(_TARGET_BEFORE.search(before))


# "各设区市各组织1个…和1个…代表参加": a per-unit allotment, each unit's quota.
_PER_UNIT = re.compile(r"各(?:组织|推荐|选派|派出?|报送|选送|确定|安排|遴选|推选|提供|准备|选拔)[^，。；了]{0,14}$")


def is_per_unit_quota(before: str) -> bool:
    return bool(_PER_UNIT.search(before))
