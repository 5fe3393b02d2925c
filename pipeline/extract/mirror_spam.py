"""Advertising injected by mirror sites: an ad word with a phone, QQ or WeChat number.

Pages copied by mirror and content-farm sites carry ads pasted into the text, on their own
line or glued to the end of a sentence: "代开发票 138…", "办证QQ 12345678", "娱乐城 微信…",
"免费代开发票 微信同号 139…".
Their numbers are the spammer's, never a notice's contact. An ad is recognised by an ad
word standing right next to its number, with only separators or a bare number label
(电话, QQ, 微信) between them: a notice names what a number is for with a sentence or a
consultation label ("助学贷款咨询电话：…", "文化娱乐活动联系人…"), which this shape excludes.
"""
from __future__ import annotations

import re

# Words of the ads mirror sites inject (invoices, forged papers, loans, gambling, lotteries).
AD_WORD = (
    r"(?:免费)?(?:代开|开具?)?发票|代开|办证|办理证件|刻章|贷款|网贷|套现|娱乐城|娱乐|彩票|博彩|赌场|赌博|"
    r"六合彩|时时彩|百家乐|棋牌|私家侦探|代孕"
)
# What may sit between the ad word and its number: separators and a bare number label.
_SEPARATORS = r"[\s:：,，、/\-—|｜]{0,3}"
_GAP = rf"(?:{_SEPARATORS}(?:电话|手机|热线|QQ|qq|Q|微信同号|微信|VX|vx|加V|加微|V|同号)){{0,2}}{_SEPARATORS}"
# A phone, QQ or WeChat number: 5-12 digits, single spaces or dashes between them (not a
# count or a date: no measure word after it).
_NUMBER = r"(?:\+?86[\s\-]?)?\d(?:[\s\-]?\d){4,11}(?![\d年月日人名个场次项万元%])"
_ANY_AD = re.compile(AD_WORD)
_AD_THEN_NUMBER = re.compile(rf"(?:{AD_WORD}){_GAP}{_NUMBER}")
# An ad written number first is set off by spaces only: after a comma a new clause begins.
_NUMBER_THEN_AD = re.compile(rf"{_NUMBER}[ \t\u3000]{{0,3}}(?:{AD_WORD})")


def spam_spans(line: str) -> list[tuple[int, int]]:
    """(start, end) of every injected ad in the line."""
    if not _ANY_AD.search(line):  # most lines hold no ad word: one cheap scan
        return []
    spans = [m.span() for pattern in (_AD_THEN_NUMBER, _NUMBER_THEN_AD) for m in pattern.finditer(line)]
    return sorted(spans)


def in_spam(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """True when [start, end) lies inside one of the spans."""
    return any(a <= start and end <= b for a, b in spans)


_LEFTOVER = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]")


def is_spam_line(line: str) -> bool:
    """A line holding nothing but injected ads (besides punctuation and spaces)."""
    spans = spam_spans(line)
    if not spans:
        return False
    rest = list(line)
    for a, b in spans:
        rest[a:b] = [" "] * (b - a)
    return not _LEFTOVER.search("".join(rest))
