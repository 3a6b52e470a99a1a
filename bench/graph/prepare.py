"""Writes the benchmark's inputs: a fixed-seed preferential-attachment graph, and for each edge list the 100
vertices of highest degree (ties by name), the BFS sources all three implementations share.

usage: prepare.py generate OUT_EDGES [--places 200000] [--ties 1000000] [--seed 7]
       prepare.py sources EDGES OUT_SOURCES [--count 100]
"""
import argparse
import random
from collections import Counter


def generate(out, places, ties, seed):
    # Barabasi-Albert style: each new place ties to `per` distinct earlier places chosen in proportion to their
    # degree (a uniform pick from the list of every tie end seen so far), so a few hubs collect many ties.
    rng = random.Random(seed)
    per = ties // places
    core = per + 2
    # the first `extra` new places make one more tie, so that the total comes to `ties` exactly
    extra = ties - core * (core - 1) // 2 - per * (places - core)
    ends = []
    with open(out, "w") as f:
        f.write("source\ttarget\n")
        for a in range(core):  # a small complete core to start from
            for b in range(a + 1, core):
                f.write(f"{a}\t{b}\n")
                ends += (a, b)
        written = core * (core - 1) // 2
        for v in range(core, places):
            want = per + (1 if v - core < extra else 0)
            chosen = set()
            while len(chosen) < want:
                chosen.add(ends[rng.randrange(len(ends))])
            for u in chosen:
                f.write(f"{v}\t{u}\n")
                ends += (v, u)
            written += want
    return written


def sources(edges, out, count):
    degree = Counter()
    with open(edges) as f:
        next(f)
        for line in f:
            a, b = line.rstrip("\n").split("\t")
            if a != b:
                degree[a] += 1
                degree[b] += 1
    top = sorted(degree, key=lambda v: (-degree[v], v))[:count]
    with open(out, "w") as f:
        f.write("\n".join(top) + "\n")


if __name__ == "__main__":
    p = argparse.ArgumentParser()
    p.add_argument("what", choices=["generate", "sources"])
    p.add_argument("paths", nargs="+")
    p.add_argument("--places", type=int, default=200_000)
    p.add_argument("--ties", type=int, default=1_000_000)
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--count", type=int, default=100)
    a = p.parse_args()
    if a.what == "generate":
        print(generate(a.paths[0], a.places, a.ties, a.seed), "ties written")
    else:
        sources(a.paths[0], a.paths[1], a.count)
