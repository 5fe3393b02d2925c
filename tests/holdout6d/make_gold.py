"""Writes the hand-annotated gold of holdout set 6d (annotated before any extractor ran on it).

The 13 documents are DAMAGED WEB COPIES of every genre (notice, plan, summary, news, call, 公示):
文库 / 道客 document-sharing pages (欢迎/登录/注册/下载 furniture, `Word文档` labels, upload rows,
`第 1 页 / 共 3 页` and `- 1 -` page marks, a 领导小组 line broken across a page mark, `剩余2页未读`);
a template site (`XX市20XX年`, `X月X日`, `XXX` placeholders, blank theme line, SEO heading
`…（通用5篇）` and a 关键词 line); traditional-character mirrors with pinyin in parentheses
(`學(xué)習(xí)`) and injected spam phrases; an SEO page whose first line is `title_site_site`,
followed by 关键词/描述/热门搜索 lines; headlines glued to the date, 来源, 作者 and 浏览次数 on one
line; an excerpt that starts mid-sentence without a title and one cut mid-sentence at a 联系人;
doc numbers with lost brackets (`黄石教职成2016 38号`, `景教职成字2015 27号`) and one with
half-width brackets; sidebar lists (最新文章 / 热点排行) before the real headline; breadcrumbs,
share rows, 上一篇/下一篇, 相关阅读; footers with the website's phones, e-mails and ICP numbers;
a 简报 mirrored with mojibake (`锟斤拷`, a GBK-as-UTF-8 first line) and 报/送/发 lines; a
signature date in Chinese numerals; a dated line under a plan's title.

Judgement calls on the conventions:
- Site furniture (site names, upload labels, SEO headings and keyword lines, file names ending in
  .doc, sidebar titles, 上一篇/下一篇, customer-service and footer phones / e-mails) gives nothing.
- Lost brackets restored where the pattern is unambiguous (prefix + 4-digit year + serial).
- Template placeholders give nothing: `XX市` → region level `city`, names null; `20XX` → year null;
  `XX市教育局` is no issuer and `XX社区学院` no organizer; `XXX` is no contact; a blank theme is null.
- The SEO heading `20XX年…实施方案（通用5篇）` is not the title; the template's own heading is.
- A notice's 来源 line naming the author body (`来源：景德镇市教育局`) gives the issuer; the
  web publish date beside it is no issue date. A news 来源 (a newspaper) gives nothing.
- A headless excerpt whose text says `特制定本方案` and has 方案 sections → plan, title null.
- A 公示's 公示时间 gives its end date as a deadline (as in holdout5a).
- `拟推荐10个项目` / `8名同志` in a 公示 are honoured units / people → figures; recommendation
  quotas (`各推荐1名`, `推荐“百姓学习之星”2名`) are not.
- 简报: the masthead (`离石区全民终身学习活动周简报`) is the outermost title, the masthead body (`X编`)
  the issuer, the masthead date the issue date; `第3期` is no doc number; 报/送/发 bodies are not
  issuers; `共印60份` is no figure; doc_type summary (real2 convention).
- 老龄工作委员会 主任 / 副主任 given in apposition in news count as committee.
- A course count (`课程36门`) and a background learner total (`在校学员4200余名`) count as figures;
  exhibited works (`300余幅`) do not.
- Region parents are filled from knowledge when the district is unique (右江区 → 百色市).
- The truncated `联系人：邱` gives no contact.

blind score: 0.940, extractor 0.3.0 (one run, 20:47 UTC). No gold was changed after the run: every
error was checked against the conventions above and is the extractor's.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # the repository root, for tests/
from tests.gold_builders import com, dl, doc, fig, org, region, write_gold  # noqa: E402

GOLD = Path(__file__).parent / "gold"




DOCS = [
    doc("h6d_01_wenku_huangshi", "notice", "关于开展2016年黄石市全民终身学习活动周的通知",
        region("city", "湖北省", "黄石市"), number="黄石教职成〔2016〕38号", issuers=("黄石市教育局",),
        issued="2016-09-28", year=2016, theme="终身学习，让矿冶古城更出彩", start="2016-10-22",
        end="2016-10-28", organizers=org(("主办", "市教育局"), ("承办", "黄石广播电视大学")),
        deadlines=dl("2016-10-15", "2016-11-10"), names=("程晓琳",), phones=("0714-6253817",),
        emails=("hsszcjk@163.com",)),
    doc("h6d_02_template_placeholder", "plan", "XX市20XX年全民终身学习活动周实施方案", region("city"),
        organizers=org(("主办", "市教育局"), ("主办", "市文明办"))),
    doc("h6d_03_mirror_trad_yichun", "news", "伊春市2013年全民终身学习活动周隆重开幕",
        region("city", "黑龙江省", "伊春市"), year=2013, theme="学习成就梦想，书香浸润林都",
        start="2013-10-19", end="2013-10-25",
        organizers=org(("主办", "伊春市教育局"), ("主办", "伊春市精神文明建设委员会办公室"),
                       ("承办", "伊春广播电视大学"), ("协办", "伊春区社区教育学院")),
        committee=com("市终身教育工作领导小组", ("副组长", "孟庆丰"), ("组长", "葛爱华")),
        figures=fig((20, "名"), (8, "个"), (12, "家"), (3000, "张"), (1500, "人"), (200, "场"))),
    doc("h6d_04_seo_ganzhou_news", "news", "甘州区启动2018年全民终身学习活动周",
        region("county", "甘肃省", "张掖市", "甘州区"), year=2018, theme="学习新思想，奋进新时代",
        start="2018-11-03", end="2018-11-09",
        organizers=org(("主办", "甘州区委宣传部"), ("主办", "甘州区教育局"), ("承办", "甘州区社区教育中心")),
        committee=com("区终身教育工作领导小组", ("副组长", "蒋文君"), ("组长", "吕红梅")),
        figures=fig((6, "个"), (15, "名"), (2000, "名"), (100, "场"))),
    doc("h6d_05_excerpt_youjiang", "plan", None, region("county", "广西壮族自治区", "百色市", "右江区"),
        year=2020, theme="终身学习，共建壮美右江", start="2020-11-07", end="2020-11-13",
        organizers=org(("主办", "区人民政府"), ("承办", "区教育局"), ("承办", "右江区社区学院")),
        committee=com("右江区2020年全民终身学习活动周工作领导小组", ("组长", "覃海峰"), ("副组长", "黄丽萍"),
                      ("副组长", "韦振东"), ("成员", "陆春燕"), ("成员", "农家宁"), ("办公室主任", "罗启明")),
        deadlines=dl("2020-11-10")),
    doc("h6d_06_sidebar_haifeng_summary", "summary", "海丰县2017年全民终身学习活动周工作总结",
        region("county", "广东省", "汕尾市", "海丰县"), issuers=("海丰县教育局",), issued="2017-11-28",
        year=2017, theme="学习新时代，奋进新征程", start="2017-11-11", end="2017-11-17",
        organizers=org(("主办", "县教育局"), ("主办", "县文明办"), ("承办", "县社区教育学院")),
        committee=com("活动周工作领导小组", ("组长", "庄志远"), ("副组长", "蔡晓燕"), ("副组长", "林育华")),
        figures=fig((16, "个"), (136, "场"), (23000, "人次"), (42, "门"), (12, "名"), (5, "个"))),
    doc("h6d_07_daoke_tongren_call", "notice",
        "铜仁市2021年“百姓学习之星”和“终身学习品牌项目”推荐征集启事",
        region("city", "贵州省", "铜仁市"), issuers=("铜仁市教育局",), issued="2021-07-26", year=2021,
        deadlines=dl("2021-08-20"), names=("杨梦瑶", "谭永刚"), phones=("0856-5236471", "13908563327"),
        emails=("trszcjk2021@163.com",)),
    doc("h6d_08_gongshi_kecheng_trad", "notice", "柯城区2022年终身学习品牌项目和百姓学习之星拟推荐名单公示",
        region("county", "浙江省", "衢州市", "柯城区"), issuers=("衢州市柯城区教育局",), issued="2022-09-16",
        year=2022, deadlines=dl("2022-09-22"), names=("郑晓彤",), phones=("0570-3028619",),
        figures=fig((10, "个"), (8, "名"))),
    doc("h6d_09_glued_jingdezhen", "notice", "关于举办2015年景德镇市全民终身学习活动周的通知",
        region("city", "江西省", "景德镇市"), number="景教职成字〔2015〕27号", issuers=("景德镇市教育局",),
        year=2015, theme="学习创造美好生活，瓷都因学习而精彩", start="2015-10-24", end="2015-10-30",
        organizers=org(("主办", "景德镇市教育局"), ("主办", "景德镇市文明办"), ("承办", "景德镇广播电视大学"),
                       ("协办", "珠山区教育局")),
        deadlines=dl("2015-10-16", "2015-11-15", "2015-10-20", "2015-11-05")),
    doc("h6d_10_wenku_sucheng_plan", "plan", "宿城区2012年全民终身学习活动周活动方案",
        region("county", "江苏省", "宿迁市", "宿城区"), issuers=("宿城区教育局",), issued="2012-10-08",
        year=2012, theme="学习型城区与幸福宿城", start="2012-10-20", end="2012-10-26",
        organizers=org(("主办", "区教育局"), ("承办", "宿城区社区教育中心")),
        committee=com("宿城区全民终身学习活动周领导小组", ("组长", "姚振宇"), ("副组长", "曹立新"),
                      ("副组长", "孙怡"), ("办公室主任", "葛文斌")),
        deadlines=dl("2012-10-31"), names=("胡佳琪",), phones=("0527-84362208",)),
    doc("h6d_11_breadcrumb_qibin_news", "news", "淇滨区2023年全民终身学习活动周闭幕 老年学员成果展演精彩纷呈",
        region("county", "河南省", "鹤壁市", "淇滨区"), year=2023, theme="终身学习　幸福淇滨",
        start="2023-10-21", end="2023-10-27",
        organizers=org(("主办", "淇滨区教育局"), ("主办", "淇滨区老龄工作委员会办公室"), ("承办", "淇滨区老年大学")),
        committee=com("区老龄工作委员会", ("主任", "郝建军"), ("副主任", "冯志伟")),
        figures=fig((85, "场"), (26000, "人次"), (7, "个"), (36, "门"), (4200, "名"))),
    doc("h6d_12_jianbao_lishi_mojibake", "summary", "离石区全民终身学习活动周简报",
        region("county", "山西省", "吕梁市", "离石区"), issuers=("离石区教育局",), issued="2014-10-29",
        year=2014, theme="学习改变生活，创新引领未来", start="2014-10-19", end="2014-10-25",
        organizers=org(("主办", "区教育局"), ("承办", "离石区职业中学")),
        committee=com("区终身教育工作领导小组", ("组长", "牛志刚")),
        figures=fig((13, "个"), (42, "个"), (64, "讲"), (120, "场"), (5600, "人次"), (12000, "张"),
                    (30000, "名"), (30, "户"))),
    doc("h6d_13_seo_wuhai_notice", "notice", "关于开展2010年乌海市全民终身学习活动周活动的通知",
        region("city", "内蒙古自治区", "乌海市"), number="乌教发(2010)112号", issuers=("乌海市教育局",),
        issued="2010-09-20", year=2010, theme="学习，让城市更美好", start="2010-10-23", end="2010-10-29",
        organizers=org(("主办", "市教育局"), ("承办", "乌海职业技术学院")),
        deadlines=dl("2010-10-18", "2010-11-12"), names=("阿拉坦其其格",), phones=("0473-3981206",)),
]


if __name__ == "__main__":
    print(write_gold(GOLD, DOCS))
