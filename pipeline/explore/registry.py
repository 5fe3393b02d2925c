"""Every Explore chart by name, in the order the page and the report show them."""
from __future__ import annotations

from pipeline.explore.base import Chart
from pipeline.explore.charts_activity import Activity
from pipeline.explore.charts_committees import Committees
from pipeline.explore.charts_coverage import Coverage
from pipeline.explore.charts_lead_time import LeadTime
from pipeline.explore.charts_organizers import Organizers
from pipeline.explore.charts_participation import Participation
from pipeline.explore.charts_themes import Themes


class UnknownChart(KeyError):
    """A chart name that is not registered; the message lists the valid names."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else "unknown chart"


def _charts() -> dict[str, Chart]:
    charts: list[Chart] = [Activity(), Themes(), Participation(), Committees(), Organizers(), LeadTime(), Coverage()]
    return {c.name: c for c in charts}


CHARTS: dict[str, Chart] = _charts()


def get_chart(name: str) -> Chart:
    """The chart called `name`; UnknownChart (a KeyError) names the valid ones."""
    try:
        return CHARTS[name]
    except KeyError:
        raise UnknownChart(f"unknown chart {name!r}; valid charts: {', '.join(CHARTS)}") from None
