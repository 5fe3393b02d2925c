"""Site furniture at the top of a page that reads like part of a document.

A portal prints its own name first (`某县人民政府门户网站`, or just `某县人民政府`), then a
breadcrumb, a menu row or a metadata table; a WeChat article prints the account's name
above the headline; a template site puts an SEO heading (`X方案（通用5篇）`) above the
template's own title. Such lines look like a letterhead or a title line but belong to the
site: the layout step labels them furniture so that issuers and the title skip them.
"""
from __future__ import annotations

import re

from pipeline.extract.header_lines import SEO_HEADING, Line, is_furniture
from pipeline.extract.header_orgs import org_line

__all__ = ["SEO_HEADING", "is_menu", "site_names"]

# a site's own name: `…门户网站`, `…政府网`, `…官网`, `…信息网`, `…公众号`
_SITE_NAME = re.compile(r"^[\u4e00-\u9fff]{2,16}(?:门户网站|门户网|网站|官网|官方网站|政府网|信息网|教育网|公众号|服务号|订阅号)$")
# words of a headline, never of a site's name (`…开幕_某某教育网` is a <title> form)
_HEADLINE_WORD = re.compile(r"关于|活动|开幕|举行|召开|启动|通知|方案|的")
# a menu row: 首页 and other short items set apart by blanks (`首页  中心简介  通知公告`)
_MENU = re.compile(r"^(?:\S{2,8}\s+)*首页(?:\s+\S{2,8}){2,}\s*$|^\S{2,8}(?:\s+\S{2,8}){1,}\s+首页\s*$")
_TOP_LINES = 3  # a site's name stands among the first lines of the page


def is_menu(text: str) -> bool:
    """A navigation row of menu items that includes 首页."""
    return bool(_MENU.match(text.strip()))


def site_names(all_lines: list[Line], furniture: list[bool]) -> list[int]:
    """Indices of the top lines that name the site: a `…网站` line, or a body's name standing
    alone right above a breadcrumb / menu / metadata line (a letterhead stands above the
    title or the 发文字号, not above the portal's navigation). `furniture[i]` says whether
    line i is already known to be furniture."""
    out: list[int] = []
    for i, line in enumerate(all_lines[:_TOP_LINES]):
        if i and not all(furniture[j] or j in out for j in range(i)):
            break  # only furniture may stand above a site's name
        text = re.sub(r"\s+", "", line.text)
        if (_SITE_NAME.match(text) and not _HEADLINE_WORD.search(text)) or (_site_header(text) and _nav_below(all_lines, furniture, i)):
            out.append(i)
    return out


def _site_header(text: str) -> bool:
    """A body's name alone on its line (a 文件 letterhead is the document's own)."""
    return not text.endswith("文件") and bool(org_line(text))


def _nav_below(all_lines: list[Line], furniture: list[bool], i: int) -> bool:
    if i + 1 >= len(all_lines):
        return False
    below = all_lines[i + 1].text
    crumbs = bool(re.search(r"\S\s*>\s*\S", below) or _SLASH_CRUMBS.match(below))
    return furniture[i + 1] and (is_furniture(below) or is_menu(below) or crumbs)


# a breadcrumb with slashes opens on the home page: `首页 / 政务公开 / 部门文件`
_SLASH_CRUMBS = re.compile(r"^\s*(?:当前位置\s*[:：]?\s*)?(?:网站)?首页\s*[/／»]\s*\S")
