"""Render a text as a saved government-portal web page, the way archives keep them.

Real archives hold pages saved from education-bureau portals: a header and menu, a
breadcrumb (当前位置), sidebars of links, the portal's catalogue block (信息索引 / 生成日期 /
发文机构 / 发文字号) as a table, the article in a content div, a print bar and a footer
with the site's 主办单位, phone and ICP number. Rendering the dev texts this way lets us
check that a page gives the same record as its text: the article's lines are the text's
lines (the first line becomes the <h1> when it reads like a title), tab-separated runs
become tables, and everything else on the page is furniture the parser must drop.

`layout="div"` writes a modern page with class names; `layout="table"` writes an old
table-layout page without any class or id, so only the text can tell the parts apart.
Pages are written as UTF-8 or, like many older portals, as GBK bytes labelled gb2312.

    .venv/bin/python tools/make_html.py OUT_DIR FILE.txt... [--gbk] [--table]
"""
from __future__ import annotations

import html
import re
import sys
from collections.abc import Sequence
from pathlib import Path

SITE = "示例市教育局"
MENU = ["首页", "机构概况", "政务公开", "通知公告", "教育动态", "办事服务", "互动交流"]
SIDEBAR = [
    "关于做好社区教育实验区建设工作的通知",
    "市教育局召开年度职业教育工作会议",
    "关于公布优秀学习型组织名单的通知",
    "老年大学春季学期招生简章",
    "社区学院开展读书月系列活动",
]
FOOTER = [
    f"主办单位：{SITE}　承办单位：示例市教育信息中心",
    "地址：示例市人民路1号　邮编：000000　联系电话：0000-00000000",
    "版权所有 © 示例市教育局　网站标识码：0000000000　示ICP备00000000号",
]
_TITLE_END = re.compile(r"[。，；：:！？!?,;]$")


def title_index(lines: Sequence[str]) -> int | None:
    """The first line when it reads like a title (short, no colon, no closing stop)."""
    if not lines or not lines[0].strip():
        return None
    first = lines[0].strip()
    if len(first) > 60 or "\t" in first or re.search(r"[:：]", first) or _TITLE_END.search(first):
        return None
    return 0


def _esc(text: str) -> str:
    """Escaped text whose leading spaces and runs of spaces survive HTML whitespace rules."""
    text = html.escape(text, quote=False)
    text = re.sub(r"^ +", lambda m: "&nbsp;" * len(m.group(0)), text)
    return re.sub(r" {2,}", lambda m: "&nbsp;" * len(m.group(0)), text)


def _is_row(line: str) -> bool:
    return "\t" in line and bool(line.strip(" \t"))


def body_html(lines: Sequence[str], br: bool = False) -> str:
    """The article: one <p> per line (or lines joined by <br> in one div), tab runs as tables."""
    parts: list[str] = []
    rows: list[list[str]] = []
    for line in lines:
        if _is_row(line):
            rows.append([c.strip() for c in line.split("\t")])
            continue
        if rows:
            parts.append(_table(rows))
            rows = []
        parts.append(_para(line, br))
    if rows:
        parts.append(_table(rows))
    joined = "\n".join(parts)
    return f"<div>{joined}</div>" if br else joined


def _para(line: str, br: bool) -> str:
    if not line.strip():
        return "<br>" if br else "<p>&nbsp;</p>"
    if br:
        return _esc(line.rstrip()) + "<br>"
    return f'<p style="text-indent:2em;">{_esc(line.rstrip())}</p>'


def _table(rows: list[list[str]]) -> str:
    width = max(len(r) for r in rows)
    body = "".join(
        "<tr>" + "".join(f"<td><p>{_esc(c)}</p></td>" for c in r + [""] * (width - len(r))) + "</tr>"
        for r in rows
    )
    return f'<table border="1" cellspacing="0" cellpadding="4"><tbody>{body}</tbody></table>'


def meta_table(meta: dict[str, str] | None, plain: bool = False) -> str:
    """The portal's catalogue block: two key/value pairs per row."""
    if not meta:
        return ""
    items = list(meta.items())
    rows = []
    for i in range(0, len(items), 2):
        cells = "".join(f"<td><b>{_esc(k)}：</b></td><td>{_esc(v)}</td>" for k, v in items[i:i + 2])
        rows.append(f"<tr>{cells}</tr>")
    attrs = "" if plain else ' class="xxgk-table"'
    return f'<table{attrs} width="100%">{"".join(rows)}</table>'


