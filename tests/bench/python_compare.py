#!/usr/bin/python3
"""The usual Python way to do what `countersign-cli stats compare` does, for bench_stats to time against.

pandas.read_csv, scikit-learn's roc_auc_score, a vectorised numpy DeLong (Sun and Xu 2014, midranks by argsort),
statsmodels' mcnemar, and the threshold metrics with numpy. Prints a short JSON summary so that the work is not
optimised away and the two results can be compared.

usage: python_compare.py FILE.csv LABEL REFERENCE CANDIDATE [THRESHOLD]
"""
import json
import sys

import numpy as np
import pandas as pd
from scipy import stats
from sklearn.metrics import roc_auc_score
from statsmodels.stats.contingency_tables import mcnemar


def midrank(x):
    order = np.argsort(x, kind="mergesort")
    z = x[order]
    n = len(x)
    ranks = np.empty(n, dtype=float)
    # start of each run of ties
    starts = np.r_[0, np.flatnonzero(np.diff(z)) + 1]
    ends = np.r_[starts[1:], n]
    mids = (starts + ends - 1) / 2.0 + 1
    ranks[order] = np.repeat(mids, ends - starts)
    return ranks


def delong_components(scores, positive):
    x = scores[positive]
    y = scores[~positive]
    m, n = len(x), len(y)
    tz = midrank(np.concatenate([x, y]))
    tx = midrank(x)
    ty = midrank(y)
    v10 = (tz[:m] - tx) / n
    v01 = 1.0 - (tz[m:] - ty) / m
    return v10.mean(), v10, v01


def main():
    path, label, ref, cand = sys.argv[1:5]
    threshold = float(sys.argv[5]) if len(sys.argv) > 5 else 0.5
    df = pd.read_csv(path)
    y = df[label].to_numpy()
    positive = y == 1
    out = {"n": int(len(y))}
    comps = []
    for name in (ref, cand):
        s = df[name].to_numpy(dtype=float)
        out["auc_" + name] = float(roc_auc_score(y, s))
        comps.append(delong_components(s, positive))
    (a1, x1, y1), (a2, x2, y2) = comps
    s10 = np.cov(np.vstack([x1, x2]))
    s01 = np.cov(np.vstack([y1, y2]))
    var = (s10[0, 0] + s10[1, 1] - 2 * s10[0, 1]) / len(x1) + (s01[0, 0] + s01[1, 1] - 2 * s01[0, 1]) / len(y1)
    z = (a2 - a1) / np.sqrt(var)
    out["delong_z"] = float(z)
    out["delong_p"] = float(2 * stats.norm.sf(abs(z)))
    rc = (df[ref].to_numpy() >= threshold) == positive
    cc = (df[cand].to_numpy() >= threshold) == positive
    table = [[int(np.sum(rc & cc)), int(np.sum(rc & ~cc))], [int(np.sum(~rc & cc)), int(np.sum(~rc & ~cc))]]
    out["mcnemar_p"] = float(mcnemar(table, exact=False, correction=True).pvalue)
    out["mcnemar_exact"] = float(mcnemar(table, exact=True).pvalue)
    for name in (ref, cand):
        pred = df[name].to_numpy() >= threshold
        tp = np.sum(pred & positive)
        out["sensitivity_" + name] = float(tp / np.sum(positive))
        out["specificity_" + name] = float(np.sum(~pred & ~positive) / np.sum(~positive))
        out["brier_" + name] = float(np.mean((df[name].to_numpy() - y) ** 2))
    print(json.dumps(out))


if __name__ == "__main__":
    main()
