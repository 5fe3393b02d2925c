"""Writes the hand-annotated gold of holdout set 5a (annotated before any extractor ran on it).

The 22 documents are older-style (2006-2012) and less common genres: joint letterheads with
文件 and a 联合发文 note, 签发人 lines, doc numbers with 第 and inner spaces, dates in Chinese
numerals or without a day, titles split over lines (issuer / 关于… / genre), 意见, 要点, 安排,
简报, 纪要, 倡议书, 公告, 印发 notices, themes among slogan lists, themes with Latin letters or
digits, weeks spanning two months or given as 第X周, 新区 / 开发区 / 高新区 / 林区 / 兵团师市
regions, documents of an 开放大学, 抄送/印发 lines, deadlines in a table, 以邮戳为准, 截止到,
公示期.

Judgement calls: an issuer printed on its own line above a 关于… line is not part of the title
(real2 convention, which holds for every corpus; this set first annotated it as a split title);
a letterhead separated from the title by the doc number is not either. 简报 → news, its compiling body (`X编`) is
its issuer and its date the issue date. 纪要 → other; 倡议书 and 公告 → notice; 要点, 安排,
安排意见 → plan. Bodies in 抄送 / 印发 lines are not issuers; the 印发 date is not the issue
date. A 开发区 / 高新区 (not an administrative division) gives its city. A week given as
第X周 or 下旬 gives no dates; a launch of one sub-activity by a university is not the week's
opening. A phrase after 围绕 not introduced as 主题 is no theme; quoted slogans are not themes.
`截止到X日未报送的…` counts as a deadline; a 公示期 gives its end date. News items have no
issuers even when their 来源 line names a government body.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # the repository root, for tests/
from tests.gold_builders import dl, fig, org, region, write_gold  # noqa: E402

GOLD = Path(__file__).parent / "gold"


def doc(id, kind, title, region_, *, number=None, issuers=(), issued=None, year=None, theme=None,
        start=None, end=None, deadlines=(), names=(), phones=(), emails=(), organizers=(), figures=()):
    return {"id": id, "doc_type": kind, "title": title, "doc_number": number, "issuers": list(issuers),
            "issue_date": issued, "campaign_year": year, "region": region_, "theme": theme,
            "event_start": start, "event_end": end or start, "organizers": list(organizers),
            "committee": [], "deadlines": list(deadlines),
            "contacts": {"names": list(names), "phones": list(phones), "emails": list(emails)},
            "figures": list(figures)}


DOCS = [
    doc("h5a_01_ningbo_joint2008", "notice", "关于开展2008年宁波市全民终身学习活动周的通知",
        region("city", "浙江省", "宁波市"), number="甬教成〔2008〕第156号",
        issuers=("宁波市教育局", "宁波市精神文明建设委员会办公室"), issued="2008-09-26", year=2008,
        theme="全民学习、终身学习，建设学习型城市", start="2008-10-20", end="2008-10-26",
        deadlines=dl("2008-10-15", "2008-11-10"), names=("邵明",), phones=("87361125",)),
    doc("h5a_02_binhu_split2010", "notice", "关于举办2010年滨湖区全民终身学习活动周的通知",
        region("county", "江苏省", "无锡市", "滨湖区"), issuers=("无锡市滨湖区教育局",), year=2010,
        theme="学习型社会与社区教育", deadlines=dl("2010-10-08"), names=("顾敏",), phones=("85102233",)),
    doc("h5a_03_binhai_yijian2009", "plan", "关于推进学习型社会建设开展2009年全民终身学习活动周的实施意见",
        region("county", "天津市", None, "滨海新区"), number="滨教发〔2009〕8号",
        issuers=("天津市滨海新区教育局",), issued="2009-09-11", year=2009, theme="终身学习与和谐社会",
        start="2009-09-28", end="2009-10-04", deadlines=dl("2009-09-20", "2009-10-20")),
    doc("h5a_04_pudong_yaodian2011", "plan", "浦东新区2011年社区教育工作要点",
        region("county", "上海市", None, "浦东新区"), issuers=("上海市浦东新区教育局",), year=2011),
    doc("h5a_05_shennongjia_anpai2010", "plan", "2010年神农架林区全民终身学习活动周活动安排",
        region("county", "湖北省", None, "神农架林区"), issuers=("神农架林区教育局",), issued="2010-10-08",
        year=2010, theme="学习型社会与和谐生活", start="2010-10-16", end="2010-10-22"),
    doc("h5a_06_shihezi_jianbao2011", "news", "全民终身学习活动周简报",
        region("county", "新疆维吾尔自治区", None, "石河子市"), issuers=("石河子市教育局",),
        issued="2011-10-24", year=2011, theme="学习创造美好生活", start="2011-10-22",
        organizers=org(("主办", "师市教育局"), ("承办", "石河子广播电视大学"))),
    doc("h5a_07_chengdu_gaoxin_jiyao", "other", "成都高新区全民终身学习活动周筹备工作会议纪要",
        region("city", "四川省", "成都市"), issuers=("成都高新区社会事业局",), issued="2011-09-09", year=2011,
        theme="学习成就梦想", start="2011-10-15", end="2011-10-21", deadlines=dl("2011-09-20", "2011-10-31")),
    doc("h5a_08_dalian_changyi", "notice", "终身学习　从我做起——致全市市民的倡议书",
        region("city", "辽宁省", "大连市"), issuers=("大连市教育局", "大连市精神文明建设委员会办公室"),
        issued="2009-10-12", year=2009, start="2009-10-18", end="2009-10-24"),
    doc("h5a_09_shunyi_gonggao", "notice", "关于2010年顺义区“百姓学习之星”评选结果的公告",
        region("county", "北京市", None, "顺义区"), issuers=("北京市顺义区教育委员会",), issued="2010-10-29",
        year=2010, deadlines=dl("2010-11-07"), phones=("69443210",), figures=fig((10, "名"))),
    doc("h5a_10_wenzhou_kaida", "notice", "关于组织开展2019年全民终身学习活动周系列活动的通知",
        region("city", "浙江省", "温州市"), number="温开大〔2019〕12号", issuers=("温州开放大学",),
        issued="2019-10-16", year=2019, theme="终身学习 5G智慧生活", start="2019-11-03", end="2019-11-09",
        deadlines=dl("2019-10-25", "2019-11-20"), names=("潘晓",), phones=("0577-88371122",),
        emails=("wzkdsqjy@163.com",)),
    doc("h5a_11_dalian_kaifaqu_week", "notice", "关于做好2010年全民终身学习活动周工作的通知",
        region("city", "辽宁省", "大连市"), number="大开社发〔2010〕第23号",
        issuers=("大连经济技术开发区社会事业局",), year=2010, theme="学习·创新·发展",
        deadlines=dl("2010-10-12")),
    doc("h5a_12_yixing_news2007", "news", "我市隆重举行创建学习型城市暨2007年全民终身学习活动周开幕式",
        region("county", "江苏省", "无锡市", "宜兴市"), year=2007, theme="学习型城市与社区教育",
        start="2007-10-21",
        organizers=org(("主办", "市委宣传部"), ("主办", "市教育局"), ("主办", "市文明办"), ("承办", "市社区培训学院")),
        figures=fig((18, "个"), (1200, "名"))),
    doc("h5a_13_mawei_yinfa2011", "notice",
        "关于印发《马尾区2011年全民终身学习活动周实施方案》的通知",
        region("county", "福建省", "福州市", "马尾区"), number="马教〔2011〕45号",
        issuers=("福州市马尾区教育局",), issued="2011-10-10", year=2011, theme="学习成就未来",
        start="2011-10-22", end="2011-10-28", deadlines=dl("2011-11-05")),
    doc("h5a_14_hefei_english2018", "plan", "合肥市蜀山区2018年全民终身学习活动周工作方案",
        region("county", "安徽省", "合肥市", "蜀山区"), issuers=("合肥市蜀山区教育体育局",),
        issued="2018-10-15", year=2018, theme="Learning Together 共享学习", start="2018-10-27",
        end="2018-11-02", deadlines=dl("2018-11-09")),
    doc("h5a_15_jinjiang_shiyanqu2006", "summary", "锦江区创建全国社区教育实验区暨2006年全民终身学习活动周工作总结",
        region("county", "四川省", "成都市", "锦江区"), issuers=("成都市锦江区教育局",), issued="2006-12-05",
        year=2006, start="2006-11-13", end="2006-11-19", figures=fig((48, "场"), (6500, "人次"), (100, "户"))),
    doc("h5a_16_neimenggu_ting2009", "notice", "关于开展2009年全区全民终身学习活动周的通知",
        region("province", "内蒙古自治区"), number="内教职成字〔2009〕31号", issuers=("内蒙古自治区教育厅",),
        issued="2009-09-28", year=2009, theme="全民学习、终身学习，促进社会和谐", start="2009-10-24",
        end="2009-10-30", deadlines=dl("2009-10-15", "2009-11-15")),
    doc("h5a_17_kunming_shutitle", "notice",
        "关于开展“学习型城市”创建暨2011年全民终身学习活动周的通知",
        region("city", "云南省", "昆明市"), number="昆教联〔2011〕3号", issuers=("昆明市教育局", "昆明市文明办"),
        issued="2011-09-15", year=2011, theme="学习与城市发展", deadlines=dl("2011-10-08")),
    doc("h5a_18_changsha_qianfa", "notice", "岳麓区教育局关于举办2010年全民终身学习活动周的通知",
        region("county", "湖南省", "长沙市", "岳麓区"), number="岳教发〔2010〕第21号",
        issuers=("长沙市岳麓区教育局",), issued="2010-09-30", year=2010, theme="建设学习型岳麓，共享和谐生活",
        start="2010-10-24", end="2010-10-30", deadlines=dl("2010-10-18")),
    doc("h5a_19_shanghai_kaida_news", "news", "上海开放大学举办“终身学习进社区”启动仪式",
        region("province", "上海市"), year=2016, theme="学习·让城市更美好",
        organizers=org(("主办", "上海开放大学"), ("承办", "徐汇区社区学院")), figures=fig((20, "个"))),
    doc("h5a_20_jilin_lindu", "plan", "关于开展2008年延吉市全民终身学习周活动的安排意见",
        region("county", "吉林省", "延边朝鲜族自治州", "延吉市"), issuers=("延吉市人民政府办公室",),
        issued="2008-09-19", year=2008, theme="终身学习，共建和谐延吉", start="2008-09-28", end="2008-10-04",
        deadlines=dl("2008-10-15", "2008-10-20")),
    doc("h5a_21_guangdong_yaodian", "plan", "广东省教育厅关于2010年全民终身学习活动周的工作安排",
        region("province", "广东省"), issuers=("广东省教育厅",), issued="2010-10-15", year=2010,
        theme="学习，让生活更美好", start="2010-11-06", end="2010-11-12",
        deadlines=dl("2010-10-29", "2010-12-10")),
    doc("h5a_22_qingdao_huanqing", "summary", "青岛市黄岛区2012年全民终身学习活动周工作总结",
        region("county", "山东省", "青岛市", "黄岛区"), issuers=("黄岛区教育体育局",), issued="2012-11-06",
        year=2012, theme="学习型城市与幸福黄岛", start="2012-10-20", end="2012-10-26",
        figures=fig((10, "个"), (156, "场"), (32000, "人次"))),
]


if __name__ == "__main__":
    print(write_gold(GOLD, DOCS))
