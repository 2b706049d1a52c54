"""MBTiles basemaps (SQLite, tiles stored in TMS order: row = 2^zoom - 1 - y)."""

from __future__ import annotations

import math
import os
import shutil
import sqlite3
from pathlib import Path

from .errors import FieldkitError

MIME = {
    "png": "image/png",
    "jpg": "image/jpeg",
    "jpeg": "image/jpeg",
    "webp": "image/webp",
    "pbf": "application/x-protobuf",
}


class MBTiles:
    def __init__(self, path: Path | str):
        self.path = Path(path)
        try:
            self.conn = sqlite3.connect(f"file:{self.path.as_posix()}?mode=ro", uri=True, check_same_thread=False)
            self.meta = dict(self.conn.execute("SELECT name, value FROM metadata").fetchall())
            self.conn.execute("SELECT zoom_level, tile_column, tile_row, tile_data FROM tiles LIMIT 1").fetchall()
        except sqlite3.Error as e:
            raise FieldkitError(
                "{file} is not a readable MBTiles file ({error}).", file=self.path.name, error=str(e)
            ) from e
        self.format = (self.meta.get("format") or "png").lower()
        if self.format not in MIME or self.format == "pbf":
            raise FieldkitError(
                "{file} holds {fmt} tiles; FieldKit shows raster tiles (png, jpg, webp).",
                file=self.path.name,
                fmt=self.format,
            )
        zooms = self.conn.execute("SELECT min(zoom_level), max(zoom_level) FROM tiles").fetchone()
        try:
            self.minzoom = int(self.meta.get("minzoom", zooms[0] if zooms[0] is not None else 0))
            self.maxzoom = int(self.meta.get("maxzoom", zooms[1] if zooms[1] is not None else 0))
        except (TypeError, ValueError):
            raise FieldkitError(
                "{file} is not a readable MBTiles file (its zoom levels are not numbers).", file=self.path.name
            ) from None

    @property
    def mime(self) -> str:
        return MIME[self.format]

    @property
    def name(self) -> str:
        return self.meta.get("name") or self.path.stem

    def tile(self, z: int, x: int, y: int) -> bytes | None:
        """The tile at XYZ (web, y down) coordinates, or None."""
        if z < 0 or x < 0 or y < 0 or x >= 2**z or y >= 2**z:
            return None
        row = self.conn.execute(
            "SELECT tile_data FROM tiles WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?",
            [z, x, (2**z - 1) - y],
        ).fetchone()
        return bytes(row[0]) if row else None

    def close(self):
        self.conn.close()


def basemaps_dir(ws) -> Path:
    return ws.folder / "basemaps"


def add_basemap(ws, src: Path | str) -> Path:
    src = Path(src)
    MBTiles(src).close()  # refuse anything unreadable before copying
    dest_dir = basemaps_dir(ws)
    dest_dir.mkdir(parents=True, exist_ok=True)
    dest = dest_dir / src.name
    if dest.resolve() != src.resolve():
        shutil.copyfile(src, dest)
    ws.settings.set("basemap", dest.name)
    return dest


def list_basemaps(ws) -> list[Path]:
    d = basemaps_dir(ws)
    return sorted(d.glob("*.mbtiles")) if d.exists() else []


AUTO = "auto"  # the basemap setting for "the best pack for the view"


def active_basemap(ws) -> MBTiles | PackSet | None:
    name = ws.settings.get("basemap")
    if not name:
        return None
    if name == AUTO:
        return PackSet.of(ws)
    path = basemaps_dir(ws) / name
    if not path.exists():
        return None
    try:
        return MBTiles(path)
    except FieldkitError:
        return None


# ---------------------------------------------------------------------------------------------------------------
# basemap packs: cut a region out of a large MBTiles file, describe the packs, pick the best for a view
# ---------------------------------------------------------------------------------------------------------------
class BasemapError(FieldkitError):
    """A basemap pack cannot be cut or read as asked (bounds, zooms, source)."""


MAX_LAT = 85.0511287798  # Web Mercator's limit


def parse_bounds(text: str) -> tuple[float, float, float, float]:
    """'W,S,E,N' in degrees -> (west, south, east, north)."""
    try:
        w, s, e, n = (float(v) for v in str(text).split(","))
    except ValueError:
        raise BasemapError(
            "'{text}' is not a box; write it W,S,E,N in degrees, e.g. -17,10,-13,13.", text=text
        ) from None
    if not all(math.isfinite(v) for v in (w, s, e, n)) or not (-180 <= w < e <= 180 and -90 <= s < n <= 90):
        raise BasemapError(
            "'{text}' is not a box: west must be less than east (-180 to 180), south less than north (-90 to 90).",
            text=text,
        )
    return w, s, e, n


def parse_zooms(text: str) -> tuple[int, int]:
    """'5-12' (or '8') -> (5, 12)."""
    parts = str(text).split("-")
    try:
        lo, hi = (int(parts[0]), int(parts[-1])) if len(parts) <= 2 else (None, None)
    except ValueError:
        lo = hi = None
    if lo is None or not (0 <= lo <= hi <= 22):
        raise BasemapError("'{text}' is not a range of zoom levels; write it e.g. 5-12 (0 to 22).", text=text)
    return lo, hi


