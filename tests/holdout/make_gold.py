"""Writes the hand-annotated gold answers of the holdout set (annotated before running the extractors)."""
from __future__ import annotations

import json
from pathlib import Path

GOLD = Path(__file__).parent / "gold"


def region(level, province=None, city=None, county=None, town=None):
    return {"level": level, "province": province, "city": city, "county": county, "town": town}


def org(*pairs):
    return [{"role": r, "name": n} for r, n in pairs]


def com(body, *pairs):
    return [{"body": body, "role": r, "name": n} for r, n in pairs]


def dl(*dates):
    return [{"date": d, "what": None} for d in dates]


def contacts(names=(), phones=(), emails=()):
    return {"names": list(names), "phones": list(phones), "emails": list(emails)}


def fig(*triples):
    return [{"value": v, "unit": u, "what": w} for v, u, w in triples]


def doc(id, doc_type, title, region_, *, doc_number=None, issuers=(), issue_date=None, year=None, theme=None,
        start=None, end=None, organizers=(), committee=(), deadlines=(), contacts_=None, figures=()):
    return {"id": id, "doc_type": doc_type, "title": title, "doc_number": doc_number, "issuers": list(issuers),
            "issue_date": issue_date, "campaign_year": year, "region": region_, "theme": theme,
            "event_start": start, "event_end": end, "organizers": list(organizers), "committee": list(committee),
            "deadlines": list(deadlines), "contacts": contacts_ or contacts(), "figures": list(figures)}


