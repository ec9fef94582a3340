#!/usr/bin/python3
"""Independent reference for `countersign-cli stats drift`.

Reads the two windows with Python's csv module and computes every field of the drift contract (issue #5) with
numpy and SciPy as Debian packages them: scipy.stats.ks_2samp (method auto), scipy.stats.wasserstein_distance,
scipy.stats.chisquare, scipy.spatial.distance.jensenshannon, scipy.stats.norm and numpy.quantile. Nothing here
calls Countersign. Prints {"columns": [...]} as JSON.

usage: stats_drift_reference.py REF.csv CUR.csv [--bins N] [--columns a,b]
"""
import argparse
import csv
import json
import math
import sys

import numpy as np
from scipy import stats
from scipy.spatial import distance

MISSING = {"", "na", "nan", "null"}


def read(path):
    with open(path, newline="", encoding="utf-8-sig") as f:
        rows = list(csv.reader(f))
    return rows[0], rows[1:]


def as_number(text):
    t = text.strip(" \t")
    try:
        v = float(t)
    except ValueError:
        return None
    return v if math.isfinite(v) else None


def column(name, header, rows):
    i = header.index(name)
    values = [r[i] for r in rows]
    present = [v for v in values if v.strip(" \t").lower() not in MISSING]
    return present, len(values) - len(present)


def value_counts(values):
    counts = {}
    for v in values:
        counts[v] = counts.get(v, 0) + 1
    return counts


def method_for(n_ref, numeric, n_unique):
    few = (not numeric) or n_unique <= 5
    if n_ref <= 1000:
        if few:
            return "chisquare" if n_unique > 2 else "z"
        return "ks"
    return "jensenshannon" if few else "wasserstein"


def psi_of(ref, cur, numeric, keys, bins):
    if numeric and len(keys) > 10:
        edges = np.unique(np.quantile(np.asarray(ref), [k / bins for k in range(1, bins)]))
        cuts = np.concatenate(([-np.inf], edges, [np.inf]))
        # right-closed bins (e_i, e_i+1]
        ref_idx = np.searchsorted(edges, np.asarray(ref), side="left")
        cur_idx = np.searchsorted(edges, np.asarray(cur), side="left")
        ref_counts = np.bincount(ref_idx, minlength=len(cuts) - 1)
        cur_counts = np.bincount(cur_idx, minlength=len(cuts) - 1)
    else:
        rc = value_counts(ref)
        cc = value_counts(cur)
        ref_counts = np.array([rc.get(k, 0) for k in keys])
        cur_counts = np.array([cc.get(k, 0) for k in keys])
    rp = ref_counts / len(ref)
    cp = cur_counts / len(cur)
    rp = np.where(rp == 0, 1e-4, rp)
    cp = np.where(cp == 0, 1e-4, cp)
    return float(np.sum((cp - rp) * np.log(cp / rp)))


def drift(name, ref_header, ref_rows, cur_header, cur_rows, bins):
    ref_text, miss_ref = column(name, ref_header, ref_rows)
    cur_text, miss_cur = column(name, cur_header, cur_rows)
    ref_num = [as_number(v) for v in ref_text]
    cur_num = [as_number(v) for v in cur_text]
    numeric = all(v is not None for v in ref_num + cur_num)
    ref = ref_num if numeric else ref_text
    cur = cur_num if numeric else cur_text
    keys = sorted(set(ref) | set(cur))
    out = {"name": name, "type": "numeric" if numeric else "categorical", "n_reference": len(ref),
           "n_current": len(cur), "missing_reference": miss_ref, "missing_current": miss_cur,
           "n_unique": len(keys)}
    method = method_for(len(ref), numeric, len(keys))
    threshold = 0.05 if method in ("ks", "chisquare", "z") else 0.1
    out.update({"method": method, "threshold": threshold})
    if numeric:
        ks = stats.ks_2samp(ref, cur, method="auto")
        w = stats.wasserstein_distance(ref, cur)
        out.update({"ks_statistic": float(ks.statistic), "ks_p_value": float(ks.pvalue), "wasserstein": float(w),
                    "wasserstein_normed": float(w / max(np.std(ref), 0.001))})
    rc = value_counts(ref)
    cc = value_counts(cur)
    if method == "ks":
        score = out["ks_p_value"]
        is_drift = score <= threshold
    elif method == "wasserstein":
        score = out["wasserstein_normed"]
        is_drift = score >= threshold
    elif method == "chisquare":
        k_norm = len(cur) / len(ref)
        observed = [cc.get(k, 0) for k in keys]
        expected = [rc.get(k, 0) * k_norm for k in keys]
        with np.errstate(divide="ignore", invalid="ignore"):
            score = float(stats.chisquare(observed, expected)[1])
        if any(e == 0 and o > 0 for o, e in zip(observed, expected)):
            score = 0.0
        is_drift = score < threshold
    elif method == "z":
        if len(keys) == 1:
            score = 1.0
        else:
            first = keys[0]
            p1 = sum(1 for v in ref if v != first) / len(ref)
            p2 = sum(1 for v in cur if v != first) / len(cur)
            pooled = (p1 * len(ref) + p2 * len(cur)) / (len(ref) + len(cur))
            z = (p1 - p2) / math.sqrt(pooled * (1 - pooled) * (1 / len(ref) + 1 / len(cur)))
            score = float(2 * (1 - stats.norm.cdf(abs(z))))
        is_drift = score < threshold
    else:
        p = [rc.get(k, 0) / len(ref) for k in keys]
        q = [cc.get(k, 0) / len(cur) for k in keys]
        score = float(distance.jensenshannon(p, q))
        is_drift = score >= threshold
    out.update({"score": score, "drift": bool(is_drift), "psi": psi_of(ref, cur, numeric, keys, bins)})
    return out


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("reference")
    parser.add_argument("current")
    parser.add_argument("--bins", type=int, default=10)
    parser.add_argument("--columns")
    args = parser.parse_args()
    ref_header, ref_rows = read(args.reference)
    cur_header, cur_rows = read(args.current)
    names = ref_header
    if args.columns:
        wanted = args.columns.split(",")
        names = [n for n in ref_header if n in wanted]
    result = {"columns": [drift(n, ref_header, ref_rows, cur_header, cur_rows, args.bins) for n in names]}
    json.dump(result, sys.stdout, indent=1)


if __name__ == "__main__":
    main()
