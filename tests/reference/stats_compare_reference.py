#!/usr/bin/python3
"""Independent reference for `countersign-cli stats compare`.

Computes every field of the command's JSON with SciPy and statsmodels where they implement the statistic, and from
the published definitions otherwise, in a different way from Countersign's C++:
  - Wilson intervals: statsmodels.stats.proportion.proportion_confint(method="wilson")
  - McNemar: statsmodels.stats.contingency_tables.mcnemar (corrected chi-square, and exact binomial)
  - AUC: scipy.stats.mannwhitneyu U statistic / (n1 * n0)
  - DeLong (1988): placement values by direct O(n^2) comparison of every positive with every negative
  - Newcombe (1998) method 10: the hybrid score interval from statsmodels' Wilson limits and the phi coefficient
    with Newcombe's continuity correction (numerator max(AD - BC - n/2, 0) when AD > BC)
Usage: stats_compare_reference.py FILE.csv LABEL REFERENCE CANDIDATE THRESHOLD_REF THRESHOLD_CAND ALPHA MARGIN [GROUP]
"""
import csv
import json
import math
import sys

import numpy as np
from scipy import stats
from statsmodels.stats.contingency_tables import mcnemar
from statsmodels.stats.proportion import proportion_confint


def wilson(x, n, alpha):
    if n == 0:
        return {"value": None, "ci_low": None, "ci_high": None}
    low, high = proportion_confint(x, n, alpha=alpha, method="wilson")
    return {"value": x / n, "ci_low": float(low), "ci_high": float(high)}


def placements(scores, labels):
    pos = scores[labels == 1]
    neg = scores[labels == 0]
    v10 = np.array([np.mean((p > neg) + 0.5 * (p == neg)) for p in pos])
    v01 = np.array([np.mean((pos > q) + 0.5 * (pos == q)) for q in neg])
    return v10, v01


def auc(scores, labels, alpha):
    pos = scores[labels == 1]
    neg = scores[labels == 0]
    if len(pos) == 0 or len(neg) == 0:
        return {"value": None, "ci_low": None, "ci_high": None}, None
    u = stats.mannwhitneyu(pos, neg).statistic
    value = u / (len(pos) * len(neg))
    v10, v01 = placements(scores, labels)
    if len(pos) < 2 or len(neg) < 2:
        return {"value": value, "ci_low": None, "ci_high": None}, (v10, v01)
    var = np.var(v10, ddof=1) / len(pos) + np.var(v01, ddof=1) / len(neg)
    half = stats.norm.ppf(1 - alpha / 2) * math.sqrt(var)
    return {"value": value, "ci_low": min(max(value - half, 0.0), 1.0),
            "ci_high": min(max(value + half, 0.0), 1.0)}, (v10, v01)


def metrics(scores, labels, threshold, alpha):
    pred = scores >= threshold
    tp = int(np.sum(pred & (labels == 1)))
    fp = int(np.sum(pred & (labels == 0)))
    tn = int(np.sum(~pred & (labels == 0)))
    fn = int(np.sum(~pred & (labels == 1)))
    a, parts = auc(scores, labels, alpha)
    return {
        "auc": a,
        "sensitivity": wilson(tp, tp + fn, alpha),
        "specificity": wilson(tn, tn + fp, alpha),
        "ppv": wilson(tp, tp + fp, alpha),
        "npv": wilson(tn, tn + fn, alpha),
        "accuracy": wilson(tp + tn, len(labels), alpha),
        "brier": float(np.mean((scores - labels) ** 2)),
    }, parts


