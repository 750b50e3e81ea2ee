"""A numpy peer for `workforce decide`'s per-draw optimum (timing only).

Brute force, vectorised: the value of every subset of the candidates in every
draw is one matrix product (draws x candidates) @ (candidates x 2^n), and at
each pool size the best feasible subset is an argmax over the feasible
columns (ties broken by grant: the cheaper subset first). It solves the same
problem as `decide` on the same shape of input (5 candidates, the grants of
Scenarios/portfolio-decision.yaml, 41 pool sizes from 0 to 70 mio. kr., freed
årsværk drawn with numpy's own generator), so its time sits beside decide's.

    python3 Benchmarks/decide_peer.py --draws 100000
"""

import argparse
import time

import numpy as np

parser = argparse.ArgumentParser()
parser.add_argument("--draws", type=int, default=100_000)
parser.add_argument("--chunk", type=int, default=10_000)
args = parser.parse_args()

grants = np.array([13_500_000, 8_500_000, 18_500_000, 12_500_000, 7_000_000])
means = np.array([104.9, 185.5, 75.2, 2.2, 84.3])
n = len(grants)
masks = np.array([[(m >> i) & 1 for m in range(1 << n)] for i in range(n)], dtype=float)
costs = grants @ masks
order = np.lexsort((np.arange(1 << n), costs))  # cheaper first, so argmax keeps the cheaper tie
masks, costs = masks[:, order], costs[order]
pools = np.round(np.linspace(0, 2 * 35_000_000, 41))
rng = np.random.default_rng(1)
start = time.perf_counter()
counts = np.zeros((len(pools), n))
for offset in range(0, args.draws, args.chunk):
    size = min(args.chunk, args.draws - offset)
    values = rng.uniform(0.8, 1.2, size=(size, n)) * means
    subset = values @ masks
    for k, pool in enumerate(pools):
        feasible = np.where(costs <= pool, subset, -np.inf)
        best = np.argmax(feasible, axis=1)
        counts[k] += masks[:, best].sum(axis=1)
elapsed = time.perf_counter() - start
print(f"numpy brute force: {args.draws} draws x {len(pools)} pool sizes x {n} candidates in {elapsed:.3f} s")
print("inclusion at 35 mio. kr.:", np.round(counts[20] / args.draws, 3))
