#include "ChangeRequest.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>

namespace cs {

namespace {
/// lupdate files every string of this file under the context that Tr::tr() looks up at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::ChangeRequest)
};

QString text(const QJsonObject& o, const char* key, const QString& where, QStringList* errors)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull()) {
        return {};
    }
    if (!v.isString()) {
        errors->append(Tr::tr("%1%2 should be text").arg(where, QLatin1String(key)));
        return {};
    }
    return v.toString();
}

double number(const QJsonObject& o, const char* key, double fallback, const QString& where, QStringList* errors)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined()) {
        return fallback;
    }
    if (!v.isDouble()) {
        errors->append(Tr::tr("%1%2 should be a number").arg(where, QLatin1String(key)));
        return fallback;
    }
    return v.toDouble();
}

bool within(double v, double low, double high)
{
    return std::isfinite(v) && v > low && v < high;
}
} // namespace

QJsonObject ValidationPlan::toJson() const
{
    QJsonArray sets;
    for (const Dataset& d : datasets) {
        sets.append(QJsonObject {
            {QStringLiteral("name"), d.name},
            {QStringLiteral("role"), d.challenge ? QStringLiteral("challenge") : QStringLiteral("validation")}});
    }
    QJsonObject thresholds {{QStringLiteral("candidate"), candidateThreshold},
                            {QStringLiteral("baseline"), baselineThreshold}};
    if (clearedThreshold) {
        // Only when there is one: the plans (and plan hashes) of requests without a cleared version stay as they were.
        thresholds.insert(QStringLiteral("cleared"), *clearedThreshold);
    }
    return QJsonObject {{QStringLiteral("datasets"), sets},
                        {QStringLiteral("thresholds"), thresholds},
                        {QStringLiteral("alpha"), alpha},
                        {QStringLiteral("margins"),
                         QJsonObject {{QStringLiteral("sensitivity"), sensitivityMargin},
                                      {QStringLiteral("specificity"), specificityMargin},
                                      {QStringLiteral("accuracy"), accuracyMargin},
                                      {QStringLiteral("auc"), aucMargin}}},
                        {QStringLiteral("subgroups"), QJsonArray::fromStringList(subgroupColumns)},
                        {QStringLiteral("min_positives"), minimumPositives}};
}

ValidationPlan ValidationPlan::fromJson(const QJsonObject& json, QStringList* errors)
{
    ValidationPlan p;
    const QString where = QStringLiteral("plan.");
    for (const QJsonValue& d : json.value(QStringLiteral("datasets")).toArray()) {
        const QString role = d[u"role"].toString();
        if (role != u"validation" && role != u"challenge") {
            errors->append(Tr::tr("plan.datasets: the role of %1 should be validation or challenge, not \"%2\"")
                               .arg(d[u"name"].toString(), role));
        }
        p.datasets.append({d[u"name"].toString(), role == u"challenge"});
    }
    const QJsonObject thresholds = json.value(QStringLiteral("thresholds")).toObject();
    p.candidateThreshold =
        number(thresholds, "candidate", p.candidateThreshold, where + QStringLiteral("thresholds."), errors);
    p.baselineThreshold =
        number(thresholds, "baseline", p.baselineThreshold, where + QStringLiteral("thresholds."), errors);
    if (thresholds.contains(u"cleared")) {
        p.clearedThreshold = number(thresholds, "cleared", 0.5, where + QStringLiteral("thresholds."), errors);
    }
    p.alpha = number(json, "alpha", p.alpha, where, errors);
    const QJsonObject margins = json.value(QStringLiteral("margins")).toObject();
    const QString m = where + QStringLiteral("margins.");
    p.sensitivityMargin = number(margins, "sensitivity", p.sensitivityMargin, m, errors);
    p.specificityMargin = number(margins, "specificity", p.specificityMargin, m, errors);
    p.accuracyMargin = number(margins, "accuracy", p.accuracyMargin, m, errors);
    p.aucMargin = number(margins, "auc", p.aucMargin, m, errors);
    for (const QJsonValue& g : json.value(QStringLiteral("subgroups")).toArray()) {
        p.subgroupColumns.append(g.toString());
    }
    p.minimumPositives = int(number(json, "min_positives", p.minimumPositives, where, errors));
    return p;
}