def main():
    path, label, ref, cand = sys.argv[1:5]
    t_ref, t_cand, alpha, margin = (float(x) for x in sys.argv[5:9])
    group = sys.argv[9] if len(sys.argv) > 9 else None
    rows = list(csv.DictReader(open(path, newline="")))
    truthy = {"1": 1, "true": 1, "yes": 1, "0": 0, "false": 0, "no": 0}
    y = np.array([truthy[r[label].strip().lower()] for r in rows])
    s_ref = np.array([float(r[ref]) for r in rows])
    s_cand = np.array([float(r[cand]) for r in rows])

    out = {"n": len(y), "positives": int(np.sum(y)), "negatives": int(len(y) - np.sum(y))}
    out["reference"], parts_ref = metrics(s_ref, y, t_ref, alpha)
    out["candidate"], parts_cand = metrics(s_cand, y, t_cand, alpha)

    ok_ref = (s_ref >= t_ref) == (y == 1)
    ok_cand = (s_cand >= t_cand) == (y == 1)
    a = int(np.sum(ok_ref & ok_cand))
    b = int(np.sum(ok_ref & ~ok_cand))
    c = int(np.sum(~ok_ref & ok_cand))
    d = int(np.sum(~ok_ref & ~ok_cand))
    table = [[a, b], [c, d]]
    if b + c == 0:
        statistic, p, p_exact = 0.0, 1.0, 1.0
    else:
        corrected = mcnemar(table, exact=False, correction=True)
        statistic, p = float(corrected.statistic), float(corrected.pvalue)
        p_exact = float(mcnemar(table, exact=True).pvalue)
    out["mcnemar"] = {"both_correct": a, "reference_only_correct": b, "candidate_only_correct": c, "both_wrong": d,
                      "statistic": statistic, "p_value": p, "p_exact": p_exact}

    v10r, v01r = parts_ref
    v10c, v01c = parts_cand
    n1, n0 = len(v10r), len(v01r)
    diff = out["candidate"]["auc"]["value"] - out["reference"]["auc"]["value"]
    s10 = np.cov(np.vstack([v10r, v10c]), ddof=1)
    s01 = np.cov(np.vstack([v01r, v01c]), ddof=1)
    var = (s10[0, 0] + s10[1, 1] - 2 * s10[0, 1]) / n1 + (s01[0, 0] + s01[1, 1] - 2 * s01[0, 1]) / n0
    se = math.sqrt(max(var, 0.0))
    zq = stats.norm.ppf(1 - alpha / 2)
    z = diff / se if se > 0 else None
    out["delong"] = {"difference": diff, "se": se, "z": z,
                     "p_value": (2 * stats.norm.sf(abs(z))) if z is not None else None,
                     "ci_low": diff - zq * se, "ci_high": diff + zq * se}

    # Newcombe (1998), method 10; proportion 1 = candidate correct, proportion 2 = reference correct.
    n = a + b + c + d
    p1, p2 = (a + c) / n, (a + b) / n
    l1, u1 = proportion_confint(a + c, n, alpha=alpha, method="wilson")
    l2, u2 = proportion_confint(a + b, n, alpha=alpha, method="wilson")
    A, B, C, D = a, c, b, d  # A both correct, B candidate only, C reference only, D neither
    marg = (A + B) * (C + D) * (A + C) * (B + D)
    num = A * D - B * C
    if num > 0:
        num = max(num - n / 2, 0)
    phi = num / math.sqrt(marg) if marg > 0 else 0.0
    delta = math.sqrt(max(0.0, (p1 - l1) ** 2 - 2 * phi * (p1 - l1) * (u2 - p2) + (u2 - p2) ** 2))
    eps = math.sqrt(max(0.0, (u1 - p1) ** 2 - 2 * phi * (u1 - p1) * (p2 - l2) + (p2 - l2) ** 2))
    theta = p1 - p2
    out["accuracy_difference"] = {"value": theta, "ci_low": theta - delta, "ci_high": theta + eps}
    out["noninferiority"] = {"margin": margin, "noninferior": bool(theta - delta > -margin),
                             "superior": bool(theta - delta > 0)}

    if group:
        groups = []
        values = np.array([r[group] for r in rows])
        for g in sorted(set(values)):
            mask = values == g
            entry = {"group": g, "n": int(np.sum(mask)), "positives": int(np.sum(y[mask] == 1))}
            entry["reference"], _ = metrics(s_ref[mask], y[mask], t_ref, alpha)
            entry["candidate"], _ = metrics(s_cand[mask], y[mask], t_cand, alpha)
            groups.append(entry)
        out["groups"] = groups
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main()
