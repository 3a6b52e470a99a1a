#!/usr/bin/env python3
"""Writes a corpus of general national news for the extraction benchmark, from a local clone of the public
repository china-data/xwlb (transcripts of CCTV's 新闻联播 as JSON, one file a day; MIT-licensed repository, the
texts CCTV's: they stay outside this project). Every item of 1,500 days drawn with a fixed seed becomes one article
(its title, then its text) when it names a tie word (友好, 友城, 姐妹, 缔结, 结好; at most 2,500 such items) or,
for about one item in seven, when it does not (at most 1,500): news as an office's clippings hold it, most of it
about no tie.

    python3 bench/extract/news.py XWLB_CLONE [OUT_DIR]     (default bench/work/news)
    bench/extract/run.sh --articles bench/work/news
"""
import html
import json
import os
import random
import re
import subprocess
import sys

repo = sys.argv[1]
root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
out = sys.argv[2] if len(sys.argv) > 2 else os.path.join(root, "bench", "work", "news")
os.makedirs(out, exist_ok=True)


def git(*args):
    return subprocess.run(["git", "-C", repo, *args], capture_output=True, text=True, check=True).stdout


days = sorted(f for f in git("ls-tree", "-r", "--name-only", "HEAD").split() if f.startswith("assets/") and f.endswith(".json"))
random.seed(7)
random.shuffle(days)
n = tied = other = 0
for day in days[:1500]:
    try:
        items = json.loads(git("show", "HEAD:" + day)).get("videoList", [])
    except (json.JSONDecodeError, subprocess.CalledProcessError):
        continue
    for item in items:
        detail = item.get("video_detail", "")
        detail = detail if isinstance(detail, str) else repr(detail)
        m = re.search(r"'content': '(.*?)'(?:, '|\}$)", detail, re.S)
        if not m:
            continue
        text = re.sub(r"<br\s*/?>|</p>", "\n", m.group(1))
        text = html.unescape(re.sub(r"<[^>]+>", "", text)).replace("\\n", "\n")
        body = item.get("video_title", "").replace("[视频]", "") + "\n" + text.strip() + "\n"
        if any(w in body for w in ("友好", "友城", "姐妹", "缔结", "结好")) and tied < 2500:
            tied += 1
        elif other < 1500 and random.random() < 0.15:
            other += 1
        else:
            continue
        n += 1
        with open(os.path.join(out, f"x{n:05d}.txt"), "w", encoding="utf-8") as f:
            f.write(body)
print(f"wrote {n} articles to {out} ({tied} with a tie word)")
