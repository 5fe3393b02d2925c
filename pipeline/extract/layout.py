"""Layout: label every line of a document before fields are read.

A real web page is layered: furniture (site name, 欢迎/登录/注册 widgets, navigation and
breadcrumbs `首页 > 栏目 >`, column labels such as 新闻动态 / 通知公告), the headline, a
dateline (发布时间 / 来源 / 阅读数), the body, a signature, attachments, then furniture again
(share / print / font-size widgets, related-article lists, copyright and ICP lines); a WeChat
article adds 关注 / 阅读原文 rows and `编辑 | 某某` credits. A 公文
adds a letterhead, a 发文字号 and the 主送 line between headline and body. Reading fields
from the right layer is what keeps a site's "欢迎来到…" or a column label out of the title.

Use `layout_doc.label_lines(ctx) -> list[LabeledLine]` (computed once per Context and cached on it):
each `LabeledLine` has the `Line` (text and offset in `ctx.text`) and one `label` of
FURNITURE, HEADLINE, DATELINE, DOC_NUMBER, ADDRESSEE, BODY, SIGNATURE, ATTACHMENT or HEADER
(any other line of the header zone: letterheads, subtitles). A portal's own name at the top
(`…门户网站`, or a body's name right above its breadcrumb / menu row), menu rows and a template
site's SEO heading (`X方案（通用5篇）`) are FURNITURE too (see layout_site). Extractors that should not read
page furniture can skip lines whose label is FURNITURE. `classify(lines)` gives the same
labels without the headline (the title rules use it to pick the headline).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.extract.header_lines import (
    DATE_LINE,
    DOC_NUMBER,
    ENUM,
    META_KEYS,
    Line,
    cjk_count,
    is_addressee,
    is_body,
    is_furniture,
)
from pipeline.extract.header_lines import FURNITURE as PORTAL
from pipeline.extract.header_orgs import org_line
from pipeline.extract.layout_site import SEO_HEADING, is_menu, site_names
from pipeline.extract.title_forms import glued_head

FURNITURE = "furniture"
HEADLINE = "headline"
DATELINE = "dateline"
DOC_NUMBER_LINE = "doc_number"
ADDRESSEE = "addressee"
BODY = "body"
SIGNATURE = "signature"
ATTACHMENT = "attachment"
HEADER = "header"

# Site widgets and boilerplate that no document is written in: greetings and account
# links, user agreements, share / print / font-size buttons, article navigation, photo
# captions and image file names, SEO rows, footers (copyright, ICP, 技术支持).
_PAGE_FURNITURE = re.compile(
    r"^欢迎(?:来到|访问|光临|加入|您|使用|进入)|^(?:注册|登录|登入|退出|找回密码|忘记密码|用户名|会员中心)|"
    r"^(?:注册|登录)(?:新)?(?:账号|帐号|用户)|^《[^》]{1,16}(?:协议|条款|声明|政策)》$|"
    r"分享到|一键分享|浏览记录|我的收藏|广告|\S\s*>\s*\S{2,}|【?(?:字体|字号)\s*[:：]|打印本?页|关闭窗口|加入收藏|设为首页|返回顶部|"
    r"^(?:上一篇|下一篇|上一条|下一条|相关(?:文章|阅读|新闻|链接|推荐)|热门(?:文章|推荐|阅读)?|推荐阅读|"
    r"更多(?:>>|》|>)?|责任编辑|编辑\s*[:：]|审核\s*[:：]|关键[词字]\s*[:：]|标签\s*[:：]|tags?\s*[:：]|描述\s*[:：])|"
    r"^(?:图为|图片来源|摄影\s*[:：]|图\s*[:：]|[（(]图[)）])|\.(?:jpg|jpeg|png|gif|bmp)\b|"
    r"^[（(]?(?:记者|通讯员|摄影|图/文|文/图)|\S\s摄[)）]?$|[【\[](?:打印|关闭|收藏|返回|大|中|小)[】\]]|"
    r"版权所有|copyright|©|ICP[备证]|公网安备|技术支持\s*[:：]|网站地图|联系我们|^今天是\S{0,4}(?:(?:19|20)\d{2}|[:：])|(?:\d日|^)星期[一二三四五六日天]$|"
    r"cookie|分辨率|隐私政策|欢迎(?:您|你)[!！]?$|"
    # breadcrumbs with other separators, search boxes, WeChat article rows, credits after a bar
    r"^(?:网站)?首页[/\-—–»›>|｜]|\S[›»]\S|^(?:站内)?搜索|热门搜索|请输入关键[字词]|"
    r"点击(?:上方)?(?:蓝字|关注)|^关注我们[!！。]?$|^原创(?![:：])\S{0,30}(?:19|20)\d{2}-\d|收录于(?:合集|话题)|阅读原文|预览时标签|"
    r"^(?:在看|点赞|END|THE END)$|长按(?:识别)?二维码|"
    r"^(?:文字|文|图片|图|摄影|视频|编辑|审核|校对|责编|排版|美编|初审|复审|终审)[|｜丨]|"
    r"^(?:导读|核心提示|内容提要|内容摘要|摘要|提要)[:：]|^(?:所属)?(?:栏目|频道|分类)(?:名称)?[:：]|"
    r"^(?:上传|发稿|录入|审稿|采编)(?:者|人|员|时间)?[:：]",
    re.IGNORECASE,
)
# Words of widgets that a body may also use (`扫描二维码报名`, `报市教育局备案`): furniture only
# on a short line without a sentence break (cookie and browser notes, app banners, site codes).
_WIDGET = re.compile(r"浏览器|客户端|发表于|^扫码|二维码|标识码|备案号?$|^备案", re.IGNORECASE)
# A portal column label: a short run of the nouns columns are named with (新闻动态, 通知公告,
# 专题稿件, 工作动态 …) and nothing else.
_COLUMN = re.compile(
    r"^(?:通知|公告|新闻|动态|要闻|工作|图片|视频|专题|稿件|信息|公开|政务|学院|学校|综合|头条|媒体|聚焦|"
    r"时政|地方|基层|资讯|公示|文件|热点|教育|活动|最新|重要|国内|国际|本地|校园|部门|县区|区县|市县|"
    r"社区|老年|终身|学习|政策|法规|解读|文章|栏目|列表|正文|首页|快讯|简报|专栏|通讯|报道|在线)"
    r"{2,4}$"
)
# a dateline: publish time, source, author, read counts
_DATELINE = re.compile(
    r"(?:发布|更新|发表|上传)(?:时间|日期)|(?:信息)?来源\s*[:：|｜丨]|(?:信息)?发布(?:者|人|单位|部门|机构)?\s*[:：]|"
    r"^(?:供稿|撰稿|投稿|通讯员|记者|文/图|文\s*[:：]|图\s*[:：])|作者\s*[:：]|(?:阅读|浏览|点击)(?:数|量|次数)?\s*[:：]|"
    r"(?:^|\s)(?:时间|日期)\s*[:：]\s*(?:19|20)\d{2}|^(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s|$)|"
    r"^(?:19|20)\d{2}年\d{1,2}月\d{1,2}日\s*\d{1,2}:\d{2}"
)
_IMAGE = re.compile(r"\.(?:jpg|jpeg|png|gif|bmp)\b|^(?:图片|图像|照片)\s*\d*$", re.IGNORECASE)
_META_ROW = re.compile(rf"^(?:{META_KEYS})\s*[:：]")
_ATTACHMENT = re.compile(r"^附\s*件\s*[一二三四五六七八九十\d]*\s*[:：.、]?")
# a line that is one of many stand-alone headlines of a list (sidebar, related articles)
_LISTED = re.compile(r"(?:(?:19|20)\d{2}[-/.])?\d{1,2}[-/.]\d{1,2}\s*$|[\[【(（]\d{1,2}[-/.]\d{1,2}[\]】)）]\s*$")


@dataclass(frozen=True)
class LabeledLine:
    """A line of the document and its layout label (see the module docstring)."""

    line: Line
    label: str

    @property
    def text(self) -> str:
        return self.line.text


@lru_cache(maxsize=4096)
def page_furniture(text: str) -> bool:
    """Site furniture that never belongs to a document (see `_PAGE_FURNITURE`, `_COLUMN`,
    and layout_site: menu rows, SEO headings of template sites). Cached like
    `header_lines.is_furniture`: several rules ask of the same line."""
    compact = re.sub(r"\s+", "", text)
    if _PAGE_FURNITURE.search(compact) or _COLUMN.match(compact) or is_menu(text) or SEO_HEADING.search(compact):
        return True
    return len(compact) <= 40 and "。" not in compact.rstrip("。") and bool(_WIDGET.search(compact))


def is_dateline(text: str) -> bool:
    """A publish-time / 来源 / 阅读数 line (alone, or after a headline on the same line)."""
    return bool(_DATELINE.search(text)) and "。" not in text and len(text) < 150


def _kind(line: Line, in_body: bool) -> str:
    """The label a line has on its own; `in_body`: running text was seen above it, where a
    `时间:` or `来源:` row is the document's content, not the page's metadata."""
    text = line.text
    if page_furniture(text):
        return DATELINE if not in_body and _glued_headline(text) else FURNITURE
    if is_dateline(text) and not in_body:
        return DATELINE
    if _META_ROW.match(text) and not in_body:
        return FURNITURE
    if is_body(text):
        return BODY if not _addressed(text) else ADDRESSEE
    if PORTAL.search(text) or (is_furniture(text) and not in_body):
        return FURNITURE
    number = DOC_NUMBER.search(text)
    if number and len(number.group()) >= len(text) - 2:
        return DOC_NUMBER_LINE
    if _addressed(text):
        return ADDRESSEE
    return ATTACHMENT if _ATTACHMENT.match(text) and len(text) < 60 else HEADER


def _glued_headline(text: str) -> bool:
    """A headline with its dateline or widgets (字体, 打印, 分享到) glued after it on one line."""
    head = glued_head(text)
    if head is None:
        return False
    lead = text[:head]
    return cjk_count(lead) >= 6 and not (page_furniture(lead) or is_furniture(lead) or is_body(lead))


def _addressed(text: str) -> bool:
    """A 主送 line; a long paragraph ending with a colon only when it opens with 各/有关."""
    return is_addressee(text) and (len(text) <= 90 and "。" not in text or text.startswith(("各", "有关")))


def _lists(all_lines: list[Line], kinds: list[str]) -> None:
    """Three or more consecutive dated short lines are a list of other articles."""
    run: list[int] = []
    for i, line in enumerate([*all_lines, None]):
        listed = line is not None and len(line.text) < 60 and bool(_LISTED.search(line.text)) and cjk_count(line.text) >= 4
        if listed:
            run.append(i)
            continue
        if len(run) >= 3:
            for j in run:
                kinds[j] = FURNITURE
        run = []


# the heading of a list of other articles (sidebar, related or recommended reading)
_LIST_HEAD = re.compile(
    r"^(?:相关|推荐|热门|热点|延伸|往期|猜你|精彩|最新|更多)"
    r"(?:阅读|新闻|文章|推荐|链接|资讯|回顾|喜欢|专题|内容|动态|信息|报道|视频|图片|排行|公告|通知){0,2}[:：]?$"
)
_ARTICLE_START = (DATELINE, BODY, ADDRESSEE, DOC_NUMBER_LINE)


def _related(all_lines: list[Line], kinds: list[str]) -> None:
    """The headlines listed under a `相关新闻` / `推荐阅读` heading are furniture: every item up
    to the line that runs into the article itself (its dateline, 主送 line or body)."""
    for i, line in enumerate(all_lines):
        if kinds[i] not in (FURNITURE, HEADER) or not _LIST_HEAD.match(re.sub(r"\s+", "", line.text)):
            continue
        kinds[i], j = FURNITURE, i + 1
        while j < len(all_lines) and kinds[j] == HEADER:
            if j + 1 < len(all_lines) and kinds[j + 1] in _ARTICLE_START:
                break
            kinds[j] = FURNITURE
            j += 1


# a publish row (not a `时间：` item of a notice's body)
_PUBLISH_ROW = re.compile(r"发布|来源|作者|浏览|点击|阅读|^(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s*\d{1,2}:\d{2}")
_BANNER_LINES = 2
# how a site speaks of itself in a banner: notices to visitors, maintenance, its own profile
_SITE_SPEAK = re.compile(r"本站|本网|网站|温馨提示|提示\s*[:：]|维护|升级|敬请|谅解|欢迎|浏览|访问|公告栏|滚动")


def _banners(all_lines: list[Line], kinds: list[str]) -> None:
    """Sentences a site prints above an article (温馨提示, 本站简介) read as running text; when
    they speak of the site and the page goes on with a headline and its publish row, they were
    furniture and the row is the article's dateline. Running text of another kind above a
    headline means the excerpt starts mid-article: that headline is not its title."""
    for d in range(2, min(len(all_lines), 12)):
        text = all_lines[d].text
        if not (is_dateline(text) and _PUBLISH_ROW.search(text)) or kinds[d - 1] != HEADER:
            continue
        above = [i for i in range(d - 1) if kinds[i] in (BODY, ADDRESSEE)]
        if not above or len(above) > _BANNER_LINES or not _headline_like(all_lines[d - 1].text):
            return
        if not all(_SITE_SPEAK.search(all_lines[i].text) for i in above):
            return  # an excerpt cut mid-article: the headline below belongs to another article
        for i in above:
            kinds[i] = FURNITURE
        kinds[d] = DATELINE
        return


def _headline_like(text: str) -> bool:
    return cjk_count(text) >= 6 and not ENUM.match(text) and not text.endswith((":", "：")) and len(text) <= 80


def _captions(all_lines: list[Line], kinds: list[str]) -> None:
    """A short line right under an image file name is that photo's caption."""
    for i in range(1, len(all_lines)):
        text = all_lines[i].text
        if kinds[i] == HEADER and _IMAGE.search(all_lines[i - 1].text) and len(text) <= 40 and "。" not in text:
            kinds[i] = FURNITURE


