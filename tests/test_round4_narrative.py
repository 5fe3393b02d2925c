"""Round 4: figures, themes, event dates and organisers in the forms the blind holdout7 corpora showed.

Fixture texts are invented (other places, people, numbers). Each recall rule comes with a
look-alike that must not be taken: counts that describe no realised scale (planned work,
staffing, composition shares, followers, shortfalls, frequencies, survey methods, past
honour tallies, growth rates, bodies of an organising structure, restated counts, prize
places under a heading) beside the realised counts next to them; a contest's own theme
label, a heading over a show's theme, a theme labelled with the writer's own level; a
speech dated under its title; a closing day after a station's credit; side events and
generic plurals among organisers.
"""
from __future__ import annotations

from typing import Any

import pytest

from models import SourceInfo
from pipeline.extract import figures
from pipeline.extract.theme import extract as theme_extract
from tests.test_round3_narrative import _ctx, event, organizers  # shared runners

SRC = SourceInfo("x.txt", "x.txt", "txt", "0" * 64)




def counts(text: str, **fields: Any) -> set[tuple[float, str]]:
    ctx = _ctx(text, **fields)
    found = figures.extract(ctx).values["figures"]
    for f in found:
        assert ctx.text[f.evidence.start:f.evidence.end] == f.evidence.text
    return {(f.value, f.unit) for f in found}


def count_list(text: str, **fields: Any) -> list[tuple[float, str]]:
    ctx = _ctx(text, **fields)
    return [(f.value, f.unit) for f in figures.extract(ctx).values["figures"]]






def theme(text: str, **fields: Any) -> str | None:
    ctx = _ctx(text, **fields)
    out = theme_extract(ctx)
    ev = out.evidence.get("theme")
    if ev is not None:
        assert ctx.text[ev.start:ev.end] == ev.text == out.values["theme"]
    return out.values["theme"]  # type: ignore[no-any-return]


# --- figures: counts that describe no realised scale -----------------------------------

def test_planned_work_in_a_notice_is_not_a_figure() -> None:
    text = "开幕式拟邀请各乡镇分管负责同志及学员代表约800人参加。去年活动周共吸引群众2600人次参与。"
    assert counts(text, doc_type="notice") == {(2600, "人次")}


def test_a_speakers_directive_in_news_is_not_a_figure() -> None:
    text = "他强调，要办好“乡村课堂”“银发讲堂”等9项重点活动。当天共有450名居民参加启动仪式。"
    assert counts(text, doc_type="news") == {(450, "名")}


def test_the_weeks_own_announced_scale_in_news_stays() -> None:
    text = "据悉，活动周期间，全县将开展各类学习活动180余场，将有3000名市民参与。"
    assert counts(text, doc_type="news") == {(180, "场"), (3000, "名")}


def test_a_designation_in_a_listing_is_not_planned_work() -> None:
    text = "百姓学习之星推荐名单公示\n经专家评审，县教育局拟向市教育局推荐李明华等6名同志为“百姓学习之星”，现予以公示。"
    assert counts(text, doc_type="notice", title="百姓学习之星推荐名单公示") == {(6, "名")}


def test_the_items_of_a_planned_total_share_its_status() -> None:
    text = "计划招募志愿者90名，其中会场引导40名、宣传报道30名、后勤保障20名。"
    assert counts(text, doc_type="notice") == set()


def test_a_breakdown_of_a_realised_total_stays() -> None:
    text = "全年培训学员900人，其中老年学员500人、青年学员400人。"
    assert counts(text, doc_type="summary") == {(900, "人"), (500, "人"), (400, "人")}


@pytest.mark.parametrize("text", [
    "三是部分站点人手紧张，不少站点只有1名兼职辅导员。",
    "一是专职教师仅有9人，力量薄弱。",
    "各社区均建有学习点，配备兼职教师45名。",
    "在这些社区学校中，有专职管理人员的仅27所。",
])
def test_staff_of_the_centres_are_not_participants(text: str) -> None:
    assert counts(text, doc_type="summary") == set()


def test_staff_trained_are_participants() -> None:
    assert counts("全年培训兼职教师320人次。", doc_type="summary") == {(320, "人次")}


def test_a_composition_share_of_people_is_left_out() -> None:
    text = "全年培训学员2.4万人次，其中青年学员占37%。课程满意率达95%。"
    assert counts(text, doc_type="summary") == {(24000, "人次"), (95, "%")}


def test_a_share_of_resources_and_a_stated_ratio_stay() -> None:
    text = "双语课程仅占全部课程的6%；参与市民中60岁以上老人占比达41%。"
    assert counts(text, doc_type="summary") == {(6, "%"), (41, "%")}


