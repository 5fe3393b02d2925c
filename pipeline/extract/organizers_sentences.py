"""Organising units stated in running text: "由A、B主办，C承办，D协办".

News reports and plans name the units in one sentence of comma-separated clauses, each
clause a run of names followed by a role verb. A clause counts only when the text before
the verb (after a 由, if any) is nothing but unit names; this keeps 主办 in other contexts
("各主办单位结合…", "主办方向…授牌", "共同主办了7次") from creating organizers.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from pipeline.extract.organizers_names import Span, split_names, top_level_cuts

Found = tuple[str, str, int, int]  # role, name, start, end

_SENTENCE_END = "。；;！!？?"
_ROLE_VERB = re.compile(r"主办|承办|协办|指导|支持|举办|开展")
# "A、B决定联合开展…活动": the units that jointly stage the document's activity host it.
_DECIDED = re.compile(r"(?:决定|商定)$")
_ACTIVITY = re.compile(r"活动|大赛|比赛|征文|评选")
_DECIDED_JOINTLY = re.compile(r"(?:决定|商定)(?:联合|共同)$")
_JOINT = re.compile(r"(?:联合|共同|合作)$")
# "由A统一指导部署": an adverb of manner before the verb, not part of the names.
_MANNER = re.compile(r"(?:统一|具体|大力|精心|负责)$")
# "X举办…开幕式": the ceremonies that make their host a 主办.
_CEREMONY = re.compile(r"开幕式|开幕仪式|启动仪式|启动式")
# "系列报道69——X举办…": a headline's series prefix before the subject.
_SUBJECT_START = re.compile(r"^.*(?:——|—|[:：\s])")
_HOST_ADVERB = re.compile(r"(?:成功|隆重|顺利|盛大|正式|精心)$")
_LEAD = re.compile(r"由(?P<names>.+?)牵头(?:组织|负责)?$")
_UNIT_IS = re.compile(r"(?P<role>主办|承办|协办|指导|支持)单位(?:为|是|[:：])(?P<names>.+)$")
_AFTER_ROLE = re.compile(r"(?<=主办|承办|协办|指导|支持)、")
_ENDS_IN_ROLE = re.compile(r"(?:主办|承办|协办|指导|支持)(?:的.*)?$")
# "B承办了此次活动": a perfective verb whose object is this very event (not "了7次").
_THIS_EVENT = re.compile(r"了(?:此次|本次|这次|该次|今年的?)(?:活动|开幕式|启动仪式|仪式|活动周)?$")
# "A、B主办此次活动": the verb's object is this very event, which anchors the names as its organisers.
_THIS_EVENT_OBJECT = re.compile(r"(?:此次|本次|这次|该次|本届|此届)(?:活动|开幕式|启动仪式|仪式|活动周)$")
# "在A、B(的)指导下": guidance stated as the circumstance of the event, the role before the names.
_GUIDED = re.compile(r"在(?P<names>[^在]+?)(?:的)?(?:大力|精心|具体|悉心)?指导下$")
# "A、B提供场地支持": support stated as what the units provide; the object sits before the verb.
_PROVIDES = re.compile(r"(?:提供|给予)(?:了)?[\u4e00-\u9fff]{0,4}$")
_ADVERBIAL = re.compile(r"(?:将|拟|定于|将于|于|在|已|曾).*$")


def _decided_jointly(body: str, after: str) -> bool:
    """"A、B决定联合开展/举办…活动": a notice's own decision to stage its activity (not
    "由A等联合开展的…评选", a record of another event)."""
    return bool(_DECIDED_JOINTLY.search(body)) and not re.match(r"了|过|的", after) and bool(_ACTIVITY.search(after))


def _role_after_ok(verb: str, body: str, after: str) -> bool:
    """The verb must end its clause or introduce the event it qualifies (…主办的大会).

    Joint hosting may take an object ("A、B共同主办本次活动"), but not a past record
    ("共同主办了7次"), which is history rather than this event's organisers.
    """
    if verb == "举办":
        return True
    if verb == "开展":
        return _decided_jointly(body, after)
    if verb == "指导" and after == "部署":  # "由A统一指导部署"
        return True
    if _JOINT.search(body) and not re.match(r"了|过|单位|方", after):
        return True
    return after == "" or after.startswith("的") or bool(_THIS_EVENT.match(after) or _THIS_EVENT_OBJECT.match(after))


def _names_part(body: str, verb: str, after: str) -> tuple[int, str, bool] | None:
    """(offset within clause, text, anchored) of the names before the verb, or None.

    `anchored` is true when a 由 or an opening-ceremony 举办 marks the names as organisers;
    a bare "X主办" clause needs the support of its sentence (see `_clause_roles`).
    """
    body_stripped = _MANNER.sub("", _DECIDED.sub("", _JOINT.sub("", body)))
    if verb == "支持":
        body_stripped = _PROVIDES.sub("", body_stripped)
    if "由" in body_stripped:
        start = body_stripped.rindex("由") + 1
        return start, body_stripped[start:], True
    if verb == "开展" or (verb == "举办" and _decided_jointly(body, after)):
        return 0, body_stripped, True
    if verb == "举办":  # "X举办…开幕式", "A与B共同举办了本次活动": the subject holds the names
        if not (_CEREMONY.search(after) or _joint_this_event(body, after)):
            return None
        lead = _SUBJECT_START.match(body_stripped)
        start = lead.end() if lead else 0
        return start, _HOST_ADVERB.sub("", _ADVERBIAL.sub("", body_stripped[start:])), True
    return 0, body_stripped, False


def _joint_this_event(body: str, after: str) -> bool:
    """"A与B共同举办(了)本次活动": joint hosting of this very event is sponsoring it."""
    return bool(_JOINT.search(body)) and (after == "" or bool(_THIS_EVENT.match(after) or _THIS_EVENT_OBJECT.match(after)))


def _clause_roles(clause: str, offset: int, chained: bool) -> tuple[str, bool, list[Span]] | None:
    """(role, joint, names) of one clause, or None when it states no organiser role.

    A clause without 由 ("B承办") counts when it continues a 由 clause of the same sentence,
    qualifies an event ("B承办的大会") or states joint hosting ("B、C共同主办").
    """
    unit = _UNIT_IS.search(clause)
    if unit:  # "承办单位为A、B"
        names = split_names(unit.group("names"), offset + unit.start("names"))
        return (unit.group("role"), False, names) if names else None
    guided = _GUIDED.search(clause)
    if guided and _unit_subject(clause[: guided.start()]):
        return None  # "某馆在A指导下开展…": a unit's own work, not the event's guidance
    if guided:  # "在A指导下": the clause names the guiding units only
        names = split_names(guided.group("names"), offset + guided.start("names"))
        return ("指导", False, names) if names else None
    for m in _ROLE_VERB.finditer(clause):
        verb, body, after = m.group(), clause[: m.start()], clause[m.end():]
        if not _role_after_ok(verb, body, after):
            continue
        part = _names_part(body, verb, after)
        if part is None:
            continue
        anchored = part[2] or bool(_THIS_EVENT_OBJECT.match(after))
        if not (anchored or chained or after.startswith("的") or _JOINT.search(body)):
            continue
        names = split_names(part[1], offset + part[0])
        if names:
            role = "举办" if verb == "开展" else verb  # 举办: an implicit 主办
            return role, bool(_JOINT.search(body)), names
    return None


def _unit_subject(text: str) -> bool:
    """The words before "在A指导下" are a unit: that unit's own activity is guided."""
    names = split_names(text.strip())
    return names is not None and len(names) == 1


