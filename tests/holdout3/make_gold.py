"""Writes the hand-annotated gold of the third holdout set (annotated before any extractor ran on it).

Judgement calls (see the README conventions): 上百/上千 give base 100/1000 (approx), 数千/数百 give
nothing; a growth rate (同比增长15%) is a year-on-year increase
and is left out (real2 convention, which holds for every corpus); 户 (honoured households) counts like 家;
份 (leaflets), 支 (teams), 期 (course runs), 学时 and money do not; units in an 承办单位 column of a
schedule table are 承办 (explicit role) unless generic plurals; a 新区/开发区 that is not an
administrative division gives its parent city; a 传真 number is not a contact phone; a year omitted
in a December notice's January deadline is the following year; 完成初审 is not a submission deadline.
Changed for issue 9 (real2 convention "only roles for the document's main event", as the real2 README
excludes an exhibition reported in a 简报): in a schedule table only the opening and closing ceremony rows
give organizers; the 承办 of a training or a reading circle in the programme is a side event's (h3_04, h3_16).
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # the repository root, for tests/
from tests.gold_builders import com, contacts, dl, fig, org, region, write_gold  # noqa: E402

GOLD = Path(__file__).parent / "gold"


def doc(id, doc_type, title, region_, *, doc_number=None, issuers=(), issue_date=None, year=None, theme=None,
        start=None, end=None, organizers=(), committee=(), deadlines=(), contacts_=None, figures=()):
    return {"id": id, "doc_type": doc_type, "title": title, "doc_number": doc_number, "issuers": list(issuers),
            "issue_date": issue_date, "campaign_year": year, "region": region_, "theme": theme,
            "event_start": start, "event_end": end, "organizers": list(organizers), "committee": list(committee),
            "deadlines": list(deadlines), "contacts": contacts_ or contacts(), "figures": list(figures)}


LG = "领导小组"
DOCS = [
    doc("h3_01_yanbian_report", "summary", "延边州教育局关于2019年全民终身学习活动周工作情况的报告",
        region("city", "吉林省", "延边朝鲜族自治州"), issuers=["延边州教育局"], issue_date="2019-11-08", year=2019,
        theme="学习新思想 奋进新时代", start="2019-10-20", end="2019-10-26",
        organizers=org(("主办", "州教育局"), ("主办", "州委宣传部"), ("主办", "州文明办"), ("承办", "延边广播电视大学")),
        figures=fig((8, "个"), (326, "场"), (12000, "人次"), (10, "场"), (100, "人"), (46, "个"),
                    (1800, "名"), (98.5, "%"), (120, "门"), (30000, "人次"), (12, "名"), (6, "个"), (40, "%"))),
    doc("h3_02_xilinguole_decision", "notice", "锡林郭勒盟教育局关于表彰2021年全民终身学习活动周先进集体和先进个人的决定",
        region("city", "内蒙古自治区", "锡林郭勒盟"), doc_number="锡教发〔2021〕87号", issuers=["锡林郭勒盟教育局"],
        issue_date="2021-12-06", year=2021, theme="庆祝建党百年 共建学习型社会",
        figures=fig((780, "场次"), (96000, "人次"), (20, "个"), (35, "名"))),
    doc("h3_03_ningxia_call", "notice", "宁夏回族自治区教育厅办公室关于推荐遴选2020年“百姓学习之星”和“终身学习品牌项目”的通知",
        region("province", "宁夏回族自治区"), doc_number="宁教办〔2020〕112号", issuers=["宁夏回族自治区教育厅办公室"],
        issue_date="2020-07-15", year=2020, deadlines=dl("2020-08-31", "2020-08-25"),
        contacts_=contacts(["马老师", "杨老师"], ["0951-5556789", "0951-5556790"], ["NX_ZSJY2020@163.com"])),
    doc("h3_04_kunshan_plan", "plan", "昆山市2018年全民终身学习活动周实施方案", region("county", "江苏省", "苏州市", "昆山市"),
        year=2018, theme="终身学习 幸福昆山", start="2018-10-20", end="2018-10-26",
        organizers=org(("承办", "昆山开放大学"), ("承办", "市教育局")),
        committee=com(LG, ("组长", "陆建平"), ("副组长", "沈志刚"), ("副组长", "顾红英"), ("成员", "周立新"),
                      ("成员", "钱晓东"), ("成员", "朱敏"), ("办公室主任", "朱敏")),
        deadlines=dl("2018-10-15", "2018-11-05"),
        contacts_=contacts(["吴老师"], ["0512-57301234-8021"], ["KS_ZSJY@126.com"])),
    doc("h3_05_huamu_summary", "summary", "花木街道2020年全民终身学习活动周工作小结",
        region("town", "上海市", None, "浦东新区", "花木街道"), issuers=["浦东新区花木街道社区学校"],
        issue_date="2020-11-20", year=2020, theme="学习，让生活更美好", start="2020-11-07", end="2020-11-13",
        organizers=org(("主办", "街道办事处"), ("承办", "街道社区学校")),
        figures=fig((62, "场"), (4800, "人次"), (12, "场"), (20000, "人次"), (3000, "册"), (35, "个"),
                    (100, "%"), (35, "%"))),
    doc("h3_06_hepingli_news", "news", "和平里街道启动2022年全民终身学习活动周",
        region("town", "北京市", None, "东城区", "和平里街道"), year=2022, theme="喜迎二十大 奋进新征程",
        start="2022-11-05", end="2022-11-05",
        organizers=org(("主办", "和平里街道办事处"), ("承办", "和平里街道社区教育学校"), ("指导", "东城区社区教育学院")),
        figures=fig((21, "个"), (200, "名"), (30, "门"))),
    doc("h3_07_nankai_notice", "notice", "天津市南开区教育局关于开展2017年全民终身学习活动周的通知",
        region("county", "天津市", None, "南开区"), doc_number="南教〔2017〕56号", issuers=["天津市南开区教育局"],
        issue_date="2017-09-25", year=2017, theme="终身学习 共享美好生活", start="2017-10-21", end="2017-10-27",
        organizers=org(("主办", "区教育局"), ("主办", "区文明办"), ("承办", "南开区社区学院")),
        committee=com("组织委员会", ("主任", "王建华"), ("副主任", "李静"), ("副主任", "赵国强"), ("成员", "孙丽"),
                      ("成员", "陈伟")),
        deadlines=dl("2017-10-13"), contacts_=contacts(["刘老师"], ["23456789"], ["NKSQXY_2017@126.com"]),
        figures=fig((12, "个"))),
    doc("h3_08_national_list", "notice",
        "中国成人教育协会关于公布2016年全民终身学习活动周“百姓学习之星”和“终身学习品牌项目”名单的通知",
        region("national"), doc_number="中成协〔2016〕30号", issuers=["中国成人教育协会"], issue_date="2016-10-28",
        year=2016, figures=fig((586, "名"), (312, "个"), (100, "名"), (70, "个"))),
    doc("h3_09_ili_call", "notice", "伊犁哈萨克自治州教育局关于推荐2022年度州级“百姓学习之星”的通知",
        region("city", "新疆维吾尔自治区", "伊犁哈萨克自治州"), issuers=["伊犁哈萨克自治州教育局"],
        issue_date="2022-12-12", year=2022, deadlines=dl("2023-01-10"),
        contacts_=contacts(["阿依古丽"], ["0999-8021234"], ["YL_jyj@163.com"]), figures=fig((48, "名"))),
    doc("h3_10_chendai_plan", "plan", "陈埭镇2019年全民终身学习活动周活动方案",
        region("town", "福建省", "泉州市", "晋江市", "陈埭镇"), issuers=["陈埭镇人民政府"], issue_date="2019-10-08",
        year=2019, theme="学习新思想 建设新陈埭", start="2019-10-19", end="2019-10-25",
        organizers=org(("承办", "镇成人文化技术学校"), ("承办", "镇文体服务中心")),
        committee=com(LG, ("组长", "林志明"), ("副组长", "许文彬"), ("副组长", "丁美玲")), deadlines=dl("2019-10-30")),
    doc("h3_11_dajun_summary", "summary", "大均乡2021年全民终身学习活动周总结",
        region("town", "浙江省", "丽水市", "景宁畲族自治县", "大均乡"), issuers=["景宁畲族自治县大均乡人民政府"],
        issue_date="2021-11-03", year=2021, theme="学习点亮生活 文化振兴乡村", start="2021-10-24", end="2021-10-30",
        organizers=org(("主办", "乡人民政府"), ("承办", "乡成人文化技术学校")),
        figures=fig((6, "位"), (300, "人次"), (9, "个"), (1200, "本"), (96, "%"))),
    doc("h3_12_jiangbei_news", "news", "江北新区2023年全民终身学习活动周开幕", region("city", "江苏省", "南京市"),
        year=2023, theme="终身学习 向新而行", start="2023-10-28", end="2023-10-28",
        organizers=org(("主办", "江北新区社会事业局"), ("承办", "新区社区培训学院")),
        figures=fig((1000, "门"), (10, "名"), (500, "名"), (100, "场"))),
    doc("h3_13_zhengzhou_kaifaqu", "notice", "郑州经济技术开发区社会事业局关于开展2018年全民终身学习活动周的通知",
        region("city", "河南省", "郑州市"), issuers=["郑州经济技术开发区社会事业局"], issue_date="2018-09-28", year=2018,
        theme="新时代 新学习 新生活", start="2018-10-20", end="2018-10-26",
        committee=com(LG, ("组长", "王海涛"), ("副组长", "刘芳"), ("副组长", "陈明")),
        deadlines=dl("2018-10-18", "2018-11-10"),
        contacts_=contacts(["张老师", "李老师"], ["0371-66781234", "0371-66781235"], ["JKQ_SHSYJ@163.com"])),
    doc("h3_14_zhuzhou_report", "summary", "株洲市教育局关于2016年全民终身学习活动周开展情况的报告",
        region("city", "湖南省", "株洲市"), issuers=["株洲市教育局"], issue_date="2016-11-10", year=2016,
        theme="学习成就梦想 创新引领未来", start="2016-10-22", end="2016-10-28",
        figures=fig((9, "个"), (1200, "场"), (325000, "人次"), (60, "次"), (86, "篇"), (25, "家"),
                    (100, "户"), (40, "名"))),
    doc("h3_15_keqiao_tongbao", "notice", "绍兴市柯桥区教育体育局关于2015年全民终身学习活动周工作情况的通报",
        region("county", "浙江省", "绍兴市", "柯桥区"), doc_number="柯教体〔2015〕201号", issuers=["绍兴市柯桥区教育体育局"],
        issue_date="2015-12-10", year=2015, theme="学习改变生活 创新引领未来", start="2015-10-24", end="2015-10-30",
        figures=fig((16, "个"), (540, "场"), (82000, "人次"), (8, "个"), (15, "项"), (30, "名"))),
    doc("h3_16_weifang_plan", "plan", "潍坊市2017年全民终身学习活动周实施方案", region("city", "山东省", "潍坊市"),
        year=2017, theme="全民学习 共建共享", start="2017-10-21", end="2017-10-27",
        organizers=org(("主办", "市教育局"), ("主办", "市文明办"), ("承办", "潍坊广播电视大学")),
        committee=com(LG, ("组长", "孙立新"), ("副组长", "郑晓梅"), ("副组长", "王刚"), ("成员", "赵文华"),
                      ("成员", "钱丽丽"), ("办公室主任", "赵文华")),
        deadlines=dl("2017-10-16")),
    doc("h3_17_jinghong_news", "news", "景洪市举办2020年全民终身学习活动周启动仪式",
        region("county", "云南省", "西双版纳傣族自治州", "景洪市"), year=2020, theme="终身学习 共建美丽家园",
        start="2020-11-06", end="2020-11-12",
        organizers=org(("主办", "景洪市教育体育局"), ("承办", "景洪市社区教育学院"), ("协办", "西双版纳职业技术学院")),
        figures=fig((600, "人"), (8, "门"))),
    doc("h3_18_shiyan_news", "news", "十堰市2014年全民终身学习活动周圆满闭幕", region("city", "湖北省", "十堰市"),
        year=2014, theme="全民终身学习 创造出彩人生", start="2014-10-19", end="2014-10-25",
        figures=fig((800, "场"), (100000, "人次"), (200, "名"), (20, "名"), (10, "个"))),
    doc("h3_19_shapingba_notice", "notice", "重庆市沙坪坝区教育委员会关于举办2016年全民终身学习活动周的通知",
        region("county", "重庆市", None, "沙坪坝区"), doc_number="沙教委发〔2016〕143号",
        issuers=["重庆市沙坪坝区教育委员会"], issue_date="2016-09-20", year=2016, theme="终身学习 创新沙坪坝",
        start="2016-10-22", end="2016-10-28", organizers=org(("主办", "区教委"), ("承办", "沙坪坝区社区教育学院")),
        deadlines=dl("2016-10-12", "2016-11-04"),
        contacts_=contacts(["周老师"], ["65361234转802"], ["spbsqjy@163.com"])),
    doc("h3_20_dafeng_summary", "summary", "盐城市大丰区2022年全民终身学习活动周工作总结",
        region("county", "江苏省", "盐城市", "大丰区"), issuers=["盐城市大丰区教育局"], issue_date="2022-11-15", year=2022,
        theme="喜迎二十大 学习向未来", start="2022-10-22", end="2022-10-28",
        organizers=org(("主办", "区教育局"), ("主办", "区委宣传部"), ("承办", "大丰区社区教育中心")),
        figures=fig((11, "个"), (300, "场"), (45000, "人次"), (18000, "人次"), (40, "%"), (126, "所"), (2000, "门"),
                    (12, "次"), (500, "户"), (30, "个"), (1500, "名"), (5, "名"), (3, "个"))),
    doc("h3_21_shanxi_call", "notice", "山西省教育厅关于遴选2019年山西省终身学习品牌项目的通知", region("province", "山西省"),
        doc_number="晋教职成函〔2019〕35号", issuers=["山西省教育厅"], issue_date="2019-05-30", year=2019,
        deadlines=dl("2019-06-28"),
        contacts_=contacts(["赵老师", "孙老师"], ["0351-3046123", "0351-7654321"], ["SXZCC_2019@126.com"]),
        figures=fig((86, "个"))),
    doc("h3_22_xijiang_plan", "plan", "西江镇2023年全民终身学习活动周实施方案",
        region("town", "贵州省", "黔东南苗族侗族自治州", "雷山县", "西江镇"), issuers=["西江镇人民政府"],
        issue_date="2023-10-25", year=2023, theme="终身学习 共建美丽苗寨", start="2023-11-05", end="2023-11-11",
        committee=com(LG, ("组长", "杨光明"), ("副组长", "侯国华"), ("副组长", "李秀英"), ("成员", "吴志刚"),
                      ("成员", "潘小红"), ("成员", "唐文军"), ("办公室主任", "唐文军")),
        deadlines=dl("2023-11-20")),
    doc("h3_23_huangshan_tongbao", "notice", "黄山市教育局关于通报表扬2018年全民终身学习活动周先进单位和先进个人的通知",
        region("city", "安徽省", "黄山市"), doc_number="黄教〔2018〕118号", issuers=["黄山市教育局"],
        issue_date="2018-12-20", year=2018, theme="服务国家重大战略 推动全民终身学习", start="2018-10-20",
        end="2018-10-26", figures=fig((18, "个"), (42, "名"))),
    doc("h3_24_shaoshan_summary", "summary", "韶山市2015年全民终身学习活动周工作总结",
        region("county", "湖南省", "湘潭市", "韶山市"), issuers=["韶山市教育局"], issue_date="2015-11-12", year=2015,
        start="2015-10-24", end="2015-10-30", organizers=org(("主办", "市教育局"), ("承办", "韶山市社区学院")),
        figures=fig((4, "个"), (2, "个"), (150, "场"), (23000, "人次"), (20, "%"), (1000, "人次"), (20, "次"),
                    (10, "名"), (50, "户"), (60, "%"))),
    doc("h3_25_shantou_notice", "notice", "汕头市教育局关于举办2024年全民终身学习活动周的通知",
        region("city", "广东省", "汕头市"), issuers=["汕头市教育局"], issue_date="2024-10-18", year=2024,
        theme="数字赋能 终身学习向未来", start="2024-11-09", end="2024-11-15",
        organizers=org(("主办", "市教育局"), ("承办", "汕头开放大学"), ("协办", "市社区教育指导中心")),
        deadlines=dl("2024-10-31", "2024-12-10"),
        contacts_=contacts(["林老师", "陈老师"], ["0754-88861234", "13800001234"], ["st_zsxx@163.com"])),
]


if __name__ == "__main__":
    print(write_gold(GOLD, DOCS))
