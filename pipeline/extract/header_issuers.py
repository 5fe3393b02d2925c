"""Issuing bodies (发文机关) from the places a 公文 names them.

Letterhead lines in the header zone (a name split over two lines rejoined), the title
prefix (`X关于…`, `X印发…`, `X 2021年工作要点`), the signature block next to the 成文日期
(above or below a date line, on the date's own line, or run into the text of a PDF copy),
a 简报 masthead, and last a `发文机构`/`来源` metadata row, which counts only when the
document names no body itself (such rows name the portal's owner or a republisher). A
signature line that a web page truncated (`…宣传` for `…宣传部`) is completed from the
document itself, and the signature's full form wins over the title's short one. Only the
first signature block counts (a forwarded or issued document signs after the cover notice),
and a page that dropped the date still closes its main text on the signing body's line
(after its last paragraph, attachment list or contact rows). A plan may name its body in
the dated line under its title (`（X局　2014年1月17日）`). A date right under a label line
(`报送截止时间：` ⏎ date) is that label's value, not a signature date. The portal's own
name at the top of a page (labelled furniture by the layout step) counts only like a
`发布机构` row: when the document names no body itself.
"""
from __future__ import annotations

import re

from pipeline.extract.base import Context
from pipeline.extract.dates_common import main_text_end
from pipeline.extract.dates_issue import head_line, label_line, run_on_signature
from pipeline.extract.header_lines import DATE_LINE, DOC_NUMBER, Line, metadata
from pipeline.extract.header_orgs import is_media, is_org, org_line, pieces, same_body, split_glued
from pipeline.extract.header_title import Title

Found = tuple[int, str]  # (offset, name)
_META_ISSUER = ("发文机构", "发布机构", "发文单位", "发文机关", "所属机构")


# the second line of a letterhead split for width: `X县人民政府 ⏎ 办 公 室 文 件`
_CONTINUATION = re.compile(r"^(?:办公室|办公厅|党组|委员会|工作委员会|领导小组(?:办公室)?)(?:文件)?$")


def letterhead(lines: list[Line], stop: int) -> list[Found]:
    """Body names on the lines of the header zone that hold nothing but body names."""
    out: list[Found] = []
    for i, line in enumerate(lines[:stop]):
        tail = _CONTINUATION.match(re.sub(r"\s+", "", line.text)) or _signed_unit(lines, i, out)
        if tail and i and out and out[-1][0] == lines[i - 1].start:
            out[-1] = (out[-1][0], out[-1][1] + re.sub(r"文件$", "", tail.group()))
            continue
        out.extend((line.start, name) for name in org_line(_without_number(line.text)))
    return out


# a department's own name on the letterhead's second line: `X管理委员会 ⏎ 社会事务局`
_UNIT = re.compile(r"^[\u4e00-\u9fff]{2,10}(?:局|处|科|室|办|部|中心)$")


def _signed_unit(lines: list[Line], i: int, out: list[Found]) -> re.Match[str] | None:
    """A short department name under a letterhead body line is the rest of one name when
    the document signs with the two joined (`X管理委员会社会事务局` in the signature)."""
    unit = _UNIT.match(re.sub(r"\s+", "", lines[i].text))
    if unit is None or not i or not out or out[-1][0] != lines[i - 1].start:
        return None
    joined = out[-1][1] + unit.group()
    later = (re.sub(r"\s+", "", ln.text) for ln in lines[i + 1 :])
    return unit if any(joined in text for text in later) else None


def not_in_title(found: list[Found], title: Title | None) -> list[Found]:
    """Letterhead names other than the title line itself: a headline made only of
    body-like words (`走进某社区学院`) is the title, not an issuer."""
    if title is None:
        return found
    return [f for f in found if not title.start <= f[0] < title.end]


