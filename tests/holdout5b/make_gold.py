"""Writes the hand-annotated gold of the fifth holdout set (5b), annotated before any extractor ran on it.

The 20 documents stress organizers, committee, contacts and figures with shapes absent from the
earlier holdouts. Judgement calls (by the README conventions): 牵头/配合, 冠名 and 赞助 are no roles;
支持单位 and "提供…支持" give the role 支持; "在X指导下" gives 指导; "A、B联合主办" without 由 is 主办;
an English gloss in parentheses after a unit name is not part of the name; 第一组长 -> 组长 and
常务副组长 -> 副组长 (the rank qualifier dropped like 常务); 执行主任 and 联络员 kept as written;
评审委员会/专家组 members count (专家组成员 -> 成员); （女）/（回族） after a name is not part of it;
成员 given only as departments gives nothing. Figures: averages (人均, 年均, 平均每场), durations
(小时), money (万元), editions (第五期), ages and targets (计划, 力争) are out; 覆盖率/满意率
percentages are in, 同比增长 ones are out (real2 convention); "由X增至Y" keeps both (as the dev gold does for "从…的2个发展到…的8个"); 场次
stays 场次. A phone written as a shortened second number (0717-6221234，6225678) is kept as written.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # the repository root, for tests/
from tests.gold_builders import com, fig, org, region, write_gold  # noqa: E402

GOLD = Path(__file__).parent / "gold"


def dl(*pairs):
    return [{"date": d, "what": w} for d, w in pairs]


def rec(id, doc_type, title, region_, *, number=None, issuers=(), issued=None, year=None, theme=None,
        start=None, end=None, organizers=(), committee=(), deadlines=(), names=(), phones=(), emails=(),
        figures=()):
    return {"id": id, "doc_type": doc_type, "title": title, "doc_number": number, "issuers": list(issuers),
            "issue_date": issued, "campaign_year": year, "region": region_, "theme": theme,
            "event_start": start, "event_end": end or start, "organizers": list(organizers),
            "committee": list(committee), "deadlines": list(deadlines),
            "contacts": {"names": list(names), "phones": list(phones), "emails": list(emails)},
            "figures": list(figures)}


LG = "领导小组"
DOCS = [
    rec("h5b_01_xihu_notice", "notice", "西湖区教育局关于举办2023年西湖区全民终身学习活动周的通知",
        region("county", "浙江省", "杭州市", "西湖区"), issuers=["杭州市西湖区教育局"], issued="2023-10-09",
        year=2023, theme="终身学习 品质西湖", start="2023-10-23", end="2023-10-29",
        organizers=org(("主办", "西湖区教育局"), ("承办", "西湖区社区学院"), ("协办", "西湖区图书馆")),
        deadlines=dl(("2023-11-10", "报送活动总结")), names=["周晓岚"], phones=["0571-87012345", "13957112345"],
        emails=["xhsqxy@126.com"]),
    rec("h5b_02_liangxi_plan", "plan", "梁溪区2024年全民终身学习活动周实施方案",
        region("county", "江苏省", "无锡市", "梁溪区"), year=2024, theme="学习赋能 幸福梁溪",
        start="2024-11-04", end="2024-11-10",
        organizers=org(("主办", "梁溪区教育局"), ("主办", "梁溪区文明办"), ("主办", "梁溪区民政局"),
                       ("主办", "梁溪区文体旅游局"), ("承办", "梁溪区社区教育中心"), ("支持", "无锡开放大学"),
                       ("支持", "梁溪区图书馆"), ("支持", "梁溪区科技馆")),
        deadlines=dl(("2024-10-25", "推荐百姓学习之星候选人")), phones=["82701234"],
        emails=["lxsqjy-office@mail.lx.wuxi.gov.cn"]),
    rec("h5b_03_fucheng_news", "news", "涪城区2022年全民终身学习活动周开幕",
        region("county", "四川省", "绵阳市", "涪城区"), year=2022, start="2022-11-05",
        organizers=org(("主办", "涪城区教育和体育局"), ("主办", "涪城区文明办")),
        figures=fig((32000, "人次"), (586, "门"), (126, "个"), (150, "场"), (10, "名"))),
    rec("h5b_04_zhifu_news", "news", "芝罘区全民终身学习活动周落下帷幕",
        region("county", "山东省", "烟台市", "芝罘区"), year=2023,
        figures=fig((15000, "册"), (238, "场"), (98.6, "%"), (46, "所"), (50000, "人次"))),
    rec("h5b_05_xingqing_plan", "plan", "兴庆区2024年全民终身学习活动周工作方案",
        region("county", "宁夏回族自治区", "银川市", "兴庆区"), year=2024, theme="终身学习 共建共享",
        committee=com(LG, ("组长", "马建军"), ("组长", "杨立华"), ("副组长", "丁海龙"), ("副组长", "苏梅"),
                      ("副组长", "田国庆"), ("成员", "王志强"), ("成员", "李秀兰"), ("成员", "张伟"),
                      ("成员", "海丽娜"), ("办公室主任", "丁海龙"), ("联络员", "郭小燕"))),
    rec("h5b_06_jianxi_committee", "notice", "涧西区全民终身学习活动周组织委员会名单",
        region("county", "河南省", "洛阳市", "涧西区"), issuers=["涧西区教育局"], issued="2023-09-20", year=2023,
        committee=com("组织委员会", ("主任", "韩立新"), ("执行主任", "宋佳琪"), ("副主任", "贺文斌"),
                      ("副主任", "孔令辉"), ("秘书长", "窦晓光"), ("副秘书长", "龚丽萍"), ("副秘书长", "邵明杰"),
                      ("成员", "鲁一鸣"), ("成员", "葛红"), ("成员", "柴国栋"), ("成员", "闵小雪"))),
    rec("h5b_07_fengze_notice", "notice", "丰泽区教育局关于成立2022年丰泽区全民终身学习活动周领导小组的通知",
        region("county", "福建省", "泉州市", "丰泽区"), number="泉丰教〔2022〕58号", issuers=["泉州市丰泽区教育局"],
        issued="2022-09-28", year=2022,
        committee=com(LG, ("组长", "蔡志雄"), ("副组长", "黄丽清"), ("副组长", "庄明辉"), ("成员", "洪雅琴"),
                      ("成员", "施家伟"), ("成员", "许婉婷"))),
    rec("h5b_08_chancheng_call", "notice", "关于开展2024年禅城区“百姓学习之星”和“终身学习品牌项目”评选的通知",
        region("county", "广东省", "佛山市", "禅城区"), issuers=["佛山市禅城区教育局"], issued="2024-09-10",
        year=2024,
        committee=com("评审委员会", ("主任", "陆振华"), ("副主任", "关慧敏"), ("成员", "何家豪"), ("成员", "冯静仪"),
                      ("成员", "梁嘉欣"), ("成员", "欧阳志远")),
        deadlines=dl(("2024-09-30", "报送推荐材料")), names=["冯老师"],
        phones=["0757-83031234-801", "400-830-1234"], emails=["ccsqjy@foshan-edu.cn"]),
    rec("h5b_09_xiling_notice", "notice", "关于报送2023年全民终身学习活动周活动材料的通知",
        region("county", "湖北省", "宜昌市", "西陵区"), issuers=["西陵区教育局办公室"], issued="2023-11-03",
        year=2023, deadlines=dl(("2023-11-20", "报送活动总结、图片及视频资料")), names=["程晓红", "夏永刚"],
        phones=["0717－6221234", "6225678"],
        emails=["xlsqxy@163.com", "xl-zsxx@yeah.net", "chengxh@mail.yc.hb.gov.cn"]),
    rec("h5b_10_shahekou_summary", "summary", "沙河口区2023年全民终身学习活动周工作总结",
        region("county", "辽宁省", "大连市", "沙河口区"), issuers=["大连市沙河口区教育局"], issued="2023-11-06",
        year=2023, theme="学习新时代 奋进新征程", start="2023-10-16", end="2023-10-22",
        figures=fig((9, "个"), (93, "个"), (312, "场"), (27, "所"), (100000, "人"), (62000, "人"), (85000, "人次"))),
    rec("h5b_11_changning_news", "news", "2022年长宁区全民终身学习活动周启动",
        region("county", "上海市", None, "长宁区"), year=2022, theme="品质长宁 学习无限", start="2022-10-28",
        organizers=org(("主办", "长宁区教育局"), ("承办", "上海开放大学长宁分校"), ("协办", "长宁区社区学院")),
        figures=fig((200, "项"))),
    rec("h5b_12_shushan_notice", "notice", "蜀山区教育体育局关于组织开展2024年全民终身学习活动周的通知",
        region("county", "安徽省", "合肥市", "蜀山区"), issuers=["合肥市蜀山区教育体育局"], issued="2024-10-15",
        year=2024, start="2024-11-01", end="2024-11-07",
        organizers=org(("主办", "区教育体育局"), ("主办", "区委宣传部"), ("承办", "区社区教育学院")),
        deadlines=dl(("2024-10-25", "报送活动方案"), ("2024-11-15", "报送活动总结")), names=["钱枫", "鲍蕾"],
        phones=["0551 6523 1234", "0551–65201234"], emails=["ssqsqjy@163.com"]),
    rec("h5b_13_zhanggong_news", "news", "章贡区举行2023年全民终身学习活动周启动仪式",
        region("county", "江西省", "赣州市", "章贡区"), year=2023, start="2023-11-02",
        organizers=org(("指导", "赣州市教育局"), ("主办", "章贡区教育局"), ("主办", "章贡区文明办"),
                       ("承办", "章贡区社区教育学院")),
        figures=fig((8, "个"), (20, "名"), (30, "场"), (5000, "人次"))),
    rec("h5b_14_wuhua_summary", "summary", "五华区2022年全民终身学习活动周总结",
        region("county", "云南省", "昆明市", "五华区"), issuers=["昆明市五华区教育体育局"], issued="2022-11-25",
        year=2022, start="2022-11-07", end="2022-11-13",
        organizers=org(("主办", "区教育体育局"), ("主办", "区文明办"), ("主办", "区民政局"), ("承办", "区社区教育学院")),
        figures=fig((1280, "门"), (176, "场"), (46000, "人次"), (10, "个"), (15, "名"), (6, "个"))),
    rec("h5b_15_chengguan_plan", "plan", "兰州市城关区2023年全民终身学习活动周活动方案",
        region("county", "甘肃省", "兰州市", "城关区"), year=2023, start="2023-10-20", end="2023-10-26",
        organizers=org(("主办", "城关区教育局"), ("主办", "区文明办"), ("承办", "区社区教育学院"), ("承办", "区老年大学")),
        committee=com(LG, ("组长", "魏东"), ("副组长", "雷振宇"), ("副组长", "尚琳"), ("办公室主任", "岳晓明")),
        names=["岳老师"], phones=["13893112345"]),
    rec("h5b_16_kundulun_news", "news", "昆都仑区全民终身学习活动周精彩纷呈",
        region("county", "内蒙古自治区", "包头市", "昆都仑区"), year=2024, start="2024-11-08", end="2024-11-14",
        figures=fig((14, "个"), (2, "个"), (96, "个"), (115, "场次"), (21000, "人次"), (63, "个"))),
    rec("h5b_17_weibin_notice", "notice", "关于举办2025年渭滨区全民终身学习活动周开幕式的通知",
        region("county", "陕西省", "宝鸡市", "渭滨区"), issuers=["渭滨区教育体育局"], issued="2025-10-13", year=2025,
        start="2025-10-24",
        organizers=org(("主办", "渭滨区教育体育局"), ("主办", "渭滨区文明办"), ("承办", "渭滨区社区教育学院"),
                       ("支持", "宝鸡职业技术学院")),
        deadlines=dl(("2025-10-20", "报送参会人员名单")), names=["江海燕", "莫文涛"],
        phones=["0917-3211234", "18992712345"], emails=["wbsqjy@126.com", "wbjtj-zcg@163.com"]),
    rec("h5b_18_lusong_summary", "summary", "芦淞区2024年全民终身学习活动周总结报告",
        region("county", "湖南省", "株洲市", "芦淞区"), issuers=["株洲市芦淞区教育局"], issued="2024-11-08",
        year=2024, start="2024-10-25", end="2024-10-31",
        organizers=org(("指导", "市教育局"), ("主办", "区教育局"), ("主办", "区委宣传部"), ("承办", "区社区学院"),
                       ("支持", "株洲市芦淞区图书馆"), ("支持", "芦淞区文化馆")),
        figures=fig((420, "场"), (30000, "人次"), (300, "门"), (8000, "册"), (12, "所"), (20, "个"), (30, "位"),
                    (97, "%"))),
    rec("h5b_19_honghuagang_news", "news", "红花岗区启动2023年全民终身学习活动周",
        region("county", "贵州省", "遵义市", "红花岗区"), year=2023, start="2023-10-30",
        organizers=org(("主办", "红花岗区委宣传部"), ("主办", "区教育局"), ("承办", "遵义职业技术学院"),
                       ("承办", "红花岗区社区教育中心"), ("协办", "区图书馆"), ("协办", "区文化馆")),
        figures=fig((5, "个"), (18000, "人次"), (35, "个"))),
    rec("h5b_20_aimin_plan", "plan", "爱民区2024年全民终身学习活动周工作方案",
        region("county", "黑龙江省", "牡丹江市", "爱民区"), year=2024, theme="学习点亮生活 奋斗成就梦想",
        start="2024-10-21", end="2024-10-27",
        committee=com(LG, ("组长", "孟繁星"), ("副组长", "邢丽娟"), ("副组长", "汤振国")),
        names=["邢丽娟"], phones=["0453－6281234"], emails=["amqjyj-zcjy@mdj.gov.cn"]),
]

if __name__ == "__main__":
    print(write_gold(GOLD, DOCS))
