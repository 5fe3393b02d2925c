"""Round 3 header classes, in invented wording: site furniture at the top of a page (a portal's
own name, a site header over a menu row, a WeChat account name, a template site's SEO heading),
issuers and dates where notices put them (a bare closing body line, a dated line under the title
naming the body, a publication note between signature and date), a bare date under a deadline
label, and 发文字号 damaged by copying (wrapped after the year, brackets lost with a blank).
Each recall rule comes with a look-alike that must not be taken."""
from __future__ import annotations

from models import Block, Document, SourceInfo
from pipeline.extract import Context, run_all
from pipeline.extract.layout import FURNITURE, page_furniture
from pipeline.extract.layout_doc import label_lines
from pipeline.extract.layout_site import is_menu
from pipeline.normalize.text import normalize_document

SRC = SourceInfo("x.txt", "x.txt", "txt", "0" * 64)
BODY = "为推进学习型城市建设，根据上级有关要求，结合本地实际，现将有关事项通知如下。"
PLAN = "社区教育是终身教育体系的重要组成部分，对提高居民素质、促进社会和谐具有重要作用。" * 6


def ctx_of(*lines: str) -> Context:
    doc = normalize_document(Document.from_blocks([Block("paragraph", line) for line in lines], SRC))
    return Context(doc)


def run(*lines: str) -> dict:
    ctx = run_all(ctx_of(*lines), ["header", "dates"])
    assert not [w for w in ctx.warnings if w.startswith("extractor_failed")]
    for ev in ctx.evidence_map.values():
        assert ctx.text[ev.start:ev.end] == ev.text
    return ctx.fields


def labels(*lines: str) -> list[str]:
    return [item.label for item in label_lines(ctx_of(*lines))]


# --- site furniture at the top of a page ---------------------------------------------------

def test_portal_site_name_line_is_furniture_not_an_issuer() -> None:
    page = (
        "青岚县人民政府门户网站",
        "首页 > 政务公开 > 通知公告",
        "关于举办青岚县2031年全民终身学习活动周的通知",
        "发布时间：2031-09-20 10:02  来源：县教育局  浏览次数：88",
        "各乡镇人民政府，县直各单位：",
        BODY, PLAN,
        "青岚县教育局",
        "2031年9月18日",
    )
    assert labels(*page)[0] == FURNITURE
    f = run(*page)
    assert f["issuers"] == ["青岚县教育局"]
    assert f["title"] == "关于举办青岚县2031年全民终身学习活动周的通知"


def test_portal_owner_above_breadcrumb_is_not_the_signing_body() -> None:
    f = run(
        "白沙市临江区人民政府",
        "信息公开 > 主动公开 > 教育",
        "临江区教育局关于2031年全民终身学习活动周工作情况的报告",
        "区人民政府：",
        BODY, PLAN,
        "白沙市临江区教育局",
        "二〇三一年十一月三日",
    )
    assert f["issuers"] == ["白沙市临江区教育局"]
    assert f["issue_date"] == "2031-11-03"


def test_site_header_over_a_menu_row_is_furniture() -> None:
    assert is_menu("首页  学院概况  通知公告  学习资源  在线课堂")
    assert page_furniture("首页  学院概况  通知公告  学习资源")
    f = run(
        "丰源市老年教育指导中心",
        "首页  中心概况  通知公告  课程资源  资料下载",
        "关于征集2032年丰源市社区教育优秀课程的通知",
        "各区县教育局：",
        BODY, PLAN,
        "丰源市教育局",
        "2032年8月1日",
    )
    assert f["issuers"] == ["丰源市教育局"]


def test_site_header_body_is_kept_when_the_notice_names_no_other_body() -> None:
    """The portal's owner counts like a 发布机构 row: only when no letterhead, title prefix
    or signature names a body."""
    f = run(
        "丰源市社区学院",
        "网站首页 | 学院概况 | 通知公告 | 老年教育",
        "关于开展2032年“我的读书故事”征文活动的通知",
        "作者：社区学院  时间：2032-05-02  点击：56",
        "各街道社区学校：",
        BODY, PLAN,
    )
    assert f["issuers"] == ["丰源市社区学院"]


