#include "EvidenceTables.h"

#include "pccp/PccpRule.h"
#include "registry/PccpGate.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace cs::EvidenceTables {

namespace {
/// lupdate files every string of this file under the context that Tr::tr() looks up at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::EvidenceTables)
};

const QString kDash = QStringLiteral("—");

/// A rate in percent to one decimal, with its interval: "76.0% (71.8–79.7)".
QString rate(const QJsonValue& e)
{
    if (!e[u"value"].isDouble()) {
        return kDash;
    }
    QString text = QString::number(e[u"value"].toDouble() * 100.0, 'f', 1) + u'%';
    if (e[u"ci_low"].isDouble() && e[u"ci_high"].isDouble()) {
        text += QStringLiteral(" (%1–%2)")
                    .arg(QString::number(e[u"ci_low"].toDouble() * 100.0, 'f', 1),
                         QString::number(e[u"ci_high"].toDouble() * 100.0, 'f', 1));
    }
    return text;
}

/// A value on the 0–1 scale to three decimals, with its interval when it has one: "0.839 (0.821–0.857)".
QString decimal(const QJsonValue& e)
{
    if (e.isDouble()) {
        return QString::number(e.toDouble(), 'f', 3);
    }
    if (!e[u"value"].isDouble()) {
        return kDash;
    }
    QString text = QString::number(e[u"value"].toDouble(), 'f', 3);
    if (e[u"ci_low"].isDouble() && e[u"ci_high"].isDouble()) {
        text += QStringLiteral(" (%1–%2)")
                    .arg(QString::number(e[u"ci_low"].toDouble(), 'f', 3),
                         QString::number(e[u"ci_high"].toDouble(), 'f', 3));
    }
    return text;
}

QString signedPoints(double x)
{
    const double p = x * 100.0;
    return (p >= 0 ? QStringLiteral("+") : QString()) + QString::number(p, 'f', 1);
}

/// A paired difference in percentage points with its interval: "+1.9 (+1.3 to +2.4)".
QString points(const QJsonValue& v)
{
    if (!v[u"value"].isDouble()) {
        return kDash;
    }
    QString text = signedPoints(v[u"value"].toDouble());
    if (v[u"ci_low"].isDouble() && v[u"ci_high"].isDouble()) {
        text +=
            Tr::tr(" (%1 to %2)").arg(signedPoints(v[u"ci_low"].toDouble()), signedPoints(v[u"ci_high"].toDouble()));
    }
    return text;
}

QString pValue(const QJsonValue& p)
{
    if (!p.isDouble()) {
        return kDash;
    }
    return p.toDouble() < 0.001 ? QStringLiteral("< 0.001") : QString::number(p.toDouble(), 'f', 3);
}

QString verdictText(const QJsonValue& v)
{
    const QString verdict = v[u"verdict"].toString();
    if (verdict.isEmpty()) {
        return kDash;
    }
    const QString words = verdict == u"superior" ? Tr::tr("superior")
        : verdict == u"non-inferior"             ? Tr::tr("non-inferior")
        : verdict == u"inferior"                 ? Tr::tr("inferior")
        : verdict == u"inconclusive"             ? Tr::tr("inconclusive")
                                                 : Tr::tr("not evaluable");
    return Tr::tr("%1 (margin %2 points)").arg(words, QString::number(v[u"margin"].toDouble() * 100.0));
}

QString metricName(const QString& metric)
{
    return metric == u"sensitivity" ? Tr::tr("Sensitivity")
        : metric == u"specificity"  ? Tr::tr("Specificity")
        : metric == u"accuracy"     ? Tr::tr("Accuracy")
        : metric == u"ppv"          ? Tr::tr("PPV")
        : metric == u"npv"          ? Tr::tr("NPV")
        : metric == u"brier"        ? Tr::tr("Brier score")
        : metric == u"ece"          ? Tr::tr("Expected calibration error")
                                    : Tr::tr("AUC");
}
} // namespace

QString TextTable::toTsv() const
{
    const auto line = [](const QStringList& cells) -> QString {
        QStringList clean;
        for (const QString& c : cells) {
            clean.append(QString(c).replace(u'\t', u' ').replace(u'\n', u' '));
        }
        return clean.join(u'\t') + u'\n';
    };
    QString text = line(header);
    for (const QStringList& row : rows) {
        text += line(row);
    }
    return text;
}

QString Versions::comparatorName() const
{
    return cleared ? Tr::tr("Cleared v%1").arg(comparator) : Tr::tr("Baseline v%1").arg(comparator);
}

QString Versions::comparatorWord() const
{
    return cleared ? Tr::tr("Cleared") : Tr::tr("Baseline");
}

