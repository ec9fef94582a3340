#!/usr/bin/python3
"""Independent reference for `countersign-cli stats compare`.

Computes every field of the command's JSON with SciPy and statsmodels where they implement the statistic, and from
the published definitions otherwise, in a different way from Countersign's C++:
  - Wilson intervals: statsmodels.stats.proportion.proportion_confint(method="wilson")
  - McNemar: statsmodels.stats.contingency_tables.mcnemar (corrected chi-square, and exact binomial)
  - AUC: scipy.stats.mannwhitneyu U statistic / (n1 * n0)
  - DeLong (1988): placement values by direct O(n^2) comparison of every positive with every negative
  - Newcombe (1998) method 10: the hybrid score interval from statsmodels' Wilson limits and the phi coefficient
    with Newcombe's continuity correction (numerator max(AD - BC - n/2, 0) when AD > BC), for accuracy on all rows,
    sensitivity on the positives and specificity on the negatives
  - ROC curve: scikit-learn's roc_curve(drop_intermediate=False), thinned by the documented rule
  - calibration: scikit-learn's calibration_curve(strategy="uniform", n_bins=10)
Usage: stats_compare_reference.py FILE.csv LABEL REFERENCE CANDIDATE THRESHOLD_REF THRESHOLD_CAND ALPHA MARGIN [GROUP [MIN_POSITIVES]]
"""
import csv
import json
import math
import sys

import numpy as np
from scipy import stats
from sklearn.calibration import calibration_curve
from sklearn.metrics import confusion_matrix, roc_curve
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
    # The counts again from scikit-learn, as the report prints them.
    (sk_tn, sk_fp), (sk_fn, sk_tp) = confusion_matrix(labels, pred.astype(int), labels=[0, 1])
    return {
        "confusion": {"tp": int(sk_tp), "fp": int(sk_fp), "tn": int(sk_tn), "fn": int(sk_fn)},
        "auc": a,
        "sensitivity": wilson(tp, tp + fn, alpha),
        "specificity": wilson(tn, tn + fp, alpha),
        "ppv": wilson(tp, tp + fp, alpha),
        "npv": wilson(tn, tn + fn, alpha),
        "accuracy": wilson(tp + tn, len(labels), alpha),
        "brier": float(np.mean((scores - labels) ** 2)),
    }, parts


def mcnemar_table(ok_ref, ok_cand):
    a = int(np.sum(ok_ref & ok_cand))
    b = int(np.sum(ok_ref & ~ok_cand))
    c = int(np.sum(~ok_ref & ok_cand))
    d = int(np.sum(~ok_ref & ~ok_cand))
    if b + c == 0:
        statistic, p, p_exact = 0.0, 1.0, 1.0
    else:
        corrected = mcnemar([[a, b], [c, d]], exact=False, correction=True)
        statistic, p = float(corrected.statistic), float(corrected.pvalue)
        p_exact = float(mcnemar([[a, b], [c, d]], exact=True).pvalue)
    return {"both_correct": a, "reference_only_correct": b, "candidate_only_correct": c, "both_wrong": d,
            "statistic": statistic, "p_value": p, "p_exact": p_exact}


def newcombe(t, alpha):
    """Newcombe (1998), method 10; proportion 1 = candidate correct, proportion 2 = reference correct."""
    a, b, c, d = t["both_correct"], t["reference_only_correct"], t["candidate_only_correct"], t["both_wrong"]
    n = a + b + c + d
    if n == 0:
        return {"value": None, "ci_low": None, "ci_high": None}
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
    return {"value": theta, "ci_low": theta - delta, "ci_high": theta + eps}


def delong(ref, cand, parts_ref, parts_cand, alpha):
    none = {"difference": None, "se": None, "z": None, "p_value": None, "ci_low": None, "ci_high": None}
    if ref["auc"]["value"] is None or cand["auc"]["value"] is None:
        return none
    diff = cand["auc"]["value"] - ref["auc"]["value"]
    v10r, v01r = parts_ref
    v10c, v01c = parts_cand
    n1, n0 = len(v10r), len(v01r)
    if n1 < 2 or n0 < 2:
        return dict(none, difference=diff)
    s10 = np.cov(np.vstack([v10r, v10c]), ddof=1)
    s01 = np.cov(np.vstack([v01r, v01c]), ddof=1)
    var = (s10[0, 0] + s10[1, 1] - 2 * s10[0, 1]) / n1 + (s01[0, 0] + s01[1, 1] - 2 * s01[0, 1]) / n0
    se = math.sqrt(max(var, 0.0))
    zq = stats.norm.ppf(1 - alpha / 2)
    z = diff / se if se > 0 else None
    return {"difference": diff, "se": se, "z": z,
            "p_value": min(1.0, 2 * stats.norm.sf(abs(z))) if z is not None else None,
            "ci_low": diff - zq * se, "ci_high": diff + zq * se}


