#include "Power.h"

#include <boost/math/distributions/normal.hpp>
#include <cmath>

namespace cs::stats::Power {

namespace {
double fromStandardError(double se, double margin, double alpha)
{
    const boost::math::normal normal;
    if (!(se > 0) || !(alpha > 0) || !(alpha < 1)) {
        return std::nan("");
    }
    const double z = boost::math::quantile(normal, 1.0 - alpha / 2.0);
    return boost::math::cdf(normal, margin / se - z);
}
} // namespace

double pairedProportion(qint64 n, double discordance, double margin, double alpha)
{
    if (n <= 0 || !(discordance > 0)) {
        return std::nan("");
    }
    return fromStandardError(std::sqrt(discordance / double(n)), margin, alpha);
}

double independentDiscordance(double p)
{
    return 2.0 * p * (1.0 - p);
}

double hanleyMcNeilVariance(double auc, qint64 positives, qint64 negatives)
{
    if (positives <= 0 || negatives <= 0) {
        return std::nan("");
    }
    const double a2 = auc * auc;
    const double q1 = auc / (2.0 - auc);
    const double q2 = 2.0 * a2 / (1.0 + auc);
    return (auc * (1.0 - auc) + double(positives - 1) * (q1 - a2) + double(negatives - 1) * (q2 - a2)) /
        (double(positives) * double(negatives));
}

double auc(double value, qint64 positives, qint64 negatives, double correlation, double margin, double alpha)
{
    const double variance = 2.0 * hanleyMcNeilVariance(value, positives, negatives) * (1.0 - correlation);
    return fromStandardError(std::sqrt(variance), margin, alpha);
}

} // namespace cs::stats::Power
