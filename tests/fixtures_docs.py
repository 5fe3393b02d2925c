"""Synthetic documents for the parser tests, rendered to .docx/.pdf by tools/make_samples.

The texts are invented (genre-typical 公文 shapes, no sample-document content): numbered
sections in three styles, a tab-separated table, a long paragraph that must wrap, and a
signature block.
"""
from __future__ import annotations

import re
from pathlib import Path

from models import Document

LONG = (
    "为推进学习型城市创建，各校须立足本地条件，广泛开展形式多样的学习活动，"
    "充分利用图书馆、文化馆和社区学校等资源，组织市民参加读书、讲座和技能培训，"
    "并通过网络平台 online platform 发布活动信息，让更多群众了解并参与终身学习。"
)

NOTICE = [
    "示例市教育局文件",
    "关于开展终身学习宣传周活动的通知",
    "各区教育局，各直属学校：",
    LONG,
    "一、活动主题",
    "读书点亮心灵之光",
    "二、组织机构",
    "（一）主办单位",
    "示例市教育局",
    "（二）承办单位",
    "示例市社区大学",
    "三、工作要求",
    "1.各单位于9月30日前报送活动方案，联系人：李明，电话：01012345678，邮箱：study@example.org",
    "2.活动结束后及时总结。",
    "序号\t活动名称\t参加人数",
    "1\t读书分享会\t120",
    "2\t社区讲座\t80",
    "示例市教育局",
    "2024年9月1日",
]

NEWS = [
    "某区举办全民学习周开幕式",
    "本报讯 近日，某区在文化广场举办学习周开幕式，区内多所学校和社区的代表参加了活动。"
    "开幕式上展示了社区教育成果，并向先进读书小组授予奖牌。" * 2,
    "活动期间，全区将开展讲座、展览、培训等活动50余场，预计参与群众超过5000人次。",
    "（记者 张华）",
]


def long_document(pages: int = 3) -> list[str]:
    """Enough numbered paragraphs to fill several PDF pages."""
    lines = ["示例县学习周工作方案"]
    for i in range(1, pages * 9 + 1):
        lines.append(f"{i}.第{i}项工作：" + LONG)
    return lines


def norm_lines(doc: Document) -> list[str]:
    """Non-empty lines with all whitespace removed (formats differ only in spacing)."""
    return [x for x in (re.sub(r"\s+", "", b.text) for b in doc.blocks) if x]


def norm_text_lines(lines: list[str]) -> list[str]:
    return [x for x in (re.sub(r"\s+", "", line) for line in lines) if x]


def write_docx(folder: Path, lines: list[str], name: str = "doc.docx", headings: tuple[int, ...] = ()) -> Path:
    from tools.make_samples import render_docx

    return render_docx(lines, folder / name, headings=headings)


def write_pdf(folder: Path, lines: list[str], name: str = "doc.pdf", **options: object) -> Path:
    from tools.make_samples import render_pdf

    return render_pdf(lines, folder / name, **options)  # type: ignore[arg-type]


W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def docx_with_lists(folder: Path, numbering_xml: str, paragraphs: list[tuple[str | None, int, str]]) -> Path:
    """A .docx whose paragraphs are (numId or None, ilvl, text) over custom list definitions.

    `numbering_xml` holds w:abstractNum and w:num elements (without namespace declarations).
    """
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    root = document.part.numbering_part.element
    for child in list(root):
        root.remove(child)
    wrapper = parse_xml(f'<w:numbering xmlns:w="{W_NS}">{numbering_xml}</w:numbering>')
    for child in list(wrapper):
        root.append(child)
    for num_id, ilvl, text in paragraphs:
        paragraph = document.add_paragraph(text)
        if num_id is not None:
            paragraph._p.get_or_add_pPr().append(parse_xml(
                f'<w:numPr xmlns:w="{W_NS}"><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'))
    path = folder / "lists.docx"
    document.save(str(path))
    return path


def level_xml(ilvl: int, fmt: str, text: str, start: int = 1, suffix: str = "nothing") -> str:
    return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
            f'<w:suff w:val="{suffix}"/><w:lvlText w:val="{text}"/></w:lvl>')