def _without_number(text: str) -> str:
    """The letterhead part of `X局文件X教〔2011〕2号` or `X局  X教〔2011〕2号`."""
    head = re.match(r"(.+?)文件", text)
    if head and (not text[head.end():].strip() or DOC_NUMBER.fullmatch(text[head.end():].strip())):
        return head.group(1)
    spaced = re.match(r"(.+?)\s{2,}(\S+)$", text)
    if spaced and DOC_NUMBER.fullmatch(spaced.group(2)):
        return spaced.group(1)
    return text


def from_metadata(lines: list[Line], stop: int) -> list[Found]:
    """`发文机构: X` rows, and `来源: X` when X is a body rather than a media outlet."""
    out: list[Found] = []
    for line in lines[:stop]:
        meta = metadata(line.text)
        for key in (*_META_ISSUER, "来源"):
            value = meta.get(key)
            if value and is_org(value[0]) and not (key == "来源" and is_media(value[0])):
                out.append((line.start + value[1], value[0]))
    return out


def without_relative(meta: list[Found], named: list[Found]) -> list[Found]:
    """A `来源`/`发布机构` row adds an issuer only when the document names none itself: it
    abbreviates the issuer (区教委), or names the portal's owner (X县人民政府 for its 办公室's
    notice) or a republisher (the site that reposted the text), none of them a new issuer."""
    return meta if not named else []


# A bulletin's masthead credits its compiler and dates the issue: `X教育局编  2011年10月24日`.
MASTHEAD = re.compile(
    r"^(?P<org>[^\s，,。；;：:]{3,30}?)\s*(?:编印|编发|编)\s*(?:[(（]?\s*(?:19|20)\d{2}\s*年[^）)]{2,8}日\s*[)）]?)?$"
)


# the issue line of a bulletin's masthead: `简 报`, `工作简报`, `第4期`
_ISSUE_MARK = re.compile(
    r"^(?:[\u4e00-\u9fff]{0,12}简\s*报|[（(]?\s*第\s*[\d一二三四五六七八九十]{1,4}\s*期\s*[)）]?)$"
)
# the compiler's line under the issue mark, dated without 编: `X办公室　　2031年10月25日`
_DATED_BODY = re.compile(r"^(?P<org>[\u4e00-\u9fff]{3,30}?)\s+(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$")


def masthead(lines: list[Line], stop: int) -> list[Found]:
    """The compiling body named in a 简报/工作动态 masthead (also read for news-like bulletins):
    `X编  date`, or a body line printed right above the `简 报` line."""
    out: list[Found] = []
    for i, line in enumerate(lines[: max(stop, 8)]):
        m = MASTHEAD.match(line.text)
        if m and is_org(m.group("org")) and not is_media(m.group("org")):
            out.append((line.start, m.group("org")))
        if i and _ISSUE_MARK.match(line.text) and not _ISSUE_MARK.match(lines[i - 1].text):
            out.extend((lines[i - 1].start, n) for n in org_line(lines[i - 1].text) if not is_media(n))
        dated = _DATED_BODY.match(line.text) if i and _ISSUE_MARK.match(lines[i - 1].text) else None
        if dated:
            out.extend((line.start, n) for n in org_line(dated.group("org")) if not is_media(n) and not _cut(n, out))
    return out


def _cut(name: str, found: list[Found]) -> bool:
    """The dated line repeats a body named above it, often cut short (`…领导小组办`)."""
    return any(other.startswith(name) or same_body(name, other) for _, other in found)


# a title may open with its own number or a book-title bracket: `X办函〔2017〕4号《X办公厅关于…》`
_TITLE_LEAD = re.compile(rf"^\s*(?:{DOC_NUMBER.pattern})?\s*[《〈]?")
# the body before 关于, before the verb of a cover notice (`X办公室印发…的通知`), or before
# the programme year (`X协会 2021 年工作要点`)
_TITLE_PREFIX = re.compile(r"(.{3,60}?)(?:关于|\s*(?:印发|转发|下发)|\s*(?:19|20)\d{2}\s*年)")


