"""Page furniture: the site header and footer around a web document, and its page tail.

A web page wraps the document in a header (设为首页 | 联系我们, 新闻热线, a site's 主办
line) and a footer (版权所有, 主办单位 + 地址 / 邮编 of the site's owner, ICP备案, 公网安备,
网站标识码, 技术支持), often followed or preceded by lists of other articles (相关新闻,
上一篇). Their phones and e-mails are the website's, not the people a notice asks readers
to call, and their numbers are other pages' figures. Document-sharing, template and
commercial sites add their own service lines (客服热线：400-…, 客服邮箱, 免责声明：…联系邮箱,
如有侵权请联系…, 投诉举报): the site's, never the notice's. This module marks:

- a line with a site cue (版权所有, ICP备, 客服, 免责声明, 侵权联系 … anywhere; 技术支持,
  联系我们, 投诉举报 … in a line without a sentence), a line that packs a site key (主办 /
  承办) with an address key (地址 / 邮编) outside the body, or a line outside the body that
  gives a national service number (400- / 800-) without naming a person or a consultation;
- a run of bare contact-value lines (电话 / 邮箱 / 地址 / 邮编, no 联系人, no sentence)
  right above or below such a line;
- every line after a footer cue that follows the end of the body text (the page tail, which
  also starts at a 相关新闻 / 上一篇 heading for figures).

A line holding nothing but an ad injected by a mirror site (`mirror_spam`) is furniture too.
A line that introduces a person (联系人 / 联络人 / 某老师) is never furniture, unless the
person is the website's own (网站联系人, 网站管理员).
"""
from __future__ import annotations

import re

from pipeline.extract.mirror_spam import is_spam_line

# Cues that only a website's own footer writes, even inside a sentence.
SITE_CUE = re.compile(
    r"版权所有|版权归|Copyright|COPYRIGHT|copyright|©|All\s*Rights|ICP\s*备|ICP\s*证|公网安备|网站标识码|"
    r"客服|免责声明|侵权(?:请|可|需)?(?:联系|投诉|举报|删除)|(?:联系|通知)(?:我们|本站)?删除"
)
# Cues of a header or footer line that holds no sentence ("设为首页 | 联系我们", "技术支持：…"):
# in a sentence they may be the notice's own words ("如有疑问请联系我们").
NAV_CUE = re.compile(
    r"技术支持|网站地图|联系我们|设为首页|加入收藏|网站纠错|违法和不良信息|新闻热线|建议使用|分辨率|浏览器|"
    r"网站(?:主办|承办|维护|管理)|本[网站](?:站)?(?:投稿|邮箱|电话|地址)|投诉举报|举报(?:电话|邮箱|中心)|"
    r"(?:广告|商务)合作|意见反馈"
)
# A footer packs the site owner's keys with its address ("主办单位：… 地址：… 邮编：…"); a
# call's "主办单位：… 承办单位：…" line has no address.
SITE_KEYS = ("主办", "承办", "协办", "维护")
ADDRESS_KEYS = ("地址", "邮编", "邮政编码", "备案")
CONTACT_VALUE = re.compile(r"电\s*话|邮\s*箱|E-?mail|e-?mail|地\s*址|邮\s*编|传\s*真|热线|@|\d{7,}")
PERSON_LABEL = re.compile(r"联\s*[系络]\s*人|[\u4e00-\u9fff](?:老师|先生|女士)")
# The website's own people ("网站联系人", "网站管理员"): furniture even though they name a person.
SITE_PERSON = re.compile(r"(?:网站|网页|本网|本站)(?:联系人|管理员|负责人|编辑)|网管")


def _introduces_person(text: str) -> bool:
    """A notice's contact person (never furniture), not the website's own."""
    return bool(PERSON_LABEL.search(text)) and not SITE_PERSON.search(text)
_ADDRESSES = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+|https?://\S+|www\.\S+")
_SENTENCE = re.compile(r"[。！？]")
_LONG_LINE = 120


