"""Round 4 forms of contacts and deadlines found by the blind corpora (wording invented).

- an ad a mirror site injects (ad word + phone / QQ / WeChat number), alone on its line or
  glued to a sentence, gives no contact; a notice's own consultation line about a loan or
  a leisure activity stays;
- a contact name without a Han surname is read when a bracketed unit follows it, when a
  unit and a space precede it, or when it is letter-spaced to the width of three characters
  (`卓 玛`); labels typeset the same way (`电 话`, `备 注`) are not names;
- a renewal registration period (`续报`) is a registration period;
- an open period `即日起至X` with a clock time, the cue in the clause after it or in the
  `报名方式` heading above; an activity period under another heading is not a deadline.
Every recall case has a look-alike that must stay out.
"""
from __future__ import annotations

import pytest

from pipeline.extract.contacts_names import names_after, spaced_pair
from pipeline.extract.mirror_spam import is_spam_line, spam_spans
from pipeline.extract.page_furniture import furniture_lines
from tests.test_round3_calls import record  # shared runners

TITLE = "关于开展2037年社区老年学员招募工作的通知\n"
BODY = "各乡镇：\n为丰富老年人学习生活，现开展招募工作。请各乡镇认真组织，按时报送材料。\n"
SIGN = "某某县教育局\n2037年8月12日\n"




def values(text: str) -> tuple[set[str], set[str], set[str]]:
    """(names, phones, emails) as the scorer compares them."""
    found = {(c.name, c.phone, c.email) for c in record(text).contacts}
    return ({n for n, _, _ in found if n}, {p for _, p, _ in found if p}, {e for _, _, e in found if e})


def dates(text: str) -> set[str]:
    return {d.date for d in record(text).deadlines}


CONTACT_LINE = "联系人：温晓丽  联系电话：0913-2265417\n"


# --- mirror-site ads are furniture for contacts ---------------------------------------------

@pytest.mark.parametrize(
    "ad",
    [
        "代开发票 13912345678",
        "办证QQ：58213467",
        "娱乐城 微信 15087654321",
        "贷款13365432100",
        "彩票 13512349876",
        "免费代开发票 微信同号 13712340987",
        "13912345678 代开发票",
    ],
)
def test_ad_glued_to_a_sentence_gives_no_phone(ad: str) -> None:
    body = BODY.replace("按时报送材料。", f"按时报送材料。{ad}")
    names, phones, _ = values(TITLE + body + CONTACT_LINE + SIGN)
    assert names == {"温晓丽"}
    assert phones == {"0913-2265417"}


def test_ad_line_is_furniture() -> None:
    texts = [TITLE.strip(), "请各乡镇按时报送材料。", "办证 13912345678", CONTACT_LINE.strip()]
    assert furniture_lines(texts) == {2}
    assert is_spam_line("13912345678代开发票")


@pytest.mark.parametrize(
    "line",
    [
        "助学贷款咨询电话：0913-2265417",
        "文化娱乐活动联系人：温晓丽 13912345678",
        "全年组织棋牌比赛12000人次。",
        "彩票公益金资助项目2036-2037年度",
        "联系电话：13912345678，棋牌比赛另行通知",
    ],
)
def test_notice_lines_with_an_ad_word_are_no_ads(line: str) -> None:
    assert spam_spans(line) == [] and not is_spam_line(line)


def test_loan_consultation_phone_stays() -> None:
    line = "助学贷款咨询电话：0913-2265417\n"
    _, phones, _ = values(TITLE + BODY + line + SIGN)
    assert phones == {"0913-2265417"}


# --- names without a Han surname, made certain by their surroundings ----------------------

def test_name_before_bracketed_unit() -> None:
    line = "联系人：娜仁（县教体局职成股）  13847723561\n"
    names, phones, _ = values(TITLE + BODY + line + SIGN)
    assert names == {"娜仁"}
    assert phones == {"13847723561"}


@pytest.mark.parametrize("run", ["各校（教务处）", "待定（县教育局）", "备注（职成股）"])
def test_bracket_after_a_non_name_gives_nothing(run: str) -> None:
    assert names_after(f"联系人：{run}", 4) == []


def test_names_after_unit_and_letter_spaced_pair() -> None:
    line = "联系人：县教育局职成股 扎西顿珠、卓 玛\n电话：0894-5821376\n"
    names, phones, _ = values(TITLE + BODY + line + SIGN)
    assert names == {"扎西顿珠", "卓玛"}
    assert phones == {"0894-5821376"}


def test_letter_spaced_pair_alone_after_label() -> None:
    line = "联系人：卓 玛  电话：0894-5821376\n"
    names, _, _ = values(TITLE + BODY + line + SIGN)
    assert names == {"卓玛"}


@pytest.mark.parametrize("label", ["电 话", "备 注", "待 定", "姓 名", "本 人"])
def test_letter_spaced_label_is_no_name(label: str) -> None:
    assert spaced_pair(f"联系人：{label}", 4) is None


@pytest.mark.parametrize("words", ["另行通知", "另行通知 格桑旺姆", "见附件", "各校 教务处主任"])
def test_placeholder_after_label_is_no_name(words: str) -> None:
    """A placeholder ("另行通知") is no transliterated name, and the run after it is read
    as a person only when a unit (ending in 局, 处, 股 …) stands before the space."""
    assert names_after(f"联系人：{words}", 4) == []


# --- registration periods in calls ---------------------------------------------------------

def test_renewal_registration_period_is_a_deadline() -> None:
    lines = "三、报名时间\n（一）老学员续报：2037年8月20日至8月25日；\n（二）新学员报名：2037年8月28日至9月2日；\n"
    assert dates(TITLE + BODY + lines + SIGN) == {"2037-08-25", "2037-09-02"}


def test_class_period_under_sub_items_is_no_deadline() -> None:
    lines = "三、教学安排\n（一）秋季学期：2037年9月8日至12月26日；\n"
    assert dates(TITLE + BODY + lines + SIGN) == set()


def test_open_period_with_clock_time_and_cue_after() -> None:
    lines = "即日起至9月18日16:30，填写报名表发送至邮箱zhaomu_x@163.com。\n"
    assert dates(TITLE + BODY + lines + SIGN) == {"2037-09-18"}


def test_open_period_under_registration_heading() -> None:
    lines = "三、报名方式\n即日起至9月18日，到县教育局二楼职成股现场办理。\n"
    assert dates(TITLE + BODY + lines + SIGN) == {"2037-09-18"}


def test_open_period_under_activity_heading_is_no_deadline() -> None:
    lines = "三、活动方式\n即日起至9月18日，各乡镇组织老年学员开展读书活动。\n"
    assert dates(TITLE + BODY + lines + SIGN) == set()
