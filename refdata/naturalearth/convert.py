#!/usr/bin/env python3
"""Converts Natural Earth 1:10m populated places (GeoJSON) into the compact TSV that youcheng loads.

    python3 refdata/naturalearth/convert.py ne_10m_populated_places.json \
        > src/main/resources/refdata/naturalearth/populated-places.tsv

The GeoJSON comes from the repository martynafford/natural-earth-geojson, file
10m/cultural/ne_10m_populated_places.7z (unpack with 7z). Chinese names are kept as written (some are
traditional); youcheng simplifies them when it loads the file. Research stations and historic places are left out.
"""
import json
import sys

SKIP = {"Scientific station", "Meteorological Station", "Historic place"}
# Natural Earth leaves ISO_A2 as -99 for a few disputed areas; their sovereign's code is the registry's country
SOVEREIGN = {"SOL": "SO", "KOS": "XK", "CYN": "CY"}


def clean(value):
    return "" if value is None else str(value).replace("\t", " ").replace("\n", " ").strip()


def main(path):
    features = json.load(open(path, encoding="utf-8"))["features"]
    out = sys.stdout
    out.write("geonameid\twikidata\tcountry\tclass\tname\tname_en\tname_zh\talt\tadm1\tpop_max\tlat\tlng\n")
    rows = []
    for f in features:
        p = f["properties"]
        if p.get("FEATURECLA") in SKIP:
            continue
        country = p.get("ISO_A2")
        if country in (None, "", "-99"):
            country = SOVEREIGN.get(p.get("SOV_A3"))
        if not country:
            continue
        alt = []
        for field in ("NAMEALT", "NAMEPAR", "LS_NAME", "NAMEASCII", "MEGANAME"):
            for a in clean(p.get(field)).replace(", ", "|").split("|"):
                a = a.strip()
                if a and a not in alt and a != p.get("NAME") and a != p.get("NAME_EN"):
                    alt.append(a)
        geonameid = p.get("GEONAMEID")
        rows.append([
            "" if geonameid in (None, -1, -1.0) else str(int(geonameid)),
            clean(p.get("wikidataid")),
            country,
            clean(p.get("FEATURECLA")),
            clean(p.get("NAME")),
            clean(p.get("NAME_EN")),
            clean(p.get("NAME_ZH")),
            "|".join(alt),
            clean(p.get("ADM1NAME")),
            str(int(p["POP_MAX"])) if p.get("POP_MAX") not in (None, -99) else "",
            "%.5f" % p["LATITUDE"],
            "%.5f" % p["LONGITUDE"],
        ])
    rows.sort(key=lambda r: (r[2], r[4], r[0]))
    for r in rows:
        out.write("\t".join(r) + "\n")


if __name__ == "__main__":
    main(sys.argv[1])