def test_look_alike_letterhead_and_a_list_of_names_are_not_site_furniture() -> None:
    assert not is_menu("王小川  李大海  赵春燕  孙一鸣")
    page = ("丰源市教育局文件", "丰教发〔2032〕9号", "关于举办社区教育成果展的通知", "各区县教育局：", BODY, PLAN)
    assert labels(*page)[0] != FURNITURE
    f = run(*page)
    assert f["issuers"] == ["丰源市教育局"]
    assert f["doc_number"] == "丰教发〔2032〕9号"


def test_wechat_account_name_above_a_headline_is_not_glued_to_it() -> None:
    f = run(
        "滨湖社区教育",
        "“书香满社区”读书分享征文启事",
        "滨湖区社区学院　2032-04-10",
        "为营造全民阅读氛围，现面向全区居民征集读书分享文章，有关事项公告如下。",
    )
    assert f["title"] == "“书香满社区”读书分享征文启事"


def test_look_alike_titles_wrapped_over_two_lines_stay_whole() -> None:
    f = run("丰源市2032年全民终身学习", "活动周实施方案", PLAN)
    assert f["title"] == "丰源市2032年全民终身学习活动周实施方案"
    f = run("2032年全民终身学习活动周", "开幕式暨学习成果展示活动方案", PLAN)
    assert f["title"] == "2032年全民终身学习活动周开幕式暨学习成果展示活动方案"


def test_seo_heading_of_a_template_site_is_furniture() -> None:
    assert page_furniture("20XX年社区读书节活动方案（精选6篇）")
    assert page_furniture("社区教育工作总结(通用3篇)")
    assert not page_furniture("丰源市社区教育三年行动计划（试行）")
    f = run(
        "公文范本网 — 写作参考",
        "当前位置：首页 > 活动方案",
        "20XX年社区读书节活动方案（通用4篇）",
        "时间：2030-03-02 作者：小编  阅读：910",
        "XX区20XX年社区读书节活动方案",
        "为营造浓厚的读书氛围，推进书香社区建设，结合我区实际，特制定本方案。",
        PLAN,
    )
    assert f["title"] == "XX区20XX年社区读书节活动方案"


# --- issuers and issue dates -----------------------------------------------------------

def test_undated_body_line_closing_the_text_after_its_contact_rows() -> None:
    f = run(
        "丰源市月湖区2033年全民终身学习活动周工作方案",
        "（二〇三三年九月二十日）",
        PLAN,
        "各学校于十月十日前将活动总结报区教育局。",
        "联系人：陆晓岚　电话：0731-5550123",
        "丰源市月湖区教育局",
    )
    assert f["issuers"] == ["丰源市月湖区教育局"]
    assert f["issue_date"] == "2033-09-20"


def test_look_alike_body_line_followed_by_more_text_is_not_a_signature() -> None:
    f = run(
        "丰源市月湖区2033年社区读书节工作方案",
        PLAN,
        "联系人：陆晓岚　电话：0731-5550123",
        "丰源市月湖区社区学院",
        "活动期间各社区学校要做好安全保障工作",
    )
    assert f["issuers"] == []


def test_dated_line_under_the_title_naming_the_body() -> None:
    f = run(
        "云溪区2034年全民终身学习活动周实施方案",
        "（云溪区教育体育局　2034年10月9日）",
        "一、指导思想",
        PLAN,
    )
    assert f["issuers"] == ["云溪区教育体育局"]
    assert f["issue_date"] == "2034-10-09"


def test_look_alike_bracketed_note_with_a_date_is_not_a_signature() -> None:
    f = run(
        "云溪区2034年全民终身学习活动周实施方案",
        "（根据2034年10月9日专题会议精神修订）",
        "一、指导思想",
        PLAN,
    )
    assert f["issuers"] == []
    assert f.get("issue_date") is None


