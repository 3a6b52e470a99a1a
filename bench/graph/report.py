"""Reads the results of one run of bench/graph/run.sh and prints the table of seconds and ratios (Markdown), with
the checks that the three implementations gave the same answers.

usage: report.py WORK_DIR
"""
import json
import sys

TARGET_NX = 20.0


def load(path):
    with open(path) as f:
        return json.loads(f.read().strip().splitlines()[-1])


def main(work):
    rows, checks = [], []
    for graph, label in (("bundled", "bundled network"), ("pa", "preferential attachment")):
        j = load(f"{work}/{graph}-youcheng.json")
        p = load(f"{work}/{graph}-peers.json")
        size = f"{label} ({j['vertices']:,} places, {j['edges']:,} ties)"
        for metric, seconds in j["youcheng"].items():
            ig, nx = p["igraph"][metric], p["networkx"][metric]
            vs_nx = nx / seconds if seconds > 0 else float("inf")
            vs_ig = ig / seconds if seconds > 0 else float("inf")
            met = "met" if vs_nx >= TARGET_NX and vs_ig >= 1 else "**not met**"
            rows.append(f"| {size} | {metric} | {fmt(seconds)} | {fmt(ig)} | {fmt(nx)} | {vs_ig:,.1f}x | "
                        f"{vs_nx:,.1f}x | {met} |")
            size = ""
        c, pc = j["check"], p["check"]
        if "youcheng_betweenness_top" in c:
            same = c["youcheng_betweenness_top"][:10] == pc["igraph_betweenness_top"][:10]
            checks.append(f"{graph}: top 10 by betweenness, youcheng = igraph: {same} "
                          f"({', '.join(c['youcheng_betweenness_top'][:10])}); "
                          f"= NetworkX: {c['youcheng_betweenness_top'][:10] == pc['networkx_betweenness_top'][:10]}")
        if "youcheng_pagerank" in c:
            diff = max(abs(c["youcheng_pagerank"][k] - pc["igraph_pagerank"].get(k, 0)) for k in c["youcheng_pagerank"])
            checks.append(f"{graph}: PageRank of the top 100, largest difference from igraph: {diff:.2e}; "
                          f"top 10 the same: {c['youcheng_pagerank_top'][:10] == pc['igraph_pagerank_top'][:10]}")
        if "youcheng_components" in c:
            checks.append(f"{graph}: components (count, largest five) youcheng {c['youcheng_components']}, "
                          f"igraph {pc['igraph_components']}, NetworkX {pc['networkx_components']}")
        if "youcheng_bfs" in c:
            checks.append(f"{graph}: sum of all BFS distances youcheng {c['youcheng_bfs']}, igraph {pc['igraph_bfs']}, "
                          f"NetworkX {pc['networkx_bfs']}")
    print("| graph | metric | youcheng (s) | igraph (s) | NetworkX (s) | igraph / youcheng | NetworkX / youcheng "
          "| target |")
    print("| --- | --- | ---: | ---: | ---: | ---: | ---: | --- |")
    print("\n".join(rows))
    print()
    for line in checks:
        print("- " + line)


def fmt(s):
    return f"{s * 1000:.2f} ms" if s < 1 else f"{s:.2f} s"


if __name__ == "__main__":
    main(sys.argv[1])
