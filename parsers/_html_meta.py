"""Portal metadata around an article: 信息索引 / 生成日期 / 发文机构 / 发文字号 and the like.

Government portals print a document's catalogue entry next to it, as a table of
key/value cells or as short "key：value" lines. Those values (the 发文字号, the date the
document was made) are worth keeping, so the lines are rewritten as one "key：value" line
per pair, with the spacing some portals put inside keys ("索 引 号") removed.
"""
from __future__ import annotations

import re

META_KEYS = (
    "信息索引", "索引号", "信息名称", "标题", "名称", "公文生成日期", "生成日期", "成文日期", "印发日期",
    "发布日期", "发布时间", "更新时间", "实施日期", "发文机构", "发文机关", "发文单位", "发布机构", "发布单位",
    "所属机构", "备注/文号", "发文字号", "文号", "文件编号", "来源", "信息来源", "作者", "时间", "日期",
    "信息类别", "主题分类", "体裁分类", "组配分类", "服务对象", "内容概述", "有效性", "时效性", "主题词",
    "关键词", "公开方式", "公开范围", "公开时限", "责任编辑",
)
_KEY_ALT = "|".join(r"\s*".join(map(re.escape, k)) for k in sorted(META_KEYS, key=len, reverse=True))
_LEAD = r"[\s•·●■◆▪*|]*"
_KEY_LINE = re.compile(rf"^{_LEAD}(?P<key>{_KEY_ALT})\s*[:：]")
_KEY_CELL = re.compile(rf"^{_LEAD}(?P<key>{_KEY_ALT})\s*[:：]?\s*$")
_ANY_KEY = re.compile(rf"(?:{_KEY_ALT})\s*[:：]")
_SPACE = re.compile(r"\s+")


def is_meta_line(text: str) -> bool:
    """A short line that opens with a catalogue key and a colon, or holds two such pairs."""
    if len(text) > 200:
        return False
    return bool(_KEY_LINE.match(text)) or len(_ANY_KEY.findall(text)) >= 2


def tidy_meta_line(text: str) -> str:
    """The line with bullets before and spaces inside its leading key removed."""
    m = _KEY_LINE.match(text)
    if not m:
        return text.strip()
    return _SPACE.sub("", m.group("key")) + text[m.end("key"):].lstrip()


def meta_pairs(cells: list[str]) -> list[str]:
    """`key：value` lines of a metadata table row; [] when the row is not one."""
    out: list[str] = []
    i = 0
    while i < len(cells):
        cell = cells[i].strip()
        key = _KEY_CELL.match(cell)
        if key and i + 1 < len(cells):
            colon = "：" if not re.search(r"[:：]\s*$", cell) else cell.rstrip()[-1]
            out.append(f"{_SPACE.sub('', key.group('key'))}{colon}{cells[i + 1].strip()}")
            i += 2
        elif is_meta_line(cell):
            out.append(tidy_meta_line(cell))
            i += 1
        elif not cell:
            i += 1
        else:
            return []
    return out
