"""What a number in a contact line is, judged by the label written before it.

Contact sections put several numbers side by side: 电话, 传真, 邮编, QQ, room numbers in
地址. The nearest label before a number says what it is; a bare 7-8 digit number is
only a phone when a phone label, a 联系人 label or a titled name ("赵老师") precedes it,
because dates and serials have the same shape.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.normalize.phones import find_phones, normalize_phone, phone_kind


def _spaced(word: str) -> str:
    """A label may be typeset with spaces between its characters ("电 话", "邮 箱")."""
    return r"\s*".join(re.escape(ch) for ch in word)


def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(_spaced(w) for w in sorted(words, key=len, reverse=True))


PHONE_WORDS = ("电话", "手机", "座机", "热线", "联系方式", "电话号码", "咨询", "Tel", "TEL", "tel", "Phone", "phone")
FAX_WORDS = ("传真", "Fax", "FAX", "fax")
OTHER_WORDS = ("邮编", "邮政编码", "QQ", "qq", "地址", "账号", "帐号", "身份证", "编号", "文号", "微信")
CONTACT_WORDS = ("联系人", "联络人")
# "电话/传真" and "电话（传真）" label a number that is both: it stays a phone.
_BOTH = rf"(?:{_alternation(('电话',))})\s*[/、及和（(]\s*(?:{_alternation(FAX_WORDS)})[)）]?"

LABEL_RE = re.compile(
    rf"(?P<phone>{_BOTH}|{_alternation(PHONE_WORDS)})|(?P<fax>{_alternation(FAX_WORDS)})"
    rf"|(?P<other>{_alternation(OTHER_WORDS)})|(?P<contact>{_alternation(CONTACT_WORDS)})"
)
EMAIL_RE = re.compile(r"(?<![A-Za-z0-9._%+-])([A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})")


@dataclass(frozen=True)
class PhoneHit:
    """A phone-shaped number in a line, its tidy form and what its label makes it."""

    phone: str
    start: int
    end: int
    role: str  # "phone", "fax" or "other"


def label_before(line: str, pos: int) -> str | None:
    """Kind of the nearest label before `pos` in the line ('phone', 'fax', 'other', 'contact')."""
    last: str | None = None
    for m in LABEL_RE.finditer(line, 0, pos):
        last = m.lastgroup
    return last


def _role(line: str, start: int, kind: str, in_context: bool) -> str | None:
    """'phone', 'fax', 'other', or None for a bare local number without phone context."""
    label = label_before(line, start)
    if label in ("fax", "other"):
        return label
    if kind != "local" or label in ("phone", "contact") or in_context:
        return "phone"
    return None


def phones_in(line: str, name_ends: set[int] | None = None, contact_line: bool = False) -> list[PhoneHit]:
    """Phones and faxes in one line.

    `name_ends` are offsets where a person's name ends: a bare number right after one is
    a phone ("赵老师12345678"); in a `contact_line` (a line of a 联系人 block) every
    phone-shaped number is one.
    """
    hits: list[PhoneHit] = []
    ends = name_ends or set()
    for m in find_phones(line):
        phone = normalize_phone(m.group(1))
        kind = phone_kind(m.group(1))
        if phone is None or kind is None:
            continue
        glued = contact_line or any(0 <= m.start(1) - e <= 3 for e in ends)
        role = _role(line, m.start(1), kind, glued)
        if role is not None:
            hits.append(PhoneHit(phone, m.start(1), m.end(1), role))
    return hits


# Top-level domains of the addresses such pages give; an address ending in anything else
# is cut off ("…@163.co" at the end of an excerpt) or glued to a Latin word ("…@163.comTel").
TLDS = (
    "com", "cn", "net", "org", "edu", "gov", "info", "cc", "top", "io", "hk", "mo", "tw", "me",
    "biz", "xyz", "vip", "ac", "int", "site", "online", "tech", "asia", "us", "uk", "jp", "ca",
)


def _complete(address: str) -> str | None:
    """The address with a glued Latin tail cut after its TLD; None when truncated."""
    host, _, tld = address.rpartition(".")
    if tld.lower() in TLDS:
        return address
    for known in sorted(TLDS, key=len, reverse=True):
        if tld.lower().startswith(known) and len(tld) > len(known) and tld[len(known)].isupper():
            return f"{host}.{tld[:len(known)]}"
    return None


def emails_in(line: str) -> list[tuple[str, int, int]]:
    """(email, start, end) of every complete address in the line (ASCII-bounded, so an
    address glued to Chinese text such as "投稿邮箱x@y.com" is still found)."""
    out: list[tuple[str, int, int]] = []
    for m in EMAIL_RE.finditer(line):
        address = _complete(m.group(1))
        if address:
            out.append((address, m.start(1), m.start(1) + len(address)))
    return out


# A mail recipient's label; its span runs to the next sentence break or 联系人 label.
_RECIPIENT = re.compile(rf"{_alternation(('收件人', '收信人'))}")
_RECIPIENT_END = re.compile(rf"[。；;\n]|{_alternation(CONTACT_WORDS)}")


def recipient_spans(line: str) -> list[tuple[int, int]]:
    """(start, end) of each 收件人 part of a line: "收件人：某某，电话：…" up to the next
    sentence break or 联系人 label."""
    out: list[tuple[int, int]] = []
    for m in _RECIPIENT.finditer(line):
        stop = _RECIPIENT_END.search(line, m.end())
        out.append((m.start(), stop.start() if stop else len(line)))
    return out
