#!/usr/bin/env python3
"""South Korea's municipalities (si, gun, gu) with their names in hanja, as the compact TSV youcheng loads.

    git show HEAD:codebook/codebook-20100401-06-translation.csv > translation.csv   # in a clone of the repository
    python3 refdata/korea/convert.py translation.csv > src/main/resources/refdata/korea/municipalities.tsv

The source is the codebook of KOSTAT's administrative codes of 1 April 2010 with the names' English and Chinese
(hanja) renderings, as published by Team POPONG in the public repository southkorea/southkorea-population (file
codebook/codebook-20100401-06-translation.csv; columns code, ko, en, cn), under the Creative Commons Attribution 3.0
licence. A code of two digits is a province (시도), of five a municipality (시군구: 시 city, 군 county, 구 district),
of seven a submunicipality (읍면동), left out here. Kept per municipality: its code, its province's English name and
hanja, its name in hangul, in Latin letters (Revised Romanization, with its designation: Buan-gun) and in hanja
(traditional characters, as written: 扶安郡; youcheng simplifies them when it loads the file), and its designation.
"""
import csv
import sys

DESIGNATIONS = {"시": "si", "군": "gun", "구": "gu"}


def main(path):
    rows = [r for r in csv.reader(open(path, encoding="utf-8")) if r and r[0].strip().isdigit()]
    provinces = {r[0]: r for r in rows if len(r[0]) == 2}
    out = sys.stdout
    out.write("code\tprovince_en\tprovince_hanja\tname_ko\tname_en\tname_hanja\tdesignation\n")
    for r in rows:
        code, ko, en, cn = (c.strip() for c in r[:4])
        if len(code) != 5 or ko[-1:] not in DESIGNATIONS or not cn:
            continue
        province = provinces[code[:2]]
        out.write("\t".join([code, province[2].strip(), province[3].strip(), ko, en, cn, DESIGNATIONS[ko[-1]]]) + "\n")


if __name__ == "__main__":
    main(sys.argv[1])
