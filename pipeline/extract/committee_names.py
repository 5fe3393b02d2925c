"""Person names and committee roles, the vocabulary every committee layout shares.

A person name is 2-4 Han characters starting with a surname. Surnames come from jieba's
dictionary (the first characters of its person-name `nr` entries), not from a hand list;
compound surnames (欧阳, 司马 …) start with a character of that set as well. Names are
written spaced for alignment (`丁   一`), so spaces inside are allowed and removed.
Names of many minorities are transcribed in parts joined by a middle dot (`X·Y`); they
have no surname and are recognised by their shape.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from pathlib import Path

ROLE_WORDS = (
    "名誉组长", "名誉主任", "常务副组长", "副组长", "组长", "总顾问", "顾问", "主任委员", "副主任委员",
    "办公室副主任", "办公室主任", "常务副主任", "执行主任", "副主任", "主任", "副秘书长", "秘书长",
    "成员", "组员", "委员", "联络员",
)
ROLE = "|".join(ROLE_WORDS)
_TITLE_END = set("长记任员席理监委事官师书督导")
_NOT_NAME_END = set("局厅会部办院校处科室组府司馆站所团队市区县镇乡村省街委长员记席")
_NOT_NAME_CHARS = re.compile(r"[的了等各其]")
_HAN_RUN = re.compile(r"^[\u4e00-\u9fff](?:\s*[\u4e00-\u9fff]){1,3}$")
_SURNAME_MIN_COUNT = 10
_COMMON = 100  # frequency in jieba's dictionary from which a word is a common word
_WORD_TAGS = frozenset(("n", "v", "vn", "vd", "a", "ad", "an", "d", "l", "i"))
MIDDLE_DOT = "·•‧・･"
DOTTED_NAME = rf"[\u4e00-\u9fff]{{1,6}}(?:[{MIDDLE_DOT}][\u4e00-\u9fff]{{1,6}}){{1,3}}"
_DOTTED = re.compile(rf"^{DOTTED_NAME}$")


@lru_cache(maxsize=1)
def surnames() -> frozenset[str]:
    """Characters that begin many person names in jieba's dictionary (lazy: reads the file).

    Rarer surnames (冼, 邝, 晏 …) begin few names there; they are taken when the dictionary
    lists the character alone as a person name (`nr`) and it begins more names than it
    stands inside, which tells a surname from a given-name character (涛, 丽 …)."""
    import jieba  # lazy: heavy import

    path = Path(jieba.__file__).with_name("dict.txt")
    first3: Counter[str] = Counter()
    first: Counter[str] = Counter()
    inner: Counter[str] = Counter()
    single: set[str] = set()
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if len(parts) != 3 or parts[2] != "nr":
                continue
            word = parts[0]
            if len(word) == 1:
                single.add(word)
            elif len(word) <= 3:
                first[word[0]] += 1
                first3[word[0]] += len(word) == 3
                inner.update(word[1:])
    common = {c for c, n in first3.items() if n >= _SURNAME_MIN_COUNT}
    return frozenset(common | {c for c in single if first[c] > inner[c]})


def normalize_role(label: str) -> str:
    """Role as the gold writes it: spaces and （兼） removed, rank qualifiers dropped
    (常务副X -> 副X, 第一组长 -> 组长), like the 常务 the conventions name; a note on the
    order of the names ("成员（按姓氏笔画排序）") is no part of the role."""
    role = re.sub(r"\s+|[（(](?:兼|[按以依][^（）()]*)[)）]", "", label)
    return re.sub(r"^(?:常务副|第一副)", "副", re.sub(r"^第一(?=组长|主任)", "", role))


def clean_name(text: str) -> str:
    return re.sub(r"\s+", "", text)


def is_dotted_name(text: str) -> bool:
    """A transcribed name in parts joined by a middle dot ("阿依古丽·吐尔逊")."""
    return bool(_DOTTED.match(clean_name(text)))


def is_person_name(text: str) -> bool:
    """2-4 Han characters, a known surname first, nothing that marks a unit or a title."""
    if is_dotted_name(text):
        return True
    name = clean_name(text)
    if not _HAN_RUN.match(text.strip()) or not 2 <= len(name) <= 4:
        return False
    if name in ROLE_WORDS or _NOT_NAME_CHARS.search(name):
        return False
    if name[-1] in _NOT_NAME_END or (len(name) == 4 and is_phrase(name)):
        return False
    return name[0] in surnames()


def is_phrase(name: str) -> bool:
    """Two frequent words that are no person names ("日常事务"), not a four-character name:
    the halves of a name ("欧阳" + "建华", "扎西" + "顿珠") are names or rare words."""
    return len(name) == 4 and name[:2] in _common_words() and name[2:] in _common_words()


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    """Two-character words of jieba's dictionary, frequent and tagged as common words
    (nouns, verbs, adverbs …), not as names, places or other proper nouns, which the
    halves of a name often are in the dictionary ("欧阳" ns, "建华" nz). Lazy: reads the
    file once."""
    import jieba  # lazy: heavy import

    out: set[str] = set()
    with Path(jieba.__file__).with_name("dict.txt").open(encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if len(parts) == 3 and len(parts[0]) == 2 and int(parts[1]) >= _COMMON and parts[2] in _WORD_TAGS:
                out.add(parts[0])
    return frozenset(out)


# Characters of function words and posts, never in a name whose surname is unknown.
_LOOSE_BAD = re.compile(r"[和及与在为任兼由以对向从被将把之其等各副正总主管党政府工作领导同志]")


def is_loose_name(text: str) -> bool:
    """Three Han characters that can be a name with a surname too rare for the dictionary
    (笪, 仉, 禚 …): nothing of a unit, a post or a function word in them, and neither half a
    common word. Taken only where the layout vouches for a person (right after a post, or
    before a post in brackets), since without a surname any three characters could pass."""
    if not re.fullmatch(r"[\u4e00-\u9fff]{3}", text) or text in ROLE_WORDS:
        return False
    if _LOOSE_BAD.search(text) or _NOT_NAME_CHARS.search(text) or set(text) & _NOT_NAME_END:
        return False
    return text[:2] not in _common_words() and text[1:] not in _common_words()


def trailing_name(text: str) -> tuple[int, int] | None:
    """(start, end) of the person name ending `text` after a title ("宣传部长张三").

    The title before a name ends in a title character (长, 记, 任, 员 …), maybe followed by
    a space ("局长 张三"); a 3-character name is preferred when both readings fit; a
    transcribed name (`X·Y`) and a name of a rare surname (see `is_loose_name`) are taken
    after a title only.
    """
    text_end = len(text)
    if is_person_name(text) and (len(clean_name(text)) <= 3 or text[0] in surnames()):
        return 0, text_end
    for size in (3, 2):
        start = text_end - size
        if start > 0 and _after_title(text, start) and is_person_name(text[start:]):
            return start, text_end
    return _dotted_after_title(text) or _loose_after_title(text)


def _after_title(text: str, start: int) -> bool:
    """A title ends right before `start`, or before the spaces there ("局长 张三")."""
    head = text[:start]
    if head and head[-1] in " \u3000" and not re.search(r"\s", text[start:]):
        head = head.rstrip(" \u3000")
    return bool(head) and head[-1] in _TITLE_END


def _dotted_after_title(text: str) -> tuple[int, int] | None:
    """"副市长阿不都·热合曼": the transcribed name starts after the last title character
    before its first dot."""
    dot = min((i for i in (text.find(d) for d in MIDDLE_DOT) if i > 0), default=-1)
    if dot < 0:
        return None
    start = max((i + 1 for i in range(dot) if text[i] in _TITLE_END), default=0)
    return (start, len(text)) if start and is_dotted_name(text[start:]) else None


def _loose_after_title(text: str) -> tuple[int, int] | None:
    start = len(text) - 3
    return (start, len(text)) if start > 0 and _after_title(text, start) and is_loose_name(text[start:]) else None