def from_title(title: Title | None) -> list[Found]:
    """`教育部办公厅关于…` -> 教育部办公厅 (several bodies joined by 、 or spaces)."""
    if title is None:
        return []
    m = _TITLE_PREFIX.match(title.value, _TITLE_LEAD.match(title.value).end())  # type: ignore[union-attr]
    if not m:
        return []
    names = [n for part in pieces(m.group(1)) for n in split_glued(part)]
    return [(title.start, n) for n in names] if names and all(is_org(n) for n in names) else []


_HEAD_LINES = 3  # a dated line under the title stands within its first lines


def dated_head(lines: list[Line], title: Title | None) -> list[Found]:
    """The body of a dated line under the title (`（X局　2014年1月17日）`): plans and 意见
    issued without a signature block name their issuer so."""
    after = [line for line in lines if title is not None and line.start >= title.end][:_HEAD_LINES]
    for line in after:
        hit = head_line(line.text)
        if hit is not None and hit[0]:
            offset = line.start + line.text.find(hit[0])
            return [(offset, name) for name in org_line(hit[0])]
    return []


def signature(ctx: Context, lines: list[Line], stop: int) -> list[Found]:
    """Body lines right above a date-only line (or right below it, as some pages print).

    Only the first signature block counts: a cover notice signs before the document it
    forwards or issues, and that document's own signature (`X省教育厅 ⏎ date`) is not the
    cover notice's issuer."""
    blocks: list[list[Found]] = []
    for date in _signature_dates(lines):
        if date.index < stop:
            continue
        names = _around(ctx, lines, date.index - 1, -1) or _around(ctx, lines, date.index + 1, 1)
        blocks.append(names)
    blocks.extend([found] for found in _dated_signers(lines[stop:]))
    first = min((b for b in blocks if b), key=lambda b: b[0][0], default=[])
    out = [f for b in blocks if b and b[0][0] == first[0][0] for f in b] if first else []
    run_on = run_on_signature(ctx.text, main_text_end(ctx.text)) if not out else None
    if run_on is not None:
        out.extend((run_on.start("org"), n) for n in org_line(run_on.group("org")))
    return out or _undated(lines[stop:], main_text_end(ctx.text))


# what may close a page after the signature: site footer lines (主办单位：…, 版权所有 …)
_FOOTER = re.compile(r"[:：]|版权|备案|地址|电话|技术支持|网站|关闭|打印|返回")


def _undated(lines: list[Line], end: int) -> list[Found]:
    """A signature whose date the page dropped: the body lines closing the main text, right
    after its last paragraph or its attachment list (footer lines after them ignored)."""
    main = [line for line in lines if line.start < end]
    while main and _FOOTER.search(main[-1].text) and not main[-1].text.startswith("附件"):
        main.pop()
    block: list[Found] = []
    while main and org_line(main[-1].text):
        block[:0] = [(main[-1].start, n) for n in org_line(main[-1].text)]
        main.pop()
    return block if block and _closes(main) and len(block) <= 4 else []


# the contact rows a notice ends its text with, right above its signature
_CONTACT_ROW = re.compile(r"^[（(]?(?:联系人|联系电话|联系方式|咨询电话|电话|手机|邮箱|电子邮箱|传真|地址)\s*[:：]")
_ITEM = re.compile(r"^\d{1,2}\s*[.、．]")
_LIST_SPAN = 6  # lines an attachment list runs over


def _closes(main: list[Line]) -> bool:
    """Whether the text above a body line ends where a signature stands: a closing sentence,
    the attachment list (its `附件：` line or a numbered item under it) or the contact rows."""
    if not main:
        return False
    last = main[-1].text
    if last.endswith(("。", "！")) or last.startswith("附件") or _CONTACT_ROW.match(last):
        return True
    listed = bool(_ITEM.match(last)) and any(line.text.startswith("附件") for line in main[-_LIST_SPAN:])
    return listed or _contact_table(main)


_PHONE_OR_MAIL = re.compile(r"\d{3,4}-?\d{7,8}|1\d{10}|@")


def _contact_table(main: list[Line]) -> bool:
    """Contact rows set as a table (`联系人 | 电话 | 邮箱` over `name | phone |` rows): the last
    row holds a phone or an e-mail and the table's header row names the 联系人 column."""
    last = main[-1].text
    if "|" not in last or not _PHONE_OR_MAIL.search(last):
        return False
    return any("联系人" in line.text and "|" in line.text for line in main[-_LIST_SPAN:])