def curves(scores, labels):
    """The thinned ROC curve from scikit-learn's full curve, and the calibration bins of calibration_curve."""
    positives, negatives = int(np.sum(labels == 1)), int(np.sum(labels == 0))
    roc = {"threshold": [], "fpr": [], "tpr": []}
    if positives and negatives:
        fpr, tpr, thresholds = roc_curve(labels, scores, drop_intermediate=False)
        kept_fp = kept_tp = 0
        for i in range(len(fpr)):
            fp, tp = round(fpr[i] * negatives), round(tpr[i] * positives)
            if i == 0 or i == len(fpr) - 1 or (fp - kept_fp) * 200 >= negatives or (tp - kept_tp) * 200 >= positives:
                roc["threshold"].append(None if i == 0 else float(thresholds[i]))
                roc["fpr"].append(float(fpr[i]))
                roc["tpr"].append(float(tpr[i]))
                kept_fp, kept_tp = fp, tp
    observed, predicted = calibration_curve(labels, scores, n_bins=10, strategy="uniform")
    edges = np.linspace(0.0, 1.0 + 1e-8, 11)
    ids = np.searchsorted(edges[1:-1], scores)
    counts = np.bincount(ids, minlength=10)
    bins = []
    for k, b in enumerate(np.nonzero(counts)[0]):
        bins.append({"lower": float(edges[b]), "upper": float(edges[b + 1]), "n": int(counts[b]),
                     "mean_predicted": float(predicted[k]), "observed": float(observed[k])})
    ece = float(sum(counts[b] / len(scores) * abs(observed[k] - predicted[k])
                    for k, b in enumerate(np.nonzero(counts)[0])))
    return {"roc": roc, "calibration": {"bins": bins, "ece": ece}}


def paired(y, s_ref, s_cand, t_ref, t_cand, alpha):
    """Both models' metrics and every paired statistic of one set of rows."""
    out = {"n": len(y), "positives": int(np.sum(y))}
    out["reference"], parts_ref = metrics(s_ref, y, t_ref, alpha)
    out["candidate"], parts_cand = metrics(s_cand, y, t_cand, alpha)
    ok_ref = (s_ref >= t_ref) == (y == 1)
    ok_cand = (s_cand >= t_cand) == (y == 1)
    pos = y == 1
    out["mcnemar"] = mcnemar_table(ok_ref, ok_cand)
    out["mcnemar_positives"] = mcnemar_table(ok_ref[pos], ok_cand[pos])
    out["mcnemar_negatives"] = mcnemar_table(ok_ref[~pos], ok_cand[~pos])
    out["delong"] = delong(out["reference"], out["candidate"], parts_ref, parts_cand, alpha)
    out["accuracy_difference"] = newcombe(out["mcnemar"], alpha)
    out["sensitivity_difference"] = newcombe(out["mcnemar_positives"], alpha)
    out["specificity_difference"] = newcombe(out["mcnemar_negatives"], alpha)
    return out


def gaps(groups, role, minimum):
    result = []
    for metric in ["auc", "sensitivity", "specificity", "ppv", "npv", "accuracy", "brier"]:
        values = []
        for g in groups:
            if g["positives"] < minimum:
                continue
            v = g[role][metric] if metric == "brier" else g[role][metric]["value"]
            if v is not None and not math.isnan(v):
                values.append((g["group"], v))
        if len(values) < 2:
            continue
        high = max(values, key=lambda x: x[1])  # the first of equals, as the groups are in order
        low = min(values, key=lambda x: x[1])
        result.append({"metric": metric, "highest": high[0], "lowest": low[0], "gap": high[1] - low[1]})
    return result


def main():
    path, label, ref, cand = sys.argv[1:5]
    t_ref, t_cand, alpha, margin = (float(x) for x in sys.argv[5:9])
    group = sys.argv[9] if len(sys.argv) > 9 else None
    minimum = int(sys.argv[10]) if len(sys.argv) > 10 else 0
    rows = list(csv.DictReader(open(path, newline="")))
    truthy = {"1": 1, "true": 1, "yes": 1, "0": 0, "false": 0, "no": 0}
    y = np.array([truthy[r[label].strip().lower()] for r in rows])
    s_ref = np.array([float(r[ref]) for r in rows])
    s_cand = np.array([float(r[cand]) for r in rows])

    out = paired(y, s_ref, s_cand, t_ref, t_cand, alpha)
    out["negatives"] = int(len(y) - np.sum(y))
    theta_low = out["accuracy_difference"]["ci_low"]
    out["noninferiority"] = {"margin": margin, "noninferior": bool(theta_low > -margin),
                             "superior": bool(theta_low > 0)}
    out["curves"] = {"reference": curves(s_ref, y), "candidate": curves(s_cand, y)}

    if group:
        groups = []
        values = np.array([r[group] for r in rows])
        for g in sorted(set(values)):
            mask = values == g
            entry = paired(y[mask], s_ref[mask], s_cand[mask], t_ref, t_cand, alpha)
            entry["group"] = g
            entry["auc_difference"] = entry.pop("delong")
            for k in ["mcnemar", "mcnemar_positives", "mcnemar_negatives"]:
                del entry[k]
            groups.append(entry)
        out["groups"] = groups
        out["largest_gaps"] = {"reference": gaps(groups, "reference", minimum),
                               "candidate": gaps(groups, "candidate", minimum)}
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main()
