"""Runs the graph metrics on NetworkX and python-igraph (Debian's packages: run with /usr/bin/python3) and prints
one JSON object: for each peer and metric the median seconds of its runs, and checksums to compare answers by.

usage: peers.py EDGES SOURCES METRIC,METRIC... [--runs 5] [--nx-runs 1]
metrics: degree pagerank betweenness components bfs
"""
import argparse
import json
import statistics
import sys
import time

import igraph as ig
import networkx as nx


def load(path):
    names, index, edges = [], {}, []
    with open(path) as f:
        next(f)
        for line in f:
            a, b = line.rstrip("\n").split("\t")
            for x in (a, b):
                if x not in index:
                    index[x] = len(names)
                    names.append(x)
            edges.append((index[a], index[b]))
    return names, index, edges


SAMPLE_SECONDS = 0.2


def timed(fn, runs):
    """Median seconds per call over `runs` samples; a quick call is repeated within a sample until the sample
    lasts SAMPLE_SECONDS (as timeit does), so that one time slice lost to another process weighs little."""
    t = time.perf_counter()
    result = fn()
    first = time.perf_counter() - t
    reps = max(1, int(SAMPLE_SECONDS / max(first, 1e-9)))
    if first >= SAMPLE_SECONDS and runs == 1:
        return first, result
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        for _ in range(reps):
            result = fn()
        times.append((time.perf_counter() - t) / reps)
    return statistics.median(times), result


def top(scores, names, k=20):
    order = sorted(range(len(names)), key=lambda v: (-scores[v], names[v]))
    return [names[v] for v in order[:k]]


def main():
    p = argparse.ArgumentParser()
    p.add_argument("edges")
    p.add_argument("sources")
    p.add_argument("metrics")
    p.add_argument("--runs", type=int, default=5)
    p.add_argument("--nx-runs", type=int, default=1)
    a = p.parse_args()
    names, index, edges = load(a.edges)
    with open(a.sources) as f:
        sources = [index[s.strip()] for s in f if s.strip()]
    n = len(names)
    metrics = a.metrics.split(",")

    g = ig.Graph(n=n, edges=edges, directed=False).simplify()
    G = nx.Graph()
    G.add_nodes_from(range(n))
    G.add_edges_from(edges)
    out = {"vertices": n, "edges": g.ecount(), "igraph": {}, "networkx": {}, "check": {}}

    def bfs_ig():
        # distances() is igraph's fastest way to hop counts from Python (3x its bfs()); ten sources at a time
        total = 0
        for k in range(0, len(sources), 10):
            for row in g.distances(source=sources[k:k + 10]):
                total += sum(d for d in row if d != float("inf"))
        return int(total)

    def bfs_nx():
        return sum(sum(nx.single_source_shortest_path_length(G, s).values()) for s in sources)

    def components_nx():
        return sorted((len(c) for c in nx.connected_components(G)), reverse=True)

    peers = {
        "igraph": {
            "degree": lambda: g.degree(),
            "pagerank": lambda: g.pagerank(damping=0.85),
            "betweenness": lambda: g.betweenness(directed=False),
            "components": lambda: sorted(g.connected_components().sizes(), reverse=True),
            "bfs": bfs_ig,
        },
        "networkx": {
            "degree": lambda: dict(G.degree()),
            "pagerank": lambda: nx.pagerank(G, alpha=0.85, tol=1e-10 / n, max_iter=10_000),
            "betweenness": lambda: nx.betweenness_centrality(G, normalized=False),
            "components": components_nx,
            "bfs": bfs_nx,
        },
    }
    for metric in metrics:
        for peer, runs in (("igraph", a.runs), ("networkx", a.nx_runs)):
            seconds, result = timed(peers[peer][metric], runs)
            out[peer][metric] = seconds
            print(f"{peer} {metric}: {seconds:.4f} s", file=sys.stderr, flush=True)
            if metric in ("pagerank", "betweenness"):
                scores = result if isinstance(result, list) else [result[v] for v in range(n)]
                out["check"][f"{peer}_{metric}_top"] = top(scores, names)
                if metric == "pagerank":
                    out["check"][f"{peer}_pagerank"] = {names[v]: scores[v] for v in
                                                        sorted(range(n), key=lambda v: -scores[v])[:100]}
            elif metric == "components":
                out["check"][f"{peer}_components"] = [len(result), result[:5]]
            elif metric == "bfs":
                out["check"][f"{peer}_bfs"] = result
    print(json.dumps(out))


if __name__ == "__main__":
    main()
