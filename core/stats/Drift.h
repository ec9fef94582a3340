#pragma once

#include "util/EnumNames.h"

#include <QString>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace cs::stats {

/// The test Evidently applies by default to one column (see chooseDriftMethod).
enum class DriftMethod
{
    KolmogorovSmirnov,
    ChiSquare,
    ProportionZ,
    JensenShannon,
    Wasserstein
};

} // namespace cs::stats

namespace cs {
/// "ks", "chisquare", "z", "jensenshannon" or "wasserstein": the names of the stats drift contract.
template<>
struct EnumNames<stats::DriftMethod>
{
    static constexpr const char* context = "cs::DriftMethod";
    static constexpr EnumName<stats::DriftMethod> table[] = {
        {stats::DriftMethod::KolmogorovSmirnov, "ks", nullptr},
        {stats::DriftMethod::ChiSquare, "chisquare", nullptr},
        {stats::DriftMethod::ProportionZ, "z", nullptr},
        {stats::DriftMethod::JensenShannon, "jensenshannon", nullptr},
        {stats::DriftMethod::Wasserstein, "wasserstein", nullptr},
    };
};
} // namespace cs

namespace cs::stats {

/// Evidently's default rule: by the number of non-missing reference values, numeric or not, and the number of
/// distinct values in both windows together.
DriftMethod chooseDriftMethod(qint64 nReference, bool numeric, qint64 nUnique);

/// The non-missing values of one column in the two windows. A numeric column carries its values; a categorical
/// column carries the count of each distinct value (its text as written) in each window.
struct DriftInput
{
    QString name;
    bool numeric = true;
    std::vector<double> reference;
    std::vector<double> current;
    std::map<std::string, std::pair<qint64, qint64>> categories; ///< value -> (reference count, current count)
    qint64 missingReference = 0;
    qint64 missingCurrent = 0;
};

/// One bin of the population stability index, kept so that a chart draws exactly what was computed: either an
/// interval of a numeric column (lower, upper], an empty end meaning infinite, or a single value.
struct DriftBin
{
    QString label;
    std::optional<double> lower;
    std::optional<double> upper;
    qint64 reference = 0;
    qint64 current = 0;
};

/// Drift of one column. Statistics that cannot be computed (a window without values) are empty.
struct ColumnDrift
{
    QString name;
    bool numeric = true;
    qint64 nReference = 0;
    qint64 nCurrent = 0;
    qint64 missingReference = 0;
    qint64 missingCurrent = 0;
    qint64 nUnique = 0;
    DriftMethod method = DriftMethod::KolmogorovSmirnov;
    std::optional<double> statistic; ///< chi-square, z, D, Jensen-Shannon distance or normed W1
    std::optional<double> score; ///< p-value for ks, chisquare and z; the distance otherwise
    double threshold = 0.05;
    bool drift = false;
    std::optional<double> holmPValue; ///< p-value adjusted by Holm across the compared columns (p-value methods)
    std::optional<double> psi;
    std::vector<DriftBin> psiBins;
    std::optional<double> ksStatistic;
    std::optional<double> ksPValue;
    std::optional<double> wasserstein;
    std::optional<double> wassersteinNormed;
};

/// Computes every statistic of the stats drift contract for one column. Numeric values are sorted in place.
ColumnDrift columnDrift(DriftInput& input, int psiBins);

/// Holm's step-down adjustment of a family of p-values, in their original order.
std::vector<double> holm(const std::vector<double>& pValues);

/// Fills holmPValue of each column whose method gives a p-value, adjusting across those columns.
void adjustHolm(std::vector<ColumnDrift>& columns);

// The single statistics, usable on their own.

/// scipy.stats.chisquare(observed, expected): the statistic and the chi-square (k - 1) upper tail; p = 0 when an
/// expected count of 0 meets an observed count above 0.
std::pair<double, double> chiSquareGoodnessOfFit(const std::vector<double>& observed,
                                                 const std::vector<double>& expected);

/// Two-proportion z test with the pooled proportion: z and the two-sided p = 2 (1 - Phi(|z|)).
std::pair<double, double> twoProportionZ(qint64 successesA, qint64 nA, qint64 successesB, qint64 nB);

/// Jensen-Shannon distance (natural log) between two vectors of proportions, each normalised to sum 1.
double jensenShannon(const std::vector<double>& p, const std::vector<double>& q);

/// First Wasserstein distance between two samples given sorted.
double wasserstein1(const std::vector<double>& sortedA, const std::vector<double>& sortedB);

/// sup |F_a - F_b| of two samples given sorted.
double ksStatistic(const std::vector<double>& sortedA, const std::vector<double>& sortedB);

/// numpy.std(values, ddof=ddof), accumulated in long double.
double standardDeviation(const std::vector<double>& values, int ddof);

/// numpy.quantile(sorted, q) with its default linear interpolation.
double quantileLinear(const std::vector<double>& sorted, double q);

} // namespace cs::stats