def _comma_cuts(sentence: str) -> list[tuple[int, int]]:
    """Comma clauses; a comma right before a 顿号 (",、", mirror-site noise) cuts nothing."""
    out: list[tuple[int, int]] = []
    for a, b in top_level_cuts(sentence, "，,"):
        if out and sentence.startswith("、", a):
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def _clauses(sentence: str) -> Iterator[tuple[int, int]]:
    """Comma clauses, also cut at "主办、B承办" where a 顿号 follows a role verb."""
    for a, b in _comma_cuts(sentence):
        start = a
        for m in _AFTER_ROLE.finditer(sentence, a, b):
            if not _ENDS_IN_ROLE.search(sentence, m.end(), b):
                continue  # "A指导、协调…": two verbs, not two clauses
            yield start, m.start()
            start = m.end()
        yield start, b


def _sentences(line: str) -> Iterator[tuple[int, str]]:
    start = 0
    for i, ch in enumerate(line):
        if ch in _SENTENCE_END:
            yield start, line[start:i]
            start = i + 1
    yield start, line[start:]


def sentence_organizers(line: str, offset: int) -> list[Found]:
    """Organisers stated in the sentences of one line (offsets into the document)."""
    out: list[Found] = []
    for s_start, sentence in _sentences(line):
        leads: list[Span] = []
        chained = False
        for a, b in _clauses(sentence):
            clause, c_off = sentence[a:b], offset + s_start + a
            lead = _LEAD.search(clause)
            if lead:
                leads = split_names(lead.group("names"), c_off + lead.start("names")) or []
                chained = chained or bool(leads)
                continue
            found = _clause_roles(clause, c_off, chained)
            if found is None:
                continue
            role, joint, names = found
            if joint and role in ("主办", "举办"):  # "由A牵头，B、C共同主办": the lead is a 主办 too
                names = leads + names
            leads, chained = [], True
            out.extend((role, n, s, e) for n, s, e in names)
    return out
