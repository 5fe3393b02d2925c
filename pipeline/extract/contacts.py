"""The contacts field family: who to call or write to, with their phone and email.

Notices end with a contact line ("联系人：甲、乙，联系电话：…，邮箱：…"), a contact block
("联系人及电话：" followed by one person per line, or 联系人 / 电话 / 邮箱 on separate
lines), a titled name glued to a number ("赵老师12345678"), a 联系方式 line naming the
person, or a table whose header row has a 联系人 column (see `contacts_tables`). Emails are contacts
wherever they appear (a 投稿邮箱 in running text is where people send material).

Grouping: in a line, a run of names owns the values (phones, emails) that follow it up
to the next run of names; values before the first name belong to the first run. A line
with names only lends them to the value lines right below it. Values nobody owns become
contacts without a name. Fax numbers are kept apart in the `faxes` field.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import islice

from models import Contact
from pipeline.extract.base import Context, Fields
from pipeline.extract.contacts_labels import emails_in, phones_in, recipient_spans
from pipeline.extract.contacts_names import (
    NameSpan,
    name_before,
    names_after,
    titled_names,
    unit_labelled_names,
)
from pipeline.extract.contacts_tables import table_names as contact_table_names
from pipeline.extract.mirror_spam import in_spam, spam_spans
from pipeline.extract.page_furniture import furniture_lines
from pipeline.extract.registry import register

# The label may close a table cell ("| 联系人 | 赵某 |").
CONTACT_LABEL = re.compile(
    r"联\s*[系络]\s*人(?:员|姓名)?(?:及(?:其)?(?:联系)?(?:电\s*话|方\s*式)|电\s*话|、电\s*话|[（(](?:联系)?(?:电\s*话|方\s*式)[)）])?"
    r"\s*[：:|｜]?[ \t]*"
)
# "联系方式：赵某 0571-…": the person of a contact-details line (not a bare heading).
METHOD_LABEL = re.compile(r"联\s*系\s*方\s*式\s*[：:|｜][ \t]*")
_LOOKAHEAD_LINES = 3  # how far a name-only line lends its names to value lines below
_BLOCK_LINES = 10  # at most this many person lines under "联系人及电话："


@dataclass
class Item:
    """A name or a value found in a line, with absolute offsets."""

    kind: str  # "name", "phone" or "email"
    value: str
    start: int
    end: int


@dataclass
class LineFinds:
    """Everything one line holds, in position order."""

    items: list[Item] = field(default_factory=list)
    faxes: list[Item] = field(default_factory=list)

    def has(self, kind: str) -> bool:
        return any(i.kind == kind for i in self.items)


def _label_names(line: str) -> tuple[list[NameSpan], bool]:
    """Names after 联系人 labels; True when a label ends the line (a block follows)."""
    names: list[NameSpan] = []
    opens_block = False
    labels = list(CONTACT_LABEL.finditer(line))
    for m in labels:
        found = names_after(line, m.end())
        names.extend(found)
        if not found and not line[m.end():].strip() and _is_block_label(m.group()):
            opens_block = True
    if labels:
        names.extend(unit_labelled_names(line, labels[0].end()))
    for m in METHOD_LABEL.finditer(line):
        names.extend(names_after(line, m.end()))
    return names, opens_block


def _is_block_label(label: str) -> bool:
    """"联系人及电话：" / "联系人：" at a line end introduce one person per line below."""
    return bool(re.search(r"[：:]|电\s*话|方\s*式", label))


def read_line(offset: int, line: str, contact_line: bool = False, table_names: list[NameSpan] | None = None) -> LineFinds:
    """Names, phones, emails and faxes of one line, offsets made absolute (`table_names`:
    the people under a contact table's 联系人 column)."""
    names, _ = _label_names(line)
    names += titled_names(line) + (table_names or [])
    if contact_line:
        names += names_after(line, 0)
    hits = phones_in(line, {n.end for n in names}, contact_line)
    if contact_line or CONTACT_LABEL.search(line):
        names += [n for h in hits if (n := name_before(line, h.start)) is not None]
    names = _dedupe_spans(names)
    finds = LineFinds()
    finds.items += [Item("name", n.name, offset + n.start, offset + n.end) for n in names]
    for hit in hits:
        item = Item("phone", hit.phone, offset + hit.start, offset + hit.end)
        if hit.role == "phone":
            finds.items.append(item)
        elif hit.role == "fax":
            finds.faxes.append(item)
    finds.items += [Item("email", e, offset + s, offset + t) for e, s, t in emails_in(line)]
    finds.items = _without_recipients(finds.items, offset, line)
    finds.items = _without_spam(finds.items, offset, line)
    found = list(finds.items)  # the list being sorted reads as empty inside its key
    finds.items.sort(key=lambda i: _order(i, found, offset, line))
    return finds


def _order(item: Item, items: list[Item], offset: int, line: str) -> float:
    """Position order, except that a name in brackets right after a phone ("8…（赵老师）、
    8…（钱老师）") goes just before the phone it owns."""
    if item.kind == "name":
        for other in items:
            gap = line[other.end - offset : item.start - offset]
            if other.kind == "phone" and 0 < len(gap) <= 2 and re.fullmatch(r"\s*[（(]", gap):
                return other.start - 0.5
    return float(item.start)


def _without_recipients(items: list[Item], offset: int, line: str) -> list[Item]:
    """A mail recipient (收件人：某某，电话：…) is where a parcel goes, not a contact: its
    name and phone are dropped (an e-mail stays where to send material)."""
    spans = [(offset + a, offset + b) for a, b in recipient_spans(line)]
    return [i for i in items if i.kind == "email" or not any(a <= i.start < b for a, b in spans)]


def _without_spam(items: list[Item], offset: int, line: str) -> list[Item]:
    """An ad a mirror site glued into the text ("…。代开发票 138…") is the spammer's number."""
    spans = [(offset + a, offset + b) for a, b in spam_spans(line)]
    return [i for i in items if not in_spam(spans, i.start, i.end)] if spans else items


def _dedupe_spans(names: list[NameSpan]) -> list[NameSpan]:
    """One span per position (a label name may also be a titled name); a span inside
    another is dropped: the tail of a transliterated name, read before a phone, lies inside
    the whole name read after the label."""
    seen: dict[int, NameSpan] = {}
    for n in names:
        seen.setdefault(n.start, n)
    spans = seen.values()
    inner = {id(n) for n in spans for o in spans if o is not n and o.start <= n.start and n.end <= o.end}
    return sorted((n for n in spans if id(n) not in inner), key=lambda n: n.start)


def group_runs(items: list[Item]) -> list[tuple[list[Item], list[Item]]]:
    """(names, values) runs: each run of names owns the values up to the next names."""
    runs: list[tuple[list[Item], list[Item]]] = []
    leading: list[Item] = []
    for item in items:
        if item.kind == "name":
            if not runs or runs[-1][1]:
                runs.append(([], []))
            runs[-1][0].append(item)
        elif runs:
            runs[-1][1].append(item)
        else:
            leading.append(item)
    if runs:
        runs[0][1][:0] = leading
    elif leading:
        runs.append(([], leading))
    return runs


def contacts_of(ctx: Context, names: list[Item], values: list[Item]) -> list[Contact]:
    """One contact per name (or one nameless) with its phones and emails."""
    phones = [v.value for v in values if v.kind == "phone"]
    emails = [v.value for v in values if v.kind == "email"]
    spans = names + values
    evidence = ctx.evidence(min(i.start for i in spans), max(i.end for i in spans))
    people: list[str | None] = [n.value for n in names] or [None]
    out: list[Contact] = []
    for person in people:
        width = max(len(phones), len(emails), 1)
        for k in range(width):
            phone = phones[k] if k < len(phones) else None
            email = emails[k] if k < len(emails) else None
            out.append(Contact(person, phone, email, evidence))
    return out


def _block_lines(lines: list[tuple[int, str]], start: int) -> list[int]:
    """Indexes of the person lines under a "联系人及电话：" label (blank lines skipped)."""
    found: list[int] = []
    for k in range(start, min(len(lines), start + _BLOCK_LINES)):
        text = lines[k][1]
        if not text.strip():
            continue
        finds = read_line(lines[k][0], text, contact_line=True)
        if not (finds.has("name") and (finds.has("phone") or finds.has("email"))):
            break
        found.append(k)
    return found


# A section heading "四、联系方式" / "联系方式：" alone on its line: person lines follow.
CONTACT_HEADING = re.compile(r"^\s*(?:[（(]?[一二三四五六七八九十\d]{1,3}[)）、.．]?\s*)?联\s*系\s*方\s*式[：:]?\s*$")


def _opens_block(text: str) -> bool:
    """A line after which person lines ("单位 姓名，电话") may continue without a label:
    a label ending the line, a contact heading, or a labelled line that names someone
    (the next people are aligned under the first one)."""
    names, opens = _label_names(text)
    return opens or bool(names) or bool(CONTACT_HEADING.match(text))


def _read_all(ctx: Context) -> list[LineFinds]:
    """LineFinds for every line, reading lines under a contact block label as person lines;
    the page's header and footer lines (a site's phones and e-mails) give nothing."""
    lines = list(ctx.lines())
    furniture = furniture_lines([text for _, text in lines])
    table = contact_table_names([text for _, text in lines])
    block: set[int] = set(table)
    for k, (_, text) in enumerate(lines):
        if _opens_block(text):
            block.update(_block_lines(lines, k + 1))
    return [LineFinds() if k in furniture else read_line(off, text, k in block, table.get(k))
            for k, (off, text) in enumerate(lines)]


def _lend_names(text: str, finds: list[LineFinds], blank: set[int] | None = None) -> None:
    """A line that ends with names (names only, or a last person written after another's
    values: "联系人：赵某139… 市某办：钱某") lends them to the value-only lines just below it.
    The name must close its line: a sentence going on after it ("联系人：赵某。各单位…")
    lends nothing, however the paragraphs happen to be broken in one format or another.
    Blank lines (`blank`, a format that puts one between all lines) are not counted."""
    skip = blank or set()
    for k, line in enumerate(finds):
        if not line.items or line.items[-1].kind != "name" or not _closes_line(text, line.items[-1].end):
            continue
        below_lines = islice((j for j in range(k + 1, len(finds)) if j not in skip), _LOOKAHEAD_LINES)
        for below in (finds[j] for j in below_lines):
            if below.has("name"):
                break
            if below.items:
                line.items.extend(below.items)
                below.items = []


def _closes_line(text: str, end: int) -> bool:
    """Only punctuation or spaces between `end` and the end of its line."""
    stop = text.find("\n", end)
    return not re.search(r"[\w]", text[end : len(text) if stop < 0 else stop])


@register("contacts", provides=("contacts",), after=("header",))
def extract(ctx: Context) -> Fields:
    finds = _read_all(ctx)
    _lend_names(ctx.text, finds, {k for k, (_, line) in enumerate(ctx.lines()) if not line.strip()})
    contacts: list[Contact] = []
    for line in finds:
        for names, values in group_runs(line.items):
            contacts.extend(contacts_of(ctx, names, values))
    out = Fields()
    out.set("contacts", _unique(contacts))
    faxes = list(dict.fromkeys(f.value for line in finds for f in line.faxes))
    if faxes:
        out.set("faxes", faxes)
    return out


def _unique(contacts: list[Contact]) -> list[Contact]:
    """Drop repeats of the same (name, phone, email), and nameless repeats of values
    a named contact already carries."""
    named = {(c.phone, c.email) for c in contacts if c.name}
    named_values = {v for pair in named for v in pair if v}
    seen: set[tuple[str | None, str | None, str | None]] = set()
    out: list[Contact] = []
    for c in contacts:
        key = (c.name, c.phone, c.email)
        if key in seen or (c.name is None and {c.phone, c.email} - {None} <= named_values):
            continue
        seen.add(key)
        out.append(c)
    return out
