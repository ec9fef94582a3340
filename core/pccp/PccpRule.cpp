#include "PccpRule.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>

namespace cs {

namespace {
/// lupdate files every string of this file under the context that Tr::tr() looks up at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::PccpRule)
};

using Metric = PccpRule::Metric;
using Statistic = PccpRule::Statistic;

/// A finite number, or none.
std::optional<double> number(const QJsonValue& v)
{
    if (!v.isDouble() || !std::isfinite(v.toDouble())) {
        return std::nullopt;
    }
    return v.toDouble();
}

} // namespace

QString PccpRule::text() const
{
    QString what = metric == Metric::Psi ? Tr::tr("PSI of %1").arg(feature) : displayNameOf(metric);
    QString statisticText;
    switch (statistic) {
    case Statistic::Difference:
    case Statistic::DifferenceLower:
    case Statistic::DifferenceUpper:
        statisticText = Tr::tr("%1 from %2").arg(displayNameOf(statistic), displayNameOf(comparator));
        break;
    default:
        statisticText = displayNameOf(statistic);
        break;
    }
    const QString where = !readsEvidence() ? Tr::tr("production windows")
        : onWindows
        ? (scope == Scope::Overall
               ? Tr::tr("production windows")
               : Tr::tr("production windows, every %1 with at least %2 positives").arg(column).arg(minimumPositives))
        : scope == Scope::Overall
        ? (minimumPositives > 0 ? Tr::tr("%1 set, with at least %2 positives").arg(datasetRole).arg(minimumPositives)
                                : Tr::tr("%1 set").arg(datasetRole))
        : Tr::tr("%1 set, every %2 with at least %3 positives").arg(datasetRole, column).arg(minimumPositives);
    return Tr::tr("%1: %2 %3 %4 (%5); %6")
        .arg(what, statisticText, nameOf(op))
        .arg(bound)
        .arg(where, displayNameOf(severity));
}

QJsonObject PccpRule::toJson() const
{
    QJsonObject o {{QStringLiteral("id"), id},
                   {QStringLiteral("metric"), nameOf(metric)},
                   {QStringLiteral("statistic"), nameOf(statistic)},
                   {QStringLiteral("dataset"), datasetRole},
                   {QStringLiteral("scope"), nameOf(scope)},
                   {QStringLiteral("comparator"), nameOf(comparator)},
                   {QStringLiteral("operator"), nameOf(op)},
                   {QStringLiteral("bound"), bound},
                   {QStringLiteral("severity"), nameOf(severity)}};
    if (!title.isEmpty()) {
        o.insert(QStringLiteral("title"), title);
    }
    if (scope == Scope::EverySubgroup) {
        o.insert(QStringLiteral("column"), column);
    }
    if (minimumPositives > 0) {
        o.insert(QStringLiteral("min_positives"), minimumPositives);
    }
    if (metric == Metric::Psi) {
        o.insert(QStringLiteral("feature"), feature);
    }
    return o;
}

PccpRule PccpRule::fromJson(const QJsonObject& json, const QString& where, QStringList* errors)
{
    PccpRule r;
    const auto fail = [&](const char* field, const QString& message) {
        errors->append(QStringLiteral("%1.%2: %3").arg(where, QLatin1String(field), message));
    };
    const auto text = [&](const char* field, bool required) {
        const QJsonValue v = json.value(QLatin1String(field));
        if (v.isUndefined() && !required) {
            return QString();
        }
        if (!v.isString() || v.toString().trimmed().isEmpty()) {
            fail(field, Tr::tr("expected a text"));
            return QString();
        }
        return v.toString().trimmed();
    };
    const auto choice = [&](const char* field, auto fallback, bool required) {
        using E = decltype(fallback);
        const QJsonValue v = json.value(QLatin1String(field));
        if (v.isUndefined() && !required) {
            return fallback;
        }
        if (auto e = enumFromName<E>(v.toString()); v.isString() && e) {
            return *e;
        }
        fail(field, Tr::tr("expected one of %1").arg(enumNames<E>().join(QStringLiteral(", "))));
        return fallback;
    };
    for (auto it = json.begin(); it != json.end(); ++it) {
        static const QStringList known = {
            QStringLiteral("id"),        QStringLiteral("title"),         QStringLiteral("metric"),
            QStringLiteral("statistic"), QStringLiteral("dataset"),       QStringLiteral("scope"),
            QStringLiteral("column"),    QStringLiteral("min_positives"), QStringLiteral("comparator"),
            QStringLiteral("operator"),  QStringLiteral("bound"),         QStringLiteral("severity"),
            QStringLiteral("feature")};
        if (!known.contains(it.key())) {
            errors->append(QStringLiteral("%1.%2: %3").arg(where, it.key(), Tr::tr("unknown field")));
        }
    }
    r.id = text("id", true);
    r.title = text("title", false);
    r.metric = choice("metric", Metric::Sensitivity, true);
    r.statistic = choice("statistic", Statistic::Value, true);
    r.datasetRole = text("dataset", false);
    if (r.datasetRole.isEmpty()) {
        r.datasetRole = QStringLiteral("validation");
    } else if (r.datasetRole != u"validation" && r.datasetRole != u"challenge") {
        fail("dataset", Tr::tr("expected validation or challenge"));
    }
    r.scope = choice("scope", Scope::Overall, false);
    r.column = text("column", r.scope == Scope::EverySubgroup);
    if (json.contains(u"min_positives")) {
        const QJsonValue v = json.value(QStringLiteral("min_positives"));
        if (!v.isDouble() || v.toDouble() < 0 || v.toDouble() != std::floor(v.toDouble()) || v.toDouble() > 1e9) {
            fail("min_positives", Tr::tr("expected a whole number, 0 or more"));
        } else {
            r.minimumPositives = v.toInt();
        }
    }
    r.comparator = choice("comparator", Comparator::Production, false);
    r.op = choice("operator", Operator::Greater, true);
    if (const auto b = number(json.value(QStringLiteral("bound")))) {
        r.bound = *b;
    } else {
        fail("bound", Tr::tr("expected a number"));
    }
    r.severity = choice("severity", Severity::Blocking, true);
    if (r.metric == Metric::Psi) {
        r.feature = text("feature", true);
    }
    if (r.statistic == Statistic::McNemarP && r.metric != Metric::Sensitivity && r.metric != Metric::Specificity &&
        r.metric != Metric::Accuracy) {
        fail("statistic", Tr::tr("McNemar's test is of sensitivity, specificity or accuracy"));
    }
    return r;
}

bool PccpRule::meets(double value) const
{
    switch (op) {
    case Operator::Greater:
        return value > bound;
    case Operator::GreaterOrEqual:
        return value >= bound;
    case Operator::Less:
        return value < bound;
    case Operator::LessOrEqual:
        return value <= bound;
    }
    return false;
}

} // namespace cs
