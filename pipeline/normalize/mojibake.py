"""Repair of GBK text that a mirror site decoded one byte out of step.

Mirror sites that lose one byte of a GBK page show a '?' followed by a run of rare
characters (`?。ㄒ唬┲黝}` for `（一）主題`): each character is made of the second byte
of one true character and the first byte of the next, until an ASCII byte puts the
decoder back in step. Re-encoding the run, dropping the first byte and decoding again
restores it. A repair is kept only when the result reads as common Chinese, so correct
text is never touched.
"""
from __future__ import annotations

import re
from collections.abc import Callable

# a lost byte shows as '?' or U+FFFD, then a run of double-byte characters, then ASCII
# (a GBK trail byte may be ASCII 0x40-0x7e, so such a byte can sit inside the run)
_SHIFTED = re.compile(r"[?\ufffd]((?:[^\x00-\x7f]|[\x40-\x7e](?=[^\x00-\x7f])){2,})([\x21-\x7e]?)")


def _common_share(text: str, fold: Callable[[str], str]) -> float:
    """Share of characters that are ASCII, common punctuation or GB2312 level-1 hanzi."""
    if not text:
        return 0.0
    good = 0
    for ch in fold(text):
        if ord(ch) < 0x80:
            good += 1
            continue
        try:
            raw = ch.encode("gb2312")
        except UnicodeEncodeError:
            continue
        good += 0xA1 <= raw[0] <= 0xA3 or 0xB0 <= raw[0] <= 0xD7
    return good / len(text)


def _unshift(run: str, tail: str) -> str | None:
    """The run decoded one byte later, or None when the bytes do not fit."""
    try:
        raw = b"".join(ch.encode("gb18030") for ch in run) + tail.encode("ascii")
        return raw[1:].decode("gbk")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return None


def repair_shifted_gbk(text: str, fold: Callable[[str], str] = lambda s: s) -> str:
    """Replace byte-shifted GBK runs by their repair when the repair reads better."""

    def fix(match: re.Match[str]) -> str:
        run, tail = match.group(1), match.group(2)
        fixed = _unshift(run, tail)
        if fixed is None:
            return match.group()
        before = _common_share(run, fold)
        after = _common_share(fixed, fold)
        return fixed if after >= 0.8 and after > before + 0.2 else match.group()

    return _SHIFTED.sub(fix, text)
