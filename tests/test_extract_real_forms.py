"""Forms real web pages use for figures, deadlines and contacts (all wording invented).

Figures: staffing posts, session numbers, population shares, targets, submitted works,
quotas over a 、-list, typeset spaces, hedged large numbers before a kind of people, a
page's other-article list. Deadlines: a label above its date, 即日起至, periods named after
their dates, 截至 closing a submission sentence, creation targets and review steps. Contacts:
site header / footer values, 联络人, mail recipients, phone shapes, cut e-mails.
"""
from __future__ import annotations

from typing import Any

import pytest

from models import Block, Contact, Deadline, Document, Figure, SourceInfo
from pipeline.extract import contacts, deadlines, figures
from pipeline.extract.base import Context
from pipeline.normalize.numbers import parse_number

SRC = SourceInfo("x.txt", "x.txt", "txt", "0" * 64)


def _ctx(lines: list[str], **fields: Any) -> Context:
    return Context(Document.from_blocks([Block("paragraph", line) for line in lines], SRC), fields=fields)


def figs(*lines: str, doc_type: str | None = None) -> set[tuple[float, str]]:
    ctx = _ctx(list(lines), doc_type=doc_type)
    found: list[Figure] = figures.extract(ctx).values.get("figures", [])
    for f in found:
        assert ctx.text[f.evidence.start:f.evidence.end] == f.evidence.text
    return {(f.value, f.unit) for f in found}


def dls(text: str, **fields: Any) -> list[str | None]:
    ctx = _ctx(text.split("\n"), **fields)
    found: list[Deadline] = deadlines.extract(ctx).values["deadlines"]
    for d in found:
        assert ctx.text[d.evidence.start:d.evidence.end] == d.evidence.text
    return [d.date for d in found]


def contact_sets(*lines: str) -> tuple[set[str], set[str], set[str]]:
    ctx = _ctx(list(lines))
    found: list[Contact] = contacts.extract(ctx).values.get("contacts", [])
    return ({c.name for c in found if c.name}, {c.phone for c in found if c.phone},
            {c.email for c in found if c.email})


# --- figures -------------------------------------------------------------------------

@pytest.mark.parametrize(
    "sentence",
    [
        "工作专班办公室设组长1名，副组长4名。",  # staffing posts
        "中心配备专职干事3名。",
        "为贯彻落实县委九届四次全会精神，特制定本方案。",  # a numbered session
        "2023年末全县60岁以上老年人口达9.6万，占户籍人口的23.4%。",  # population statistics
        "到2027年，全区社区学校覆盖率达到98%。",  # a target year
        "预计今年年底，全镇将使85%以上的村开设课堂。",
        "到2026年，全县建成老年学习示范点25个。",
        "本次征文共收到参赛作品320件、来稿96篇。",  # submitted works
        "参加活动的群众比上届增加1500人次。",  # a change, not a count
        "该校曾先后获得省级以上荣誉18项。",  # a past honour tally
        "本届读书节由某市图书馆等6家单位共同支持。",  # supporters are organizers
        "促进城乡两个文明协调发展，形成市、镇、村三个层级的服务网络。",
    ],
)
def test_not_figures(sentence: str) -> None:
    assert figs(sentence) == set()


def test_a_quota_governs_every_item_of_its_list() -> None:
    found = figs("最终将评选出8家“示范基地”、8所“特色学校”、12个“书香楼宇”、15名“推广大使”、6本“年度推荐书”。")
    assert found == set()


def test_a_plan_causative_rate_is_a_target_but_a_reported_rate_stays() -> None:
    assert figs("加强宣传，使居民知晓率达到85%以上。", doc_type="plan") == set()
    assert figs("活动周期间，居民知晓率达到85%以上。", doc_type="summary") == {(85, "%")}
    assert figs("到2023年底，全区已建成学习型社区31个。") == {(31, "个")}


