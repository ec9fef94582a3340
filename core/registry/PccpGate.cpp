#include "PccpGate.h"

#include "audit/RecordCheck.h"
#include "registry/PccpEvaluation.h"
#include "registry/PccpStandings.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QMap>

namespace cs::PccpGate {

QString ruleText(const QJsonObject& rule)
{
    if (rule[u"definition"].isObject()) {
        QStringList errors;
        const PccpRule r = PccpRule::fromJson(rule[u"definition"].toObject(), QStringLiteral("definition"), &errors);
        if (errors.isEmpty()) {
            return r.text();
        }
    }
    return rule[u"text"].toString();
}

namespace {
/// lupdate files every string of this file under the context that Tr::tr() looks up at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::PccpGate)
};

/// The frozen blocking rules whose verdict is in `verdicts`.
QList<QJsonObject> blockingRules(const QJsonObject& pccp, const QList<RuleVerdict>& verdicts)
{
    QList<QJsonObject> found;
    for (const QJsonValue& v : pccp[u"rules"].toArray()) {
        const QJsonObject rule = v.toObject();
        const auto verdict = enumFromName<RuleVerdict>(rule[u"verdict"].toString());
        if (rule[u"severity"].toString() == nameOf(PccpRule::Severity::Blocking) && verdict &&
            verdicts.contains(*verdict)) {
            found.append(rule);
        }
    }
    return found;
}

/// "R1 (sensitivity: lower bound of ... ; blocking): FAIL" for each blocking rule whose verdict is in `verdicts`.
QStringList blockingWith(const QJsonObject& pccp, const QList<RuleVerdict>& verdicts)
{
    QStringList found;
    for (const QJsonObject& rule : blockingRules(pccp, verdicts)) {
        const auto verdict = enumFromName<RuleVerdict>(rule[u"verdict"].toString());
        found.append(
            QStringLiteral("%1 (%2): %3").arg(rule[u"rule"].toString(), ruleText(rule), displayNameOf(*verdict)));
    }
    return found;
}
} // namespace

Result<QJsonObject> determine(Database& db, const ChangeRequestRecord& request, const QJsonObject& evidence)
{
    const ChangeRequestContent& c = request.content;
    QJsonObject result;
    if (!c.pccpModification.isEmpty()) {
        result.insert(QStringLiteral("modification"), c.pccpModification);
    }
    if (!c.rollbackOf.isEmpty()) {
        result.insert(QStringLiteral("determination"), nameOf(PccpDetermination::Rollback));
        return result;
    }
    auto inForce = PccpStandings::inForce(db, c.model);
    if (!inForce) {
        return inForce.error();
    }
    if (!inForce.value()) {
        result.insert(QStringLiteral("determination"), nameOf(PccpDetermination::NoPccp));
        return result;
    }
    const PccpRecord& p = *inForce.value();
    // The PCCP as the trail recorded it: a row altered outside Countersign is refused, not evaluated.
    if (auto r = RecordCheck::require(db, QStringLiteral("pccp"), RecordKey::of(p.id)); !r) {
        return r.error();
    }
    result.insert(QStringLiteral("model"), p.model);
    result.insert(QStringLiteral("version"), p.version);
    result.insert(QStringLiteral("title"), p.content.title);
    result.insert(QStringLiteral("content_sha256"), p.contentSha256);
    if (c.pccpModification == Pccp::kOutside) {
        result.insert(QStringLiteral("determination"), nameOf(PccpDetermination::Outside));
        return result;
    }
    const PccpModification* m = p.content.modification(c.pccpModification);
    if (m == nullptr) {
        result.insert(QStringLiteral("determination"), nameOf(PccpDetermination::UnknownModification));
        return result;
    }
    result.insert(QStringLiteral("determination"), nameOf(PccpDetermination::Within));
    result.insert(QStringLiteral("modification_title"), m->title);
    result.insert(QStringLiteral("modification_type"), nameOf(m->type));
    QJsonArray rules;
    for (const PccpRule& rule : m->rules) {
        QJsonObject o = evaluateRule(rule, evidence).toJson();
        o.insert(QStringLiteral("title"), rule.title);
        o.insert(QStringLiteral("text"), rule.text());
        o.insert(QStringLiteral("severity"), nameOf(rule.severity));
        o.insert(QStringLiteral("definition"), rule.toJson());
        rules.append(o);
    }
    result.insert(QStringLiteral("rules"), rules);
    return result;
}

PccpDetermination determinationOf(const QJsonObject& pccp)
{
    return enumFromName<PccpDetermination>(pccp[u"determination"].toString()).value_or(PccpDetermination::NoPccp);
}

bool needsSubmission(const QJsonObject& pccp)
{
    const PccpDetermination d = determinationOf(pccp);
    return d == PccpDetermination::Outside || d == PccpDetermination::UnknownModification;
}

QStringList blockers(const QJsonObject& pccp)
{
    return blockingWith(pccp, {RuleVerdict::Fail, RuleVerdict::Inconclusive});
}

