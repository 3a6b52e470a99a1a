#!/usr/bin/env python3
"""Writes list articles for the extraction benchmark: an office's list of partner cities, as a table with bars
(序号 | 国家 | 城市 | 结好时间) and as numbered lines (1. 日本X市（1985年）), of 25, 100 and 400 rows, under a heading
that names the ties. The partners are cities of the bundled Wikidata labels (src/main/resources/refdata/wikidata/
labels.tsv, CC0), taken in file order; the years are made up. Each row reads upward to its list's heading, so a
reader that walks the rows above every row is quadratic in the list's length; these files show it.

    python3 bench/extract/lists.py [OUT_DIR]     (default bench/work/lists)
    bench/extract/run.sh --articles bench/work/lists
"""
import csv
import os
import sys

root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "bench", "work", "lists")
os.makedirs(out, exist_ok=True)
labels = os.path.join(root, "src", "main", "resources", "refdata", "wikidata", "labels.tsv")
rows = []
with open(labels, encoding="utf-8") as f:
    for r in csv.DictReader(f, delimiter="\t"):
        name, country = r["name_zh"], r["group_zh"]
        if r["kind"] == "city" and country not in ("中国", "") and 2 <= len(name) <= 6 and name.isalpha():
            rows.append((country, name))
for n in (25, 100, 400):
    for style in ("table", "lines"):
        lines = ["西安市国际友好城市一览表", "", f"截至2024年底，西安市已与{n}个城市建立友好城市关系，名单如下："]
        if style == "table":
            lines.append("序号 | 国家 | 城市 | 结好时间")
        for i, (country, name) in enumerate(rows[:n]):
            year = 1975 + i % 48
            lines.append(f"{i + 1} | {country} | {name} | {year}年" if style == "table" else f"{i + 1}. {country}{name}（{year}年）")
        with open(os.path.join(out, f"{style}{n:04d}.txt"), "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
print(f"wrote 6 list articles to {out}")
