#pragma once

#include "pccp/PccpRule.h"
#include "util/EnumNames.h"
#include "util/Result.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace cs {

/// One modification a Predetermined Change Control Plan allows (FDA, AI-enabled device software functions, December
/// 2024): its description, the modification protocol with its acceptance criteria as rules, and the impact
/// assessment.
struct PccpModification
{
    enum class Type
    {
        Retraining, ///< re-training on new data within the intended population
        Inputs, ///< inputs and compatibility
        Subpopulation, ///< performance for a specified subpopulation
    };

    QString id; ///< unique within the PCCP, e.g. "M1"
    QString title;
    Type type = Type::Retraining;
    bool automatic = false;
    bool global = true; ///< global (every site) or local (site-specific)
    QString frequency;
    QString rationale;
    QString labelling; ///< the labelling affected

    /// The modification protocol's four parts, as text.
    QString dataManagement; ///< reference standard, sequestered test data, representativeness
    QString retraining;
    QString performanceEvaluation;
    QString updateProcedures; ///< deployment, communication, real-world monitoring, rollback
    QList<PccpRule> rules; ///< the acceptance criteria

    /// The impact assessment.
    QString benefits;
    QString risks; ///< including bias
    QString mitigations;
    QString interactions;
    QString cumulativeImpact;
};

/// A PCCP of one model, as written (in the window's form or a YAML file). Versions, signatures and which one is in
/// force are the store's (docs/pccp.md).
struct Pccp
{
    /// What a change request names when its change falls under none of the modifications: it then needs a new
    /// regulatory submission. No modification may take this id.
    static constexpr QLatin1StringView kOutside {"outside"};

    QString model;
    QString title;
    QString summary;
    QList<PccpModification> modifications;
    QList<PccpRule> monitoring; ///< real-world monitoring: drift and performance rules on production windows

    /// One cell of the traceability table: a modification against one of the four protocol parts, with whether the
    /// protocol describes it and, for performance evaluation, the rules that make it executable. Generated, never
    /// typed.
    struct Trace
    {
        QString modification;
        QString part; ///< data-management, retraining, performance-evaluation, update-procedures
        bool described = false;
        QStringList rules;
    };
    QList<Trace> traceability() const;
    /// The traceability table as JSON: [{modification, part, described, rules}], as `pccp check|show --json` print it.
    QJsonArray traceabilityJson() const;
    /// The modification with that id, if the PCCP has one.
    const PccpModification* modification(QStringView id) const;

    QJsonObject toJson() const;
    /// Reads what toJson() wrote; every problem is appended to `errors` as "path: message"
    /// ("modifications[0].rules[2].bound: expected a number").
    static Pccp fromJson(const QJsonObject& json, QStringList* errors);
    /// Reads a PCCP written in YAML (the same fields as toJson()). The error lists every problem, each naming the
    /// file, the line and the field: "pccp.yaml, line 14: modifications[0].rules[2].bound: expected a number".
    static Result<Pccp> fromYaml(const QByteArray& text, const QString& fileName);
    /// Reads the YAML file at `path`; an unreadable file is an error naming it.
    static Result<Pccp> fromYamlFile(const QString& path);
};

template<>
struct EnumNames<PccpModification::Type>
{
    static constexpr const char* context = "cs::Pccp";
    static constexpr EnumName<PccpModification::Type> table[] = {
        {PccpModification::Type::Retraining, "retraining",
         QT_TRANSLATE_NOOP("cs::Pccp", "re-training on new data within the intended population")},
        {PccpModification::Type::Inputs, "inputs", QT_TRANSLATE_NOOP("cs::Pccp", "inputs and compatibility")},
        {PccpModification::Type::Subpopulation, "subpopulation",
         QT_TRANSLATE_NOOP("cs::Pccp", "performance for a specified subpopulation")},
    };
};

} // namespace cs
