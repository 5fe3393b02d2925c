"""Writes the hand-annotated gold of holdout set 6c (annotated before any extractor ran on it).

The 14 documents are the genres around the activity week: 老年大学 news (portal with breadcrumbs,
来源/浏览 row, related list and ICP footer), a 老教委 工作要点 issued under a cover notice (letter-spaced
letterhead, date in Chinese numerals), a 公示 under a portal metadata table (索引号/发布机构/成文日期 and an
empty 文号), a WeChat 学习型家庭 notice with two signing bodies, a 百姓学习之星 name-list 公示 in
traditional characters with pinyin mojibake and a spam word, a WeChat 征文启事 (截稿日期 with the date on
the next line, 联系人 as 黄老师), a 摄影大赛 call with 主办/承办/协办 lines and share widgets, a 书画大赛
call in traditional characters, a visit report (a delegation from another province), a national forum
held in a city, a provincial 终身学习品牌项目/百姓学习之星 list whose signature is split from its date by a
（此件主动公开） line, a 街道 news of an award given at the town's activity-week launch, a traditional
mirror of a 学习型城市 leading-group notice (table-like 组长/副组长/成员 lines, 兼任办公室主任, closing bare
date line in Chinese numerals with ○), and a 社区学院 工作总结 with a dated line under the title.

Judgement calls (by ../shared/eval/README.md and real2/README.md):
- 老年教育(工作)委员会 / 老教委 is a committee: its 主任/副主任 named in apposition in news count
  (also the visitors' own 老教委 officers); 常务副主任 → 副主任; `主任由副县长X担任` gives (主任, X).
  A 领导小组组长 named in apposition in a 街道 news counts. 校长 does not.
- 工作要点 under a 印发 cover notice → plan; the outer 关于印发… title. Its only 主题 phrase (the theme
  of the 宣传月 it plans) is taken as the theme, since it is the only phrase introduced as 主题.
- Targets and quotas are no figures (新建…10所, 覆盖率达到60%, 评选名额30户, 奖项名额, 力争新建5所);
  background totals are (已建成…15所, 在校学员6200余人); honoured people/households/projects are
  (58名学员受到表彰, 5位, 8个项目, 12名); year-on-year increases are not (比上学期增加210人);
  42个教学班 counts as classes offered; 新增注册用户1.1万人 counts as participants; 4.2万人次 → 42000.
- 公示期/公示时间 end dates are deadlines; an application period (家庭申报：4月10日—5月10日) gives its
  end date; 征稿时间/作品收集时间 periods give their end dates; no year on the line → year of the document.
- 来源 lines on news are not issuers; `作者：职成科` on a portal is not an issuer. A summary whose title
  names the body and whose signature names it in full → the signature form.
- A 联系电话 line without a 联系人 gives the phone; site footer phones are not contacts; the 征文 e-mail
  sits under 联系方式 and counts.
- Visit report → region of the visited district; national forum held in a city → national.
- The 街道 news: the award was given at the town's own activity-week launch ceremony (no period with
  days), so event_start = event_end = that day; the launch's 主办/承办 are the main event's organizers.
- The 书画大赛 call of a city 老年大学 addressed to all county 老年大学 → region city, not institution-internal.
- Exhibitions and contests give no event dates (展览 during the activity week has no days).

blind score: 0.980, extractor 0.3.0 (run once after annotation; no gold changed after the run: all six
error lines were checked against the conventions and are the extractor's).
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # the repository root, for tests/
from tests.gold_builders import com, dl, doc, fig, org, region, write_gold  # noqa: E402

GOLD = Path(__file__).parent / "gold"




DOCS = [
    doc("h6c_01_ganzhou_laoda", "news", "甘州区老年大学举行2014年秋季开学典礼",
        region("county", "甘肃省", "张掖市", "甘州区"), year=2014,
        committee=com("区老年教育工作委员会", ("主任", "赵启明"), ("副主任", "马新春")),
        figures=fig((300, "人"), (6, "门"), (25, "门"), (42, "个"), (1860, "人"), (58, "名"))),
    doc("h6c_02_fuliang_yaodian", "plan", "关于印发《浮梁县2016年老年教育工作要点》的通知",
        region("county", "江西省", "景德镇市", "浮梁县"), number="浮老教〔2016〕2号",
        issuers=("浮梁县老年教育委员会",), issued="2016-03-08", year=2016, theme="快乐学习　健康养老",
        committee=com("县老教委", ("主任", "程卫东"), ("副主任", "邹丽华"), ("副主任", "汪海涛")),
        deadlines=dl("2016-10-20"), names=("叶春梅",), phones=("0798-2621308",),
        figures=fig((15, "所"), (86, "所"), (6200, "人"))),
    doc("h6c_03_rizhao_gongshi", "notice", "关于2021年日照市社区教育示范街道（镇）拟认定名单的公示",
        region("city", "山东省", "日照市"), issuers=("日照市教育局",), issued="2021-06-15", year=2021,
        deadlines=dl("2021-06-22"), names=("郑雪松",), phones=("0633-8778216",), emails=("rzzcjyk@126.com",),
        figures=fig((4, "个"))),
    doc("h6c_04_longyou_jiating", "notice", "关于开展2019年度龙游县“学习型家庭”创建评选活动的通知",
        region("county", "浙江省", "衢州市", "龙游县"), issuers=("龙游县教育局", "龙游县妇女联合会"),
        issued="2019-03-29", year=2019, deadlines=dl("2019-05-10", "2019-05-20"), names=("龚晓燕",),
        phones=("0570-7025516",), emails=("lysqxy@163.com",)),
    doc("h6c_05_qixian_xuexizhixing", "notice", "淇縣教育體育局關於2017年度淇縣“百姓學習之星”推薦人選的公示",
        region("county", "河南省", "鹤壁市", "淇县"), issuers=("淇縣教育體育局",), issued="2017-09-11",
        year=2017, deadlines=dl("2017-09-18"), phones=("0392-7221863",), figures=fig((5, "位"))),
    doc("h6c_06_fangchenggang_zhengwen", "notice", "“我的终身学习故事”征文启事",
        region("city", "广西壮族自治区", "防城港市"), issuers=("防城港市社区大学",), issued="2020-07-15",
        year=2020, theme="学习点亮人生　奋斗成就梦想", deadlines=dl("2020-09-30"),
        organizers=org(("主办", "防城港市教育局"), ("承办", "防城港市社区大学")),
        names=("黄老师", "莫老师"), phones=("0770-2831265", "13907701234"), emails=("fcgsqdx@163.com",)),
    doc("h6c_07_xingtai_sheying", "notice", "关于举办邢台市“学习让生活更美好”社区教育摄影大赛的通知",
        region("city", "河北省", "邢台市"), issuers=("邢台市教育局",), issued="2015-05-05", year=2015,
        theme="学习让生活更美好", deadlines=dl("2015-07-31"),
        organizers=org(("主办", "邢台市教育局"), ("承办", "邢台市社区教育指导中心"), ("协办", "邢台市摄影家协会")),
        names=("贾志坚",), phones=("0319-2056317",), emails=("xtsqjy2015@126.com",)),
    doc("h6c_08_neijiang_shuhua", "notice", "關於舉辦內江市第三屆老年書畫大賽的通知",
        region("city", "四川省", "内江市"), number="內老大〔2023〕5號", issuers=("內江市老年大學",),
        issued="2023-03-20", year=2023, theme="翰墨頌黨恩·丹青繪甜城", deadlines=dl("2023-05-15"),
        organizers=org(("主办", "內江市老年大學"), ("协办", "內江市書法家協會"), ("协办", "內江市美術家協會")),
        names=("鍾明輝",), phones=("0832-2069718",)),
    doc("h6c_09_chengjiang_visit", "news", "澄江市老年教育考察团到我区考察交流",
        region("county", "陕西省", "汉中市", "南郑区"), year=2021,
        committee=com(None, ("副主任", "杨光华"), ("主任", "欧阳敏"), ("副主任", "何建林")),
        figures=fig((12, "人"), (16, "所"), (128, "个"), (9800, "人"))),
    doc("h6c_10_ordos_forum", "news", "第五届全国社区教育发展论坛在鄂尔多斯举行", region("national"), year=2012,
        theme="社区教育与城乡一体化发展",
        organizers=org(("主办", "中国成人教育协会社区教育专业委员会"), ("承办", "鄂尔多斯市教育局"),
                       ("承办", "鄂尔多斯市社区大学")),
        figures=fig((28, "个"), (400, "人"))),
    doc("h6c_11_jiangxi_pinpai", "notice",
        "江西省教育厅关于公布2016年江西省“终身学习品牌项目”和“百姓学习之星”名单的通知",
        region("province", "江西省"), number="赣教职成字〔2016〕48号", issuers=("江西省教育厅",),
        issued="2016-11-02", year=2016, figures=fig((8, "个"), (12, "名"))),
    doc("h6c_12_yingzhou_qinghe", "news", "清河街道表彰2022年度“学习之星”和“学习型家庭”",
        region("town", "安徽省", "阜阳市", "颍州区", "清河街道"), year=2022, start="2022-11-06",
        organizers=org(("主办", "清河街道办事处"), ("承办", "街道社区教育中心")),
        committee=com("街道社区教育工作领导小组", ("组长", "钱文斌")),
        figures=fig((15, "名"), (8, "户"), (200, "人"))),
    doc("h6c_13_mudanjiang_lingdao", "notice",
        "牡丹江市人民政府辦公室關於成立牡丹江市創建學習型城市工作領導小組的通知",
        region("city", "黑龙江省", "牡丹江市"), number="牡政辦發〔2010〕36號", issuers=("牡丹江市人民政府辦公室",),
        issued="2010-04-26", year=2010, deadlines=dl("2010-05-15"), names=("高麗娟",), phones=("0453-6923147",),
        committee=com("牡丹江市创建学习型城市工作领导小组", ("组长", "孟慶華"), ("副组长", "田建民"),
                      ("副组长", "沈玉蘭"), ("成员", "王海鷹"), ("成员", "崔永剛"), ("成员", "劉淑芬"),
                      ("成员", "趙德順"), ("办公室主任", "沈玉蘭"))),
    doc("h6c_14_bayuquan_zongjie", "summary", "鲅鱼圈区社区学院2024年社区教育工作总结",
        region("county", "辽宁省", "营口市", "鲅鱼圈区"), issuers=("营口市鲅鱼圈区社区学院",),
        issued="2024-12-20", year=2024, theme="学习赋能　品质生活", start="2024-10-19", end="2024-10-25",
        figures=fig((6, "所"), (58, "所"), (32, "门"), (2400, "名"), (860, "场"), (42000, "人次"),
                    (11000, "人"), (1500, "门"), (50, "户"), (40, "名"))),
]


if __name__ == "__main__":
    print(write_gold(GOLD, DOCS))
