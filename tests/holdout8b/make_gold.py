"""Writes the hand-annotated gold of holdout set 8b (annotated before any extractor ran on it).

Genre family: documents full of YEAR, DATE and THEME traps, any genre (notice, plan, news, summary,
简报), 2009-2024, prefecture and county level. Forms covered: a `…文件` cover notice issuing a multi-year
推进计划 (2021—2025年) with the plan's text, a cited 2019 document, a 建党百年 mention, a Chinese-numeral
signature date, a fuzzy 10月下旬 week, background totals and targets (01); a city news page published the
day after the opening, the national theme quoted beside the local one, a 口号 that is not a theme, a side
exhibition with its own end date, an 改革开放40周年 anniversary, a site footer phone (02); a traditional-
character county notice with a 第N届 week and no year in the title, the week in Chinese numerals, a contest
theme (徵文主題) beside the week's 活動主題, pinyin mojibake and a spam tag, 上一篇/下一篇 links (03); a
county 工作总结 citing a city notice with its doc number, 今年的主题是, a week period plus a side exhibition
period, a 2013 outlook (04); a county portal page with a metadata table whose 发布机构 differs from the
signature, 成文日期 vs 发布日期, a week across a month end, national vs local theme (主题确定为), a
领导小组 list with a post in brackets, a 联系人 given as 韦老师 (05); a city news report with a relative
day (昨日) and 本周六, a 第十届 headline without year, a 新中国成立70周年 anniversary, 来源 of a newspaper
(06); a 简报 with masthead and masthead date in the next year, a week across the year end (2009-12-28 to
2010-01-03), a side exhibition on New Year's Day, 报/送/发 lines (07); a cover notice issuing a 实施方案
with 以…为主题, a 宣传口号, a contest 比赛主题, opening day vs week period vs exhibition period, a
组委会 in narrative apposition with 常务副主任 (08); a county government news page with 信息来源 naming an
education bureau, 自…起至…结束, excluded 幅, cut mid-sentence (09); a 2010 `…文件` notice citing a
provincial notice with its own number, the national theme beside 活动主题：, a week across a month end,
a quota (推选20户), a bare Chinese-numeral date line as signature (10).

Judgement calls: the multi-year plan's campaign_year falls back to the notice year 2021 (01); 累计培训市民
28万人次 (people trained) is a figure, 50个 and 60%以上 are targets (01). National themes quoted beside a
local one are not the theme: the local week's own theme is (02, 05, 10). A 口号 / 宣传口号 is not a theme
(02, 08); contest themes inside a week notice are not the week's theme (03, 08). The side exhibition's
period is not the week's (02, 04, 07, 08). 昨日 gives no date and no end date is stated, so 06 has no event
dates. A 简报's masthead gives title, issuer and issue_date (07); its week began in 2009 and is named
2009年, so campaign_year 2009. 信息来源 on a news page is not an issuer (09). The opening ceremony's
主办/承办 are organizers (03). 首日…已开展32场 is a count of activities held (02). Titles of the
traditional mirror are given in simplified form (the scorer folds). The 简报 print-run line was removed
from the text to avoid a 份 ambiguity.

blind score: 0.963, extractor 0.3.0 (6 errors: theme 3 (national theme taken over the local one), title 2,
doc_type 1); no gold was changed after the run.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # the repository root, for tests/
from tests.gold_builders import com, dl, doc, fig, org, region, write_gold  # noqa: E402

GOLD = Path(__file__).parent / "gold"

DOCS = [
    doc("h8b_01_jiamusi_plan", "plan", "关于印发《佳木斯市全民终身学习推进计划（2021—2025年）》的通知",
        region("city", "黑龙江省", "佳木斯市"), number="佳教发〔2021〕37号", issuers=("佳木斯市教育局",),
        issued="2021-06-18", year=2021, figures=fig((3, "所"), (126, "所"), (280000, "人次"))),
    doc("h8b_02_qinzhou_news", "news", "我市2018年全民终身学习活动周开幕",
        region("city", "广西壮族自治区", "钦州市"), year=2018, theme="学习改变生活 奋进新时代钦州",
        start="2018-11-04", end="2018-11-10",
        organizers=org(("主办", "市教育局"), ("主办", "市文明办"), ("承办", "市广播电视大学")),
        figures=fig((32, "场"), (500, "名"))),
    doc("h8b_03_yingcheng_trad", "notice", "应城市教育局关于开展第七届全民终身学习活动周的通知",
        region("county", "湖北省", "孝感市", "应城市"), issuers=("应城市教育局",), issued="2016-10-08",
        year=2016, theme="学习成就梦想 创新引领未来", start="2016-10-22", end="2016-10-28",
        organizers=org(("主办", "市教育局"), ("承办", "市职业教育中心")),
        deadlines=dl("2016-11-05"), names=("郑晓蕾",), phones=("0712-3221846",)),
    doc("h8b_04_yangcheng_summary", "summary", "阳城县2012年全民终身学习活动周工作总结",
        region("county", "山西省", "晋城市", "阳城县"), issuers=("阳城县教育局",), issued="2012-12-03",
        year=2012, theme="学习成就未来，和谐从我做起", start="2012-11-03", end="2012-11-09",
        organizers=org(("主办", "县教育局"), ("主办", "县文明办")),
        figures=fig((46, "场"), (23000, "人次"), (12, "名"))),
    doc("h8b_05_duyun_portal", "notice", "都匀市教育局关于举办2023年全民终身学习活动周的通知",
        region("county", "贵州省", "黔南布依族苗族自治州", "都匀市"), number="匀教通〔2023〕102号",
        issuers=("都匀市教育局",), issued="2023-10-16", year=2023, theme="人人皆学 幸福都匀",
        start="2023-10-28", end="2023-11-03",
        committee=com("领导小组", ("组长", "罗明远"), ("副组长", "杨韵"), ("副组长", "吴天柱"))
        + com("领导小组办公室", ("办公室主任", "潘丽")),
        deadlines=dl("2023-11-10"), names=("韦老师",), phones=("0854-8226417",),
        emails=("dyzcjy2023@163.com",)),
    doc("h8b_06_jincheng_news", "news", "第十届全民终身学习活动周开幕",
        region("city", "山西省", "晋城市"), year=2019, theme="学习伴我行 共筑中国梦",
        organizers=org(("主办", "市教育局"), ("承办", "泽州县教育局")), figures=fig((2000, "名"))),
    doc("h8b_07_xiaonan_brief", "summary", "孝南区社区教育工作简报",
        region("county", "湖北省", "孝感市", "孝南区"), issuers=("孝南区教育局",), issued="2010-01-06",
        year=2009, theme="终身学习 服务社区", start="2009-12-28", end="2010-01-03",
        figures=fig((8, "个"), (37, "个"), (2600, "人"))),
    doc("h8b_08_ningguo_plan", "plan", "关于印发《宁国市2024年全民终身学习活动周实施方案》的通知",
        region("county", "安徽省", "宣城市", "宁国市"), number="宁教体〔2024〕71号",
        issuers=("宁国市教育体育局",), issued="2024-10-11", year=2024, theme="终身学习 点亮宁国",
        start="2024-10-26", end="2024-11-01",
        organizers=org(("主办", "宁国市教育体育局"), ("主办", "宁国市文明办"), ("承办", "宁国市社区教育学院")),
        committee=com("活动周组委会", ("主任", "汪立群"), ("副主任", "程文涛")),
        deadlines=dl("2024-11-15"), names=("周敏",), phones=("0563-4012785",)),
    doc("h8b_09_yongan_news", "news", "永安市举行2015年全民终身学习活动周启动仪式",
        region("county", "福建省", "三明市", "永安市"), year=2015, theme="学习型城市 你我共参与",
        start="2015-11-07", end="2015-11-13",
        organizers=org(("主办", "市委宣传部"), ("主办", "市教育局")), figures=fig((5000, "张"))),
    doc("h8b_10_longquan_2010", "notice", "关于开展2010年龙泉市全民终身学习活动周的通知",
        region("county", "浙江省", "丽水市", "龙泉市"), number="龙教〔2010〕58号", issuers=("龙泉市教育局",),
        issued="2010-10-15", year=2010, theme="建设学习型龙泉 共享品质生活",
        start="2010-10-30", end="2010-11-05", deadlines=dl("2010-11-12"), names=("叶建平",),
        phones=("0578-7123654",)),
]


if __name__ == "__main__":
    print(write_gold(GOLD, DOCS))