DOCS = [
    doc("ho01_zj_notice", "notice", "浙江省教育厅 浙江省文明办关于举办2016年浙江省全民终身学习活动周的通知",
        region("province", "浙江省"), doc_number="浙教职成〔2016〕123号", issuers=["浙江省教育厅", "浙江省文明办"],
        issue_date="2016-09-05", year=2016, theme="阅读点亮万家灯火，终身学习伴我行", start="2016-10-23", end="2016-10-29",
        organizers=org(("主办", "浙江省教育厅"), ("主办", "浙江省文明办"), ("承办", "湖州市教育局"),
                       ("协办", "浙江广播电视大学"), ("协办", "浙江省成人教育协会")),
        deadlines=dl("2016-09-30", "2016-11-15"),
        contacts_=contacts(["陈晓峰"], ["0571-87001234转8012"], ["zjzcjc2016@163.com"])),
    doc("ho02_wh_plan", "plan", "芜湖市2019年全民终身学习活动周实施方案", region("city", "安徽省", "芜湖市"),
        issuers=["芜湖市教育局"], issue_date="2019-09-20", year=2019, theme="全民终身学习，建设学习型江城",
        start="2019-10-26", end="2019-10-26",
        organizers=org(("主办", "市教育局"), ("主办", "镜湖区人民政府"), ("承办", "镜湖区教育局"), ("协办", "芜湖职业技术学院")),
        committee=com("芜湖市2019年全民终身学习活动周领导小组", ("组长", "吴国平"), ("副组长", "钱立新"), ("副组长", "孙慧敏"),
                      ("成员", "赵志刚"), ("成员", "周婷"), ("成员", "郑海涛"))
        + com("领导小组办公室", ("办公室主任", "郑海涛")),
        deadlines=dl("2019-10-15", "2019-11-25"),
        contacts_=contacts(["许红梅"], ["0553-3812345", "13805531234"], ["whzcj@126.com"])),
    doc("ho03_qz_news", "news", "泉州市2022年全民终身学习活动周启动", region("city", "福建省", "泉州市"), year=2022,
        theme="学习新思想 奋进新征程", start="2022-11-06", end="2022-11-12",
        organizers=org(("主办", "泉州市教育局"), ("主办", "泉州市文明办"), ("承办", "泉州开放大学"), ("承办", "鲤城区教育局")),
        figures=fig((126, "场", "同步开展各类学习活动"), (23000, "人次", "参与群众"), (1000, "名", "参与互动的市民（近千名）"),
                    (300, "名", "志愿者（逾300名）"), (15, "人", "百姓学习之星"), (8, "个", "终身学习品牌项目"))),
    doc("ho04_yl_summary", "summary", "夷陵区2018年全民终身学习活动周工作总结", region("county", "湖北省", "宜昌市", "夷陵区"),
        issuers=["夷陵区教育局"], issue_date="2018-11-05", year=2018, theme="终身学习 幸福夷陵",
        start="2018-10-20", end="2018-10-26",
        figures=fig((12, "个", "参与乡镇（街道）"), (186, "个", "参与村（社区）"), (412, "场", "讲座、培训"),
                    (56000, "人次", "参与群众"), (89, "所", "开放学习场所"), (12000, "册", "发放市民学习手册"),
                    (300, "门", "线上课程（300余门）"), (95, "%", "居民满意度（百分之九十五以上）"),
                    (20, "名", "百姓学习之星"), (10, "个", "学习型示范社区"))),
    doc("ho05_dg_trad", "notice", "關於舉辦2015年東莞市全民終身學習活動周的通知", region("city", "广东省", "东莞市"),
        issuers=["東莞市教育局"], issue_date="2015-09-16", year=2015, theme="學習創造幸福 終身伴我成長",
        start="2015-10-24", end="2015-10-30",
        organizers=org(("主办", "東莞市教育局"), ("承办", "東莞市社區教育指導中心"), ("承办", "莞城街道辦事處")),
        deadlines=dl("2015-10-15"), contacts_=contacts(["鄭小姐"], ["0769-22831234"], ["dgsqjy@163.com"])),
    doc("ho06_gz_meta", "notice", "贵州省教育厅关于举办2021年贵州省全民终身学习活动周的通知", region("province", "贵州省"),
        doc_number="黔教函〔2021〕156号", issuers=["贵州省教育厅"], issue_date="2021-09-28", year=2021,
        theme="学党史、办实事，终身学习助力乡村振兴", start="2021-11-05", end="2021-11-05",
        deadlines=dl("2021-10-20", "2021-11-30"),
        contacts_=contacts(["罗明", "杨丽"], ["0851-85281234", "18985012345"], ["gzzcc@126.com"])),
    doc("ho07_hb_nominate", "notice", "河北省教育厅办公室关于推荐2019年河北省“百姓学习之星”和“终身学习品牌项目”的通知",
        region("province", "河北省"), doc_number="冀教职成函[2019]18号", issuers=["河北省教育厅办公室"],
        issue_date="2019-07-25", year=2019, deadlines=dl("2019-08-20"),
        contacts_=contacts(["王建军", "刘畅"], ["0311-66005678", "0311-85201234"], ["hbzcc2019@163.com"])),
    doc("ho08_cd_gongshi", "notice", "关于2023年度成都市“百姓学习之星”拟推荐人选的公示", region("city", "四川省", "成都市"),
        issuers=["成都市教育局"], issue_date="2023-09-11", year=2023, deadlines=dl("2023-09-15"),
        contacts_=contacts([], ["028-61881234"], ["cdsxxh@163.com"]),
        figures=fig((10, "名", "拟推荐百姓学习之星"), (6, "个", "拟推荐终身学习品牌项目"))),
    doc("ho09_yuelu_notice", "notice", "关于举办岳麓区2019年全民终身学习活动周的通知",
        region("county", "湖南省", "长沙市", "岳麓区"), doc_number="岳教发【2019】45号", issuers=["长沙市岳麓区教育局"],
        issue_date="2019-10-08", year=2019, theme="全民终身学习，助力幸福岳麓", start="2019-10-27", end="2019-11-02",
        organizers=org(("主办", "区教育局"), ("承办", "岳麓区社区学院"), ("承办", "望月湖街道办事处")),
        committee=com("活动周工作领导小组", ("组长", "陈立群"), ("副组长", "黄海波"), ("副组长", "李娟"),
                      ("成员", "周涛"), ("成员", "刘芳"), ("成员", "谭志明"))
        + com("领导小组办公室", ("办公室主任", "李娟")),
        deadlines=dl("2019-10-20", "2019-11-10"),
        contacts_=contacts(["谭老师"], ["0731-88881234"], ["ylsqxy@qq.com"])),
    doc("ho10_tangqi_news", "news", "塘栖镇举行2019年全民终身学习活动周启动仪式",
        region("town", "浙江省", "杭州市", "余杭区", "塘栖镇"), year=2019, start="2019-10-26", end="2019-10-26",
        organizers=org(("主办", "余杭区塘栖镇人民政府"), ("承办", "塘栖镇成人文化技术学校"), ("协办", "塘栖镇文化站"),
                       ("协办", "塘栖镇妇联")),
        figures=fig((400, "人", "参加启动仪式（约400人）"), (5, "个", "授牌学习共同体"), (12, "名", "终身学习达人"),
                    (30, "场", "培训讲座（30余场）"))),
    doc("ho11_yt_plan", "plan", "烟台市2024年全民终身学习活动周活动方案", region("city", "山东省", "烟台市"), year=2024,
        theme="终身学习 筑梦烟台", start="2024-11-08", end="2024-11-14",
        organizers=org(("指导", "山东省教育厅"), ("主办", "烟台市教育局"), ("主办", "烟台市精神文明建设委员会办公室"),
                       ("承办", "烟台开放大学"), ("协办", "芝罘区教育和体育局"), ("协办", "烟台市图书馆"),
                       ("支持", "烟台日报传媒集团")),
        deadlines=dl("2024-10-25", "2024-10-31"),
        contacts_=contacts(["孙琳琳"], ["0535-6681234", "15866881234"], ["ytkfdx_sqjy@163.com"])),
    doc("ho12_yubei_notice", "notice", "重庆市渝北区人民政府办公室关于开展2017年渝北区全民终身学习活动周的通知",
        region("county", "重庆市", None, "渝北区"), doc_number="渝北府办发〔2017〕98号", issuers=["重庆市渝北区人民政府办公室"],
        issue_date="2017-10-16", year=2017, theme="终身学习 品质渝北", start="2017-11-01", end="2017-11-07",
        committee=com("渝北区全民终身学习活动周领导小组", ("组长", "何志勇"), ("副组长", "彭建"), ("副组长", "邓丽"))
        + com("领导小组办公室", ("办公室主任", "唐小兵")),
        deadlines=dl("2017-10-25"), contacts_=contacts(["冉静"], ["67821234"], ["ybzck@163.com"])),
    doc("ho13_chaoyang_noise", "news", "朝阳区第三届全民终身学习活动周开幕", region("county", "北京市", None, "朝阳区"),
        year=2008, theme="学习改变生活 奥运提升素质", start="2008-10-11", end="2008-10-17",
        organizers=org(("主办", "朝阳区教育委员会"), ("主办", "朝阳区文化委员会"), ("承办", "朝阳区社区教育中心")),
        figures=fig((15, "个", "学习型示范社区"), (43, "个", "街乡"), (3000, "名", "参加开幕式的居民"),
                    (1800, "场", "市民学习讲座"), (280000, "人次", "累计培训"))),
    doc("ho14_beilin_notice", "notice", "关于组织开展2012年全民终身学习活动周系列活动的通知",
        region("county", "陕西省", "西安市", "碑林区"), doc_number="碑教发（2012）37号", issuers=["西安市碑林区教育局"],
        issue_date="2012-09-18", year=2012, theme="学习型城区 你我共建设", start="2012-10-20", end="2012-10-26",
        deadlines=dl("2012-10-10", "2012-10-30"),
        contacts_=contacts(["张老师", "王老师"], ["13709181234", "029-87651234"], ["bljysqk@126.com"])),
    doc("ho15_dali_summary", "summary", "大理市2022年全民终身学习活动周总结",
        region("county", "云南省", "大理白族自治州", "大理市"), issuers=["大理市教育体育局"], issue_date="2022-11-28",
        year=2022, theme="终身学习 美好大理", start="2022-11-14", end="2022-11-20",
        figures=fig((11, "个", "镇（乡）"), (112, "个", "村（社区）"), (265, "场", "学习活动"), (38000, "人次", "参与群众"),
                    (40, "%", "老年人占比"), (5, "位", "宣讲团教师"), (120, "门", "微课"), (90, "%", "满意率"),
                    (8, "人", "百姓学习之星"), (3, "个", "终身学习品牌项目"))),
    doc("ho16_gs_news", "news", "甘肃省2020年全民终身学习活动周在天水启动", region("province", "甘肃省"), year=2020,
        theme="终身学习 助力脱贫攻坚", start="2020-11-06", end="2020-11-06",
        organizers=org(("主办", "省教育厅"), ("承办", "天水市人民政府"), ("协办", "甘肃开放大学"), ("协办", "天水市教育局")),
        figures=fig((500, "人", "现场参加"), (120000, "人次", "线上观看"), (30, "名", "百姓学习之星"),
                    (20, "个", "终身学习品牌项目"))),
    doc("ho17_dl_notice", "notice", "大连市教育局关于开展2010年全民终身学习活动周的通知", region("city", "辽宁省", "大连市"),
        doc_number="大教发〔2010〕76号", issuers=["大连市教育局"], issue_date="2010-09-10", year=2010,
        theme="终身学习 活力大连", start="2010-10-16", end="2010-10-22",
        organizers=org(("主办", "市教育局"), ("主办", "市文明办"), ("承办", "大连广播电视大学")),
        deadlines=dl("2010-09-25"), contacts_=contacts(["赵晓东"], ["13942612345"], ["dljyzcc@sina.com"])),
    doc("ho18_qx_plan", "plan", "南宁市青秀区2013年全民终身学习活动周工作方案",
        region("county", "广西壮族自治区", "南宁市", "青秀区"), issuers=["南宁市青秀区教育局"], issue_date="2013-09-22",
        year=2013, theme="全民学习 共建和谐青秀",
        committee=com("青秀区2013年全民终身学习活动周工作领导小组", ("组长", "刘卫东"), ("副组长", "莫少华"), ("副组长", "覃敏"),
                      ("成员", "黄志坚"), ("成员", "韦丽萍"), ("成员", "梁斌"))
        + com("领导小组办公室", ("办公室主任", "覃敏")),
        deadlines=dl("2013-10-10"), contacts_=contacts([], ["0771-55761234"], [])),
]

