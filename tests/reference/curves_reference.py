#!/usr/bin/python3
"""Independent reference for the ROC curve, AUC, calibration curve, ECE and Brier score of core/stats/Curves.

usage: curves_reference.py FILE.csv LABEL SCORE BINS

Reads the file with Python's csv module and prints JSON computed by Debian's scikit-learn:
roc_curve(drop_intermediate=False), roc_auc_score, calibration_curve(strategy="uniform") with the count of each
non-empty bin (numpy.histogram on the same edges), the expected calibration error from those bins, and
brier_score_loss.
"""
import csv
import json
import sys

import numpy as np
from sklearn.calibration import calibration_curve
from sklearn.metrics import brier_score_loss, roc_auc_score, roc_curve

path, label, score, bins = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
with open(path, newline="") as f:
    rows = list(csv.DictReader(f))
y = np.array([int(r[label]) for r in rows])
s = np.array([float(r[score]) for r in rows])

fpr, tpr, thresholds = roc_curve(y, s, drop_intermediate=False)
prob_true, prob_pred = calibration_curve(y, s, n_bins=bins, strategy="uniform")
edges = np.linspace(0.0, 1.0 + 1e-8, bins + 1)
ids = np.searchsorted(edges[1:-1], s)
counts = np.bincount(ids, minlength=bins)
counts = counts[counts != 0]
ece = float(np.sum(counts / len(s) * np.abs(prob_true - prob_pred)))
print(json.dumps({
    # scikit-learn 1.2 puts max(score) + 1 first; the points after it are the distinct scores
    "roc": [[float(t), float(a), float(b)] for t, a, b in zip(thresholds[1:], fpr[1:], tpr[1:])],
    "auc": float(roc_auc_score(y, s)),
    "calibration": [[int(c), float(p), float(t)] for c, p, t in zip(counts, prob_pred, prob_true)],
    "ece": ece,
    "brier": float(brier_score_loss(y, s)),
}))
