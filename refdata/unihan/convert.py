#!/usr/bin/env python3
"""Keeps the Korean reading of each Chinese character, as the compact TSV youcheng loads.

    apt-get download unicode-data && dpkg-deb -x unicode-data_*.deb unicode-data
    python3 refdata/unihan/convert.py unicode-data/usr/share/unicode \\
        > src/main/resources/refdata/unihan/hangul.tsv

The Unihan database (Debian's unicode-data package, Unicode 15.0: Unihan_Readings.txt and Unihan_Variants.txt) gives
each character its Sino-Korean reading in hangul (kHangul: the reading marked E, the character's own, else the first:
陰 음, 羅 라 rather than its word-initial form 나; youcheng applies the initial-sound rule itself). Korean place names are written
in these characters (陰城郡 is 음성군, Eumseong County), and Chinese tables write them in simplified characters (阴城):
a simplified character without a reading of its own takes its traditional form's (阴 from 陰).
"""
import bz2
import os
import sys


def rows(path, field):
    with bz2.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            if line.startswith("U+"):
                code, name, value = line.rstrip("\n").split("\t", 2)
                if name == field:
                    yield chr(int(code[2:], 16)), value


def main(root):
    reading = {}
    for char, value in rows(os.path.join(root, "Unihan_Readings.txt.bz2"), "kHangul"):
        # a reading marked E is the character's own one (羅 라); the others are its forms at the start of a word (나)
        readings = [r.split(":") for r in value.split()]
        own = [r[0] for r in readings if len(r) > 1 and "E" in r[1]]
        reading[char] = own[0] if own else readings[0][0]
    for char, value in rows(os.path.join(root, "Unihan_Variants.txt.bz2"), "kSimplifiedVariant"):
        if char not in reading:
            continue
        for variant in value.split():
            simplified = chr(int(variant.split("<")[0][2:], 16))
            reading.setdefault(simplified, reading[char])
    out = sys.stdout
    out.write("char\thangul\n")
    for char in sorted(reading):
        out.write(char + "\t" + reading[char] + "\n")


if __name__ == "__main__":
    main(sys.argv[1])