def _head(title: str, charset: str) -> str:
    return (
        f'<head>\n<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
        f"<title>{html.escape(title)}_{SITE}</title>\n"
        '<link rel="stylesheet" href="css/style.css">\n<style>.nav li{float:left} p{line-height:2}</style>\n'
        "<script>var _hmt=_hmt||[];document.write('当前访问量统计');</script>\n</head>"
    )


def _links(items: Sequence[str]) -> str:
    return "".join(f'<li><a href="/{i}.html" title="{html.escape(t)}">{html.escape(t)}</a></li>'
                   for i, t in enumerate(items))


def div_page(title: str | None, article: str, meta: str) -> str:
    """A modern portal page with class names."""
    h1 = f'<div class="article-title"><h1>{_esc(title)}</h1></div>' if title else ""
    return f"""<body>
<div id="header"><div class="logo"><img src="logo.png" alt="{SITE}"></div>
<div class="search"><form><input type="text" name="q"><button>搜索</button></form></div></div>
<div class="nav"><ul>{_links(MENU)}</ul></div>
<div class="location">当前位置：<a href="/">首页</a> &gt; <a href="/tzgg/">通知公告</a> &gt; 正文</div>
<div class="main clearfix">
<div class="left-side"><h3>相关文章</h3><ul>{_links(SIDEBAR)}</ul>
<div class="side-box"><h3>联系我们</h3><p>办公室电话：0000-11111111</p></div></div>
<div class="article">{h1}{meta}
<div class="article-info"><span>字号：[大 中 小]</span> <span>浏览次数：128</span></div>
<div id="zoom" class="article-content">
{article}
</div>
<div class="article-tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
<div class="share">分享到：<a>微信</a> <a>微博</a></div>
</div></div>
<div id="footer">{"".join(f"<p>{_esc(f)}</p>" for f in FOOTER)}</div>
<script>console.log("统计代码");</script>
</body>"""


def table_page(title: str | None, article: str, meta: str) -> str:
    """An old table-layout page: no class or id anywhere, furniture told apart by text only."""
    h1 = f'<tr><td align="center"><font size="5"><b>{_esc(title)}</b></font></td></tr>' if title else ""
    menu = " | ".join(f'<a href="/{i}.html">{m}</a>' for i, m in enumerate(MENU))
    side = "<br>".join(f'<a href="/s{i}.html">{html.escape(t)}</a>' for i, t in enumerate(SIDEBAR))
    foot = "<br>".join(_esc(f) for f in FOOTER)
    return f"""<body topmargin="0">
<table width="980" align="center"><tr><td><img src="banner.jpg"></td></tr>
<tr><td bgcolor="#003399">{menu}</td></tr></table>
<table width="980" align="center"><tr><td width="200" valign="top">{side}</td>
<td valign="top"><table width="100%"><tr><td>您现在的位置：<a href="/">首页</a> &gt;&gt; 通知公告</td></tr>
{h1}<tr><td>{meta}</td></tr>
<tr><td>
{article}
</td></tr></table></td></tr></table>
<table width="980" align="center"><tr><td align="center">{foot}</td></tr></table>
</body>"""


def render_html(
    lines: Sequence[str],
    out_path: Path,
    *,
    encoding: str = "utf-8",
    meta: dict[str, str] | None = None,
    layout: str = "div",
    br: bool = False,
    title: int | None | str = "auto",
) -> Path:
    """Write `lines` as a portal page; `encoding="gbk"` writes GBK bytes labelled gb2312."""
    lines = [line.rstrip("\r") for line in lines]
    index = title_index(lines) if title == "auto" else title
    head_line = lines[index] if isinstance(index, int) else None
    rest = [line for i, line in enumerate(lines) if i != index]
    page = table_page if layout == "table" else div_page
    charset = "gb2312" if encoding.lower() in ("gbk", "gb2312", "gb18030") else "utf-8"
    doc = (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
        '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n<html>\n'
        + _head(head_line or SITE, charset) + "\n"
        + page(head_line, body_html(rest, br), meta_table(meta, layout == "table")) + "\n</html>\n"
    )
    codec = "gbk" if charset == "gb2312" else "utf-8"
    out_path.write_bytes(doc.encode(codec, errors="xmlcharrefreplace"))
    return out_path


def main(argv: Sequence[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    if len(args) < 2:
        print(__doc__)
        return 2
    out = Path(args[0])
    out.mkdir(parents=True, exist_ok=True)
    for name in args[1:]:
        src = Path(name)
        lines = src.read_text(encoding="utf-8").split("\n")
        render_html(lines, out / f"{src.stem}.html", encoding="gbk" if "--gbk" in argv else "utf-8",
                    layout="table" if "--table" in argv else "div")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
