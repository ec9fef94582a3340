#include "DriftJson.h"

#include "ComparisonReport.h"

#include <QJsonArray>

namespace cs::stats {

QJsonObject driftJson(const ColumnDrift& c)
{
    QJsonObject o {{QStringLiteral("name"), c.name},
                   {QStringLiteral("type"), c.numeric ? QStringLiteral("numeric") : QStringLiteral("categorical")},
                   {QStringLiteral("n_reference"), c.nReference},
                   {QStringLiteral("n_current"), c.nCurrent},
                   {QStringLiteral("missing_reference"), c.missingReference},
                   {QStringLiteral("missing_current"), c.missingCurrent},
                   {QStringLiteral("n_unique"), c.nUnique},
                   {QStringLiteral("method"), nameOf(c.method)},
                   {QStringLiteral("score"), jsonNumber(c.score)},
                   {QStringLiteral("threshold"), c.threshold},
                   {QStringLiteral("drift"), c.drift},
                   {QStringLiteral("psi"), jsonNumber(c.psi)}};
    if (c.numeric) {
        o.insert(QStringLiteral("ks_statistic"), jsonNumber(c.ksStatistic));
        o.insert(QStringLiteral("ks_p_value"), jsonNumber(c.ksPValue));
        o.insert(QStringLiteral("wasserstein"), jsonNumber(c.wasserstein));
        o.insert(QStringLiteral("wasserstein_normed"), jsonNumber(c.wassersteinNormed));
    }
    return o;
}

QJsonArray psiBinsJson(const ColumnDrift& c)
{
    QJsonArray bins;
    for (const DriftBin& b : c.psiBins) {
        bins.append(QJsonObject {{QStringLiteral("label"), b.label},
                                 {QStringLiteral("lower"), jsonNumber(b.lower)},
                                 {QStringLiteral("upper"), jsonNumber(b.upper)},
                                 {QStringLiteral("reference"), b.reference},
                                 {QStringLiteral("current"), b.current}});
    }
    return bins;
}

} // namespace cs::stats
