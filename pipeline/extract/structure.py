"""主送 (addressees) and 附件 (attachments): the frame of a 公文 around its body.

The 主送 line follows the title: a run of recipient units separated by commas that ends
with a colon (各县（区）教育局，各有关学校：). The attachment list follows the body:
`附件：1.…` with further numbered lines, or a single title after `附件：`.
"""
from __future__ import annotations

import re

from pipeline.extract.base import Context, Fields
from pipeline.extract.registry import register

_ADDRESSEE_LINE = re.compile(r"^\s*(?:主送[:：]\s*)?([^:：。；;!！?？\n]{4,300}?)[:：]\s*$")
_NOT_ADDRESSEE = re.compile(r"如下|通知|关于|主题|时间|地址|联系|电话|邮箱|附件|位置|来源|日期|索引|名称|文号|内容|发布")
_UNIT_HINT = re.compile(r"(局|厅|委|办|部|院|校|学校|单位|机构|中心|政府|街道|镇|学院|大学|教职工|会)")
_ATTACH_HEAD = re.compile(r"^\s*附\s*件\s*[:：]\s*(.*)$")
_NUMBERED = re.compile(r"^\s*(\d{1,2})\s*[.、．]\s*(.+?)\s*$")
_DATE = re.compile(r"\d{4}\s*年|[〇○一二]{4}年")
_TOP_COMMA = re.compile(r"[，,](?![^（(]*[)）])")


def _split_units(text: str) -> list[str]:
    return [part.strip() for part in _TOP_COMMA.split(text) if part.strip()]


def find_addressees(ctx: Context, search_lines: int = 40) -> tuple[list[str], int, int] | None:
    """The first 主送-shaped line among the first lines: (units, start, end)."""
    for i, (offset, line) in enumerate(ctx.lines()):
        if i >= search_lines:
            break
        match = _ADDRESSEE_LINE.match(line)
        if match and _UNIT_HINT.search(match.group(1)) and not _NOT_ADDRESSEE.search(match.group(1)):
            return _split_units(match.group(1)), offset + match.start(1), offset + match.end(1)
    return None


def find_attachments(ctx: Context) -> list[tuple[str, int, int]]:
    """Attachment titles after the first `附件：` line, with their offsets."""
    lines = list(ctx.lines())
    for i, (offset, line) in enumerate(lines):
        head = _ATTACH_HEAD.match(line)
        if not head or not head.group(1).strip():
            continue
        first = head.group(1)
        base = offset + head.start(1)
        items: list[tuple[str, int, int]] = []
        numbered = _NUMBERED.match(first)
        items.append(_item(numbered.group(2) if numbered else first, base, first, numbered))
        if numbered:
            items += _following(lines[i + 1 :], int(numbered.group(1)), line)
        return _merge_wraps(items)
    return []


def _item(text: str, base: int, line: str, match: re.Match[str] | None) -> tuple[str, int, int]:
    start = base + (match.start(2) if match else 0)
    return text.strip(), start, start + len(text.strip())


def _is_wrap(line: str, previous: str) -> bool:
    """A short unnumbered line after a long one: the rest of a title wrapped by layout."""
    return len(previous.strip()) >= 20 and 0 < len(line.strip()) <= 12 and not _DATE.search(line)


def _before_date(rest: list[tuple[int, str]]) -> bool:
    """True when the next non-blank line is a date: the line is a signature, not a wrap."""
    following = next((line for _, line in rest if line.strip()), "")
    return bool(_DATE.search(following))


def _following(lines: list[tuple[int, str]], last: int, first: str) -> list[tuple[str, int, int]]:
    """Numbered attachment lines that continue the list (2. 3. …) and their wrapped tails."""
    out: list[tuple[str, int, int]] = []
    previous = first
    for k, (offset, line) in enumerate(lines):
        if not line.strip():
            continue
        match = _NUMBERED.match(line)
        if match and int(match.group(1)) == last + 1:
            last += 1
            out.append(_item(match.group(2), offset, line, match))
        elif _is_wrap(line, previous) and not _before_date(lines[k + 1 :]):
            begin = offset + line.index(line.strip())
            out.append((line.strip(), -begin - 1, begin + len(line.strip())))
        else:
            break
        previous = line
    return out


def _merge_wraps(items: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    merged: list[tuple[str, int, int]] = []
    for text, start, end in items:  # a negative start marks a wrapped tail
        if start < 0 and merged:
            head, hstart, _ = merged[-1]
            merged[-1] = (head + text, hstart, end)
        elif start >= 0:
            merged.append((text, start, end))
    return merged


@register("structure", provides=("addressees", "attachments"))
def extract(ctx: Context) -> Fields:
    out = Fields()
    found = find_addressees(ctx)
    if found:
        units, start, end = found
        out.set("addressees", units, ctx.evidence(start, end))
    attachments = find_attachments(ctx)
    if attachments:
        out.set("attachments", [t for t, _, _ in attachments], ctx.evidence(attachments[0][1], attachments[-1][2]))
    return out
