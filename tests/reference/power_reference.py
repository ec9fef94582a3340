#!/usr/bin/python3
"""Reference values for cs::stats::Power, computed independently.

- Paired proportions: statsmodels' NormalIndPower for one sample (ratio=0), effect size margin / sqrt(discordance),
  one-sided ('larger') at alpha / 2: the chance that the lower bound of the two-sided (1 - alpha) interval of the
  difference lies above -margin when the true difference is 0.
- Hanley and McNeil's variance of an AUC: under the negative-exponential model (negatives ~ Exp(1), positives ~
  Exp(mu)), where Hanley and McNeil's Q1 = A / (2 - A) and Q2 = 2 A^2 / (1 + A) are exact, Q1 = P(X1 > Y, X2 > Y) and
  Q2 = P(X > Y1, X > Y2) are integrated numerically with SciPy and the variance of the Mann-Whitney estimate is
  formed from them; the AUC power is NormalIndPower with nobs 1 and effect size margin / sd of the difference.

Prints JSON: {"proportions": [[n, discordance, margin, alpha, power]...],
              "auc": [[auc, positives, negatives, correlation, margin, alpha, variance, power]...]}
"""
import json
import math

from scipy import integrate
from statsmodels.stats.power import NormalIndPower


def proportion_power(n, discordance, margin, alpha):
    return NormalIndPower().power(effect_size=margin / math.sqrt(discordance), nobs1=n, alpha=alpha / 2, ratio=0,
                                  alternative="larger")


def exponential_variance(auc, positives, negatives):
    mu = 1.0 / auc - 1.0  # A = P(X > Y) = 1 / (1 + mu)
    a, _ = integrate.quad(lambda y: math.exp(-mu * y) * math.exp(-y), 0, math.inf)
    q1, _ = integrate.quad(lambda y: math.exp(-mu * y) ** 2 * math.exp(-y), 0, math.inf)
    q2, _ = integrate.quad(lambda x: (1 - math.exp(-x)) ** 2 * mu * math.exp(-mu * x), 0, math.inf)
    assert abs(a - auc) < 1e-9
    return (a * (1 - a) + (positives - 1) * (q1 - a * a) + (negatives - 1) * (q2 - a * a)) / (positives * negatives)


def main():
    proportions = []
    for n in (20, 184, 446, 5000, 100000):
        for discordance in (0.02, 0.1, 0.34):
            for margin in (0.02, 0.05, 0.1):
                for alpha in (0.05, 0.1):
                    proportions.append([n, discordance, margin, alpha, proportion_power(n, discordance, margin, alpha)])
    aucs = []
    for auc in (0.6, 0.78, 0.84, 0.95):
        for positives, negatives in ((30, 300), (184, 1016), (446, 4554), (5000, 45000)):
            for correlation in (0.0, 0.8):
                for margin, alpha in ((0.02, 0.05), (0.05, 0.05), (0.02, 0.1)):
                    var = exponential_variance(auc, positives, negatives)
                    sd = math.sqrt(2 * var * (1 - correlation))
                    power = NormalIndPower().power(effect_size=margin / sd, nobs1=1, alpha=alpha / 2, ratio=0,
                                                   alternative="larger")
                    aucs.append([auc, positives, negatives, correlation, margin, alpha, var, power])
    print(json.dumps({"proportions": proportions, "auc": aucs}))


if __name__ == "__main__":
    main()
