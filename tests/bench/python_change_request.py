#!/usr/bin/python3
"""The usual Python way to compute a change request's evidence, for bench_change_request to time against.

pandas.read_csv; for the whole set and for every value of each subgroup column: scikit-learn's roc_auc_score,
roc_curve and calibration_curve, a vectorised numpy DeLong (python_compare.py), statsmodels' McNemar (corrected and
exact) on all samples, the positives and the negatives, Wilson intervals (statsmodels proportion_confint) and the
Brier score. Prints a short JSON summary so that the work is not optimised away and the two results can be compared.

usage: python_change_request.py FILE.csv LABEL REFERENCE CANDIDATE THRESHOLD GROUP...
"""
import json
import sys

import numpy as np
import pandas as pd
from scipy import stats
from sklearn.calibration import calibration_curve
from sklearn.metrics import roc_auc_score, roc_curve
from statsmodels.stats.contingency_tables import mcnemar
from statsmodels.stats.proportion import proportion_confint

from python_compare import delong_components


def mcnemar_both(rc, cc):
    table = [[int(np.sum(rc & cc)), int(np.sum(rc & ~cc))], [int(np.sum(~rc & cc)), int(np.sum(~rc & ~cc))]]
    return mcnemar(table, exact=False, correction=True).pvalue, mcnemar(table, exact=True).pvalue


def report(y, ref, cand, threshold):
    positive = y == 1
    out = {"n": int(len(y)), "positives": int(positive.sum())}
    if positive.all() or (~positive).all():
        return out
    comps = []
    for name, s in (("reference", ref), ("candidate", cand)):
        pred = s >= threshold
        tp = int(np.sum(pred & positive))
        tn = int(np.sum(~pred & ~positive))
        m = {"auc": float(roc_auc_score(y, s)), "brier": float(np.mean((s - y) ** 2))}
        for key, k, n in (("sensitivity", tp, int(positive.sum())), ("specificity", tn, int((~positive).sum())),
                          ("accuracy", tp + tn, len(y))):
            m[key] = [k / n, *proportion_confint(k, n, alpha=0.05, method="wilson")]
        fpr, tpr, _ = roc_curve(y, s)
        prob_true, prob_pred = calibration_curve(y, s, n_bins=10, strategy="uniform")
        m["roc_points"] = int(len(fpr))
        m["calibration_bins"] = int(len(prob_true))
        out[name] = m
        comps.append(delong_components(s, positive))
    (a1, x1, y1), (a2, x2, y2) = comps
    s10 = np.cov(np.vstack([x1, x2]))
    s01 = np.cov(np.vstack([y1, y2]))
    var = (s10[0, 0] + s10[1, 1] - 2 * s10[0, 1]) / len(x1) + (s01[0, 0] + s01[1, 1] - 2 * s01[0, 1]) / len(y1)
    out["delong_p"] = float(2 * stats.norm.sf(abs((a2 - a1) / np.sqrt(var))))
    rc = (ref >= threshold) == positive
    cc = (cand >= threshold) == positive
    out["mcnemar"] = [float(p) for p in mcnemar_both(rc, cc)]
    out["mcnemar_positives"] = [float(p) for p in mcnemar_both(rc[positive], cc[positive])]
    out["mcnemar_negatives"] = [float(p) for p in mcnemar_both(rc[~positive], cc[~positive])]
    return out


def main():
    path, label, ref, cand, threshold = sys.argv[1:6]
    groups = sys.argv[6:]
    threshold = float(threshold)
    df = pd.read_csv(path)
    y = df[label].to_numpy()
    r = df[ref].to_numpy(dtype=float)
    c = df[cand].to_numpy(dtype=float)
    out = {"overall": report(y, r, c, threshold), "subgroups": {}}
    for column in groups:
        out["subgroups"][column] = {}
        for value, rows in df.groupby(column).indices.items():
            out["subgroups"][column][str(value)] = report(y[rows], r[rows], c[rows], threshold)
    print(json.dumps(out))


if __name__ == "__main__":
    main()