QJsonObject ChangeRequestContent::toJson() const
{
    QJsonObject json {
        {QStringLiteral("model"), model},
        {QStringLiteral("candidate"), candidate},
        {QStringLiteral("baseline"), baseline},
        {QStringLiteral("cleared"), cleared},
        {QStringLiteral("trigger"),
         QJsonObject {{QStringLiteral("kind"), nameOf(trigger)}, {QStringLiteral("reference"), triggerReference}}},
        {QStringLiteral("title"), title},
        {QStringLiteral("description"), description},
        {QStringLiteral("rationale"), rationale},
        {QStringLiteral("classification"),
         QJsonObject {{QStringLiteral("class"), major ? QStringLiteral("major") : QStringLiteral("minor")},
                      {QStringLiteral("reason"), classificationReason}}},
        {QStringLiteral("risk_benefit"),
         QJsonObject {{QStringLiteral("benefits"), benefits},
                      {QStringLiteral("risks"), risks},
                      {QStringLiteral("mitigations"), mitigations},
                      {QStringLiteral("residual_risk"), residualRisk}}},
        {QStringLiteral("rollback"),
         QJsonObject {{QStringLiteral("version"), rollbackVersion}, {QStringLiteral("criteria"), rollbackCriteria}}},
        {QStringLiteral("rollback_of"), rollbackOf},
        {QStringLiteral("plan"), plan.toJson()}};
    if (!pccpModification.isEmpty()) {
        // Only when named: the content (and its signed hash) of requests written before PCCPs stays as it was.
        json.insert(QStringLiteral("pccp_modification"), pccpModification);
    }
    return json;
}

ChangeRequestContent ChangeRequestContent::fromJson(const QJsonObject& json, QStringList* errors)
{
    ChangeRequestContent c;
    const QString top;
    c.model = text(json, "model", top, errors);
    c.candidate = text(json, "candidate", top, errors);
    c.baseline = text(json, "baseline", top, errors);
    c.cleared = text(json, "cleared", top, errors);
    c.pccpModification = text(json, "pccp_modification", top, errors).trimmed();
    const QJsonObject trigger = json.value(QStringLiteral("trigger")).toObject();
    const QString kind = text(trigger, "kind", QStringLiteral("trigger."), errors);
    if (const auto t = enumFromName<ChangeTrigger>(kind)) {
        c.trigger = *t;
    } else {
        QStringList kinds;
        for (const ChangeTrigger k : enumValues<ChangeTrigger>()) {
            kinds.append(nameOf(k));
        }
        errors->append(Tr::tr("trigger.kind \"%1\" is not one of %2").arg(kind, kinds.join(QStringLiteral(", "))));
    }
    c.triggerReference = text(trigger, "reference", QStringLiteral("trigger."), errors);
    c.title = text(json, "title", top, errors);
    c.description = text(json, "description", top, errors);
    c.rationale = text(json, "rationale", top, errors);
    const QJsonObject classification = json.value(QStringLiteral("classification")).toObject();
    const QString cls = text(classification, "class", QStringLiteral("classification."), errors);
    if (cls != u"minor" && cls != u"major") {
        errors->append(Tr::tr("classification.class should be minor or major, not \"%1\"").arg(cls));
    }
    c.major = cls == u"major";
    c.classificationReason = text(classification, "reason", QStringLiteral("classification."), errors);
    const QJsonObject rb = json.value(QStringLiteral("risk_benefit")).toObject();
    c.benefits = text(rb, "benefits", QStringLiteral("risk_benefit."), errors);
    c.risks = text(rb, "risks", QStringLiteral("risk_benefit."), errors);
    c.mitigations = text(rb, "mitigations", QStringLiteral("risk_benefit."), errors);
    c.residualRisk = text(rb, "residual_risk", QStringLiteral("risk_benefit."), errors);
    const QJsonObject rollback = json.value(QStringLiteral("rollback")).toObject();
    c.rollbackVersion = text(rollback, "version", QStringLiteral("rollback."), errors);
    c.rollbackCriteria = text(rollback, "criteria", QStringLiteral("rollback."), errors);
    c.rollbackOf = text(json, "rollback_of", top, errors);
    c.plan = ValidationPlan::fromJson(json.value(QStringLiteral("plan")).toObject(), errors);
    return c;
}

