"""Regenerate resources/basemap/countries.geojson: Natural Earth 1:110m country outlines (public domain).

Source: the naturalearth_lowres shapefile inside the geopandas 0.14.4 wheel (PyPI), read with pyshp.
Natural Earth already splits polygons at the antimeridian, so no ring crosses 180°.

    python -m pip download --no-deps geopandas==0.14.4 -d /tmp/gp && python -m pip install pyshp
    python tools/make_basemap.py /tmp/gp/geopandas-0.14.4-py3-none-any.whl
"""

import io
import json
import sys
import zipfile
from pathlib import Path

import shapefile  # pyshp, needed only to regenerate the file

OUT = Path(__file__).resolve().parents[1] / "resources" / "basemap" / "countries.geojson"
BASE = "geopandas/datasets/naturalearth_lowres/naturalearth_lowres"


def main(wheel: str) -> None:
    z = zipfile.ZipFile(wheel)
    reader = shapefile.Reader(
        shp=io.BytesIO(z.read(BASE + ".shp")),
        dbf=io.BytesIO(z.read(BASE + ".dbf")),
        shx=io.BytesIO(z.read(BASE + ".shx")),
        encoding="latin-1",
    )
    features = []
    for sr in reader.shapeRecords():
        geom = sr.shape.__geo_interface__

        def rnd(c):
            return [rnd(x) for x in c] if isinstance(c[0], (list, tuple)) else [round(c[0], 3), round(c[1], 3)]

        geom = {"type": geom["type"], "coordinates": rnd(geom["coordinates"])}
        rec = sr.record.as_dict()
        features.append(
            {
                "type": "Feature",
                "properties": {"name": rec["name"], "iso_a3": rec["iso_a3"], "continent": rec["continent"]},
                "geometry": geom,
            }
        )
    fc = {
        "type": "FeatureCollection",
        "attribution": "Natural Earth 1:110m admin-0 countries, public domain (naturalearthdata.com)",
        "features": features,
    }
    OUT.write_text(json.dumps(fc, separators=(",", ":"), ensure_ascii=False), encoding="utf-8")
    print(f"wrote {OUT} ({OUT.stat().st_size:,} bytes, {len(features)} countries)")


if __name__ == "__main__":
    main(sys.argv[1])
