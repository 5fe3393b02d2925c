"""Word automatic numbering: the labels (一、 （一） 1.) that `paragraph.text` drops.

Official documents number their sections with Word lists, so without this the text of a
.docx loses "一、" and "（二）" that extractors use to find sections. The labels are
rebuilt the way Word draws them: numbering definitions from numbering.xml, one counter per
list instance and level, deeper levels restarting when a shallower level advances.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_DIGITS = "零一二三四五六七八九"
_LEGAL_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_STEMS = "甲乙丙丁戊己庚辛壬癸"
_BRANCHES = "子丑寅卯辰巳午未申酉戌亥"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_PARENS = "⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇"
_FULLSTOPS = "⒈⒉⒊⒋⒌⒍⒎⒏⒐⒑⒒⒓⒔⒕⒖⒗⒘⒙⒚⒛"
_ROMAN = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
          (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]


def chinese_count(n: int, digits: str = _DIGITS, units: str = "十百千") -> str:
    """Chinese counting numerals as Word draws them: 10 → 十, 21 → 二十一, 105 → 一百零五."""
    if n <= 0 or n >= 10000:
        return str(n)
    parts: list[str] = []
    zero = False
    for power, unit in ((1000, units[2]), (100, units[1]), (10, units[0]), (1, "")):
        d = n // power % 10
        if d == 0:
            zero = bool(parts)
            continue
        if zero:
            parts.append(digits[0])
            zero = False
        parts.append(("" if (power == 10 and d == 1 and not parts) else digits[d]) + unit)
    return "".join(parts)


def _letters(n: int) -> str:
    """a..z, then aa..zz (Word repeats the letter)."""
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1) if n > 0 else str(n)


def _roman(n: int) -> str:
    out = ""
    for value, numeral in _ROMAN:
        while n >= value:
            out += numeral
            n -= value
    return out


def _from_table(table: str, n: int) -> str:
    return table[n - 1] if 0 < n <= len(table) else str(n)


_FORMATS: dict[str, Any] = {
    "decimal": str,
    "decimalZero": lambda n: f"{n:02d}",
    "chineseCounting": chinese_count,
    "chineseCountingThousand": chinese_count,
    "japaneseCounting": chinese_count,
    "taiwaneseCounting": chinese_count,
    "taiwaneseCountingThousand": chinese_count,
    "chineseLegalSimplified": lambda n: chinese_count(n, _LEGAL_DIGITS, "拾佰仟"),
    "ideographDigital": lambda n: "".join("〇一二三四五六七八九"[int(c)] for c in str(n)),
    "ideographTraditional": lambda n: _STEMS[(n - 1) % 10],
    "ideographZodiac": lambda n: _BRANCHES[(n - 1) % 12],
    "decimalFullWidth": lambda n: "".join(chr(0xFF10 + int(c)) for c in str(n)),
    "decimalFullWidth2": lambda n: "".join(chr(0xFF10 + int(c)) for c in str(n)),
    "decimalEnclosedCircle": lambda n: _from_table(_CIRCLED, n),
    "decimalEnclosedCircleChinese": lambda n: _from_table(_CIRCLED, n),
    "decimalEnclosedParen": lambda n: _from_table(_PARENS, n),
    "decimalEnclosedFullstop": lambda n: _from_table(_FULLSTOPS, n),
    "lowerLetter": _letters,
    "upperLetter": lambda n: _letters(n).upper(),
    "lowerRoman": _roman,
    "upperRoman": lambda n: _roman(n).upper(),
}


def format_counter(n: int, fmt: str) -> str:
    """One counter value in a Word number format (unknown formats fall back to decimal)."""
    if fmt in ("none", "bullet"):
        return ""
    return str(_FORMATS.get(fmt, str)(n))


@dataclass(frozen=True)
class Level:
    """One level of a list definition (w:lvl)."""

    fmt: str = "decimal"
    text: str = "%1."
    start: int = 1
    suffix: str = "tab"
    legal: bool = False


def _val(el: Any, tag: str, default: str | None = None) -> str | None:
    child = el.find(W + tag) if el is not None else None
    return child.get(W + "val", default) if child is not None else default


def parse_level(lvl: Any) -> Level:
    """A `Level` from a w:lvl element (missing parts take Word's defaults)."""
    start = _val(lvl, "start", "1") or "1"
    return Level(
        fmt=_val(lvl, "numFmt", "decimal") or "decimal",
        text=_val(lvl, "lvlText", "") or "",
        start=int(start) if start.lstrip("-").isdigit() else 1,
        suffix=_val(lvl, "suff", "tab") or "tab",
        legal=lvl.find(W + "isLgl") is not None,
    )


def _levels(parent: Any) -> dict[int, Level]:
    return {int(lvl.get(W + "ilvl", "0")): parse_level(lvl) for lvl in parent.findall(W + "lvl")}


@dataclass
class Numbering:
    """List definitions of one document: abstract lists and the instances (numId) using them."""

    abstract: dict[str, dict[int, Level]] = field(default_factory=dict)
    nums: dict[str, tuple[str, dict[int, Level], dict[int, int]]] = field(default_factory=dict)

    @classmethod
    def from_element(cls, root: Any | None) -> Numbering:
        """Read a w:numbering element (None for documents without lists)."""
        out = cls()
        if root is None:
            return out
        for absn in root.findall(W + "abstractNum"):
            out.abstract[absn.get(W + "abstractNumId", "")] = _levels(absn)
        for num in root.findall(W + "num"):
            overrides: dict[int, Level] = {}
            starts: dict[int, int] = {}
            for ov in num.findall(W + "lvlOverride"):
                ilvl = int(ov.get(W + "ilvl", "0"))
                if (lvl := ov.find(W + "lvl")) is not None:
                    overrides[ilvl] = parse_level(lvl)
                if (start := _val(ov, "startOverride")) and start.isdigit():
                    starts[ilvl] = int(start)
            out.nums[num.get(W + "numId", "")] = (_val(num, "abstractNumId", "") or "", overrides, starts)
        return out

    def levels(self, num_id: str) -> tuple[str, dict[int, Level]] | None:
        """(counter key, levels) of a list instance.

        Instances of one abstract list share their counters in Word (a list continues
        across them) unless the instance restarts with start overrides.
        """
        if num_id not in self.nums:
            return None
        abstract_id, overrides, starts = self.nums[num_id]
        levels = dict(self.abstract.get(abstract_id, {}))
        levels.update(overrides)
        for ilvl, start in starts.items():
            base = levels.get(ilvl, Level())
            levels[ilvl] = Level(base.fmt, base.text, start, base.suffix, base.legal)
        key = f"num:{num_id}" if (overrides or starts) else f"abs:{abstract_id}"
        return key, levels


class Counters:
    """Word's running counters, fed paragraphs in document order."""

    def __init__(self, numbering: Numbering) -> None:
        self.numbering = numbering
        self.state: dict[str, dict[int, int]] = {}

    def label(self, num_id: str, ilvl: int) -> str:
        """The label drawn before a paragraph of list `num_id` at level `ilvl` ("" for bullets)."""
        found = self.numbering.levels(num_id)
        if found is None or num_id == "0":
            return ""
        key, levels = found
        level = levels.get(ilvl, Level())
        counts = self.state.setdefault(key, {})
        counts[ilvl] = counts[ilvl] + 1 if ilvl in counts else level.start
        for deeper in [k for k in counts if k > ilvl]:
            del counts[deeper]
        if level.fmt in ("bullet", "none"):
            return ""
        return render_label(level, levels, counts) + _suffix(level)


def render_label(level: Level, levels: dict[int, Level], counts: dict[int, int]) -> str:
    """lvlText with %1..%9 replaced by the counters of those levels."""
    text = level.text
    for k in range(9, 0, -1):
        token = f"%{k}"
        if token in text:
            lvl = levels.get(k - 1, Level())
            value = counts.get(k - 1, lvl.start)
            text = text.replace(token, format_counter(value, "decimal" if level.legal else lvl.fmt))
    return text


def _suffix(level: Level) -> str:
    """What separates label and text: a tab reads as a space, except after CJK punctuation."""
    if level.suffix == "nothing" or not level.text:
        return ""
    if level.suffix == "tab" and level.text[-1] > "\u2e80":
        return ""
    return " "
