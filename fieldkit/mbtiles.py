"""MBTiles basemaps (SQLite, tiles stored in TMS order: row = 2^zoom - 1 - y)."""

from __future__ import annotations

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


def active_basemap(ws) -> MBTiles | None:
    name = ws.settings.get("basemap")
    if not name:
        return None
    path = basemaps_dir(ws) / name
    if not path.exists():
        return None
    try:
        return MBTiles(path)
    except FieldkitError:
        return None