def test_followers_of_an_account_are_an_audience() -> None:
    text = "依托公众号推送学习资源280条，关注人数达5100人。"
    assert counts(text, doc_type="summary") == set()


def test_units_counted_for_a_shortfall_are_not_scale() -> None:
    text = "一是场地紧张，有5个社区学校面积不足40平方米。全街道建成社区学校12个。"
    assert counts(text, doc_type="summary") == {(12, "个")}


def test_how_often_a_body_meets_is_no_activity_count() -> None:
    text = "县组委会每季度开一次例会，每年开两次联席会议。全年举办讲座36次。"
    assert counts(text, doc_type="news") == {(36, "次")}


def test_a_surveys_method_counts_are_left_out() -> None:
    text = "县教育局组成调研组，通过召开座谈会、实地走访等方式开展调研。共召开座谈会14次。全县共有社区学校52所。"
    assert counts(text, doc_type="summary") == {(52, "所")}


def test_meetings_held_outside_a_survey_stay() -> None:
    assert counts("活动周期间共召开座谈会14次。", doc_type="summary") == {(14, "次")}


@pytest.mark.parametrize("text", [
    "2012年以来，我县已累计评选表彰书香家庭260余户。",
    "2016年，全市启动“学习之星”评选，至今已评出318名。",
    "上届我县在省级演讲比赛中有4名选手获奖。",
])
def test_past_honour_tallies_are_left_out(text: str) -> None:
    assert counts(text, doc_type="news") == set()


def test_this_years_honoured_stay() -> None:
    text = "大会对评选出的40户“书香家庭”和15名“学习之星”进行了表彰。"
    assert counts(text, doc_type="news") == {(40, "户"), (15, "名")}


def test_growth_rates_are_left_out_also_in_a_list() -> None:
    text = "共开展活动240场，参与群众8.6万人次，分别比上届增长18%和27%。参与人数年均增长11%。"
    assert counts(text, doc_type="news") == {(240, "场"), (86000, "人次")}


def test_bodies_of_an_organising_structure_are_not_participants() -> None:
    text = "市文明办、团市委等15个成员单位负责同志出席。领导小组下设三个工作组。"
    assert counts(text, doc_type="news") == set()


def test_member_units_that_take_part_stay() -> None:
    assert counts("全市近40个成员单位共同参与。", doc_type="news") == {(40, "个")}


def test_an_attachment_label_restates_the_count() -> None:
    text = ("确定南湖街道等18个社区为示范社区，现予公布。\n\n附件：示范社区名单（18个）\n\n"
            "附件\n学习之星名单\n（共7名，按姓氏笔画排序）")
    assert count_list(text, doc_type="notice") == [(18, "个"), (7, "名")]


def test_a_background_total_mentioned_twice_is_one_figure() -> None:
    text = "全县共有社区学校73所。\n（三）队伍不稳定。73所社区学校中，设有专职岗位的不多。"
    assert count_list(text, doc_type="summary") == [(73, "所")]


def test_the_same_number_of_different_things_stays_twice() -> None:
    text = "授予9个社区“学习型社区”称号，授予9个社团“学习型社团”称号。"
    assert count_list(text, doc_type="news") == [(9, "个"), (9, "个")]


def test_prize_places_under_a_heading_of_a_call_are_a_quota() -> None:
    text = "五、奖项设置：一等奖4名，二等奖8名，三等奖12名，入选作品50名。"
    assert counts(text, doc_type="notice") == set()


def test_traditional_prize_places_are_folded_first() -> None:
    text = "為配合全民終身學習活動週，舉辦攝影大賽。\n五、獎項設置：一等獎4名，二等獎8名，入選作品50名。"
    assert counts(text, doc_type="notice") == set()


def test_prizes_awarded_in_a_report_stay() -> None:
    text = "大赛共评出一等奖4名、二等奖8名。"
    assert counts(text, doc_type="news") == {(4, "名"), (8, "名")}


# --- theme ------------------------------------------------------------------------------

def test_a_shows_theme_under_its_heading() -> None:
    text = ("关于举办第二届老年教育成果展演活动的通知\n各县区老年大学：\n    现将有关事项通知如下：\n"
            "    一、展演主题\n    夕阳正红 乐学不辍\n    二、组织机构")
    assert theme(text, title="关于举办第二届老年教育成果展演活动的通知") == "夕阳正红 乐学不辍"


def test_a_show_heading_in_a_week_notice_is_not_the_campaign_theme() -> None:
    text = ("关于开展全民终身学习活动周的通知\n一、活动主题\n学习点亮生活\n"
            "二、活动内容\n（一）展演主题\n银龄风采")
    assert theme(text, title="关于开展全民终身学习活动周的通知") == "学习点亮生活"


