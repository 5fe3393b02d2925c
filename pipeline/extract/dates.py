"""The dates field family: issue_date, event_start, event_end (and fuzzy_dates extras).

The issue date is the document's own 成文日期 (see `dates_issue`); the event dates are
the campaign week's period or its opening day (see `dates_event`). Fuzzy or tentative
times stated for the week are kept under the extra field `fuzzy_dates` so researchers
still see "11月中旬" where no day can be given.
"""
from __future__ import annotations

from pipeline.extract.base import Context, Fields
from pipeline.extract.dates_event import find_event
from pipeline.extract.dates_issue import issue_date
from pipeline.extract.registry import register


@register("dates", provides=("issue_date", "event_start", "event_end"), after=("header",))
def extract(ctx: Context) -> Fields:
    out = Fields()
    issued = issue_date(ctx)
    out.set("issue_date", issued[0] if issued else None, issued[1] if issued else None)
    event, fuzzy = find_event(ctx)
    if event:
        start, end, evidence = event
        out.set("event_start", start, evidence)
        out.set("event_end", end, evidence)
    else:
        out.set("event_start", None)
        out.set("event_end", None)
    out.set("fuzzy_dates", fuzzy)
    return out
