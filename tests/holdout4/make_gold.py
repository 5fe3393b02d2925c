"""Writes the hand-annotated gold of the fourth holdout set (annotated before any extractor ran on it).

All 22 documents are news reports and web copies (openings, launches, closings, award ceremonies,
成果展, 老年大学 and 读书节 events joined to the activity week). Judgement calls (see the README
conventions): counts of 展位 (booths), 件 (works), 份 (leaflets), 期 (course runs) and ages are not
figures; honoured or equipped groups counted with 个/所/家 are units and count; a closing report that
states the opening day gives the week period; 昨天/日前 give no date; a news item has no issuers even
when its 来源 line names a newspaper; a committee role is kept only with its committee body
(组委会主任、副州长X); a year only in a web publish time is not used for the event date.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # the repository root, for tests/
from tests.gold_builders import fig, org, region, write_gold  # noqa: E402

GOLD = Path(__file__).parent / "gold"


def news(id, title, region_, *, year=None, theme=None, start=None, end=None, organizers=(), committee=(),
         figures=()):
    return {"id": id, "doc_type": "news", "title": title, "doc_number": None, "issuers": [],
            "issue_date": None, "campaign_year": year, "region": region_, "theme": theme,
            "event_start": start, "event_end": end or start, "organizers": list(organizers),
            "committee": list(committee), "deadlines": [],
            "contacts": {"names": [], "phones": [], "emails": []}, "figures": list(figures)}


DOCS = [
    news("h4_01_shangyu_news", "上虞区2024年全民终身学习活动周开幕", region("county", "浙江省", "绍兴市", "上虞区"),
         year=2024, theme="学习新征程 奋进新时代", start="2024-10-18",
         organizers=org(("主办", "区教育体育局"), ("承办", "区社区学院"), ("承办", "曹娥街道办事处")),
         figures=fig((32, "家"), (10, "名"), (6, "个"), (1500, "名"), (200, "场"))),
    news("h4_02_guizhou_news", "2023年贵州省全民终身学习活动周启动", region("province", "贵州省"),
         year=2023, theme="终身学习 黔行致远", start="2023-11-03",
         organizers=org(("指导", "教育部职业教育与成人教育司"), ("主办", "省教育厅"), ("主办", "省委宣传部"),
                        ("主办", "省文明办"), ("承办", "安顺市人民政府"), ("承办", "安顺市开放大学")),
         figures=fig((50, "名"), (20, "个"), (5000, "场"), (1000000, "人次"))),
    news("h4_03_national_news", "2024年全民终身学习活动周全国总开幕式在山东济南举行", region("national"),
         year=2024, theme="终身学习 强国有我", start="2024-11-08",
         organizers=org(("主办", "教育部"), ("主办", "中央宣传部"), ("主办", "中央文明办"), ("主办", "民政部"),
                        ("主办", "文化和旅游部"), ("主办", "国家广播电视总局"), ("主办", "中国科协"),
                        ("承办", "山东省教育厅"), ("承办", "济南市人民政府")),
         figures=fig((100, "名"), (100, "个"), (31, "个"), (20000, "门"))),
    news("h4_04_qingshanhu_award", "青山湖区举行“百姓学习之星”颁奖典礼", region("county", "江西省", "南昌市", "青山湖区"),
         year=2022, organizers=org(("主办", "区教育局"), ("主办", "区总工会")),
         figures=fig((20, "名"), (5, "个"), (12000, "人次"))),
    news("h4_05_jiujiang_laoda", "鸠江区老年大学2025年秋季开学典礼暨全民终身学习活动周启动仪式举行",
         region("county", "安徽省", "芜湖市", "鸠江区"), year=2025, start="2025-09-12",
         organizers=org(("主办", "鸠江区委老干部局"), ("主办", "区教育局"), ("承办", "区老年大学")),
         figures=fig((86, "门"), (2300, "人"), (12, "场"))),
    news("h4_06_wujin_dushujie", "武进区全民终身学习活动周暨第五届全民读书节开幕",
         region("county", "江苏省", "常州市", "武进区"), year=2023, theme="书香武进 学习致远",
         organizers=org(("主办", "区教育局"), ("主办", "区文体广电和旅游局"), ("承办", "区社区培训学院"),
                        ("承办", "区图书馆")),
         figures=fig((30, "所"), (5000, "册"), (8, "家"), (60, "场"))),
    news("h4_07_nanhai_trad", "南海區2022年全民終身學習活動周開幕", region("county", "广东省", "佛山市", "南海区"),
         year=2022, theme="學習新思想 奮進新時代", start="2022-10-22",
         organizers=org(("主办", "南海區教育局"), ("承办", "南海區社區教育學院")),
         figures=fig((120, "门"), (15, "个"), (1000, "名"))),
    news("h4_08_cuiping_cut", "翠屏区启动2024年全民终身学习活动周", region("county", "四川省", "宜宾市", "翠屏区"),
         year=2024, theme="人人皆学 处处能学 时时可学", start="2024-10-25",
         organizers=org(("主办", "翠屏区教育和体育局"), ("承办", "区社区教育学院")), figures=fig((12, "个"))),
    news("h4_09_chuzhou_noise", "滁州市2021年全民终身学习活动周开幕式举行", region("city", "安徽省", "滁州市"),
         year=2021, theme="终身学习 美好生活", start="2021-11-06",
         organizers=org(("主办", "市教育体育局"), ("主办", "市委宣传部"), ("承办", "滁州城市职业学院")),
         figures=fig((15, "名"), (8, "个"), (300, "场次"))),
    news("h4_10_juxian_riqian", "莒县举办全民终身学习活动周启动仪式", region("county", "山东省", "日照市", "莒县"),
         theme="终身学习 幸福莒县",
         organizers=org(("主办", "县教育和体育局"), ("承办", "县职业教育中心学校")),
         figures=fig((20, "个"), (600, "名"))),
    news("h4_11_wucheng_chengguozhan", "婺城区社区教育成果展亮相活动周", region("county", "浙江省", "金华市", "婺城区"),
         year=2023, start="2023-11-02", end="2023-11-08",
         organizers=org(("主办", "婺城区教育局"), ("承办", "区社区学院")), figures=fig((18, "个"), (5000, "人次"))),
    news("h4_12_badaguan_street", "八大关街道启动2022年全民终身学习活动周",
         region("town", "山东省", "青岛市", "市南区", "八大关街道"), year=2022, theme="学习强国 悦享生活",
         start="2022-10-16",
         organizers=org(("指导", "市南区教育和体育局"), ("主办", "八大关街道办事处"), ("承办", "八大关街道社区教育学校")),
         figures=fig((5, "个"), (200, "人"))),
    news("h4_13_xiangyang_news", "襄阳市2025年全民终身学习活动周启动", region("city", "湖北省", "襄阳市"),
         year=2025, theme="终身学习 汉江追梦", start="2025-10-26",
         organizers=org(("主办", "市教育局"), ("主办", "市委宣传部"), ("主办", "市文明办"), ("主办", "市民政局"),
                        ("承办", "襄阳职业技术学院")),
         figures=fig((9, "个"), (3000, "名"))),
    news("h4_14_shenyang_bimu", "沈阳市2023年全民终身学习活动周闭幕", region("city", "辽宁省", "沈阳市"),
         year=2023, theme="学习贯彻二十大 终身学习向未来", start="2023-10-22", end="2023-10-28",
         figures=fig((13, "个"), (1260, "场"), (426000, "人次"), (30, "个"))),
    news("h4_15_wuyuan_county", "婺源县举行2021年全民终身学习活动周开幕式", region("county", "江西省", "上饶市", "婺源县"),
         year=2021, start="2021-11-05",
         organizers=org(("主办", "县教体局"), ("主办", "县文明办"), ("承办", "县职业中学")),
         figures=fig((16, "个"), (800, "名"))),
    news("h4_16_guangxi_news", "2022年广西全民终身学习活动周在柳州启动", region("province", "广西壮族自治区"),
         year=2022, theme="喜迎二十大 学习向未来", start="2022-11-11",
         organizers=org(("主办", "自治区教育厅"), ("主办", "自治区党委宣传部"), ("主办", "自治区文明办"),
                        ("承办", "柳州市教育局")),
         figures=fig((30, "名"), (20, "个"))),
    news("h4_17_enshi_committee", "恩施州2024年全民终身学习活动周开幕", region("city", "湖北省", "恩施土家族苗族自治州"),
         year=2024, theme="终身学习 恩施有为", start="2024-10-20",
         organizers=org(("主办", "州教育局"), ("主办", "州委宣传部"), ("主办", "州文明办"), ("承办", "恩施职业技术学院")),
         committee=[{"body": "州终身学习活动周组委会", "role": "主任", "name": "田光荣"}],
         figures=fig((8, "个"), (200, "名"))),
    news("h4_18_liuyang_figures", "2024年浏阳市全民终身学习活动周圆满落幕", region("county", "湖南省", "长沙市", "浏阳市"),
         year=2024, start="2024-10-20", end="2024-10-26",
         organizers=org(("主办", "浏阳市教育局"), ("承办", "浏阳市社区教育学院")),
         figures=fig((32, "个"), (460, "场"), (120000, "人次"), (3000, "门"))),
    news("h4_19_deyang_colon", "德阳：全民终身学习活动周开幕", region("city", "四川省", "德阳市"),
         year=2022, theme="学习新思想 奋进新征程", start="2022-10-29",
         organizers=org(("指导", "市委教育工委"), ("主办", "市教育局"), ("承办", "德阳开放大学")),
         figures=fig((10, "名"), (300, "名"))),
    news("h4_20_taizhou_award", "台州市举行2021年“百姓学习之星”颁奖暨全民终身学习活动周启动仪式",
         region("city", "浙江省", "台州市"), year=2021, start="2021-11-01",
         organizers=org(("主办", "台州市教育局"), ("主办", "台州市文明办"), ("承办", "台州广播电视大学")),
         figures=fig((20, "名"), (10, "个"))),
    news("h4_21_hanjiang_related", "邗江区全民终身学习活动周开幕", region("county", "江苏省", "扬州市", "邗江区"),
         year=2023, theme="学习让生活更美好", start="2023-10-19",
         organizers=org(("主办", "区教育局"), ("承办", "区社区培训学院")), figures=fig((14, "个"), (400, "名"))),
    news("h4_22_jingan_trad", "靜安區2024年全民終身學習活動週開幕", region("county", "上海市", None, "静安区"),
         year=2024, theme="數字賦能 樂學靜安", start="2024-11-02",
         organizers=org(("主办", "靜安區教育局"), ("承办", "靜安區社區學院")), figures=fig((100, "门"), (8, "名"))),
]


if __name__ == "__main__":
    print(write_gold(GOLD, DOCS))
