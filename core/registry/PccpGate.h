#pragma once

#include "pccp/PccpRule.h"
#include "records/ChangeRequest.h"
#include "util/EnumNames.h"
#include "util/Result.h"

#include <QJsonObject>
#include <QStringList>

namespace cs {

class Database;

/// How a change request stands against its model's PCCP, frozen with its evidence (docs/pccp.md).
enum class PccpDetermination
{
    Within, ///< a modification of the PCCP in force: its rules were evaluated
    Outside, ///< the author said it falls outside the PCCP: it needs a new regulatory submission
    UnknownModification, ///< the request names a modification the PCCP in force lacks: a new submission too
    NoPccp, ///< the model has no PCCP in force: no gate
    Rollback, ///< a rollback request restores a version that was already released: no gate
};

template<>
struct EnumNames<PccpDetermination>
{
    static constexpr const char* context = "cs::PccpGate";
    static constexpr EnumName<PccpDetermination> table[] = {
        {PccpDetermination::Within, "within", QT_TRANSLATE_NOOP("cs::PccpGate", "within the PCCP")},
        {PccpDetermination::Outside, "outside", QT_TRANSLATE_NOOP("cs::PccpGate", "outside the PCCP")},
        {PccpDetermination::UnknownModification, "unknown-modification",
         QT_TRANSLATE_NOOP("cs::PccpGate", "names a modification the PCCP lacks")},
        {PccpDetermination::NoPccp, "no-pccp", QT_TRANSLATE_NOOP("cs::PccpGate", "no PCCP in force")},
        {PccpDetermination::Rollback, "rollback", QT_TRANSLATE_NOOP("cs::PccpGate", "rollback, not a modification")},
    };
};

/// The gate of the change-request flow: which PCCP a request is checked against, each rule's verdict, and what
/// that means for approval and implementation. The window, the CLI and the package read the frozen result.
namespace PccpGate {
/// Evaluates `request` against its model's PCCP in force on its computed `evidence`: the PCCP's model, version,
/// title and content SHA-256, the modification, and for each of its rules the rule (its definition and words) with
/// its outcome. The result is frozen in the evidence as "pccp".
Result<QJsonObject> determine(Database& db, const ChangeRequestRecord& request, const QJsonObject& evidence);

/// The frozen determination's kind ("pccp" of the evidence; NoPccp for evidence frozen before PCCPs).
PccpDetermination determinationOf(const QJsonObject& pccp);
/// True when the change needs a new regulatory submission (outside the PCCP, or a modification it lacks).
bool needsSubmission(const QJsonObject& pccp);
/// Blocking rules that FAIL, or are INCONCLUSIVE (the criterion is not shown to be met): approval is refused.
/// Each entry names the rule, its words and its verdict.
QStringList blockers(const QJsonObject& pccp);
/// The ids of those same rules ("R3").
QStringList blockerIds(const QJsonObject& pccp);
/// Blocking rules that are NOT EVALUABLE: approval needs a QA officer's signed justification first.
QStringList needingJustification(const QJsonObject& pccp);

/// The determination in words, for every view: "Within modification M1 (title) of PCCP version 1 of sepsis-risk:
/// 5 rules pass, 1 fails (blocking)", "Outside the PCCP: needs a new regulatory submission", ...
QString statement(const QJsonObject& pccp);

/// One place a rule read, in words: "locked-validation-2026q3, age_band = 60-74: -0.0571 (other end 0.0305) PASS",
/// or the note saying why it could not be read.
QString readingText(const QJsonObject& reading);
/// A frozen rule's criterion in words, in the reader's language: rebuilt from the rule's frozen definition (the
/// frozen "text" is in English, the records' language), or that text when the evidence predates definitions.
QString ruleText(const QJsonObject& rule);

/// Approval refused while a blocking rule fails or a not-evaluable one is not justified; `justified` says whether a
/// QA officer signed a justification on this evidence.
Status checkApproval(const QString& requestId, const QJsonObject& pccp, bool justified);
/// Implementation under the PCCP refused for a change that needs a new regulatory submission.
Status checkImplementation(const QString& requestId, const QJsonObject& pccp);
} // namespace PccpGate

} // namespace cs
