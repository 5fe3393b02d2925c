"""Write the hand annotations of tests/holdout2 as gold JSON files (one per document).

The annotations were made by reading each document against ../shared/eval/README.md before
any extractor was run on it; this script only serialises them in the gold form.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

GOLD = Path(__file__).resolve().parent / "gold"


def region(level: str, prov: str | None = None, city: str | None = None,
           county: str | None = None, town: str | None = None) -> dict[str, Any]:
    return {"level": level, "province": prov, "city": city, "county": county, "town": town}


def doc(id_: str, doc_type: str, title: str, *, number: str | None = None, issuers: tuple[str, ...] = (),
        issue: str | None = None, year: int | None, reg: dict[str, Any], theme: str | None = None,
        start: str | None = None, end: str | None = None, orgs: tuple[tuple[str, str], ...] = (),
        committee: tuple[tuple[str, str], ...] = (), deadlines: tuple[tuple[str | None, str], ...] = (),
        names: tuple[str, ...] = (), phones: tuple[str, ...] = (), emails: tuple[str, ...] = (),
        figures: tuple[tuple[float, str, str], ...] = ()) -> None:
    record = {
        "id": id_, "doc_type": doc_type, "title": title, "doc_number": number, "issuers": list(issuers),
        "issue_date": issue, "campaign_year": year, "region": reg, "theme": theme,
        "event_start": start, "event_end": end,
        "organizers": [{"role": r, "name": n} for r, n in orgs],
        "committee": [{"role": r, "name": n} for r, n in committee],
        "deadlines": [{"date": d, "what": w} for d, w in deadlines],
        "contacts": {"names": list(names), "phones": list(phones), "emails": list(emails)},
        "figures": [{"value": v, "unit": u, "what": w} for v, u, w in figures],
    }
    (GOLD / f"{id_}.json").write_text(json.dumps(record, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def part1() -> None:
    doc("h2_01_mianyang_news", "news", "绵阳市2019年全民终身学习活动周开幕", year=2019,
        reg=region("city", "四川省", "绵阳市"), theme="学习新思想 建功新时代",
        start="2019-10-20", end="2019-10-26",
        orgs=(("主办", "绵阳市教育和体育局"), ("主办", "绵阳市精神文明建设办公室"),
              ("承办", "涪城区人民政府"), ("承办", "绵阳广播电视大学")),
        figures=((20, "名", "百姓学习之星"), (12, "个", "终身学习品牌项目"), (3000, "名", "参与市民"),
                 (9, "个", "覆盖县市区"), (460, "场", "各类学习活动")))
    doc("h2_02_hunan_notice", "notice", "湖南省教育厅办公室关于举办2021年全民终身学习活动周的通知",
        number="湘教办通〔2021〕56号", issuers=("湖南省教育厅办公室",), issue="2021-09-08", year=2021,
        reg=region("province", "湖南省"), theme="庆祝建党百年 奋进终身学习新征程",
        start="2021-10-24", end="2021-10-30",
        orgs=(("主办", "湖南省教育厅"), ("承办", "湖南开放大学"), ("承办", "常德市教育局"),
              ("协办", "湖南省社区教育协会")),
        deadlines=(("2021-10-15", "报送实施方案和推荐材料"), ("2021-11-30", "报送工作总结及统计表")),
        names=("刘志强", "彭丽"), phones=("0731-84714321", "0731-84401234", "13807311234"),
        emails=("hnzcjy2021@163.com",))
    doc("h2_03_shunde_trad", "notice", "順德區教育局關於組織參加2016年全民終身學習活動周系列活動的通知",
        issuers=("佛山市順德區教育局",), issue="2016-09-26", year=2016,
        reg=region("county", "广东省", "佛山市", "顺德区"), theme="學習成就夢想 創新引領未來",
        start="2016-10-22", end="2016-10-28",
        orgs=(("主办", "佛山市順德區教育局"), ("承办", "順德區社區教育指導中心")),
        deadlines=(("2016-10-14", "征文报名截止"), ("2016-10-18", "报送展品清单")),
        names=("陳老師", "梁老師"), phones=("0757-22381234", "22385678"), emails=("sdsqjy@126.com",))
    doc("h2_04_xuhui_plan", "plan", "徐汇区2017年全民终身学习活动周实施方案",
        issuers=("徐汇区教育局",), issue="2017-10-09", year=2017,
        reg=region("county", "上海市", None, "徐汇区"), theme="学习，让生活更美好",
        start="2017-11-04", end="2017-11-10",
        orgs=(("主办", "区教育局"), ("主办", "区文明办"), ("承办", "区社区学院"), ("协办", "徐家汇街道")),
        committee=(("组长", "沈建平"), ("副组长", "顾一鸣"), ("副组长", "陆萍"), ("成员", "吴晓东"),
                   ("成员", "钱佳琦"), ("成员", "黄国栋"), ("办公室主任", "钱佳琦")),
        deadlines=(("2017-10-20", "报送学习之星推荐表"), ("2018-01-10", "报送年度终身学习工作总结")),
        names=("钱佳琦",), phones=("64871234", "13916621234"))
    doc("h2_05_jiangbei_gongshi", "notice",
        "关于2022年江北区“百姓学习之星”和“终身学习品牌项目”拟推荐对象的公示",
        issuers=("重庆市江北区教育委员会",), issue="2022-10-31", year=2022,
        reg=region("county", "重庆市", None, "江北区"),
        deadlines=(("2022-11-07", "公示期结束"),),
        phones=("023-67851234",), emails=("jbqzck@163.com",),
        figures=((5, "位", "拟推荐百姓学习之星"), (3, "个", "拟推荐终身学习品牌项目")))
    doc("h2_06_qiqihar_summary", "summary", "齐齐哈尔市2018年全民终身学习活动周工作总结",
        issuers=("齐齐哈尔市教育局",), issue="2018-11-15", year=2018,
        reg=region("city", "黑龙江省", "齐齐哈尔市"), theme="新时代 新学习 新生活",
        start="2018-10-27", end="2018-11-02",
        orgs=(("主办", "市教育局"), ("主办", "市精神文明建设委员会办公室"), ("承办", "齐齐哈尔广播电视大学")),
        figures=((386, "场", "各类学习活动"), (126000, "人次", "参与市民"), (156, "个", "覆盖社区"),
                 (1200, "名", "开幕式当天参加市民"), (30, "名", "百姓学习之星"), (15, "个", "终身学习品牌项目"),
                 (3, "名", "推荐参评全省百姓学习之星"), (42, "门", "老年大学体验课程"), (5000, "册", "赠送图书"),
                 (300000, "人次", "线上课程访问量"), (38, "%", "农村地区参与率")))


def part2() -> None:
    doc("h2_07_jiangsu_nominate", "notice", "江苏省教育厅关于推荐2024年全省终身学习品牌项目的通知",
        number="苏教职函〔2024〕31号", issuers=("江苏省教育厅",), issue="2024-08-26", year=2024,
        reg=region("province", "江苏省"),
        deadlines=(("2024-09-20", "报送推荐汇总表"),),
        names=("王海燕", "孙倩"), phones=("025-83335123", "025-86263456", "15951801234"),
        emails=("jssqjy2024@126.com",))
    doc("h2_08_hexi_news", "news", "河西区启动2023年全民终身学习活动周 老年教育成亮点", year=2023,
        reg=region("county", "天津市", None, "河西区"), start="2023-11-05", end="2023-11-11",
        orgs=(("主办", "河西区教育局"), ("承办", "河西区社区学院"), ("承办", "河西区老年大学")),
        figures=((13, "个", "街道同步设立分会场"), (20, "个", "老年教育特色班级"), (500, "位", "老年学员登台"),
                 (8, "个", "优秀社区学习共同体"), (150, "项", "线上线下学习活动"), (76, "所", "老年学校（教学点）"),
                 (23000, "人", "在册老年学员")))
    doc("h2_09_huangyan_trad", "news", "黃巖區2020年全民終身學習活動周啟動", year=2020,
        reg=region("county", "浙江省", "台州市", "黄岩区"), theme="奮進新時代 終身學習伴我行",
        start="2020-10-25", end="2020-10-25",
        orgs=(("主办", "黃巖區教育局"), ("主办", "黃巖區文明辦"), ("承办", "黃巖區社區學院"),
              ("协办", "東城街道辦事處")),
        figures=((12, "所", "社区学习中心授牌"), (10, "名", "百姓学习之星"), (19, "个", "乡镇（街道）"),
                 (600, "名", "居民代表"), (80, "门", "推出课程"), (100, "%", "社区学校达标率"),
                 (150000, "人次", "累计培训居民")))
    doc("h2_10_jinfeng_notice", "notice",
        "关于开展金凤区2015年全民终身学习活动周“社区学习成果”征集活动的通知",
        number="金凤教发〔2015〕88号", issuers=("银川市金凤区教育局",), issue="2015-09-28", year=2015,
        reg=region("county", "宁夏回族自治区", "银川市", "金凤区"),
        deadlines=(("2015-10-25", "报送作品及汇总表"),),
        names=("杨建华",), phones=("0951-5012345", "5012346"), emails=("jfsqjy@163.com",))
    doc("h2_11_luoyang_plan", "plan", "洛阳市2012年全民终身学习活动周活动方案",
        issuers=("洛阳市教育局",), issue="2012-09-20", year=2012,
        reg=region("city", "河南省", "洛阳市"), theme="全民学习 终身学习 建设学习型洛阳",
        start="2012-10-20", end="2012-10-26",
        orgs=(("指导", "河南省教育厅"), ("主办", "洛阳市教育局"), ("主办", "洛阳市精神文明建设指导委员会办公室"),
              ("承办", "涧西区人民政府"), ("承办", "洛阳广播电视大学"), ("协办", "洛阳市图书馆"),
              ("协办", "洛阳日报社"), ("支持", "洛阳市老年大学")),
        deadlines=(("2012-10-12", "报送学习型家庭推荐材料"),),
        names=("马骏", "黄蕾"), phones=("0379-63221234", "0379-64581234"))
    doc("h2_12_zibo_news", "news", "张店区举办2014年全民终身学习活动周开幕式", year=2014,
        reg=region("county", "山东省", "淄博市", "张店区"), theme="倡导全民阅读 建设书香张店",
        start="2014-10-20", end="2014-10-20",
        orgs=(("主办", "张店区人民政府"), ("承办", "区社区教育学院")),
        figures=((5, "位", "终身学习之星"), (6, "个", "学习型家庭"), (12, "个", "社区教育学习站授牌"),
                 (1000, "名", "参观居民"), (20, "项", "学习体验活动"), (18000, "人次", "培训居民")))
    doc("h2_13_national_news", "news", "2025年全民终身学习活动周在福建福州启动", year=2025,
        reg=region("national"), theme="数智赋能终身学习 共建共享学习型社会",
        start="2025-11-09", end="2025-11-09",
        orgs=(("主办", "教育部"), ("主办", "福建省人民政府"), ("承办", "福建省教育厅"), ("承办", "福州市人民政府")),
        figures=((100, "名", "百姓学习之星"), (100, "个", "终身学习品牌项目"), (20000, "门", "免费开放课程"),
                 (100000000, "人次", "累计参与群众")))
    doc("h2_14_yichang_summary", "summary", "宜昌市教育局关于2020年全民终身学习活动周工作情况的报告",
        issuers=("宜昌市教育局",), issue="2020-11-20", year=2020,
        reg=region("city", "湖北省", "宜昌市"), theme="学习成就美好生活",
        start="2020-11-01", end="2020-11-07",
        orgs=(("主办", "市教育局"), ("主办", "市委宣传部"), ("主办", "市文明办"),
              ("承办", "三峡电视大学（宜昌市社区大学）")),
        figures=((13, "个", "县市区"), (5, "所", "高校"), (520, "场", "线下学习活动"), (68, "场", "线上直播讲座"),
                 (315000, "人次", "参与市民"), (42.6, "%", "60岁以上老年人占比"), (25, "名", "百姓学习之星"),
                 (10, "项", "终身学习品牌项目"), (40, "名", "优秀社区教育工作者"), (110, "家", "免费开放场馆"),
                 (42000, "人", "新增注册用户")))


def part3() -> None:
    doc("h2_15_xining_notice", "notice", "西宁市教育局关于举办2014年全民终身学习活动周的通知",
        number="宁教〔2014〕146号", issuers=("西宁市教育局",), issue="2014-09-22", year=2014,
        reg=region("city", "青海省", "西宁市"), theme="倡导全民阅读 建设学习型社会",
        deadlines=(("2014-10-10", "报送百姓学习之星推荐表"), ("2014-11-05", "报送统计表")),
        names=("马晓燕",), phones=("13897001234",), emails=("xnzcc2014@163.com",))
    doc("h2_16_guilin_tongbao", "notice",
        "桂林市教育局关于表扬2019年全民终身学习活动周先进单位和先进个人的通报",
        number="市教发〔2019〕102号", issuers=("桂林市教育局",), issue="2019-12-03", year=2019,
        reg=region("city", "广西壮族自治区", "桂林市"), theme="学习新思想 建功新时代",
        start="2019-10-19", end="2019-10-25",
        figures=((600, "场", "各类学习活动"), (250000, "人次", "参与群众"), (15, "个", "先进单位"),
                 (30, "名", "先进个人")))
    doc("h2_17_baotou_plan", "plan", "包头市创建学习型城市工作方案（2016—2018年）",
        issuers=("包头市人民政府办公厅",), issue="2016-04-12", year=2016,
        reg=region("city", "内蒙古自治区", "包头市"),
        committee=(("组长", "赵永刚"), ("副组长", "刘建英"), ("副组长", "高志明"), ("办公室主任", "白玉兰")),
        names=("乌兰",), phones=("0472-5161234",))
    doc("h2_18_putian_news", "news", "荔城区：社区教育进万家 终身学习伴我行", year=2021,
        reg=region("county", "福建省", "莆田市", "荔城区"), theme="学习党史 砥砺前行",
        start="2021-11-15", end="2021-11-21",
        orgs=(("主办", "荔城区教育局"), ("承办", "荔城区社区学院"), ("协办", "区图书馆"), ("协办", "区文化馆")),
        figures=((300, "人", "启动仪式参加人员"), (7, "个", "街道（镇）"), (42, "个", "村（社区）"),
                 (1500, "本", "赠送学习读本"), (10, "个", "终身学习体验基地授牌")))
    doc("h2_19_taiyuan_notice", "notice", "关于开展2008年全民终身学习活动周活动的通知",
        number="并教职成〔2008〕21号", issuers=("太原市教育局",), issue="2008-09-12", year=2008,
        reg=region("city", "山西省", "太原市"), theme="全民学习、终身学习，促进人的全面发展",
        deadlines=(("2008-09-30", "报送活动方案"), ("2008-11-15", "报送活动总结和图片资料")),
        names=("郭秀英",), phones=("0351-4121234",))
    doc("h2_20_karamay_news", "news", "克拉玛依市老年大学举办终身学习活动周开幕式", year=2017,
        reg=region("city", "新疆维吾尔自治区", "克拉玛依市"), theme="终身学习 快乐生活",
        start="2017-10-28", end="2017-10-28",
        orgs=(("主办", "市教育局"), ("主办", "市老干部局"), ("承办", "市老年大学")),
        figures=((200, "位", "参演老年学员"), (2000, "人次", "观展"), (56, "门", "开设课程"),
                 (4800, "名", "在校学员")))
    doc("h2_21_qujing_notice", "notice", "曲靖市教育体育局关于成立2023年全民终身学习活动周组织委员会的通知",
        issuers=("曲靖市教育体育局",), issue="2023-09-15", year=2023,
        reg=region("city", "云南省", "曲靖市"),
        committee=(("主任", "杨帆"), ("副主任", "张文斌"), ("副主任", "李春燕"), ("成员", "何志勇"),
                   ("成员", "罗娟"), ("成员", "普建国"), ("办公室主任", "何志勇")))
    doc("h2_22_chongchuan_street", "summary", "任港街道2022年全民终身学习活动周工作小结",
        issuers=("任港街道社区教育中心",), issue="2022-11-18", year=2022,
        reg=region("town", "江苏省", "南通市", "崇川区", "任港街道"), theme="喜迎二十大 学习向未来",
        start="2022-11-06", end="2022-11-12",
        orgs=(("主办", "任港街道办事处"), ("承办", "街道社区教育中心"), ("协办", "南通市第二中学"),
              ("协办", "任港派出所")),
        figures=((11, "个", "社区"), (48, "场", "各类学习活动"), (3600, "人次", "参与居民"),
                 (300, "名", "培训老年人"), (6, "场", "家庭教育讲座"), (200, "名", "新增团队成员")))
    doc("h2_23_zunyi_plan", "plan", "遵義市2019年全民終身學習活動周實施方案",
        issuers=("遵義市教育局",), year=2019, reg=region("city", "贵州省", "遵义市"),
        theme="學習新思想 建功新時代", start="2019-10-21", end="2019-10-27",
        orgs=(("主办", "遵義市教育局"), ("承办", "遵義市社區教育指導中心"), ("承办", "紅花崗區教育局")),
        deadlines=(("2019-10-18", "报送百姓学习之星推选材料"),),
        names=("冉華", "陳曉"), phones=("0851-28221234", "18685201234"), emails=("zysqjy@163.com",))
    doc("h2_24_jiujiang_call", "notice", "关于征集2018年全民终身学习活动周宣传标语和主题海报的通知",
        issuers=("九江市社区教育指导中心",), issue="2018-09-03", year=2018,
        reg=region("city", "江西省", "九江市"),
        deadlines=(("2018-09-30", "征集截止"),),
        names=("胡丽", "吴敏"), phones=("13979201234", "0792-8561234"), emails=("jjsqjyzx@163.com",))
    doc("h2_25_anhui_trad_news", "news", "安徽省2011年全民終身學習活動周在合肥開幕", year=2011,
        reg=region("province", "安徽省"), theme="全民學習 終身學習 共建學習型安徽",
        start="2011-10-23", end="2011-10-29",
        orgs=(("主办", "安徽省教育廳"), ("主办", "省文明辦"), ("主办", "省總工會"), ("主办", "團省委"),
              ("主办", "省婦聯"), ("承办", "合肥市教育局"), ("承办", "合肥廣播電視大學")),
        figures=((50, "个", "学习型社区"), (100, "名", "终身学习先进个人"), (16, "个", "参加的市"),
                 (3000, "名", "参加市民"), (42, "个", "社区教育实验区"), (6, "个", "国家级实验区")))


if __name__ == "__main__":
    GOLD.mkdir(exist_ok=True)
    part1()
    part2()
    part3()