def tile_range(bounds, z: int) -> tuple[int, int, int, int]:
    """The XYZ tiles (x0, y0, x1, y1, inclusive, y down) covering ``bounds`` at zoom ``z``."""
    w, s, e, n = bounds
    count = 1 << z

    def x_of(lon):
        return min(count - 1, max(0, int((lon + 180.0) / 360.0 * count)))

    def y_of(lat):
        lat = max(-MAX_LAT, min(MAX_LAT, lat))
        r = math.radians(lat)
        return min(count - 1, max(0, int((1 - math.log(math.tan(r) + 1 / math.cos(r)) / math.pi) / 2 * count)))

    return x_of(w), y_of(n), x_of(e), y_of(s)


def _open_source(src: Path | str) -> MBTiles:
    try:
        return MBTiles(src)
    except FieldkitError as e:
        raise BasemapError(e.template, **e.params) from e


def _tms_where(bounds, z) -> tuple[str, list]:
    x0, y0, x1, y1 = tile_range(bounds, z)
    rows = ((1 << z) - 1 - y1, (1 << z) - 1 - y0)  # TMS rows: y flipped
    return (
        "zoom_level = ? AND tile_column BETWEEN ? AND ? AND tile_row BETWEEN ? AND ?",
        [z, x0, x1, rows[0], rows[1]],
    )


def estimate_cut(src: Path | str, bounds, zooms) -> dict:
    """What ``cut`` would write: tiles and bytes per zoom level, and in all (read from the source, nothing
    written)."""
    pack = _open_source(src)
    try:
        levels = []
        for z in range(zooms[0], zooms[1] + 1):
            where, params = _tms_where(bounds, z)
            n, size = pack.conn.execute(
                f"SELECT count(*), coalesce(sum(length(tile_data)), 0) FROM tiles WHERE {where}", params
            ).fetchone()
            levels.append({"zoom": z, "tiles": n, "bytes": size})
    finally:
        pack.close()
    return {
        "levels": levels,
        "tiles": sum(x["tiles"] for x in levels),
        "bytes": sum(x["bytes"] for x in levels),
    }


def cut(src: Path | str, bounds, zooms, out: Path | str) -> dict:
    """Write the tiles of ``src`` within ``bounds`` and ``zooms`` to a new MBTiles file ``out`` (its metadata: the
    source's, with the new bounds and zooms). Written to a temporary file renamed at the end: a failure (a full
    disk) leaves no half pack and no ``out``."""
    out = Path(out)
    src = Path(src)
    if out.exists():
        raise BasemapError("{file} already exists; choose another name for the new pack.", file=out.name)
    if out.resolve() == src.resolve():
        raise BasemapError("The new pack cannot replace its source {file}.", file=src.name)
    pack = _open_source(src)
    meta, fmt = dict(pack.meta), pack.format
    pack.close()
    tmp = out.with_name(out.name + ".part")
    tmp.unlink(missing_ok=True)
    try:
        db = sqlite3.connect(tmp, uri=True)
        try:
            db.execute("CREATE TABLE metadata (name TEXT PRIMARY KEY, value TEXT)")
            db.execute("CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB)")
            db.execute("ATTACH DATABASE ? AS src", [f"file:{src.resolve().as_posix()}?mode=ro"])
            with db:
                for z in range(zooms[0], zooms[1] + 1):
                    where, params = _tms_where(bounds, z)
                    db.execute(
                        "INSERT INTO tiles SELECT zoom_level, tile_column, tile_row, tile_data FROM src.tiles "
                        f"WHERE {where}",
                        params,
                    )
                meta.update(
                    {
                        "bounds": ",".join(f"{v:g}" for v in bounds),
                        "minzoom": str(zooms[0]),
                        "maxzoom": str(zooms[1]),
                        "format": fmt,
                        "name": meta.get("name") or out.stem,
                    }
                )
                meta.pop("center", None)
                db.executemany("INSERT INTO metadata VALUES (?, ?)", sorted(meta.items()))
            db.execute("DETACH DATABASE src")
            db.execute("CREATE UNIQUE INDEX tile_index ON tiles (zoom_level, tile_column, tile_row)")
            tiles = db.execute("SELECT count(*) FROM tiles").fetchone()[0]
            db.commit()
        finally:
            db.close()
        os.replace(tmp, out)
    except (OSError, sqlite3.Error) as e:
        tmp.unlink(missing_ok=True)
        from .storage import explain

        plain = explain(e)
        if plain is not None:
            raise plain from e
        raise BasemapError("The pack could not be written ({error}); nothing was kept.", error=str(e)) from e
    return {"file": str(out), "tiles": tiles, "bytes": out.stat().st_size}


