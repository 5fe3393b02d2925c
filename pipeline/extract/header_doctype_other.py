"""Cues of the genres reported as `other` that news pages resemble: interviews.

An interview published on a news site has a headline, a site row and `记者：` lines, so the
news cues speak; but it is written as questions and answers (`记者：…？` ⏎ `某某：…`) under a
`——访某某` subtitle, and the conventions file it under `other` with speeches and retrospectives.
A question line opening with `记者：` is the interviewer speaking, not a staff credit.
"""
from __future__ import annotations

import re

from pipeline.extract.header_doctype_cues import Cue
from pipeline.extract.header_lines import Line

# `——访市教育局局长某某`, `——专访…`, `——对话…`
_INTERVIEW_SUBTITLE = re.compile(r"^[-—–―]{1,3}\s*(?:专访|访谈|访问|对话|访)[\u4e00-\u9fff]")
# the interviewer's question: `记者：…？`, `问：…？`
_QUESTION = re.compile(r"^(?:记者|主持人|问|Q)\s*[:：][^\n]{2,}[？?]\s*$")
_HEAD_LINES = 8


def is_question(text: str) -> bool:
    return bool(_QUESTION.match(text.strip()))


def interview_cues(lines: list[Line]) -> list[Cue]:
    """A `——访…` subtitle near the top, and two or more questions put by the interviewer."""
    out = [Cue("other", 6.0, ln.start, ln.end, "interview subtitle")
           for ln in lines[:_HEAD_LINES] if _INTERVIEW_SUBTITLE.match(ln.text)][:1]
    questions = [ln for ln in lines if is_question(ln.text)]
    if len(questions) >= 2:
        out.append(Cue("other", 4.0, questions[0].start, questions[0].end, "questions and answers"))
    return out
