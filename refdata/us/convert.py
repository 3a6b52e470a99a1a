#!/usr/bin/env python3
"""The counties of the United States (and Louisiana's parishes) by name and state, as the compact TSV youcheng loads.

    npm pack us-atlas@3.0.1 && tar xzf us-atlas-3.0.1.tgz
    python3 refdata/us/convert.py package/counties-10m.json > src/main/resources/refdata/us/counties.tsv

The source is the npm package us-atlas 3.0.1 (ISC licence, Mike Bostock), pre-built TopoJSON of the U.S. Census
Bureau's cartographic boundary files (public domain): each county's five-digit FIPS code (state, county) and name,
each state's two-digit code and name. Only the codes and names are kept, the shapes are not. Left out: Alaska's
boroughs and census areas (the file does not say which is which), the independent cities of Virginia, Maryland,
Missouri and Nevada (county codes 510 and above: they are cities, which the gazetteer has), the District of Columbia,
and the territories (Puerto Rico's municipios and the island areas, which ISO codes as countries of their own).
"""
import json
import sys

STATES_50 = {f"{n:02d}" for n in range(1, 57)} - {"03", "07", "11", "14", "43", "52", "02"}
INDEPENDENT_CITY_STATES = {"51", "24", "29", "32"}


def main(path):
    topo = json.load(open(path, encoding="utf-8"))
    states = {g["id"]: g["properties"]["name"] for g in topo["objects"]["states"]["geometries"]}
    out = sys.stdout
    out.write("fips\tstate\tname\tdesignation\n")
    for g in sorted(topo["objects"]["counties"]["geometries"], key=lambda g: g["id"]):
        fips, name = g["id"], g["properties"]["name"]
        state = fips[:2]
        if state not in STATES_50 or (state in INDEPENDENT_CITY_STATES and int(fips[2:]) >= 510):
            continue
        out.write("\t".join([fips, states[state], name, "Parish" if state == "22" else "County"]) + "\n")


if __name__ == "__main__":
    main(sys.argv[1])