def test_a_plans_work_for_the_year_is_a_target() -> None:
    assert figs("二、推进老年教育。年内新增老年学习点45个。", doc_type="plan") == set()
    assert figs("年内新增老年学习点45个。", doc_type="summary") == {(45, "个")}


def test_staffing_needs_a_staffing_sentence() -> None:
    assert figs("全市80名校长参加了专题培训。") == {(80, "名")}


def test_a_participation_share_of_the_population_stays() -> None:
    assert figs("参与群众达1.6万人次，约占全镇常住人口的18%。") == {(16000, "人次"), (18, "%")}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("授予某县档案馆等 21 个机关单位“学习型机关”称号。", (21, "个")),  # typeset spaces
        ("全省有500多万老年人在各类老年学校学习。", (5_000_000, "人")),
        ("有上千万老年人通过网络平台参与学习。", (10_000_000, "人")),
        ("州级讲座八场，每场听众上百人。", (100, "人")),
        ("线上直播课程观看人次近3万。", (30_000, "人次")),
        ("区图书馆出动3辆流动书车进社区。", (3, "辆")),
        ("近年来，协会每年使两万名农民工掌握了一门技能。", (20_000, "名")),
    ],
)
def test_figures_in_narrative(sentence: str, expected: tuple[float, str]) -> None:
    assert expected in figs(sentence, doc_type="news")


def test_one_figure_repeated_in_headline_and_body_with_other_quotes() -> None:
    found = figures.extract(_ctx(['某市表彰56个"学习型单位"', "本次表彰的56个“学习型单位”将在开幕式上授牌。"]))
    assert [(f.value, f.unit) for f in found.values["figures"]] == [(56, "个")]


def test_numbers_in_a_page_tail_list_are_other_pages() -> None:
    found = figs("活动周期间，全街道共举办讲座24场。", "相关新闻", "某县举办老年教育成果展，600余人参加")
    assert found == {(24, "场")}


def test_a_problems_section_reports_results_and_its_targets_stay_out() -> None:
    found = figs("三、存在问题及下一步打算", "山区乡镇参与率偏低，仅为41%。下一步，力争到2026年实现覆盖率达到90%。",
                 doc_type="summary")
    assert found == {(41, "%")}


def test_a_run_of_magnitudes_is_their_product() -> None:
    assert parse_number("千万") == 10_000_000 and parse_number("百万") == 1_000_000


# --- deadlines -----------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("截稿日期\n2025年7月15日", "2025-07-15"),
        ("四、报名截止\n2025年7月15日（星期二）", "2025-07-15"),
        ("二、申报时间\n2025年6月3日-2025年7月15日", "2025-07-15"),
        ("作品征集时间：\n即日起至2025年7月15日", "2025-07-15"),
        ("投稿时间：即日起至2025年7月15日24时。", "2025-07-15"),
        ("报名时间：即日起—2025年7月15日", "2025-07-15"),
        ("2025年6月1日至7月15日为作品征集期。", "2025-07-15"),
        ("自即日起开始征集，截至2025年7月15日。", "2025-07-15"),
        ("请各校将推荐表报送至区教师发展中心，截至2025年7月15日。", "2025-07-15"),
        ("请于2025年7月15日将申报书发送至指定邮箱。", "2025-07-15"),
        ("请于2025年7月15日（含）前报送。", "2025-07-15"),
        ("申报截止时间 | 2025年7月15日", "2025-07-15"),
        ("本次作品征集于2025年7月15日结束。", "2025-07-15"),
        ("征稿截止：2025年7月15日（以邮戳为准）", "2025-07-15"),
    ],
)
def test_call_deadline_forms(text: str, expected: str) -> None:
    assert dls(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "活动时间：即日起至2025年10月31日。",  # an activity period
        "二、活动时间\n2025年6月3日-2025年6月9日",
        "力争2026年12月31日前建成覆盖城乡的老年教育网络。",  # a creation target
        "请各县于2025年11月28日前完成初审。",  # a review step of the issuer
        "截至2025年9月30日，全市已报送典型案例42个。",  # as of, in a report
        "活动周于2025年10月25日结束。",
        "请于2025年10月20日举办启动仪式。",
    ],
)
def test_not_call_deadlines(text: str) -> None:
    assert dls(text) == []


