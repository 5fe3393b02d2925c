"""Writes the hand-annotated gold of holdout set 6e (annotated before any extractor ran on it).

Genre family: documents dense in the weakest fields (committee, contacts, deadlines). 15 documents:
activity-week notices and plans, a cover notice issuing a plan (traditional characters with pinyin
mojibake and a spam word), calls for entries, a nomination notice, an application notice, a 公示,
a committee-reshuffle notice, a street-level (town) notice, a portal page with a metadata table, and
three news items naming committee leaders in apposition.

Forms covered. committee: one name per line with the post after the name (`组  长：王某  区政府副区长`,
continuation lines without a label, a two-character name padded with spaces); a tab-separated table
(职务 / 姓名 / 单位及职务) with 常务副主任 and 委员; posts before names, two or three people on one
line (`主  任：区委副书记 X    区政府副区长 Y`, `副组长：市教育局局长　X　　市文明办副主任　Y`);
names separated by spaces / 、 with posts in parentheses after them; several roles on one line
(`主任：X 副主任：Y Z 成员：…`); sub-groups of a leading group (宣传报道组 组长 / 成员); 办公室主任
given as `X同志兼任办公室主任`, `办公室主任由X（post）兼任`, `办公室主任：X（兼）`,
`X同志任办公室主任，Y、Z同志任办公室副主任`; appointments in sentences (`由X任主任，Y、Z任副主任`);
posts in apposition in news (`副区长、组委会副主任X`, `…领导小组办公室主任X主持`, `局长、领导小组
副组长X主持`) beside non-committee posts (政协 / 人大) that must not be taken; unnamed members.
contacts: names on one line separated by spaces; 联系人 with the unit before the name; two people
each with a phone on one line (`；` / `/` / spaces), 张老师-style names; phones with an extension
(`转8012`, `-806`), a fax in the same phone line, 座机 / 手机 lines, 联络人; 收件人 with a phone
(not a contact); site footers with phones and e-mails (not contacts); a 地址 line.
deadlines: 截止时间 with the date on the next line; `即日起至` with and without a year; 报送时间
ranges (end date); 公示期 ranges; yearless dates taking the year of the document; a deadline rolling
over into the next year (a December notice asking for `1月10日前`); the same date twice; 以邮戳为准;
creation / coverage targets (`力争到2020年…`, `确保到2021年底…`) that are not deadlines; relative
deadlines (`活动结束后10日内`) and fuzzy ones (`9月上旬`) giving no date.

Judgement calls:
- A submission e-mail in the body (`电子稿发送至：…`) counts as a contact e-mail, as in the dev gold
  (a 投稿邮箱 there is a contact e-mail); a 收件人 and the phone printed with it are not contacts.
- A fax number printed in the 联系电话 line (`0310-3029876，3029877（传真）`) is kept as a phone.
- `9月30日前完成初评` (finishing a review stage, nothing submitted) is not a deadline.
- `1月10日前` in a notice signed 2013-12-20 asking for the 2013 annual summary → 2014-01-10 (the year
  is made certain by the context).
- A street's own activity week (the document is the street's notice, region = the street) gives its
  period as event dates; the real2 rule about a town's programme inside a city's week does not apply.
- `作者：市社区大学` on the school's own site names the author body → issuer (completed from the site
  name); `市教育局、市社区大学决定联合开展` → both 主办.
- `今年…活动周于10月19日至25日举办` inside a later notice still states the week's period.
- In a news item, `10月25日至31日全区将集中开展…系列活动` announced for this year's week → event dates.
- 委员 → 成员 (scorer alias); 常务副主任 → 副主任; （兼） dropped.
- Figures: quotas (`推荐1至2名`, `每个社区推荐2户`), plans (`不少于40场`), targets and counts of member
  departments left out; background totals (`社区学校95所`) and honoured units kept; a figure repeated
  in headline and body is one entry; exhibition booths (`20余个展位`) counted as participating stands (个).

blind score: 0.963, extractor 0.3.0 (committee 0.894, issuers 0.870, issue_date 0.900, event_end 0.900,
figures 0.903, organizers 0.933, deadlines 0.973; contacts 1.000). No gold was changed after the run.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # the repository root, for tests/
from tests.gold_builders import com, dl, doc, fig, org, region, write_gold  # noqa: E402

GOLD = Path(__file__).parent / "gold"




LG = "领导小组"
OFF = "领导小组办公室"
DOCS = [
    doc("h6e_01_yuci_lingdao", "notice", "关于举办榆次区2015年全民终身学习活动周的通知",
        region("county", "山西省", "晋中市", "榆次区"), issuers=("榆次区教育局",), issued="2015-10-08",
        year=2015, theme="学习·让生活更出彩", start="2015-10-24", end="2015-10-30",
        committee=com(LG, ("组长", "王树林"), ("副组长", "贾志宏"), ("副组长", "孟凡清"), ("成员", "段建军"),
                      ("成员", "韩雪梅"), ("成员", "程亮"), ("成员", "武晓东"))
        + com(OFF, ("办公室主任", "刘卫东")),
        deadlines=dl("2015-10-15", "2015-11-06"), names=("郝丽萍", "刘卫东"), phones=("0354-3021567",),
        emails=("ycsqjy@126.com",)),
    doc("h6e_02_mudanjiang_table", "plan", "2019年牡丹江市全民终身学习活动周实施方案",
        region("city", "黑龙江省", "牡丹江市"), year=2019, theme="终身学习 智慧生活",
        start="2019-10-19", end="2019-10-25",
        organizers=org(("主办", "市教育局"), ("承办", "牡丹江广播电视大学")),
        committee=com("组委会", ("主任", "袁晓光"), ("副主任", "冯雅琴"), ("副主任", "邵宏伟"), ("成员", "周立新"),
                      ("成员", "任志刚"), ("成员", "齐丽娜"))
        + com("组委会办公室", ("办公室主任", "邹海滨")),
        deadlines=dl("2019-10-10"), names=("蒋婷婷",), phones=("0453-6921357转8012",),
        emails=("mdjzcc2019@163.com",)),
    doc("h6e_03_yueyang_zhengwen", "notice",
        "关于开展2021年岳阳市全民终身学习活动周“我的学习故事”征文活动的通知",
        region("city", "湖南省", "岳阳市"), issuers=("岳阳市社区大学",), year=2021, theme="学习伴我行，奋进新征程",
        organizers=org(("主办", "市教育局"), ("主办", "市社区大学")),
        committee=com("征文活动组委会", ("主任", "彭建华"), ("副主任", "欧阳琳"), ("副主任", "谭晓峰")),
        deadlines=dl("2021-08-31"), names=("谭老师", "许老师"), phones=("0730-8223456", "13807301234"),
        emails=("yyssqdx@163.com",)),
    doc("h6e_04_handan_tuijian", "notice",
        "邯郸市教育局关于推荐2017年度“百姓学习之星”和“终身学习品牌项目”的通知",
        region("city", "河北省", "邯郸市"), number="邯教职成函〔2017〕41号", issuers=("邯郸市教育局",),
        issued="2017-08-25", year=2017, deadlines=dl("2017-09-08"), names=("冯志刚", "孙倩"),
        phones=("0310-3029876", "3029877"), emails=("hdzcc@126.com",)),
    doc("h6e_05_liandu_gongshi", "notice",
        "关于2022年莲都区“百姓学习之星”和“终身学习品牌项目”推选结果的公示",
        region("county", "浙江省", "丽水市", "莲都区"), issuers=("丽水市莲都区教育局",), issued="2022-11-13",
        year=2022, deadlines=dl("2022-11-20"), names=("章晓慧",), phones=("0578-2135678",),
        figures=fig((10, "名"), (5, "个"))),
    doc("h6e_06_ganzhou_news", "news", "甘州区2023年全民终身学习活动周启动",
        region("county", "甘肃省", "张掖市", "甘州区"), year=2023, theme="学习赋能 幸福甘州",
        start="2023-09-16", end="2023-09-22",
        organizers=org(("主办", "区委宣传部"), ("主办", "区教育局"), ("承办", "区社区学院")),
        committee=com("组委会", ("主任", "刘建国"), ("副主任", "赵玉兰"))
        + com("区学习型城区建设领导小组办公室", ("办公室主任", "马文军")),
        figures=fig((86, "所"), (2100, "场次"), (10, "名"), (30, "个"), (1500, "名"))),
    doc("h6e_07_tongling_trad", "plan",
        "铜陵市教育局关于印发《2012年铜陵市全民终身学习活动周工作方案》的通知",
        region("city", "安徽省", "铜陵市"), number="铜教成〔2012〕27号", issuers=("铜陵市教育局",),
        issued="2012-10-09", year=2012, theme="学习·让城市更美好", start="2012-10-20", end="2012-10-26",
        committee=com(LG, ("组长", "汪振华"), ("副组长", "张立群"), ("副组长", "李嘉欣"), ("成员", "马骏"),
                      ("成员", "吴振东"), ("成员", "何晓芸"), ("成员", "葛正阳"), ("成员", "陶家兴"))
        + com(OFF, ("办公室主任", "陶家兴")),
        deadlines=dl("2012-10-15"), names=("汪洋",), phones=("0562-2881234", "13956201234"),
        emails=("tljyjzck@126.com",)),
    doc("h6e_08_kecheng_subgroups", "plan", "柯城区2018年全民终身学习活动周实施方案",
        region("county", "浙江省", "衢州市", "柯城区"), issuers=("柯城区教育局",), issued="2018-10-12",
        year=2018, theme="终身学习　美好柯城", start="2018-10-27", end="2018-11-02",
        organizers=org(("主办", "区教育局"), ("承办", "区社区学院")),
        committee=com(LG, ("组长", "郑国华"), ("副组长", "吴志刚"), ("副组长", "毛丽君"))
        + com(OFF, ("办公室主任", "叶青"))
        + com("宣传报道组", ("组长", "徐建平"), ("成员", "汪丽"), ("成员", "程伟"))
        + com("活动保障组", ("组长", "余凯"), ("成员", "祝小燕"), ("成员", "方雯"), ("成员", "邵凌峰")),
        deadlines=dl("2018-10-22", "2018-11-16"), names=("叶青", "方雯"),
        phones=("0570-8012345", "0570-8012346"), emails=("kcsqxy@163.com",)),
    doc("h6e_09_hongta_weiyuanhui", "news",
        "红塔区召开社区教育工作委员会成立大会暨2014年全民终身学习活动周部署会",
        region("county", "云南省", "玉溪市", "红塔区"), year=2014, start="2014-10-25", end="2014-10-31",
        committee=com("红塔区社区教育工作委员会", ("主任", "杨丽华"), ("副主任", "李正林"), ("副主任", "普志明"))
        + com("委员会办公室", ("办公室主任", "施建兵")),
        deadlines=dl("2014-10-10"), figures=fig((1, "所"), (95, "所"), (46000, "人次"))),
    doc("h6e_10_qibin_baoming", "notice", "淇滨区教育局关于组织申报2020年度淇滨区社区教育特色项目的通知",
        region("county", "河南省", "鹤壁市", "淇滨区"), number="淇教〔2020〕63号", issuers=("淇滨区教育局",),
        issued="2020-09-10", year=2020, deadlines=dl("2020-09-25", "2020-09-28"), names=("李红霞", "牛涛"),
        phones=("0392-3318866", "0392-3318867"), emails=("qbqjyj@163.com",)),
    doc("h6e_11_dongbao_tiaozheng", "notice",
        "关于调整东宝区全民终身学习活动周组委会成员及做好2013年度工作总结的通知",
        region("county", "湖北省", "荆门市", "东宝区"), number="东教发〔2013〕112号", issuers=("东宝区教育局",),
        issued="2013-12-20", year=2013, start="2013-10-19", end="2013-10-25",
        committee=com("组委会", ("主任", "陈志华"), ("主任", "黄丽萍"), ("副主任", "向明"), ("副主任", "彭晓军"),
                      ("副主任", "邓春燕"))
        + com("组委会办公室", ("办公室主任", "黄志勇"), ("办公室副主任", "张敏"), ("办公室副主任", "刘畅")),
        deadlines=dl("2014-01-10"), names=("刘畅",), phones=("0724-2345678",), emails=("dbqzcg@163.com",),
        figures=fig((120, "场"))),
    doc("h6e_12_huaibei_zhengji", "notice", "关于征集2016年淮北市学习型组织建设优秀案例的通知",
        region("city", "安徽省", "淮北市"), issuers=("淮北市教育局",), issued="2016-10-12", year=2016,
        deadlines=dl("2016-11-05"), names=("褚文静",), phones=("0561-3098765", "18956112345"),
        emails=("hbzjzx2016@163.com",)),
    doc("h6e_13_leshan_news", "news", "乐山市2024年全民终身学习活动周开幕 600余名市民共享“学习盛宴”",
        region("city", "四川省", "乐山市"), year=2024, theme="终身学习 共享未来", start="2024-11-02",
        end="2024-11-08",
        organizers=org(("主办", "乐山市教育局"), ("主办", "乐山市精神文明建设办公室"), ("承办", "乐山开放大学")),
        committee=com("市终身教育工作领导小组", ("组长", "谢明华"), ("副组长", "罗晓东")),
        figures=fig((600, "名"), (12, "个"), (8, "名"), (20, "个"), (300, "场"))),
    doc("h6e_14_jiangbei_jiedao", "notice", "关于开展2022年江北街道全民终身学习活动周的通知",
        region("town", "陕西省", "安康市", "汉滨区", "江北街道"), issuers=("汉滨区江北街道办事处",),
        issued="2022-10-12", year=2022, start="2022-10-29", end="2022-11-04",
        organizers=org(("主办", "街道办事处"), ("承办", "街道综合文化站")),
        committee=com("工作领导小组", ("组长", "储开明"), ("组长", "陈霞"), ("副组长", "杨东升"), ("副组长", "葛慧敏"),
                      ("成员", "刘军"), ("成员", "杨帆"), ("成员", "石磊"), ("成员", "付晓燕"), ("成员", "覃玉梅"))
        + com("工作领导小组办公室", ("办公室主任", "付晓燕")),
        deadlines=dl("2022-10-20", "2022-10-22", "2022-11-08"), names=("王蕾",), phones=("0915-3211456",)),
    doc("h6e_15_dongchang_portal", "notice", "东昌区教育局关于开展2021年全民终身学习活动周的通知",
        region("county", "吉林省", "通化市", "东昌区"), number="东教字〔2021〕19号", issuers=("东昌区教育局",),
        issued="2021-09-16", year=2021, theme="学习党史 奋进新时代", start="2021-10-23", end="2021-10-29",
        organizers=org(("主办", "区教育局"), ("主办", "区文明办")),
        committee=com("工作委员会", ("主任", "孙立平"), ("副主任", "赵雪梅"), ("副主任", "周建"), ("成员", "邢丽娜"),
                      ("成员", "韩冬"), ("成员", "鲁文静"))
        + com("工作委员会办公室", ("办公室主任", "邢丽娜")),
        deadlines=dl("2021-10-12", "2021-11-05"), names=("邢丽娜",), phones=("3212345-806",),
        emails=("dcqsjk@163.com",)),
]


if __name__ == "__main__":
    print(write_gold(GOLD, DOCS))
