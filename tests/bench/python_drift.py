#!/usr/bin/python3
"""The usual Python way to do what `countersign-cli stats drift` does, for bench_stats to time against.

pandas.read_csv for both windows, then per column: scipy.stats.ks_2samp and wasserstein_distance for numeric
columns, Evidently's default test (chisquare, two-proportion z or Jensen-Shannon from pandas value counts), and
PSI on reference deciles with numpy. Prints a short JSON summary.

usage: python_drift.py REF.csv CUR.csv [BINS]
"""
import json
import sys

import numpy as np
import pandas as pd
from scipy import stats
from scipy.spatial import distance


def psi(ref, cur, numeric, bins):
    if numeric and pd.concat([ref, cur]).nunique() > 10:
        edges = np.unique(np.quantile(ref.to_numpy(), [k / bins for k in range(1, bins)]))
        r = np.bincount(np.searchsorted(edges, ref.to_numpy(), side="left"), minlength=len(edges) + 1)
        c = np.bincount(np.searchsorted(edges, cur.to_numpy(), side="left"), minlength=len(edges) + 1)
    else:
        keys = sorted(set(ref.unique()) | set(cur.unique()))
        rc = ref.value_counts()
        cc = cur.value_counts()
        r = np.array([rc.get(k, 0) for k in keys])
        c = np.array([cc.get(k, 0) for k in keys])
    rp = np.where(r == 0, 1e-4, r / len(ref))
    cp = np.where(c == 0, 1e-4, c / len(cur))
    return float(np.sum((cp - rp) * np.log(cp / rp)))


def main():
    bins = int(sys.argv[3]) if len(sys.argv) > 3 else 10
    ref_df = pd.read_csv(sys.argv[1])
    cur_df = pd.read_csv(sys.argv[2])
    out = []
    for name in ref_df.columns:
        ref = ref_df[name].dropna()
        cur = cur_df[name].dropna()
        numeric = pd.api.types.is_numeric_dtype(ref) and pd.api.types.is_numeric_dtype(cur)
        n_unique = pd.concat([ref, cur]).nunique()
        row = {"name": name, "n_unique": int(n_unique)}
        if numeric:
            ks = stats.ks_2samp(ref, cur)
            w = stats.wasserstein_distance(ref, cur)
            row.update(ks_p=float(ks.pvalue), wasserstein_normed=float(w / max(np.std(ref), 0.001)))
        few = (not numeric) or n_unique <= 5
        if len(ref) > 1000 and few:
            keys = sorted(set(ref.unique()) | set(cur.unique()))
            rc = ref.value_counts()
            cc = cur.value_counts()
            row["score"] = float(distance.jensenshannon([rc.get(k, 0) / len(ref) for k in keys],
                                                        [cc.get(k, 0) / len(cur) for k in keys]))
        elif len(ref) > 1000:
            row["score"] = row["wasserstein_normed"]
        row["psi"] = psi(ref, cur, numeric, bins)
        out.append(row)
    print(json.dumps({"columns": out}))


if __name__ == "__main__":
    main()
