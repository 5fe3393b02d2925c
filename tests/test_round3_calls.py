"""Round 3 forms of contacts and deadlines found by the blind corpora (wording invented).

- the service lines of document-sharing, template and commercial sites (客服热线, 客服邮箱,
  免责声明 … 联系邮箱, 侵权联系, 投诉举报, a bare 400-/800- number after the body) are the
  site's, not contacts; a notice's own 服务热线 beside its 联系人 stays;
- a long transliterated name (Mongolian, Tibetan, Uyghur: 4-7 characters, or two parts
  joined by a middle dot) right after a 联系人 label is a person; a unit there is not;
- a second person on a 联系人 line introduced by their unit and a colon, whose phone
  may stand on the next line;
- a sentence line closing with a deadline label and a colon, the date alone on the next line.
Every case has a look-alike that must stay out.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from models import Record
from parsers.text import parse_txt
from pipeline.extract import Context, run_all
from pipeline.extract.contacts_names import names_after, transliterated_name
from pipeline.extract.page_furniture import furniture_lines
from pipeline.normalize.text import normalize_document
from pipeline.record import assemble

TITLE = "关于开展2041年社区学习成果推荐工作的通知\n"
BODY = "各街道：\n为总结社区学习经验，现开展推荐工作。请各街道认真组织，按时报送材料。\n"
SIGN = "某某区教育局\n2041年4月2日\n"


def record(text: str) -> Record:
    """The whole pipeline on one invented document; every value's evidence quotes the text."""
    doc = normalize_document(parse_txt(Path("x.txt"), text.encode("utf-8")))
    ctx = run_all(Context(doc))
    for value in [*(ctx.fields.get("deadlines") or []), *(ctx.fields.get("contacts") or [])]:
        ev = value.evidence
        assert ctx.text[ev.start : ev.end] == ev.text
    return assemble(doc, ctx)


def people(text: str) -> set[tuple[str | None, str | None, str | None]]:
    return {(c.name, c.phone, c.email) for c in record(text).contacts}


def values(text: str) -> tuple[set[str], set[str], set[str]]:
    """(names, phones, emails) as the scorer compares them."""
    found = people(text)
    return ({n for n, _, _ in found if n}, {p for _, p, _ in found if p}, {e for _, _, e in found if e})


# --- site service lines are furniture ------------------------------------------------------

CONTACT_LINE = "联系人：邹红梅  联系电话：0731-5528416\n"


@pytest.mark.parametrize(
    "footer",
    [
        "某某文库客服热线：400-615-3309  客服邮箱：help@wenkuabc.com\n",
        "免责声明：本站资料来自网友上传，仅供学习参考。联系邮箱：admin@fanwen-xyz.com\n",
        "本文由用户上传，如有侵权请联系删除：kf@docshare-abc.cn\n",
        "客服电话：800-820-6611\n",
        "投诉举报：jubao@mubanwang.net  电话：0591-87654321\n",
        "联系我们 | 关于本站 | 400-877-0921\n",
        "下载本文档  立即下载\n400-877-0921\n",
        "广告合作 | 意见反馈 | 本站邮箱：ad@fanwen-xyz.com\n",
    ],
)
def test_commercial_site_footer_gives_no_contact(footer: str) -> None:
    names, phones, emails = values(TITLE + BODY + CONTACT_LINE + SIGN + footer)
    assert names == {"邹红梅"}
    assert phones == {"0731-5528416"}
    assert emails == set()


def test_notice_service_hotline_beside_its_contact_stays() -> None:
    """A company-run call's 服务热线 on its 联系人 line is the notice's own number."""
    line = "联系人：邹老师，电话：0731-5528416；服务热线：400-615-3309\n"
    _, phones, _ = values(TITLE + BODY + line + SIGN)
    assert phones == {"0731-5528416", "400-615-3309"}


def test_consultation_number_after_the_body_stays() -> None:
    """"报名咨询：400-…" after the body asks readers to call: not furniture."""
    texts = [TITLE.strip(), "请各单位按时报名。", "报名咨询：400-615-3309"]
    assert furniture_lines(texts) == set()


def test_body_sentence_about_infringement_is_not_furniture() -> None:
    """A call's own rule on copyright ("如有侵权行为，责任由作者承担") is body text."""
    texts = [TITLE.strip(), "作品须为原创，如有侵权行为，责任由作者承担。", "联系电话：0731-5528416"]
    assert furniture_lines(texts) == set()


# --- long transliterated names after a 联系人 label ----------------------------------------