def test_period_year_from_context_and_rollover() -> None:
    assert dls("报名时间为11月25日至1月6日。", campaign_year=2024) == ["2025-01-06"]
    assert dls("征集时间：即日起至8月20日。", campaign_year=2024) == ["2024-08-20"]


def test_a_dated_notice_gives_its_signing_year() -> None:
    assert dls("请于1月12日前报送年度总结。", campaign_year=2024, issue_date="2025-01-03") == ["2025-01-12"]


def test_no_year_anywhere_gives_no_date() -> None:
    assert dls("征文时间：即日起至8月20日。") == []


def test_a_publish_stamp_gives_no_year() -> None:
    assert dls("发布时间：2025-03-02  浏览次数：156\n征文时间：即日起至8月20日。") == []
    assert dls("2025年读书月征文启事\n征文时间：即日起至8月20日。") == ["2025-08-20"]


# --- contacts ------------------------------------------------------------------------

def test_site_footer_and_header_values_are_not_contacts() -> None:
    names, phones, emails = contact_sets(
        "网站首页 | 政务公开 | 联系我们",
        "新闻热线：0731-84001111  投稿邮箱：news@site.example.com",
        "关于举办读书月征文活动的通知",
        "各学校：现将有关事项通知如下。",
        "联络人：贺云，电话：0731-84002222，邮箱：duyue@example.com。",
        "某市教育局",
        "2025年3月2日",
        "版权所有：某市教育局  地址：某市湘江路18号  邮编：410000",
        "联系电话：0731-84009999  电子邮箱：web@jyj.example.gov.cn",
        "备案号：湘ICP备00000000号  技术支持：某某信息技术有限公司",
    )
    assert names == {"贺云"} and phones == {"0731-84002222"} and emails == {"duyue@example.com"}


def test_a_footer_line_packing_site_keys_is_furniture() -> None:
    names, phones, emails = contact_sets(
        "活动周期间，全区开展讲座30场。",
        "主办单位：某区社区教育学院  地址：某区文华路2号",
        "电话：0731-84003333  邮箱：office@xueyuan.example.cn",
    )
    assert phones == set() and emails == set()


def test_mail_recipients_are_not_contacts() -> None:
    names, phones, _ = contact_sets(
        "纸质材料寄至某市文化路6号，收件人：蒋华，电话：13807310000。",
        "收稿联系人：易凡，电话：0731-84004444",
    )
    assert names == {"易凡"} and phones == {"0731-84004444"}


@pytest.mark.parametrize(
    ("line", "phone"),
    [
        ("咨询电话：(0731)-84005555", "(0731)-84005555"),
        ("联系人：龙飞 电话：0731 - 84006666", "0731 - 84006666"),
        ("联系人：龙飞，电话：+86-731-84007777", "+86-731-84007777"),
        ("报名咨询：84008888", "84008888"),
    ],
)
def test_phone_shapes(line: str, phone: str) -> None:
    assert phone in contact_sets(line)[1]


def test_cut_or_glued_emails() -> None:
    assert contact_sets("联系人：龙飞，邮箱：longfei@163.co")[2] == set()
    assert contact_sets("邮箱：longfei@163.comTel：0731-84009900")[2] == {"longfei@163.com"}
    assert contact_sets("邮箱：longfei@mail.city.gov.cn。")[2] == {"longfei@mail.city.gov.cn"}


def test_contact_email_label_alone() -> None:
    names, phones, emails = contact_sets("联系人邮箱：bangong@example.com；")
    assert emails == {"bangong@example.com"} and names == set()
