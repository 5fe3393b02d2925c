"""Writes the hand-annotated gold of holdout set 7a (annotated before any extractor ran on it).

Genre family: notices, plans, 意见, 决定, 工作要点 and 函 about lifelong learning, the activity week,
elder education and learning cities, 2006-2012 and 2019-2025, at province, prefecture (自治州, 地区, 盟),
county-level city, banner and district level. Forms covered: a three-body joint letterhead `…文件` with
letter-spaced lines, a national slogan (口号) beside the local 主题, a 领导小组 in label/name/post columns with
continuation lines and a name with inner spaces, an office director named in narrative (兼任办公室主任),
主题词/抄送/印发 lines after a signature of three bodies and a Chinese-numeral date (01); a traditional-character
mirror of a prefecture 意见 with pinyin mojibake, a spam line with a fake phone, a committee in narrative
apposition (由…任组长, …任副组长) with a name containing a middle dot, background totals beside targets and
money (02); a county-level-city portal page with a metadata table whose 发布机构 differs from the signature,
a cover notice of three bodies issuing a 实施方案, a 工作专班 with posts in brackets and members given only
as posts, a 联系人 block on several lines with units before the names, a site footer phone (03); a banner
notice with the issuer on its own line above the title, a signature split from its date by the attachment
list, 抄送 after the date, forms (报名表) printed below, three deadlines (04); a prefecture elder-education
展演 notice of three bodies with 主办/承办/协办 labels, a 组委会 with posts in brackets, a theme under a
heading 展演主题, two phones on one line (05); a 盟 工作要点 under a cover notice on a portal page with
发布时间/来源/浏览 row, a fuzzy week (10月下旬), targets, an excerpt cut mid-sentence (06); a 函 with the issuer
above the title, a national slogan and a local theme, a requested role (商请承办), a side exhibition, a
planned attendance, a name with an inner space (07); a county-level-city 决定 on a portal page with a
metadata table, a committee in narrative (市长X任主任, 常务副市长Y…任副主任, 办公室主任由…兼任), a bare
Chinese-numeral date line as the only signature, targets and money (08); a district notice with a portal
header, a letter-spaced letterhead, the title broken over two lines, a deadline label with the date on the
next line, a city's closing ceremony in another county as a side event, cut mid-sentence before the
signature (09); an old (2006) notice with square-bracket doc number, 组长 given as `组长：post name` with the
post between label and name, 成员 as posts only, ideographic spaces in the theme, a date with ○ (10); a
2025 four-body joint cover notice with the bodies on one letterhead line and a stacked signature, a plan
with a national slogan, a town's own learning day inside the week, sub-groups with their own 组长, one date
twice as deadline, contacts with phones on one line (11); a province-level (autonomous region) notice with
the previous year's totals, a quota of recommended units, two contacts one with an inner space (12).

Judgement calls: a cover notice issuing a plan whose text follows is `plan` (03, 06, 11); a 函 and a
展演 notice are `notice`; a 决定 and a 意见 are `plan` (02, 08). A national slogan introduced as 口号 is not a
theme; the local 主题 is (01, 07, 11). The 展演主题 of an elder-education show is its theme, but the show is
not the activity week, so it gives no event dates (05). A role only requested (商请贵馆承办) is not an
organizer; stated roles (主办, 协办) are (07). The opening ceremony of the activity week in a 工作要点 is the
document's main event, so its 主办/承办 count (06). The town's own learning day is not the week (11); the
city's closing ceremony named in a district notice is a side event (09). `函复` by a date is a submission
deadline (07). A submission mailbox counts as a contact
e-mail, in a requirements item (04) as in the line after the 联系人 block (03, 05, 11, 12): the dev gold
takes 投稿邮箱 so, and the corpora must agree (04 was annotated the other way before the blind run). A planned attendance (约500人)
is a target, not a figure (07); quotas (推荐1至2名, 不超过3个, 先进单位2个, 至少2期) are left out; the previous
year's activity totals in a notice are background figures (12); background totals of schools and learning
points are figures (02, 03, 05, 06, 08, 11); resources offered (数字化课程560门, 体验项目30项) are figures.
The multi-year 决定 and 意见 take the year of the document (08) or the year of the event they set (02).
An office director named in narrative (…同志兼任办公室主任) counts under the office (01, 03, 08). Members
given only as posts give nothing (03, 10). The portal's 发布时间 is no issue date (06, 09).
Titles of the traditional mirror are given in simplified form (the scorer folds).

blind score: 0.956, extractor 0.3.0 (14 error lines: doc_type 2, title 1, theme 1, issuers 1, committee 4
items in 3 docs, contact names 3 in 2 docs, contact phone 1, contact e-mail 1, figures 2); no gold was
changed after the run.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # the repository root, for tests/
from tests.gold_builders import com, dl, doc, fig, org, region, write_gold  # noqa: E402

GOLD = Path(__file__).parent / "gold"
LG = "领导小组"
ZB = "工作专班"

DOCS = [
    doc("h7a_01_garze_joint2010", "notice", "关于举办2010年甘孜州全民终身学习活动周的通知",
        region("city", "四川省", "甘孜藏族自治州"), number="甘教〔2010〕137号",
        issuers=("甘孜藏族自治州教育局", "甘孜藏族自治州精神文明建设委员会办公室", "甘孜藏族自治州总工会"),
        issued="2010-10-15", year=2010, theme="雪域高原处处学 康巴儿女共成长",
        start="2010-11-08", end="2010-11-14",
        organizers=org(("主办", "州教育局"), ("主办", "州文明办"), ("主办", "州总工会"), ("承办", "康定县人民政府")),
        committee=com(LG, ("组长", "泽仁多吉"), ("副组长", "杨光福"), ("副组长", "次仁拉姆"), ("成员", "罗建军"),
                      ("成员", "邓晓梅")) + com("领导小组办公室", ("办公室主任", "罗建军")),
        deadlines=dl("2010-10-29", "2010-11-20"), names=("邓晓梅",), phones=("0836-2823476",),
        emails=("gzzjyjzcg@163.com",)),
    doc("h7a_02_aksu_trad2008", "plan", "阿克苏地区行政公署关于推进学习型社会建设的意见",
        region("city", "新疆维吾尔自治区", "阿克苏地区"), number="阿行署发〔2008〕46号",
        issuers=("阿克苏地区行政公署",), issued="2008-09-20", year=2008, theme="人人皆学 共建和谐阿克苏",
        start="2008-10-20", end="2008-10-26",
        committee=com(LG, ("组长", "艾买提·托乎提"), ("副组长", "王振华"), ("副组长", "李红英")),
        figures=fig((126, "所"), (340, "个"), (235000, "人次"))),
    doc("h7a_03_xinyi_portal2024", "plan", "关于印发《信宜市2024年全民终身学习活动周实施方案》的通知",
        region("county", "广东省", "茂名市", "信宜市"), number="信教〔2024〕211号",
        issuers=("信宜市教育局", "信宜市民政局", "信宜市文化广电旅游体育局"), issued="2024-09-27", year=2024,
        theme="终身学习伴我行 幸福信宜共成长", start="2024-11-09", end="2024-11-15",
        organizers=org(("主办", "市教育局"), ("主办", "市民政局"), ("主办", "市文广旅体局"), ("承办", "市社区教育学院")),
        committee=com(ZB, ("组长", "陈志坤"), ("副组长", "梁丽芳"), ("副组长", "何振东"))
        + com("工作专班办公室", ("办公室主任", "钟晓彤")),
        deadlines=dl("2024-10-25", "2024-11-22"), names=("钟晓彤", "黄伟"),
        phones=("0668-8812537", "0668-8835162"), emails=("xyszcg2024@163.com",),
        figures=fig((16, "所"), (285, "个"))),
    doc("h7a_04_uradqian_banner2020", "notice", "关于举办2020年乌拉特前旗“云上”全民终身学习活动周的通知",
        region("county", "内蒙古自治区", "巴彦淖尔市", "乌拉特前旗"), number="乌前教体发〔2020〕93号",
        issuers=("乌拉特前旗教育体育局",), issued="2020-10-22", year=2020, theme="线上学习 终身受益 共建书香乌拉特",
        start="2020-10-31", end="2020-11-06",
        deadlines=dl("2020-10-28", "2020-11-06", "2020-11-13"), names=("其木格",), phones=("13947812365",), emails=("wlqqsqjy@163.com",)),
    doc("h7a_05_chuxiong_elder2022", "notice", "关于举办楚雄州第三届老年教育成果展演活动的通知",
        region("city", "云南省", "楚雄彝族自治州"), number="楚老龄办联发〔2022〕15号",
        issuers=("楚雄州老龄工作委员会办公室", "楚雄州教育体育局", "楚雄州文化和旅游局"), issued="2022-08-22",
        year=2022, theme="银龄风采 学习逐梦",
        organizers=org(("主办", "州老龄办"), ("主办", "州教育体育局"), ("主办", "州文化和旅游局"),
                       ("承办", "楚雄州老年大学"), ("协办", "楚雄市老年大学")),
        committee=com("组委会", ("主任", "杞建勋"), ("副主任", "者卫红"), ("副主任", "普文斌")),
        deadlines=dl("2022-09-15", "2022-10-10", "2022-10-20"), names=("普丽华",),
        phones=("0878-3126684", "13578206415"), emails=("cxzlndx@126.com",),
        figures=fig((1235, "所"), (86000, "人"))),
    doc("h7a_06_alxa_yaodian2021", "plan", "阿拉善盟教育体育局关于印发《阿拉善盟2021年社区教育和老年教育工作要点》的通知",
        region("city", "内蒙古自治区", "阿拉善盟"), number="阿盟教体发〔2021〕29号",
        issuers=("阿拉善盟教育体育局",), year=2021,
        organizers=org(("主办", "盟教育体育局"), ("承办", "额济纳旗教育体育局")),
        deadlines=dl("2021-06-30", "2021-09-10"), figures=fig((3, "所"), (41, "所"), (128, "个"))),
    doc("h7a_07_linxia_han2019", "notice", "关于商请承办2019年全州全民终身学习活动周开幕式的函",
        region("city", "甘肃省", "临夏回族自治州"), number="临州教函〔2019〕58号",
        issuers=("临夏回族自治州教育局",), issued="2019-10-08", year=2019, theme="学习新时代 奋进新临夏",
        start="2019-10-19", end="2019-10-25",
        organizers=org(("主办", "州教育局"), ("主办", "州文明办"), ("协办", "临夏市教育局")),
        deadlines=dl("2019-10-12"), names=("马晓军", "马燕"), phones=("0930-6213372", "18993046257")),
    doc("h7a_08_macheng_jueding2011", "plan", "麻城市人民政府关于加快推进学习型城市建设的决定",
        region("county", "湖北省", "黄冈市", "麻城市"), number="麻政发〔2011〕18号",
        issuers=("麻城市人民政府",), issued="2011-05-12", year=2011,
        committee=com("学习型城市建设委员会", ("主任", "刘宏伟"), ("副主任", "张家和"), ("副主任", "童爱萍"))
        + com("委员会办公室", ("办公室主任", "鲍志远")),
        figures=fig((19, "所"), (27, "所"))),
    doc("h7a_09_horqin_cut2023", "notice",
        "关于开展2023年科尔沁区全民终身学习活动周暨“百姓学习之星”推选活动的通知",
        region("county", "内蒙古自治区", "通辽市", "科尔沁区"), number="科教发〔2023〕156号",
        issuers=("通辽市科尔沁区教育局",), year=2023, theme="数字赋能终身学习 同心共建北疆学城",
        start="2023-11-04", end="2023-11-10",
        organizers=org(("主办", "区教育局"), ("承办", "区社区教育学院")),
        deadlines=dl("2023-10-27", "2023-11-17"), figures=fig((560, "门"))),
    doc("h7a_10_guyuan_old2006", "notice", "固原市教育局关于开展2006年全民终身学习活动周活动的通知",
        region("city", "宁夏回族自治区", "固原市"), number="固教发[2006]112号",
        issuers=("固原市教育局",), issued="2006-10-10", year=2006, theme="学习 和谐 发展",
        start="2006-10-23", end="2006-10-29",
        committee=com(LG, ("组长", "何玉林"), ("副组长", "马建平")),
        deadlines=dl("2006-11-05"), names=("马建平",), phones=("0954-2032417",), figures=fig((86, "所"))),
    doc("h7a_11_zhaodong_plan2025", "plan", "关于联合印发《2025年肇东市全民终身学习活动周实施方案》的通知",
        region("county", "黑龙江省", "绥化市", "肇东市"), number="肇教联发〔2025〕7号",
        issuers=("肇东市教育局", "中共肇东市委宣传部", "肇东市人力资源和社会保障局", "肇东市总工会"),
        issued="2025-09-26", year=2025, theme="学习点亮黑土地 技能成就新肇东",
        start="2025-10-18", end="2025-10-24",
        organizers=org(("主办", "市教育局"), ("主办", "市委宣传部"), ("主办", "市人社局"), ("主办", "市总工会"),
                       ("承办", "市职教中心")),
        committee=com(ZB, ("组长", "王立新"), ("副组长", "孙雅琴"), ("副组长", "赵德昌"), ("组长", "刘晓东"),
                      ("组长", "郭春艳")),
        deadlines=dl("2025-10-10", "2025-10-31"), names=("郭春艳", "刘晓东"),
        phones=("0455-7728160", "0455-7713295"), emails=("zdszcj@163.com",), figures=fig((30, "项"), (112, "家"))),
    doc("h7a_12_xizang_prov2012", "notice", "西藏自治区教育厅关于做好2012年全民终身学习活动周工作的通知",
        region("province", "西藏自治区"), number="藏教职成〔2012〕41号",
        issuers=("西藏自治区教育厅",), issued="2012-10-12", year=2012, theme="全民学习 建设美丽西藏",
        start="2012-11-10", end="2012-11-16",
        organizers=org(("主办", "自治区教育厅"), ("承办", "拉萨市教育局")),
        deadlines=dl("2012-10-31", "2012-11-30"), names=("达娃次仁", "央金"), phones=("0891-6834512",),
        emails=("xzjytzcc@126.com",), figures=fig((1300, "场"), (420000, "人次"))),
]


if __name__ == "__main__":
    print(write_gold(GOLD, DOCS))