def _tail(all_lines: list[Line], kinds: list[str]) -> None:
    """After the body: date lines and the body names above them sign; 附件 lines attach."""
    seen_body = False
    for i, line in enumerate(all_lines):
        seen_body = seen_body or kinds[i] == BODY
        if not seen_body or kinds[i] not in (HEADER, ATTACHMENT, BODY):
            continue
        if DATE_LINE.match(line.text):
            kinds[i] = SIGNATURE
            if i and kinds[i - 1] == HEADER and org_line(all_lines[i - 1].text):
                kinds[i - 1] = SIGNATURE


def classify(all_lines: list[Line]) -> list[LabeledLine]:
    """Labels of every line, the headline not yet told apart (HEADER)."""
    kinds: list[str] = []
    for line in all_lines:
        kinds.append(_kind(line, bool(kinds) and (kinds[-1] == BODY or BODY in kinds)))
    _banners(all_lines, kinds)
    for i in site_names(all_lines, [kind == FURNITURE for kind in kinds]):
        kinds[i] = FURNITURE
    _lists(all_lines, kinds)
    _related(all_lines, kinds)
    _captions(all_lines, kinds)
    _tail(all_lines, kinds)
    return [LabeledLine(line, kind) for line, kind in zip(all_lines, kinds, strict=True)]


def listed(labeled: list[LabeledLine]) -> set[int]:
    """Starts of lines that are furniture only where they stand: headlines of a list of other
    articles (sidebar, related reading), which read like titles on their own."""
    return {item.line.start for item in labeled
            if item.label == FURNITURE and not page_furniture(item.text) and not is_furniture(item.text)}