def test_a_contests_own_label_in_its_call() -> None:
    text = ("“读书点亮人生”青川市首届全民阅读摄影大赛征稿启事\n"
            "为配合青川市全民终身学习活动周，决定举办摄影大赛。\n二、大赛主题：读书点亮人生\n三、征稿内容")
    assert theme(text) == "读书点亮人生"


def test_a_contest_label_in_a_week_notice_is_not_the_theme() -> None:
    text = "关于开展全民终身学习活动周的通知\n一、活动周主题：共享学习\n二、征文比赛\n征文主题：我的读书故事"
    assert theme(text) == "共享学习"


def test_a_label_holding_a_theme_phrase_gives_the_quoted_value() -> None:
    text = "青川县职工演讲比赛通知\n一、比赛主题：本次比赛的主题是“奋斗者的课堂”。"
    assert theme(text) == "奋斗者的课堂"


def test_the_writers_own_level_theme_wins_over_a_higher_bodys() -> None:
    text = ("会议传达了全市活动周的工作要求。今年全市活动周以“终身学习 成就未来”为主题。\n"
            "她要求，各街镇要围绕“书香南湖 乐学共享”这一区级活动主题，在活动周期间推出特色活动。")
    assert theme(text) == "书香南湖 乐学共享"


def test_two_themes_without_a_level_label_keep_the_earliest() -> None:
    text = ("今年全市活动周以“终身学习 成就未来”为主题。\n"
            "各街镇要围绕“书香南湖 乐学共享”这一主题，在活动周期间推出特色活动。")
    assert theme(text) == "终身学习 成就未来"


# --- event dates --------------------------------------------------------------------------

def test_a_welcome_address_dates_the_week_from_its_own_day() -> None:
    text = ("在青川市2033年全民终身学习活动周开幕式上的致辞\n（2033年10月22日）\n青川市人民政府副市长　某某\n\n"
            "尊敬的各位领导：\n　　今天，我们在这里隆重举行青川市2033年全民终身学习活动周开幕式。\n"
            "　　从今天起至10月28日，全市将开展为期一周的学习活动。")
    assert event(text) == ("2033-10-22", "2033-10-28")


def test_today_in_a_news_page_without_a_dated_line_gives_no_day() -> None:
    text = ("青川市活动周开幕\n发布时间：2033-10-22\n"
            "　　从今天起至10月28日，全市将开展为期一周的活动周学习活动。")
    assert event(text) == (None, None)


def test_a_closing_day_after_a_stations_credit_ends_the_week() -> None:
    text = ("青川县活动周闭幕\n"
            "本台讯（记者 王某）11月12日下午，为期7天的2033年青川县全民学习活动周闭幕式在县文化中心举行。"
            "自11月6日启动以来，活动周共举办各类活动52场。")
    assert event(text) == ("2033-11-06", "2033-11-12")


def test_a_closing_day_inside_a_clause_does_not_end_the_week() -> None:
    text = ("青川县活动周开幕\n11月6日，2033年青川县全民学习活动周启动。"
            "县里决定，作品征集于11月12日闭幕前截止。")
    assert event(text) == ("2033-11-06", "2033-11-06")


# --- organizers -----------------------------------------------------------------------------

def test_a_website_footer_after_print_links_names_the_sites_owner() -> None:
    text = ("青川区活动周开幕\n　　本次活动由青川区教育局主办。\n\n打印本页 | 关闭窗口\n"
            "主办：青川市青川区人民政府  承办：青川区信息中心\n地址：青川区某路1号")
    assert organizers(text) == [("主办", "青川区教育局")]


def test_a_label_in_the_body_stays() -> None:
    text = "关于举办读书节的通知\n一、主办单位：青川区教育局\n二、承办单位：青川区图书馆\n三、活动时间"
    assert organizers(text) == [("主办", "青川区教育局"), ("承办", "青川区图书馆")]


def test_a_generic_plural_after_a_conjunction_is_dropped() -> None:
    text = "本次活动周由青川区教育局主办，街道社区学校和辖区各社区承办。"
    assert organizers(text) == [("主办", "青川区教育局"), ("承办", "街道社区学校")]


def test_side_events_of_a_bulletin_are_not_the_organizers() -> None:
    text = ("　　10月20日，青川市活动周开幕式在市图书馆广场举行。开幕式由市教育局主办，青川学院承办。\n"
            "　　由县老年大学承办的书画展在县文化馆开展。\n"
            "　　讲座由街道办事处主办，南湖社区承办。")
    assert organizers(text) == [("主办", "市教育局"), ("承办", "青川学院")]


def test_a_lecture_reported_alone_keeps_its_organizers() -> None:
    text = "　　11月3日，南湖街道开展家风专题讲座。讲座由街道办事处主办，南湖社区承办。"
    assert organizers(text) == [("主办", "街道办事处"), ("承办", "南湖社区")]
