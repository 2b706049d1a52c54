"""Basemap packs: cut a region out of a large MBTiles file (estimated first), describe packs, pick the best."""

import json
import sqlite3

import pytest

from fieldkit import mbtiles
from fieldkit.cli import main
from fieldkit.errors import FieldkitError

from .test_maps import make_mbtiles

BISSAU = (-17.0, 10.5, -13.5, 13.0)


def world_pack(path, zooms=range(0, 9), data=b"tile", attribution="HQ GIS cell"):
    """Every tile of ``zooms`` over the world (TMS rows), as make_mbtiles writes them."""
    tiles = {}
    for z in zooms:
        for x in range(2**z):
            for y in range(2**z):
                tiles[(z, x, y)] = data + f"{z}/{x}/{y}".encode()
    p = make_mbtiles(path, tiles)
    conn = sqlite3.connect(p)
    conn.execute("UPDATE metadata SET value = ? WHERE name = 'maxzoom'", [str(max(zooms))])
    conn.execute("UPDATE metadata SET value = ? WHERE name = 'attribution'", [attribution])
    conn.commit()
    conn.close()
    return p


def test_cut_keeps_exactly_the_tiles_of_the_box_and_zooms_and_the_estimate_says_so(tmp_path):
    src = world_pack(tmp_path / "world.mbtiles")
    est = mbtiles.estimate_cut(src, BISSAU, (5, 8))
    out = mbtiles.cut(src, BISSAU, (5, 8), tmp_path / "gw.mbtiles")
    assert out["tiles"] == est["tiles"] > 0
    pack = mbtiles.MBTiles(tmp_path / "gw.mbtiles")
    want = set()
    for z in range(5, 9):
        x0, y0, x1, y1 = mbtiles.tile_range(BISSAU, z)
        want |= {(z, x, y) for x in range(x0, x1 + 1) for y in range(y0, y1 + 1)}
    got = {
        (z, x, (2**z - 1) - r) for z, x, r in pack.conn.execute("SELECT zoom_level, tile_column, tile_row FROM tiles")
    }
    assert got == want
    z, x, y = 8, *mbtiles.tile_range(BISSAU, 8)[:2]
    assert pack.tile(z, x, y) == f"tile{z}/{x}/{(2**z - 1) - y}".encode()  # the same bytes, rows still TMS
    assert (pack.minzoom, pack.maxzoom, pack.meta["bounds"]) == (5, 8, "-17,10.5,-13.5,13")
    assert pack.meta["attribution"] == "HQ GIS cell"
    pack.close()
    # Bissau's box at zoom 8: about 3 x 2 tiles of 256 of the world's 256 x 256
    assert [lvl["tiles"] for lvl in est["levels"]] == [len([t for t in want if t[0] == z]) for z in range(5, 9)]


@pytest.mark.parametrize(
    "bounds, zooms",
    [("-13,10,-17,13", "5-8"), ("a,b,c,d", "5-8"), ("-17,10,-13", "5-8"), ("nan,1,2,3", "5"), ("1,2,3,4", "9-5"),
     ("1,2,3,4", "x"), ("1,2,3,4", "5-30")],
)  # fmt: skip
def test_bad_bounds_or_zooms_are_refused_plainly(bounds, zooms):
    with pytest.raises(mbtiles.BasemapError):
        mbtiles.parse_bounds(bounds)
        mbtiles.parse_zooms(zooms)


def test_a_failed_cut_leaves_nothing(tmp_path, monkeypatch):
    src = world_pack(tmp_path / "world.mbtiles", zooms=range(0, 4))
    with pytest.raises(FieldkitError):
        mbtiles.cut(tmp_path / "missing.mbtiles", BISSAU, (0, 3), tmp_path / "a.mbtiles")
    real = sqlite3.connect

    def full_disk(*a, **k):
        conn = real(*a, **k)
        conn.execute("PRAGMA max_page_count = 3")  # the disk fills up while writing
        return conn

    monkeypatch.setattr(mbtiles.sqlite3, "connect", full_disk)
    with pytest.raises(FieldkitError) as e:
        mbtiles.cut(src, BISSAU, (0, 3), tmp_path / "b.mbtiles")
    assert "full" in e.value.message.lower()
    monkeypatch.undo()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["world.mbtiles"]
    (tmp_path / "c.mbtiles").write_bytes(b"x")
    with pytest.raises(mbtiles.BasemapError):
        mbtiles.cut(src, BISSAU, (0, 3), tmp_path / "c.mbtiles")  # never overwrites