# Second batch: written and annotated after the first round of fixes, scored blind once.
DOCS += [
    doc("ho19_anji_trad", "news", "安吉縣2017年全民終身學習活動周開幕", region("county", "浙江省", "湖州市", "安吉县"),
        year=2017, theme="學習讓鄉村更美好", start="2017-10-15", end="2017-10-21",
        organizers=org(("主办", "縣教育局"), ("主办", "縣文明辦"), ("承办", "縣社區學院"), ("协办", "縣圖書館")),
        figures=fig((15, "个", "授牌市民学校"), (10, "名", "百姓学习之星"), (80, "场", "社区教育活动"),
                    (15000, "人次", "参与群众"))),
    doc("ho20_jl_notice", "notice", "吉林省教育厅关于举办2015年全民终身学习活动周的通知", region("province", "吉林省"),
        doc_number="吉教职成字〔2015〕21号", issuers=["吉林省教育厅"], issue_date="2015-09-21", year=2015,
        theme="全民终身学习 建设学习型吉林", start="2015-10-18", end="2015-10-24",
        organizers=org(("主办", "省教育厅"), ("承办", "长春市教育局"), ("协办", "吉林广播电视大学")),
        deadlines=dl("2015-10-12"), contacts_=contacts(["李刚"], ["0431-88905678"], ["jlzcc@163.com"])),
    doc("ho21_street_summary", "summary", "新桥街道2023年全民终身学习活动周工作总结", region("town", town="新桥街道"),
        issuers=["新桥街道办事处"], issue_date="2023-11-20", year=2023, start="2023-11-06", end="2023-11-12",
        figures=fig((8, "个", "社区"), (23, "场", "学习活动"), (2800, "人次", "参与居民"), (600, "本", "学习资料"),
                    (12, "门", "课程"), (500, "人", "老年学员"), (95.6, "%", "满意度"))),
    doc("ho22_hk_call", "notice", "关于征集2020年海口市终身学习优秀案例的通知", region("city", "海南省", "海口市"),
        issuers=["海口市终身教育促进会"], issue_date="2020-08-28", year=2020, deadlines=dl("2020-09-30"),
        contacts_=contacts(["何老师", "龚老师"], ["0898-65321234"], ["hkzsjy@qq.com"])),
    doc("ho23_bj_news", "news", "宝鸡市2016年全民终身学习活动周启动", region("city", "陕西省", "宝鸡市"), year=2016,
        start="2016-11-04", end="2016-11-10",
        organizers=org(("主办", "市教育局"), ("承办", "宝鸡职业技术学院")),
        committee=com("市学习型城市建设领导小组", ("组长", "赵建平")),
        figures=fig((2000, "名", "参加启动仪式的市民"), (300, "人次", "咨询服务"))),
    doc("ho24_yudu_plan", "plan", "于都县2021年全民终身学习活动周实施方案", region("county", "江西省", "赣州市", "于都县"),
        issuers=["于都县教育局"], issue_date="2021-10-12", year=2021, theme="学党史 强技能 终身学习促振兴",
        start="2021-11-01", end="2021-11-07",
        organizers=org(("主办", "县教育局"), ("主办", "县人社局"), ("承办", "于都县职业中等专业学校")),
        committee=com("于都县2021年全民终身学习活动周工作领导小组", ("组长", "郭文军"), ("副组长", "邱振华"),
                      ("副组长", "曾丽萍")) + com("领导小组办公室", ("办公室主任", "钟敏")),
        deadlines=dl("2021-10-25", "2021-11-15"),
        contacts_=contacts(["钟敏"], ["0797-6231234", "13907971234"])),
]

if __name__ == "__main__":
    GOLD.mkdir(exist_ok=True)
    for d in DOCS:
        (GOLD / f"{d['id']}.json").write_text(json.dumps(d, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(len(DOCS))
