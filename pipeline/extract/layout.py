"""Layout: label every line of a document before fields are read.

A real web page is layered: furniture (site name, 欢迎/登录/注册 widgets, navigation and
breadcrumbs `首页 > 栏目 >`, column labels such as 新闻动态 / 通知公告), the headline, a
dateline (发布时间 / 来源 / 阅读数), the body, a signature, attachments, then furniture again
(share / print / font-size widgets, related-article lists, copyright and ICP lines). A 公文
adds a letterhead, a 发文字号 and the 主送 line between headline and body. Reading fields
from the right layer is what keeps a site's "欢迎来到…" or a column label out of the title.

Use `label_lines(ctx) -> list[LabeledLine]` (computed once per Context and cached on it):
each `LabeledLine` has the `Line` (text and offset in `ctx.text`) and one `label` of
FURNITURE, HEADLINE, DATELINE, DOC_NUMBER, ADDRESSEE, BODY, SIGNATURE, ATTACHMENT or HEADER
(any other line of the header zone: letterheads, subtitles). Extractors that should not read
page furniture can skip lines whose label is FURNITURE. `classify(lines)` gives the same
labels without the headline (the title rules use it to pick the headline).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from pipeline.extract.base import Context
from pipeline.extract.header_lines import (
    DATE_LINE,
    DOC_NUMBER,
    META_KEYS,
    Line,
    body_start,
    cjk_count,
    is_addressee,
    is_body,
    is_furniture,
    lines,
)
from pipeline.extract.header_lines import FURNITURE as PORTAL
from pipeline.extract.header_orgs import org_line

if TYPE_CHECKING:
    from pipeline.extract.header_title import Title

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
    r"版权所有|copyright|©|ICP[备证]|公网安备|技术支持\s*[:：]|网站地图|联系我们",
    re.IGNORECASE,
)
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
    r"(?:发布|更新|发表|上传)(?:时间|日期)|(?:信息)?来源\s*[:：]|(?:信息)?发布(?:者|人|单位|部门|机构)?\s*[:：]|"
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


def page_furniture(text: str) -> bool:
    """Site furniture that never belongs to a document (see `_PAGE_FURNITURE`, `_COLUMN`)."""
    compact = re.sub(r"\s+", "", text)
    return bool(_PAGE_FURNITURE.search(compact) or _COLUMN.match(compact))


def is_dateline(text: str) -> bool:
    """A publish-time / 来源 / 阅读数 line (alone, or after a headline on the same line)."""
    return bool(_DATELINE.search(text)) and "。" not in text and len(text) < 150


def _kind(line: Line, in_body: bool) -> str:
    """The label a line has on its own; `in_body`: running text was seen above it, where a
    `时间:` or `来源:` row is the document's content, not the page's metadata."""
    text = line.text
    if page_furniture(text):
        return FURNITURE
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
    _lists(all_lines, kinds)
    _captions(all_lines, kinds)
    _tail(all_lines, kinds)
    return [LabeledLine(line, kind) for line, kind in zip(all_lines, kinds, strict=True)]


def label_lines(ctx: Context) -> list[LabeledLine]:
    """Every line of the document with its layout label; the headline's lines are HEADLINE.

    Cached on the Context, so every extractor that asks pays once per document."""
    return list(_layout(ctx)[0])


def headline(ctx: Context) -> Title | None:
    """The document's title (see header_title.find_title), from the same cached layout."""
    return _layout(ctx)[1]


def _layout(ctx: Context) -> tuple[tuple[LabeledLine, ...], Title | None]:
    cached = ctx.__dict__.get("_layout")
    if cached is not None and cached[0] is ctx.text:
        return cached[1], cached[2]
    from pipeline.extract.header_title import find_title  # it builds on these labels

    all_lines = lines(ctx)
    labeled = classify(all_lines)
    title = find_title(all_lines, body_start(all_lines), labeled)
    if title is not None:
        labeled = [_as_headline(item, title) for item in labeled]
    ctx.__dict__["_layout"] = (ctx.text, tuple(labeled), title)
    return tuple(labeled), title


def _as_headline(item: LabeledLine, title: Title) -> LabeledLine:
    overlaps = item.line.start < title.end and item.line.end > title.start
    return LabeledLine(item.line, HEADLINE) if overlaps else item
