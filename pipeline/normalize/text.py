"""Text repair applied to every block before extraction.

Each repair works block by block and the document is rebuilt with
`Document.from_blocks`, so evidence offsets always point into the normalised text.
Repairs that fire are recorded as warnings (`repaired:<name>`).

Values keep the normalised characters: full-width ASCII folded (NFKC), and documents
written in traditional characters folded to simplified (so rules and values are in one
script; the scorer and researchers compare in simplified).
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache

from models import Document
from pipeline.normalize.mojibake import repair_shifted_gbk

_FULLWIDTH = re.compile("[\uff01-\uff5e]")
_ZERO_WIDTH = re.compile("[\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff\u00ad]")
_EMOJI = re.compile(
    "[\U0001f000-\U0001faff\U00002600-\U000027bf\U0001f900-\U0001f9ff\ufe0f\u20e3]"
)
# "學(xué)", also a word's syllables separated by spaces: "奮鬥(fèn dòu)".
_PY = "[a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹ]{1,7}"
# A spaced run needs a tone mark, so an English gloss "(Learning City)" stays.
_PINYIN = re.compile(
    rf"(?<=[\u4e00-\u9fff])[(（](?:{_PY}|(?=[^)）]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]){_PY}(?:[ \u3000]{_PY}){{1,3}})[)）]"
)
_MOJIBAKE_HINT = re.compile("[?\ufffd][^\x00-\x7f]")
_SPACES = re.compile(r"[\u3000\u00a0\u2002-\u200a]")
_KEEP_FULLWIDTH = set("（）：；，！？")  # CJK punctuation that NFKC would turn into ASCII


def fold_fullwidth(text: str) -> str:
    """NFKC on full-width ASCII letters, digits and symbols; ideographic space to space."""
    text = _SPACES.sub(" ", text)
    return _FULLWIDTH.sub(
        lambda m: m.group() if m.group() in _KEEP_FULLWIDTH else unicodedata.normalize("NFKC", m.group()),
        text,
    )


@lru_cache(maxsize=1)
def _t2s() -> Callable[[str], str]:
    from opencc import OpenCC  # opencc-python-reimplemented; lazy: loads dictionaries

    return OpenCC("t2s").convert  # type: ignore[no-any-return]


def to_simplified(text: str) -> str:
    """Traditional characters folded to simplified (OpenCC t2s)."""
    return _t2s()(text)


@lru_cache(maxsize=1)
def _traditional_chars() -> frozenset[str]:
    """Characters OpenCC's t2s table changes on their own (its first candidate differs).

    Telling whether a text is written in traditional script needs only this set lookup;
    running the phrase-segmenting converter over every document to count its changes
    cost ~1.5 ms a document, more than any extractor but two.
    """
    from pathlib import Path

    import opencc

    table = Path(opencc.__file__).parent / "dictionary" / "TSCharacters.txt"
    chars = set()
    for line in table.read_text(encoding="utf-8").splitlines():
        source, _, targets = line.partition("\t")
        if len(source) == 1 and targets.split() and targets.split()[0] != source:
            chars.add(source)
    return frozenset(chars)


def traditional_share(text: str) -> float:
    """Share of the first 4,000 CJK characters that t2s conversion changes on their own."""
    han = [c for c in text if "\u4e00" <= c <= "\u9fff"][:4000]
    if not han:
        return 0.0
    changed = _traditional_chars()
    return sum(1 for c in han if c in changed) / len(han)


# a line that is only a random token (letters mixed with digits), as mirror sites insert
_SPAM_TOKEN_LINE = re.compile(r"^\s*(?=[a-z0-9]*[a-z])(?=[a-z0-9]*\d)[a-z0-9]{6,20}\s*$")
# the boilerplate of essay-template sites: "以下是小编收集的…，仅供参考。"
_TEMPLATE_SITE = re.compile(r"[^。！!\n]*小编[^。！!\n]*(?:参考|阅读|借鉴|学习)[。！!]?")


def _drop_spam(text: str) -> str:
    if _SPAM_TOKEN_LINE.match(text):
        return ""
    return _TEMPLATE_SITE.sub("", text)


def _repair_mojibake(text: str) -> str:
    if not _MOJIBAKE_HINT.search(text):
        return text
    return repair_shifted_gbk(text, to_simplified)


REPAIRS: list[tuple[str, Callable[[str], str]]] = [
    ("zero_width", lambda t: _ZERO_WIDTH.sub("", t)),
    ("shifted_gbk", _repair_mojibake),
    ("emoji", lambda t: _EMOJI.sub("", t)),
    ("pinyin_annotation", lambda t: _PINYIN.sub("", t)),
    ("spam", _drop_spam),
    ("fullwidth", fold_fullwidth),
]


def normalize_document(doc: Document, traditional_threshold: float = 0.03) -> Document:
    """Apply every repair to every block; fold traditional script when the text uses it.

    The repairs run over the blocks' strings and a block is rebuilt only when its text
    changed: most blocks of most documents need no repair at all.
    """
    fired: list[str] = []
    texts = [b.text for b in doc.blocks]
    for name, repair in REPAIRS:
        new = [repair(t) for t in texts]
        if name != "fullwidth" and new != texts:
            fired.append(f"repaired:{name}")
        texts = new
    if traditional_share("".join(texts)) >= traditional_threshold:
        convert = _t2s()
        texts = [convert(t) for t in texts]
        fired.append("repaired:traditional_to_simplified")
    blocks = [b if b.text == t else replace(b, text=t) for b, t in zip(doc.blocks, texts, strict=True)]
    return Document.from_blocks(blocks, doc.source, doc.tables, doc.warnings + fired)
