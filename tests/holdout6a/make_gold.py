"""Writes the hand-annotated gold of holdout set 6a (annotated before any extractor ran on it).

Genre family: notices and plans of the lifelong-learning week as found on government and education
portals, 2009-2025, from province to town level. Forms covered: clean 公文 with a `…文件` letterhead, doc
number, 领导小组 list in label/name/post columns with continuation lines and a name with an inner space
(01); a county portal page with a metadata table (索引号/发布机构/成文日期/文号/标题), a cover notice
issuing a 实施方案 with its full text, a 组织委员会 with 常务副主任 and posts in brackets, site furniture and
related links (02); PDF-copied text with a letter-spaced joint letterhead, the doc number and the title
broken over lines, a phone glued to a name, a second contact on the same line, a signature of two bodies
and a date in Chinese numerals, a page number (03); a cover notice giving only a gist and an attachment
list, inside portal furniture with 发布时间/来源/浏览 and 上一篇/下一篇 (04); a 函 with the issuer on its own
line above the title and only an opening day (05); a traditional-character mirror with pinyin mojibake
and a spam line, 成员 given only as posts (06); a government-office cover notice issuing a 十四五 规划
with the plan's text, background totals, past honour tallies and targets (07); a 工作要点 on a portal
page with a fuzzy week (10月下旬), planned counts and a footer phone (08); a 意见 with the committee in
narrative apposition (由县长X任组长), a week given in the body, a signature that is only a bare
Chinese-numeral date line (09); a province-level notice with quotas, two contacts on label lines and
other cities named as addressees (10); a three-body joint letterhead `…文件`, a committee in narrative
(X任主任、Y任副主任), 主题词/抄送/印发 lines (11); a town-level notice (12); a portal excerpt cut
mid-sentence, no signature (13); a notice with a 工作专班 table and deadlines in a `|` table, 联系人 and
联络人 (14); a 工作方案 with a dated line under the title, all dates in Chinese numerals, and a
committee spread over lines (role on one line, name and post on the next) (15).

Judgement calls: a cover notice issuing a plan is `plan` when the plan's text follows (02, 07) and
`notice` when only the gist and attachment list are there (04). 函 → notice. The multi-year 规划
(2021—2025) falls back to the notice year (07). The body requested as 协办 in a 函 (商请协办) is not an
organizer: the role is asked for, not stated (05). The launch / opening ceremony of the week is the
week's main event, so its 主办/承办 are organizers; 协办 by a generic plural (各乡镇成人学校) is not (13).
Planned counts (计划培训、新建、新增、推选N名、至少N场、不少于) are quotas or targets, not figures; background
totals of institutions and places are figures; past honour tallies (推选…312名) are left out (07).
Honoured people announced for the opening (表彰…10名) count (06). A 工作专班 with 组长/副组长/成员 counts as
a leading group (14). A 县政协副主席 named as 副组长 of the leading group counts as 副组长 (09).
Posts without names (成员：各乡镇中心学校校长) give nothing (06, 12). The town's own week in a town notice is
its event period (12). A fax number was kept out of the text to avoid a phone/fax ambiguity. The
portal's 发布者 (a section) is not an issuer, and a publish time is no issue date (13). Titles of the
traditional mirror are given in simplified form (the scorer folds). A submission mailbox given in the
contact line belongs to the contacts (13, 14).

blind score: 0.964, extractor 0.3.0 (13 errors: region 1, doc_number 1, event dates 1 doc, issuers 2,
organizers 3, committee 4 items in one doc, contact name 1, figures 4 items); no gold was changed after
the run.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # the repository root, for tests/
from tests.gold_builders import com, dl, doc, fig, org, region, write_gold  # noqa: E402

GOLD = Path(__file__).parent / "gold"
LG = "领导小组"




DOCS = [
    doc("h6a_01_chenzhou_lg2016", "notice", "关于开展2016年郴州市全民终身学习活动周的通知",
        region("city", "湖南省", "郴州市"), number="郴教通〔2016〕88号", issuers=("郴州市教育局",),
        issued="2016-10-09", year=2016, theme="全民终身学习  共建学习型郴州",
        start="2016-10-22", end="2016-10-28",
        committee=com(LG, ("组长", "谭立辉"), ("副组长", "欧阳建"), ("副组长", "邝梦琳"), ("成员", "雷志平"),
                      ("成员", "曹艳")) + com("领导小组办公室", ("办公室主任", "李春华")),
        deadlines=dl("2016-10-18", "2016-11-10"), names=("廖晓燕",), phones=("0735-2288614",),
        emails=("czzcjk2016@163.com",)),
    doc("h6a_02_renze_portal2021", "plan", "关于印发《任泽区2021年全民终身学习活动周实施方案》的通知",
        region("county", "河北省", "邢台市", "任泽区"), number="任教字〔2021〕56号",
        issuers=("邢台市任泽区教育局",), issued="2021-10-12", year=2021, theme="学习百年党史 建设学习型任泽",
        start="2021-11-06", end="2021-11-12",
        organizers=org(("主办", "区教育局"), ("承办", "区职教中心")),
        committee=com("活动周组织委员会", ("主任", "郝建勋"), ("副主任", "董雪梅"), ("副主任", "段志强"),
                      ("办公室主任", "石红霞")),
        deadlines=dl("2021-11-19"), names=("武丽娜",), phones=("0319-7523316",), emails=("rzqzcg@126.com",)),
    doc("h6a_03_shangrao_pdf2013", "notice", "关于组织开展2013年上饶市全民终身学习活动周的通知",
        region("city", "江西省", "上饶市"), number="饶教职成字〔2013〕47号",
        issuers=("上饶市教育局", "上饶市精神文明建设委员会办公室"), issued="2013-09-24", year=2013,
        theme="学习改变生活，创新驱动发展", start="2013-10-19", end="2013-10-25",
        organizers=org(("主办", "市教育局"), ("主办", "市文明办"), ("承办", "上饶职业技术学院")),
        deadlines=dl("2013-09-30", "2013-11-05"), names=("胡建明", "汪琴"),
        phones=("13907938821", "0793-8223517")),
    doc("h6a_04_pingyao_gist2015", "notice", "关于印发《平遥县2015年全民终身学习活动周实施方案》的通知",
        region("county", "山西省", "晋中市", "平遥县"), number="平教科字〔2015〕132号",
        issuers=("平遥县教育科技局",), issued="2015-10-15", year=2015, theme="终身学习，让古城更美好",
        start="2015-10-24", end="2015-10-30", deadlines=dl("2015-11-06")),
    doc("h6a_05_kaili_han2018", "notice", "关于商请协办2018年凯里市全民终身学习活动周开幕式的函",
        region("county", "贵州省", "黔东南苗族侗族自治州", "凯里市"), issuers=("凯里市教育和科技局",),
        issued="2018-10-11", year=2018, start="2018-10-27",
        organizers=org(("主办", "凯里市教育和科技局"), ("承办", "凯里市社区教育学院")),
        deadlines=dl("2018-10-19"), names=("杨秀梅",), phones=("0855-8213356", "18985521107")),
    doc("h6a_06_jiajiang_trad2012", "notice", "夹江县教育局关于开展2012年全民终身学习活动周的通知",
        region("county", "四川省", "乐山市", "夹江县"), issuers=("夹江县教育局",), issued="2012-10-09",
        year=2012, theme="终身学习 幸福夹江", start="2012-10-21", end="2012-10-27",
        organizers=org(("主办", "县教育局"), ("承办", "县职教中心")),
        committee=com(LG, ("组长", "罗志刚"), ("副组长", "邹晓红"), ("副组长", "何文斌"))
        + com("领导小组办公室", ("办公室主任", "宋丽萍")),
        deadlines=dl("2012-11-15", "2012-10-16", "2012-11-20"), names=("宋丽萍",), phones=("0833-5628107",),
        figures=fig((10, "名"))),
    doc("h6a_07_lishui_guihua2020", "plan", "丽水市人民政府办公室关于印发丽水市终身教育发展“十四五”规划的通知",
        region("city", "浙江省", "丽水市"), number="丽政办发〔2020〕97号", issuers=("丽水市人民政府办公室",),
        issued="2020-12-28", year=2020,
        figures=fig((10, "所"), (173, "所"), (58, "所"), (1260000, "人次"), (485000, "人次"))),
    doc("h6a_08_cenxi_yaodian2017", "plan", "岑溪市教育局2017年社区教育工作要点",
        region("county", "广西壮族自治区", "梧州市", "岑溪市"), issuers=("岑溪市教育局",), issued="2017-03-06",
        year=2017, deadlines=dl("2017-12-10"), figures=fig((14, "个"))),
    doc("h6a_09_chenggu_yijian2010", "plan", "关于加快推进学习型社会建设的意见",
        region("county", "陕西省", "汉中市", "城固县"), number="城政发〔2010〕31号", issuers=("城固县人民政府",),
        issued="2010-08-16", year=2010, theme="学习成就梦想，和谐幸福城固", start="2010-11-13", end="2010-11-19",
        organizers=org(("主办", "县教育局"), ("主办", "县文明办")),
        committee=com("学习型社会建设领导小组", ("组长", "刘振邦"), ("副组长", "韩雅琴"), ("副组长", "孟德才"))
        + com("领导小组办公室", ("办公室主任", "冯立军")),
        deadlines=dl("2010-09-15")),
    doc("h6a_10_shaanxi_prov2014", "notice", "陕西省教育厅办公室关于举办2014年全民终身学习活动周的通知",
        region("province", "陕西省"), number="陕教成办〔2014〕19号", issuers=("陕西省教育厅办公室",),
        issued="2014-09-22", year=2014, theme="学习改变命运 知识创造未来", start="2014-10-25", end="2014-10-31",
        organizers=org(("主办", "省教育厅"), ("承办", "陕西广播电视大学")),
        deadlines=dl("2014-10-10", "2014-11-14"), names=("马晓东", "贺芳"),
        phones=("029-88668834", "029-85327401"), emails=("sxzcjc2014@163.com",)),
    doc("h6a_11_mudanjiang_joint2009", "notice", "关于举办牡丹江市2009年全民终身学习活动周的通知",
        region("city", "黑龙江省", "牡丹江市"), number="牡教联发〔2009〕7号",
        issuers=("牡丹江市教育局", "牡丹江市精神文明建设委员会办公室", "牡丹江市总工会"), issued="2009-10-12",
        year=2009, theme="学习让城市更文明，学习让生活更美好", start="2009-11-07", end="2009-11-13",
        organizers=org(("主办", "市教育局"), ("主办", "市文明办"), ("主办", "市总工会"),
                       ("承办", "牡丹江广播电视大学")),
        committee=com("组委会", ("主任", "邢立新"), ("副主任", "孔繁宇"), ("副主任", "关淑珍"), ("副主任", "初海涛"))
        + com("组委会办公室", ("办公室主任", "祁洪波")),
        deadlines=dl("2009-10-30", "2009-12-01"), names=("隋丽",), phones=("0453-6925517",)),
    doc("h6a_12_hengshan_town2022", "notice", "关于开展2022年衡山镇全民终身学习活动周的通知",
        region("town", "安徽省", "六安市", "霍山县", "衡山镇"), number="衡政〔2022〕64号",
        issuers=("霍山县衡山镇人民政府",), issued="2022-10-28", year=2022, theme="喜迎二十大 学习向未来",
        start="2022-11-05", end="2022-11-11", organizers=org(("主办", "镇政府"), ("承办", "镇成人学校")),
        committee=com(LG, ("组长", "吴春燕"), ("副组长", "汪德胜"), ("副组长", "储文杰")),
        deadlines=dl("2022-11-16"), names=("汪德胜",), phones=("13855806712",)),
    doc("h6a_13_jiangshan_excerpt2025", "notice", "江山市教育局关于组织开展2025年全民终身学习活动周的通知",
        region("county", "浙江省", "衢州市", "江山市"), issuers=("江山市教育局",), year=2025,
        theme="终身学习 共富江山", start="2025-11-01", end="2025-11-07",
        organizers=org(("主办", "市教育局"), ("承办", "江山市社区学院")),
        deadlines=dl("2025-10-28", "2025-11-14"), names=("郑晓燕",), phones=("0570-4038816",),
        emails=("jsjyjshk@163.com",)),
    doc("h6a_14_heze_table2023", "notice", "菏泽市教育局办公室关于做好2023年全民终身学习活动周有关工作的通知",
        region("city", "山东省", "菏泽市"), issuers=("菏泽市教育局办公室",), issued="2023-10-13", year=2023,
        theme="推进学习型社会建设 助力牡丹之都高质量发展", start="2023-10-28", end="2023-11-03",
        committee=com("工作专班", ("组长", "张宏亮"), ("副组长", "宁倩"), ("成员", "高立群"), ("成员", "范永胜")),
        deadlines=dl("2023-10-20", "2023-10-25", "2023-11-10"), names=("宁倩", "孙艳"),
        phones=("0530-5311097", "0530-5629863"), emails=("hzsjyjzcjyk@163.com",)),
    doc("h6a_15_ledu_fangan2019", "plan", "海东市乐都区2019年全民终身学习活动周工作方案",
        region("county", "青海省", "海东市", "乐都区"), issuers=("海东市乐都区教育局",), issued="2019-10-10",
        year=2019, theme="学习新时代 奋进新乐都", start="2019-10-26", end="2019-11-01",
        organizers=org(("主办", "区教育局"), ("主办", "区文明办"), ("承办", "区职业技术学校")),
        committee=com(LG, ("组长", "才让东智"), ("副组长", "马玉兰"), ("副组长", "李国栋"))
        + com("领导小组办公室", ("办公室主任", "张永福")),
        deadlines=dl("2019-11-08"), names=("祁海燕",), phones=("0972-8621473",), figures=fig((19, "个"), (246, "个"))),
]


if __name__ == "__main__":
    print(write_gold(GOLD, DOCS))