def _has_site_cue(text: str) -> bool:
    """A cue only a website writes (looked for outside e-mails and links)."""
    if len(text) > _LONG_LINE or _introduces_person(text):
        return False
    bare = _ADDRESSES.sub(" ", text)
    return bool(SITE_CUE.search(bare)) or (not _SENTENCE.search(bare) and bool(NAV_CUE.search(bare)))


def _has_footer_keys(text: str) -> bool:
    """A site key and an address key on one line without a sentence."""
    if _introduces_person(text) or _SENTENCE.search(text) or len(text) > _LONG_LINE:
        return False
    return any(k in text for k in SITE_KEYS) and any(k in text for k in ADDRESS_KEYS)


# A national service number (400-/800-): a company's or a site's, unless the line names a
# person or a consultation ("联系人：赵老师；服务热线：400-…", "报名咨询：400-…").
SERVICE_NUMBER = re.compile(r"(?<!\d)[48]00[-\s]?\d{3}[-\s]?\d{4}(?!\d)")
_CONSULTATION = re.compile(r"咨询|报名|报送|投稿|联系电话")


def _has_service_number(text: str) -> bool:
    """A line giving a site's or a company's service number (checked outside the body only)."""
    return bool(SERVICE_NUMBER.search(text)) and not _introduces_person(text) \
        and not _CONSULTATION.search(text) and len(text) <= _LONG_LINE


def _is_value_line(text: str) -> bool:
    """A bare line of contact values (地址 / 电话 / 邮箱), with no person and no sentence."""
    stripped = text.strip()
    return bool(stripped) and len(stripped) <= _LONG_LINE and bool(CONTACT_VALUE.search(stripped)) \
        and not _introduces_person(stripped) and not _SENTENCE.search(stripped)


def _adjacent_values(texts: list[str], k: int, step: int) -> list[int]:
    """The run of value lines next to line k in one direction (blank lines skipped)."""
    out: list[int] = []
    j = k + step
    while 0 <= j < len(texts):
        if texts[j].strip():
            if not _is_value_line(texts[j]):
                break
            out.append(j)
        j += step
    return out


def _service_lines(texts: list[str], first: int, last: int) -> set[int]:
    """Service-number lines before or after the body; they mark only themselves (the
    notice's own contact lines may still follow a company's hotline)."""
    return {k for k, text in enumerate(texts) if (k < first or k > last) and _has_service_number(text)}


def _body_span(texts: list[str]) -> tuple[int, int]:
    """First and last index of the lines holding a sentence that carry no site cue."""
    body = [k for k, text in enumerate(texts) if _SENTENCE.search(text) and not _has_site_cue(text)]
    return (body[0], body[-1]) if body else (len(texts), -1)


def furniture_lines(texts: list[str]) -> set[int]:
    """Indexes of the lines that belong to the page's header or footer."""
    first, last = _body_span(texts)
    cues = [k for k, text in enumerate(texts)
            if _has_site_cue(text) or ((k < first or k > last) and _has_footer_keys(text))]
    marked: set[int] = set(cues) | _service_lines(texts, first, last)
    marked.update(k for k, text in enumerate(texts) if is_spam_line(text))
    for k in cues:
        marked.update(_adjacent_values(texts, k, -1))
        marked.update(_adjacent_values(texts, k, 1))
    tail = [k for k in cues if k > last >= 0]
    if tail:
        marked.update(k for k in range(tail[0], len(texts)) if not _introduces_person(texts[k]))
    return marked


# Headings of a page's list of other articles ("相关新闻", "上一篇：…"): the page tail.
RELATED_CUE = re.compile(r"^\s*[【\[]?(?:相关(?:新闻|文章|阅读|链接|报道|推荐)|推荐阅读|延伸阅读|热点新闻|热门文章|猜你喜欢|上一篇|下一篇)")


def page_tail_start(texts: list[str]) -> int | None:
    """Index of the first line of the page tail (another article list or the site footer
    after the body), else None: numbers there are other pages' figures."""
    first, last = _body_span(texts)
    for k, text in enumerate(texts):
        if k > first and RELATED_CUE.match(text):
            return k
        if k > last >= 0 and (_has_site_cue(text) or _has_footer_keys(text)):
            return k
    return None