def test_publication_note_between_signature_and_date() -> None:
    f = run(
        "河西区2035年全民终身学习活动周工作总结",
        PLAN,
        "下一步，我们将继续完善社区教育网络。",
        "河西市河西区教育局",
        "（此件主动公开）",
        "2035年11月20日",
    )
    assert f["issuers"] == ["河西市河西区教育局"]
    assert f["issue_date"] == "2035-11-20"


def test_bare_date_under_a_deadline_label_is_not_the_issue_date() -> None:
    f = run(
        "2036年青川市全民终身学习活动周实施方案",
        PLAN,
        "（二）推选活动。各区县于9月20日前完成初评，推荐材料报送截止日期：",
        "2036年9月30日",
        "逾期不予受理。",
        "（三）活动结束后10日内报送工作总结。",
    )
    assert f.get("issue_date") is None


def test_look_alike_bare_date_closing_a_notice_is_the_issue_date() -> None:
    f = run("关于开展社区读书月活动的通知", "各学校：", BODY, PLAN, "特此通知。", "2036年9月30日")
    assert f["issue_date"] == "2036-09-30"


# --- doc numbers damaged by copying ----------------------------------------------------------

def test_number_wrapped_after_its_year_is_joined() -> None:
    f = run(
        "丰源市教育局",
        "丰教职成字〔2031〕",
        "52号",
        "关于组织开展2031年丰源市全民终身学习活动周的通知",
        "各县（市、区）教育局：",
        BODY,
    )
    assert f["doc_number"] == "丰教职成字〔2031〕52号"


def test_look_alike_cited_number_wrapped_in_the_text_is_not_taken() -> None:
    f = run(
        "关于组织开展2031年丰源市全民终身学习活动周的通知",
        "各县（市、区）教育局：",
        "详见丰教字〔2031〕",
        "7号文件精神。",
        BODY,
    )
    assert f.get("doc_number") is None


def test_number_with_lost_brackets_and_a_blank_is_restored() -> None:
    f = run(
        "丰源市教育局文件",
        "丰源教职成2032 41号",
        "关于开展2032年丰源市全民终身学习活动周的通知",
        "各县（市、区）教育局：",
        BODY,
    )
    assert f["doc_number"] == "丰源教职成〔2032〕41号"


def test_look_alike_number_with_lost_brackets_inside_a_sentence_is_not_taken() -> None:
    f = run(
        "关于开展2032年丰源市全民终身学习活动周的通知",
        "各县（市、区）教育局：",
        "请参阅丰源教职成2032 41号文件，认真做好各项准备工作。",
        BODY,
    )
    assert f.get("doc_number") is None


def test_look_alike_name_line_over_a_programme_year_stays_one_title() -> None:
    f = run("丰源市老年教育", "2033年发展规划实施方案", PLAN)
    assert f["title"] == "丰源市老年教育2033年发展规划实施方案"


def test_number_wrapped_before_its_bracket_is_joined() -> None:
    f = run("丰源市教育局", "丰教职成字", "〔2031〕53号", "关于组织开展社区读书节活动的通知", "各县（市、区）教育局：", BODY)
    assert f["doc_number"] == "丰教职成字〔2031〕53号"


def test_look_alike_short_line_above_a_whole_number_is_not_part_of_it() -> None:
    f = run("丰源市教育局文件", "学习通知", "丰教发〔2031〕5号", "关于组织开展社区读书节活动的通知", "各县（市、区）教育局：", BODY)
    assert f["doc_number"] == "丰教发〔2031〕5号"


def test_undated_body_line_under_a_numbered_attachment_list() -> None:
    f = run(
        "关于开展2033年社区读书节活动的通知",
        "各街道社区学校：",
        BODY, PLAN,
        "附件：1.读书节活动安排表",
        "2.读书节情况统计表",
        "丰源市月湖区社区学院",
    )
    assert f["issuers"] == ["丰源市月湖区社区学院"]


def test_look_alike_numbered_item_without_an_attachment_list_is_no_close() -> None:
    f = run(
        "关于开展2033年社区读书节活动的通知",
        "各街道社区学校：",
        BODY, PLAN,
        "一、活动安排",
        "1.读书分享",
        "丰源市月湖区社区学院",
    )
    assert f["issuers"] == []