@pytest.mark.parametrize(
    "name",
    ["斯琴巴雅尔", "额尔敦其木格", "格桑旺姆", "阿依努尔·吐尔洪", "古丽巴哈尔·买买提明", "巴图那顺乌力吉"],
)
def test_long_minority_name_after_label(name: str) -> None:
    line = f"联系人：{name}  电话：0477-6251133\n"
    names, phones, _ = values(TITLE + BODY + line + SIGN)
    assert names == {name}
    assert phones == {"0477-6251133"}


@pytest.mark.parametrize(
    "run", ["社区教育学院", "老干部大学", "志愿服务队", "市文明办", "各旗区教育局", "相关科室人员", "区职成股"]
)
def test_unit_after_label_is_not_a_person(run: str) -> None:
    line = f"联系人：{run} 0477-6251133"
    assert names_after(line, 4) == []


def test_transliterated_name_needs_the_whole_run() -> None:
    """A run cut by a following character is no name ("…格" glued to more text)."""
    assert transliterated_name("联系人：乌日娜其其格老干部", 4) is None


# --- a second person introduced by their unit on the same line ------------------------------

def test_second_person_after_unit_label() -> None:
    lines = "联系人：邓志伟15874211306 县妇联：龚丽\n0745-3326190\n"
    names, phones, _ = values(TITLE + BODY + lines + SIGN)
    assert names == {"邓志伟", "龚丽"}
    assert phones == {"15874211306", "0745-3326190"}
    assert ("龚丽", "0745-3326190", None) in people(TITLE + BODY + lines + SIGN)


@pytest.mark.parametrize(
    "line",
    [
        "联系人：邓志伟15874211306 报送单位：县教育局\n",
        "联系人：邓志伟 地址：县教育局职成股\n",
        "联系人：邓志伟 县教育局职成股：0745-3326190\n",
    ],
)
def test_label_words_after_contact_are_not_people(line: str) -> None:
    names, _, _ = values(TITLE + BODY + line + SIGN)
    assert names == {"邓志伟"}


# --- a deadline label closing a sentence line, the date on the next ------------------------

def _deadlines(text: str) -> list[str | None]:
    return [d.date for d in record(text).deadlines]


@pytest.mark.parametrize(
    "label", ["申报材料报送截止时间：", "作品征集截止日期：", "推荐表提交时间："]
)
def test_label_closing_a_sentence_then_date_line(label: str) -> None:
    body = f"（三）成果推荐。各街道做好初选工作，{label}\n2041年5月18日\n逾期不予受理。\n"
    assert _deadlines(TITLE + BODY + body + SIGN) == ["2041-05-18"]


@pytest.mark.parametrize("head", ["推荐材料报送截止时间为", "各街道作品征集截止日期是", "报名截止时间为"])
def test_label_with_wei_then_date_line(head: str) -> None:
    """A PDF copy breaks "…截止时间为" from its date."""
    body = f"（三）成果推荐。{head}\n2041年5月18日，逾期不予受理。\n"
    assert _deadlines(TITLE + BODY + body + SIGN) == ["2041-05-18"]


def test_activity_label_closing_a_sentence_is_no_deadline() -> None:
    body = "（三）集中展示。各街道组织居民参与，活动时间：\n2041年5月18日\n"
    assert _deadlines(TITLE + BODY + body + SIGN) == []
    body = "（三）集中展示。展示时间为\n2041年5月18日，地点为区文化馆。\n"
    assert _deadlines(TITLE + BODY + body + SIGN) == []


def test_deadline_label_without_colon_mid_sentence_is_no_label() -> None:
    """Only a label with its colon closes the line: a sentence that merely ends on a date word
    ("…按报送时间") does not make the next line's date a deadline."""
    body = "（三）材料整理。各街道整理材料并注明报送时间\n2041年5月18日召开推进会。\n"
    assert _deadlines(TITLE + BODY + body + SIGN) == []


@pytest.mark.parametrize("joiner", ["\n", "\n\n"])
def test_a_name_followed_by_more_sentence_lends_nothing_below(joiner: str) -> None:
    """"…邮箱：x@y.cn，电话：…，联系人：某某。组委会将…" then a later line holding the same
    e-mail: one contact, whether the page keeps blank lines between paragraphs or not."""
    text = joiner.join([
        "关于开展2031年社区教育成果展示活动的通知",
        "请于9月10日前将统计表发送至区社教科邮箱：sqjy2031@163.com，电话：66821234，联系人：郁文清。组委会将适时督查。",
        "（四）及时总结",
        "活动结束后将总结发送至sqjy2031@163.com。",
    ])
    contacts = [(c.name, c.phone, c.email) for c in record(text).contacts]
    assert contacts == [("郁文清", "66821234", "sqjy2031@163.com")]