# a signature date in figures only (`2030.5.8`, `2030-05-08`), or with 年月 where the zero is a
# letter O (`二O三O年`), the day a 号, or a weekday follows (`2030年5月8日星期三`)
_NUMERIC_DATE = re.compile(r"^(?:19|20)\d{2}([./-])\d{1,2}\1\d{1,2}$")
_CN = "〇零○OＯo一二三四五六七八九十"
_LOOSE_DATE = re.compile(
    rf"^(?:(?:19|20)\d{{2}}|[{_CN}]{{4}})\s*年\s*[\d{_CN}]{{1,2}}\s*月(?:\s*[\d{_CN}]{{1,3}}\s*[日号])?"
    r"\s*(?:[（(]?\s*(?:星期|周)[一二三四五六日天]\s*[)）]?)?\s*(?:[（(]此件[^（）()]{0,10}[)）])?$"
)


def _signature_dates(lines: list[Line]) -> list[Line]:
    """Lines holding only a date, written with 年月日 or in figures."""
    dated = [line for line in lines if DATE_LINE.match(line.text) or _NUMERIC_DATE.match(line.text.strip())
             or _LOOSE_DATE.match(line.text.strip())]
    return [line for line in dated if not (line.index and label_line(lines[line.index - 1].text))]


# a seal mark or a publication note (`（此件公开发布）`) printed between the signing body and its date
_SEAL = re.compile(r"^[（(]?\s*(?:盖章|印章|公章|签章|代章|章|印)\s*[)）]?$|^[（(]\s*此件[^（）()]{0,10}[)）]$")
# the year that opens the date of a `X教育局  2020年5月8日` signature line
_DATE_START = re.compile(r"(?:(?:19|20)\d{2}|[〇零○OＯ一二三四五六七八九]{4})\s*年")


def _dated_signers(lines: list[Line]) -> list[Found]:
    """Bodies signing on the line of their date: `X局  X委  2020年5月8日`."""
    out: list[Found] = []
    for line in lines:
        m = _DATE_START.search(line.text)
        if m and m.start() and (DATE_LINE.match(line.text[m.start():]) or _LOOSE_DATE.match(line.text[m.start():])):
            out.extend((line.start, n) for n in org_line(line.text[: m.start()]))
    return out


def _around(ctx: Context, lines: list[Line], i: int, step: int) -> list[Found]:
    found: list[Found] = []
    if 0 <= i < len(lines) and step < 0 and _SEAL.match(lines[i].text):
        i += step
    while 0 <= i < len(lines) and len(found) < 8:
        names = org_line(lines[i].text) or _completed(ctx, lines[i])
        if not names:
            break
        found.extend((lines[i].start, n) for n in names)
        i += step
    return sorted(found, key=lambda f: f[0])


def _completed(ctx: Context, line: Line) -> list[str]:
    """A signature cut short by the page (`…宣传`): the full name written elsewhere in the text."""
    text = line.text
    if not 4 <= len(text) <= 20 or not re.fullmatch(r"[\u4e00-\u9fff]+", text):
        return []
    for m in re.finditer(re.escape(text) + r"[\u4e00-\u9fff]{1,2}", ctx.text):
        for size in (1, 2):
            name = m.group()[: len(text) + size]
            if is_org(name):
                return [name]
    return []


def merge(*sources: list[Found], prefer: list[Found] | None = None) -> list[str]:
    """All names in document order, each body once: in the `prefer` form (the signature's,
    which writes the name out in full) when that source names it, else in the first form seen."""
    preferred = [name for _, name in prefer or []]
    out: list[str] = []
    for _, name in sorted((f for source in sources for f in source), key=lambda f: f[0]):
        form = next((p for p in preferred if same_body(name, p)), name)
        if not any(same_body(form, seen) for seen in out):
            out.append(form)
    return out
