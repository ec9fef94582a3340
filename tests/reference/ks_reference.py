#!/usr/bin/python3
"""Independent reference for the Kolmogorov-Smirnov p-values of `stats drift`.

Prints JSON with two lists, computed by Debian's SciPy:
  "kstwo":   [n, x, scipy.stats.kstwo.sf(x, n)] over a grid that crosses every region of SciPy's algorithm
             (Ruben-Gambino ends, Durbin matrix, Pomeranz, Smirnov tail, Pelz-Good);
  "ks_2samp": [n1, n2, statistic, p-value] of scipy.stats.ks_2samp(method="auto") on seeded random samples, exact
             (equal and unequal sizes) and asymptotic.
"""
import json

import numpy as np
from scipy import stats

grid = []
for n in [1, 2, 5, 37, 100, 140, 141, 500, 1000, 5000, 20000, 100000, 200000, 1000000]:
    for x in [0.001, 0.004, 0.01, 0.02, 0.03, 0.05, 0.08, 0.1, 0.15, 0.2, 0.3, 0.45, 0.5, 0.6, 0.9, 0.99]:
        grid.append([n, x, float(stats.kstwo.sf(x, n))])

rng = np.random.default_rng(20261124)
two = []
for n1, n2, shift in [(5, 7, 0.0), (40, 40, 0.3), (300, 300, 0.1), (250, 400, 0.0), (999, 1000, 0.05),
                      (1200, 3000, 0.08), (8000, 10000, 0.02), (60, 20000, 0.2), (120, 15000, 0.0),
                      (900, 50000, 0.1), (20000, 30000, 0.03), (3, 12000, 1.0)]:
    a = rng.normal(0, 1, n1)
    b = rng.normal(shift, 1, n2)
    r = stats.ks_2samp(a, b, method="auto")
    two.append([n1, n2, float(r.statistic), float(r.pvalue)])

print(json.dumps({"kstwo": grid, "ks_2samp": two}))