def pack_info(path: Path | str) -> dict:
    """What the pack manager shows of a pack: file, name, format, zooms, coverage (W,S,E,N: its metadata's
    bounds, else the extent of its tiles), size, attribution. All of it is text from the file: shown as text."""
    pack = MBTiles(path)
    try:
        bounds = None
        raw = pack.meta.get("bounds")
        if raw:
            try:
                bounds = list(parse_bounds(raw))
            except BasemapError:
                bounds = None
        if bounds is None:
            row = pack.conn.execute(
                "SELECT zoom_level, min(tile_column), max(tile_column), min(tile_row), max(tile_row) FROM tiles "
                "WHERE zoom_level = (SELECT max(zoom_level) FROM tiles)"
            ).fetchone()
            if row and row[0] is not None:
                z, x0, x1, r0, r1 = row
                count = 1 << z

                def lat_of(y):
                    return math.degrees(math.atan(math.sinh(math.pi * (1 - 2 * y / count))))

                y0, y1 = count - 1 - r1, count - 1 - r0
                bounds = [x0 / count * 360 - 180, lat_of(y1 + 1), (x1 + 1) / count * 360 - 180, lat_of(y0)]
        return {
            "file": pack.path.name,
            "name": str(pack.name),
            "format": pack.format,
            "minzoom": pack.minzoom,
            "maxzoom": pack.maxzoom,
            "bounds": [round(v, 5) for v in bounds] if bounds else None,
            "bytes": pack.path.stat().st_size,
            "attribution": str(pack.meta.get("attribution", "")),
        }
    finally:
        pack.close()


def packs(ws) -> list[dict]:
    """Every readable pack of the workspace (``pack_info``); an unreadable file is listed with its error."""
    out = []
    for p in list_basemaps(ws):
        try:
            out.append(pack_info(p))
        except FieldkitError as e:
            out.append({"file": p.name, "error": e.message})
    return out


def best_pack(infos: list[dict], bbox, zoom: int, touching: bool = False) -> dict | None:
    """The pack to show for a view: of those covering the view's centre (``touching``: any part of it, as for a
    tile), one whose zooms include ``zoom`` (else the nearest), the most detailed (highest max zoom), then the
    smallest area (the local pack before the country one)."""
    w, s, e, n = bbox
    cx, cy = (w + e) / 2, (s + n) / 2
    cands = []
    for p in infos:
        b = p.get("bounds")
        if "error" in p or not b:
            continue
        if touching and not (b[0] < e and w < b[2] and b[1] < n and s < b[3]):
            continue
        if not touching and not (b[0] <= cx <= b[2] and b[1] <= cy <= b[3]):
            continue
        gap = 0 if p["minzoom"] <= zoom <= p["maxzoom"] else min(abs(zoom - p["minzoom"]), abs(zoom - p["maxzoom"]))
        area = (b[2] - b[0]) * (b[3] - b[1])
        cands.append((gap, -p["maxzoom"], area, p["file"], p))
    return min(cands)[-1] if cands else None


class PackSet:
    """Every pack of the workspace as one basemap: each tile asked comes from the best pack that has it
    (``best_pack`` order: zooms that include the tile's, most detailed, smallest area), so the map shows the best
    pack for each part of the view. The same interface as MBTiles for the map (tile, mime, format, zooms, meta)."""

    def __init__(self, opened: list[tuple[dict, MBTiles]]):
        self.packs = opened
        self.format = "png"  # the page's tile URLs end with it; the answer's type is the serving pack's
        self.minzoom = min(i["minzoom"] for i, _ in opened)
        self.maxzoom = max(i["maxzoom"] for i, _ in opened)
        seen = []
        for i, _ in opened:
            if i["attribution"] and i["attribution"] not in seen:
                seen.append(i["attribution"])
        self.meta = {"attribution": " | ".join(seen), "name": "packs"}
        self.name = "packs"
        self._last = opened[0][1]

    @classmethod
    def of(cls, ws) -> PackSet | None:
        opened = []
        for info in packs(ws):
            if "error" not in info and info["bounds"] and info["format"] != "pbf":
                try:
                    opened.append((info, MBTiles(basemaps_dir(ws) / info["file"])))
                except FieldkitError:
                    continue
        return cls(opened) if opened else None

    @property
    def mime(self) -> str:
        return self._last.mime

    def order(self, z: int, x: int, y: int) -> list[MBTiles]:
        count = 1 << z
        w, e = x / count * 360 - 180, (x + 1) / count * 360 - 180

        def lat_of(t):
            return math.degrees(math.atan(math.sinh(math.pi * (1 - 2 * t / count))))

        bbox = (w, lat_of(y + 1), e, lat_of(y))
        infos = [i for i, _ in self.packs]
        out = []
        while infos:
            best = best_pack(infos, bbox, z, touching=True)
            if best is None:
                break
            out.append(next(p for i, p in self.packs if i is best))
            infos = [i for i in infos if i is not best]
        return out

    def tile(self, z: int, x: int, y: int) -> bytes | None:
        for pack in self.order(z, x, y):
            data = pack.tile(z, x, y)
            if data is not None:
                self._last = pack
                return data
        return None

    def close(self):
        for _, p in self.packs:
            p.close()
