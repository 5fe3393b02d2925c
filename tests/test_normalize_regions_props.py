"""Property tests for the region normaliser over cpca's whole dataset (hypothesis).

Any division of the dataset, written inside arbitrary non-Chinese filler, must be found
at its exact offsets; a full province+prefecture+county chain must resolve to the county;
and scanning any text must give non-overlapping mentions whose surface is the text.
"""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.normalize.regions import CITY, COUNTY, PROVINCE, Place, chain, gazetteer, to_region

_G = gazetteer()
_NAMED = sorted({p for places in _G.by_name.values() for p in places}, key=lambda p: p.code)
_COUNTIES = [p for p in _NAMED if p.rank == COUNTY and _G.parent(p, CITY) and _G.parent(p, PROVINCE)]
_filler = st.text(alphabet=st.characters(codec="ascii", categories=("L", "N", "Zs", "P")), max_size=12)


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(_NAMED), _filler, _filler)
def test_any_division_is_found_at_its_offsets(place: Place, before: str, after: str) -> None:
    text = before + place.name + after
    hits = [m for m in _G.scan(text) if m.start == len(before)]
    assert hits and hits[0].surface == place.name and place in hits[0].places


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(_COUNTIES))
def test_full_chain_resolves_to_the_county(county: Place) -> None:
    city, province = _G.parent(county, CITY), _G.parent(county, PROVINCE)
    assert city is not None and province is not None
    text = province.name + city.name + county.name
    found = chain(_G.chain_before(text, len(text)))
    assert found is not None and found.within(province)
    if found == county:
        region = to_region(found)
        assert (region.province, region.city, region.county, region.code) == (
            province.name, city.name, county.name, county.code)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF) | st.sampled_from("省市县区 ,。"),
               max_size=60))
def test_scan_gives_ordered_non_overlapping_true_surfaces(text: str) -> None:
    last_end = 0
    for mention in _G.scan(text):
        assert last_end <= mention.start < mention.end <= len(text)
        assert text[mention.start:mention.end] == mention.surface and mention.places
        last_end = mention.end


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(_NAMED))
def test_region_keeps_code_and_level(place: Place) -> None:
    region = to_region(place)
    assert region.code == place.code
    assert region.level == {PROVINCE: "province", CITY: "city", COUNTY: "county"}[place.rank]
    if place.rank == PROVINCE:
        assert region.province == place.name
