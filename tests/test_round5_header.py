"""Round 5 header classes (doc_type, title, issuers, issue_date, campaign_year) from blind corpora.

Each test is the form of a genre in invented wording (other places, people, numbers), with a
look-alike that must not be taken for it: a one-line bulletin masthead over its issue line, a
bulletin issue closing the week, a cover-notice title broken before its bracketed period, a
body-and-date line under a plan's title, a letterhead split before its department, a portal's
name over a slash breadcrumb, a closing body line after a contact table and a news page dated
only by its publish line.
"""
from __future__ import annotations

from models import SourceInfo
from tests.test_round4_header import run  # shared runners

SRC = SourceInfo("x.txt", "x.txt", "txt", "0" * 64)
PARA = "活动周期间，各乡镇组织专家深入村组开展实用技术讲座，群众反响热烈，参与热情高涨，效果良好。"




# ---------------------------------------------------------------- bulletin mastheads

CLOSING = ("2034年青川区全民终身学习活动周圆满闭幕",
           "2034年青川区全民终身学习活动周于11月2日至8日举行，全区各街道开展了形式多样的学习活动。")
OPENING = ("青川区2034年全民终身学习活动周隆重开幕",
           "11月2日上午，青川区2034年全民终身学习活动周开幕式在区文化广场举行，副区长出席并致辞。")


def test_one_line_masthead_over_its_issue_line_names_the_bulletin() -> None:
    f = run("青川区社区教育工作简报", "第2期（总第27期）", "青川区教育局编　　　　2034年11月10日", *CLOSING)
    assert f["title"] == "青川区社区教育工作简报"
    assert f["doc_type"] == "summary"
    assert f["issue_date"] == "2034-11-10"


def test_issue_closing_the_week_under_a_spaced_masthead_is_a_summary() -> None:
    f = run("青川区全民终身学习活动周", "简　报", "第4期", "青川区活动周组委会办公室　　　2034年11月9日", *CLOSING)
    assert f["title"] == "青川区全民终身学习活动周简报"
    assert f["doc_type"] == "summary"


def test_issue_reporting_an_opening_stays_news() -> None:
    f = run("青川区社区教育工作简报", "第1期（总第26期）", "青川区教育局编　　　　2034年11月3日", *OPENING)
    assert f["title"] == "青川区社区教育工作简报"
    assert f["doc_type"] == "news"


def test_headline_ending_in_jianbao_without_an_issue_line_is_no_masthead() -> None:
    f = run("青川区2034年全民终身学习活动周工作情况简报", "各街道社区学校：", PARA)
    assert f["title"] == "青川区2034年全民终身学习活动周工作情况简报"


# ---------------------------------------------------------------- titles wrapped before a period

def test_cover_notice_title_wrapped_before_its_bracketed_period_is_joined() -> None:
    f = run("关于印发《临江市社区教育发展规划", "（2031—2035年）》的通知", "各区县教育局：", PARA)
    assert f["title"] == "关于印发《临江市社区教育发展规划（2031—2035年）》的通知"


def test_bracketed_date_under_a_whole_title_is_not_joined() -> None:
    f = run("临江市社区教育发展规划", "（2031年5月8日）", PARA)
    assert f["title"] == "临江市社区教育发展规划"


# ---------------------------------------------------------------- body and date under the title

def test_body_and_date_line_under_a_plan_title_gives_issuer_and_issue_date() -> None:
    f = run("石门县2031年全民终身学习活动周实施方案", "石门县教育局　2031年10月9日", "一、活动主题", PARA)
    assert f["issuers"] == ["石门县教育局"]
    assert f["issue_date"] == "2031-10-09"


def test_labelled_source_and_date_line_is_no_issuer() -> None:
    f = run("石门县2031年全民终身学习活动周实施方案", "来源：石门县融媒体中心　2031年10月9日", "一、活动主题", PARA)
    assert "石门县融媒体中心" not in f["issuers"]
    assert f["issue_date"] is None


# ---------------------------------------------------------------- letterheads and site names

def test_letterhead_split_before_its_department_is_one_body_when_the_signature_says_so() -> None:
    f = run("青梧高新技术产业开发区管理委员会", "文教卫生局", "关于举办2031年全民终身学习活动周的通知",
            "各街道办事处：", PARA, "青梧高新技术产业开发区管理委员会文教卫生局", "2031年10月12日")
    assert f["issuers"] == ["青梧高新技术产业开发区管理委员会文教卫生局"]


def test_department_line_not_confirmed_by_the_signature_is_not_joined() -> None:
    f = run("青梧高新技术产业开发区管理委员会", "文教卫生局", "关于举办2031年全民终身学习活动周的通知",
            "各街道办事处：", PARA, "青梧高新技术产业开发区管理委员会", "2031年10月12日")
    assert "青梧高新技术产业开发区管理委员会文教卫生局" not in f["issuers"]


def test_portal_name_over_a_slash_breadcrumb_is_no_issuer() -> None:
    f = run("南岭市人民政府", "首页 / 政务公开 / 部门文件", "关于开展2031年全民终身学习活动周的通知",
            "各县区教育局：", PARA, "南岭市教育局", "2031年10月8日")
    assert f["issuers"] == ["南岭市教育局"]


def test_letterhead_over_a_doc_number_stays_the_issuer() -> None:
    f = run("南岭市人民政府", "南政发〔2031〕12号", "关于开展2031年全民终身学习活动周的通知",
            "各县区人民政府：", PARA, "南岭市人民政府", "2031年10月8日")
    assert f["issuers"] == ["南岭市人民政府"]


# ---------------------------------------------------------------- undated closing body

def test_undated_body_line_after_a_contact_table_signs_the_plan() -> None:
    f = run("柳川市2031年全民终身学习活动周方案", "一、活动主题", PARA, "联系人 | 电话 | 邮箱",
            "韩晓云 | 0773-5512034 | lcxx@example.cn", "柳川市全民终身学习活动周组织委员会")
    assert f["issuers"] == ["柳川市全民终身学习活动周组织委员会"]


def test_body_line_after_a_table_of_units_is_no_signature() -> None:
    f = run("柳川市2031年全民终身学习活动周方案", "一、活动主题", PARA, "单位 | 人数",
            "市社区学院 | 40", "柳川市全民终身学习活动周组织委员会")
    assert "柳川市全民终身学习活动周组织委员会" not in f["issuers"]


# ---------------------------------------------------------------- years of news pages

def test_news_page_dated_only_by_its_publish_line_has_no_campaign_year() -> None:
    f = run("和园社区开展全民终身学习活动周系列活动", "发布人：社区居委会　发布时间：2031-11-20",
            "11月12日至18日，和园社区开展了全民终身学习活动周系列活动，居民踊跃参加。")
    assert f["campaign_year"] is None
    assert f["context_year"] is None


def test_news_lead_with_its_own_year_keeps_it() -> None:
    f = run("和园社区开展全民终身学习活动周系列活动", "发布人：社区居委会　发布时间：2031-11-20",
            "11月12日至18日，和园社区开展了2031年全民终身学习活动周系列活动，居民踊跃参加。")
    assert f["campaign_year"] == 2031