QStringList blockerIds(const QJsonObject& pccp)
{
    QStringList ids;
    for (const QJsonObject& rule : blockingRules(pccp, {RuleVerdict::Fail, RuleVerdict::Inconclusive})) {
        ids.append(rule[u"rule"].toString());
    }
    return ids;
}

QStringList needingJustification(const QJsonObject& pccp)
{
    return blockingWith(pccp, {RuleVerdict::NotEvaluable});
}

QString statement(const QJsonObject& pccp)
{
    const QString version =
        Tr::tr("PCCP version %1 of %2").arg(pccp[u"version"].toInt()).arg(pccp[u"model"].toString());
    switch (determinationOf(pccp)) {
    case PccpDetermination::NoPccp:
        return Tr::tr("No PCCP is in force for this model; no acceptance rules apply.");
    case PccpDetermination::Rollback:
        return Tr::tr("A rollback request restores a version released before; the PCCP's rules do not apply.");
    case PccpDetermination::Outside:
        return Tr::tr("Outside %1, by its author's determination: needs a new regulatory submission and cannot be "
                      "implemented under the PCCP.")
            .arg(version);
    case PccpDetermination::UnknownModification:
        return Tr::tr("Names modification %1, which %2 does not have: needs a new regulatory submission and cannot be "
                      "implemented under the PCCP.")
            .arg(pccp[u"modification"].toString(), version);
    case PccpDetermination::Within:
        break;
    }
    QMap<RuleVerdict, int> counts;
    for (const QJsonValue& v : pccp[u"rules"].toArray()) {
        if (const auto verdict = enumFromName<RuleVerdict>(v[u"verdict"].toString())) {
            ++counts[*verdict];
        }
    }
    QStringList parts;
    for (const RuleVerdict verdict : enumValues<RuleVerdict>()) {
        if (counts.value(verdict) > 0) {
            parts.append(QStringLiteral("%1 %2").arg(counts.value(verdict)).arg(displayNameOf(verdict)));
        }
    }
    QString conclusion;
    if (!blockers(pccp).isEmpty()) {
        conclusion = Tr::tr("a blocking rule is not met: cannot be approved");
    } else if (!needingJustification(pccp).isEmpty()) {
        conclusion =
            Tr::tr("a blocking rule could not be evaluated: approval needs a QA officer's signed justification");
    } else {
        conclusion = Tr::tr("every blocking rule is met");
    }
    return Tr::tr("Within modification %1 (%2) of %3. Rules: %4; %5.")
        .arg(pccp[u"modification"].toString(), pccp[u"modification_title"].toString(), version,
             parts.join(QStringLiteral(", ")), conclusion);
}

QString readingText(const QJsonObject& reading)
{
    QString place = reading[u"dataset"].toString();
    if (!reading[u"scope"].toString().isEmpty()) {
        place += QStringLiteral(", ") + reading[u"scope"].toString();
    }
    QString value = reading[u"value"].isDouble() ? QString::number(reading[u"value"].toDouble(), 'f', 4)
                                                 : reading[u"note"].toString();
    if (reading[u"other_end"].isDouble()) {
        value += Tr::tr(" (other end %1)").arg(reading[u"other_end"].toDouble(), 0, 'f', 4);
    }
    const auto verdict = enumFromName<RuleVerdict>(reading[u"verdict"].toString());
    return QStringLiteral("%1: %2 %3").arg(place, value, verdict ? displayNameOf(*verdict) : QString());
}

Status checkApproval(const QString& requestId, const QJsonObject& pccp, bool justified)
{
    const QStringList failing = blockers(pccp);
    if (!failing.isEmpty()) {
        return Error(ErrorCode::Rule,
                     Tr::tr("%1 cannot be approved: blocking acceptance rules of PCCP version %2 are not met:\n- %3")
                         .arg(requestId)
                         .arg(pccp[u"version"].toInt())
                         .arg(failing.join(QStringLiteral("\n- "))));
    }
    const QStringList unevaluated = needingJustification(pccp);
    if (!unevaluated.isEmpty() && !justified) {
        return Error(ErrorCode::Rule,
                     Tr::tr("%1 cannot be approved yet: blocking acceptance rules of PCCP version %2 could not be "
                            "evaluated, and a QA officer must first sign a justification (cr justify):\n- %3")
                         .arg(requestId)
                         .arg(pccp[u"version"].toInt())
                         .arg(unevaluated.join(QStringLiteral("\n- "))));
    }
    return {};
}

Status checkImplementation(const QString& requestId, const QJsonObject& pccp)
{
    if (!needsSubmission(pccp)) {
        return {};
    }
    const QString why = determinationOf(pccp) == PccpDetermination::Outside
        ? Tr::tr("its author placed it outside the PCCP")
        : Tr::tr("it names modification %1, which PCCP version %2 does not have")
              .arg(pccp[u"modification"].toString())
              .arg(pccp[u"version"].toInt());
    return Error(ErrorCode::Rule,
                 Tr::tr("%1 needs a new regulatory submission (%2) and cannot be implemented under the PCCP of %3")
                     .arg(requestId, why, pccp[u"model"].toString()));
}

} // namespace cs::PccpGate