def test_the_best_pack_for_a_view_and_per_tile(ws, tmp_path):
    world = world_pack(tmp_path / "world.mbtiles", zooms=range(0, 7), data=b"W", attribution="World")
    mbtiles.add_basemap(ws, world)
    mbtiles.cut(
        world_pack(tmp_path / "big.mbtiles", zooms=range(0, 9), data=b"L"), BISSAU, (5, 8), tmp_path / "gw.mbtiles"
    )
    mbtiles.add_basemap(ws, tmp_path / "gw.mbtiles")
    infos = mbtiles.packs(ws)
    assert [i["file"] for i in infos] == ["gw.mbtiles", "world.mbtiles"]
    assert mbtiles.best_pack(infos, (-16, 11, -15, 12), 7)["file"] == "gw.mbtiles"
    assert mbtiles.best_pack(infos, (20, 40, 21, 41), 7)["file"] == "world.mbtiles"  # outside Guinea-Bissau
    assert mbtiles.best_pack(infos, (-16, 11, -15, 12), 2)["file"] == "world.mbtiles"  # the local pack starts at 5
    ws.settings.set("basemap", mbtiles.AUTO)
    auto = mbtiles.active_basemap(ws)
    x, y = mbtiles.tile_range(BISSAU, 6)[:2]
    assert auto.tile(6, x, y).startswith(b"L") and auto.tile(6, 0, 0).startswith(b"W")
    x8, y8 = mbtiles.tile_range(BISSAU, 8)[:2]
    assert auto.tile(8, x8, y8).startswith(b"L") and auto.tile(8, 0, 0) is None
    assert (auto.minzoom, auto.maxzoom) == (0, 8) and auto.meta["attribution"] == "HQ GIS cell | World"
    auto.close()


def test_cli_cut_estimate_list_and_use_auto(tmp_path, capsys, ws):
    src = world_pack(tmp_path / "world.mbtiles", zooms=range(0, 7))
    folder = str(ws.folder)
    ws.close()
    assert main(["basemap", "cut", str(src), "--bounds=-17,10.5,-13.5,13", "--zooms", "3-6", "--estimate",
                 "--format", "json", str(tmp_path / "gw.mbtiles")]) == 0  # fmt: skip
    est = json.loads(capsys.readouterr().out)
    assert est["tiles"] > 0 and not (tmp_path / "gw.mbtiles").exists()
    out = tmp_path / "gw.mbtiles"
    assert main(["basemap", "cut", str(src), "--bounds=-17,10.5,-13.5,13", "--zooms", "3-6", str(out)]) == 0
    assert f"{est['tiles']:,} tiles" in capsys.readouterr().out
    bad = ["basemap", "cut", str(src), "--bounds=-13,10,-17,13", "--zooms", "3-6", str(tmp_path / "x.mbtiles")]
    assert main(bad) != 0
    assert "west must be less than east" in capsys.readouterr().err
    assert main(["--data-dir", folder, "basemap", "add", str(out)]) == 0
    assert main(["--data-dir", folder, "basemap", "use", "auto"]) == 0
    capsys.readouterr()
    assert main(["--data-dir", folder, "basemap", "list"]) == 0
    text = capsys.readouterr().out
    assert "gw.mbtiles  zooms 3-6, covers -17,10.5,-13.5,13" in text and "auto" in text
    assert main(["--data-dir", folder, "basemap", "list", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["current"] == "auto" and data["basemaps"] == ["gw.mbtiles"] and data["packs"][0]["maxzoom"] == 6