TextTable headline(const QJsonObject& dataset, const Versions& versions)
{
    const QString& candidate = versions.candidate;
    const QJsonObject report = dataset[u"report"].toObject();
    const QJsonObject verdicts = dataset[u"verdicts"].toObject();
    const QJsonObject b = report[u"reference"].toObject();
    const QJsonObject c = report[u"candidate"].toObject();
    const bool first = b.isEmpty();
    TextTable t;
    if (first) {
        t.header = {Tr::tr("Metric"), Tr::tr("Version %1 (CI)").arg(candidate)};
    } else {
        t.header = {Tr::tr("Metric"),
                    Tr::tr("%1 (CI)").arg(versions.comparatorName()),
                    Tr::tr("Candidate v%1 (CI)").arg(candidate),
                    Tr::tr("Difference, points (CI)"),
                    Tr::tr("Paired test"),
                    Tr::tr("p"),
                    Tr::tr("Verdict")};
    }
    const QString tests[] = {Tr::tr("DeLong"), Tr::tr("McNemar, positives"), Tr::tr("McNemar, negatives"),
                             Tr::tr("McNemar")};
    const char* paired[] = {"auc", "sensitivity", "specificity", "accuracy"};
    for (int i = 0; i < 4; ++i) {
        const QString metric = QLatin1String(paired[i]);
        const auto value = [&](const QJsonObject& version) {
            return metric == u"auc" ? decimal(version[metric]) : rate(version[metric]);
        };
        if (first) {
            t.rows.append({metricName(metric), value(c)});
            continue;
        }
        const QJsonValue v = verdicts[metric];
        t.rows.append(
            {metricName(metric), value(b), value(c), points(v), tests[i], pValue(v[u"p_value"]), verdictText(v)});
    }
    const QJsonObject curves = report[u"curves"].toObject();
    for (const char* m : {"ppv", "npv", "brier", "ece"}) {
        const QString metric = QLatin1String(m);
        const auto value = [&](const QJsonObject& version, const char* role) {
            return metric == u"brier" ? decimal(version[u"brier"])
                : metric == u"ece"    ? decimal(curves[QLatin1String(role)][u"calibration"][u"ece"])
                                      : rate(version[metric]);
        };
        if (first) {
            t.rows.append({metricName(metric), value(c, "candidate")});
        } else {
            t.rows.append(
                {metricName(metric), value(b, "reference"), value(c, "candidate"), kDash, kDash, kDash, kDash});
        }
    }
    return t;
}

TextTable confusion(const QJsonObject& dataset, const Versions& versions)
{
    const QJsonObject report = dataset[u"report"].toObject();
    TextTable t;
    t.header = {Tr::tr("Version"), Tr::tr("Label"), Tr::tr("Flagged"), Tr::tr("Not flagged"), Tr::tr("Total")};
    const struct
    {
        const char* role;
        QString name;
    } roles[] = {{"reference", versions.comparatorName()},
                 {"candidate", Tr::tr("Candidate v%1").arg(versions.candidate)}};
    for (const auto& v : roles) {
        const QJsonObject m = report[QLatin1String(v.role)][u"confusion"].toObject();
        if (m.isEmpty()) {
            continue;
        }
        const qint64 tp = m[u"tp"].toInteger();
        const qint64 fn = m[u"fn"].toInteger();
        const qint64 fp = m[u"fp"].toInteger();
        const qint64 tn = m[u"tn"].toInteger();
        t.rows.append({v.name, Tr::tr("Positive"), Tr::tr("%1 (TP)").arg(tp), Tr::tr("%1 (FN)").arg(fn),
                       QString::number(tp + fn)});
        t.rows.append({v.name, Tr::tr("Negative"), Tr::tr("%1 (FP)").arg(fp), Tr::tr("%1 (TN)").arg(tn),
                       QString::number(fp + tn)});
    }
    return t;
}

TextTable subgroups(const QJsonObject& dataset, const Versions& versions, const QString& column, const QString& metric)
{
    TextTable t;
    t.header = {column,
                Tr::tr("n"),
                Tr::tr("Positives"),
                Tr::tr("%1 %2").arg(versions.comparatorWord(), metricName(metric)),
                Tr::tr("Candidate %1").arg(metricName(metric)),
                Tr::tr("Difference, points (CI)"),
                Tr::tr("Verdict")};
    for (const QJsonValue& g : dataset[u"subgroups"][column].toArray()) {
        const auto value = [&](const char* role) {
            return metric == u"auc" ? decimal(g[QLatin1String(role)][metric]) : rate(g[QLatin1String(role)][metric]);
        };
        const QJsonValue v = g[u"verdicts"][metric];
        t.rows.append({g[u"group"].toString(), QString::number(g[u"n"].toInteger()),
                       QString::number(g[u"positives"].toInteger()), value("reference"), value("candidate"), points(v),
                       g[u"evaluable"].toBool() ? verdictText(v) : Tr::tr("not evaluable (too few positives)")});
    }
    return t;
}

TextTable pccpRules(const QJsonObject& pccp)
{
    TextTable t;
    t.header = QStringList {Tr::tr("Rule"), Tr::tr("Verdict"), Tr::tr("Acceptance criterion"), Tr::tr("Severity"),
                            Tr::tr("Read at")};
    for (const QJsonValue& v : pccp[u"rules"].toArray()) {
        const QJsonObject rule = v.toObject();
        const auto verdict = enumFromName<RuleVerdict>(rule[u"verdict"].toString());
        const auto severity = enumFromName<PccpRule::Severity>(rule[u"severity"].toString());
        QStringList readings;
        for (const QJsonValue& r : rule[u"readings"].toArray()) {
            if (r[u"in_scope"].toBool(true)) {
                readings.append(PccpGate::readingText(r.toObject()));
            }
        }
        QString text = PccpGate::ruleText(rule);
        text = text.left(text.lastIndexOf(u';')); // the severity has a column of its own
        t.rows.append(QStringList {rule[u"rule"].toString(), verdict ? displayNameOf(*verdict) : QString(), text,
                                   severity ? displayNameOf(*severity) : QString(),
                                   readings.join(QStringLiteral("; "))});
    }
    return t;
}

} // namespace cs::EvidenceTables