QStringList ChangeRequestContent::problems() const
{
    QStringList p;
    const auto required = [&p](const QString& value, const QString& field) {
        if (value.trimmed().isEmpty()) {
            p.append(Tr::tr("%1 is empty").arg(field));
        }
    };
    required(title, QStringLiteral("title"));
    required(description, QStringLiteral("description"));
    required(rationale, QStringLiteral("rationale"));
    required(classificationReason, QStringLiteral("classification.reason"));
    required(benefits, QStringLiteral("risk_benefit.benefits"));
    required(risks, QStringLiteral("risk_benefit.risks"));
    required(mitigations, QStringLiteral("risk_benefit.mitigations"));
    required(residualRisk, QStringLiteral("risk_benefit.residual_risk"));
    if (!baseline.isEmpty()) {
        required(rollbackVersion, QStringLiteral("rollback.version"));
        required(rollbackCriteria, QStringLiteral("rollback.criteria"));
    }
    if (!rollbackVersion.isEmpty() && rollbackVersion == candidate) {
        p.append(Tr::tr("rollback.version is the candidate itself"));
    }
    int validation = 0;
    QStringList seen;
    for (const ValidationPlan::Dataset& d : plan.datasets) {
        validation += d.challenge ? 0 : 1;
        if (d.name.isEmpty()) {
            p.append(Tr::tr("plan.datasets: a dataset has no name"));
        } else if (seen.contains(d.name)) {
            p.append(Tr::tr("plan.datasets: %1 is named twice").arg(d.name));
        }
        seen.append(d.name);
    }
    if (validation != 1) {
        p.append(Tr::tr("plan.datasets: exactly one locked validation set is required (%1 named)").arg(validation));
    }
    if (!within(plan.candidateThreshold, 0, 1) || !within(plan.baselineThreshold, 0, 1)) {
        p.append(Tr::tr("plan.thresholds: each operating threshold must lie strictly between 0 and 1"));
    }
    if (!cleared.isEmpty()) {
        if (cleared == candidate) {
            p.append(Tr::tr("cleared: the originally cleared version is the candidate itself"));
        }
        if (!plan.clearedThreshold) {
            p.append(Tr::tr("plan.thresholds.cleared: the operating threshold of the originally cleared version %1 "
                            "is missing")
                         .arg(cleared));
        } else if (!within(*plan.clearedThreshold, 0, 1)) {
            p.append(Tr::tr("plan.thresholds: each operating threshold must lie strictly between 0 and 1"));
        }
    } else if (plan.clearedThreshold) {
        p.append(Tr::tr("plan.thresholds.cleared is given, but the request names no originally cleared version"));
    }
    if (!within(plan.alpha, 0, 0.5)) {
        p.append(Tr::tr("plan.alpha must lie strictly between 0 and 0.5"));
    }
    for (const auto& [margin, name] :
         {std::pair {plan.sensitivityMargin, "sensitivity"}, std::pair {plan.specificityMargin, "specificity"},
          std::pair {plan.accuracyMargin, "accuracy"}, std::pair {plan.aucMargin, "auc"}}) {
        if (!std::isfinite(margin) || margin < 0 || margin >= 0.5) {
            p.append(Tr::tr("plan.margins.%1 must be at least 0 and below 0.5").arg(QLatin1String(name)));
        }
    }
    if (plan.minimumPositives < 1) {
        p.append(Tr::tr("plan.min_positives must be at least 1"));
    }
    return p;
}

} // namespace cs
