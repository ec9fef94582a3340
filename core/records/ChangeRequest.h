#pragma once

#include "util/EnumNames.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cs {

/// Where a change request stands (docs/change-requests.md). The legal moves, who may make them and which signature
/// each needs are core's (registry/ChangeRequestFlow.h).
enum class ChangeRequestState
{
    Draft,
    Submitted,
    Evaluated,
    Approved,
    Rejected,
    Returned,
    Implemented,
    Closed,
    RolledBack,
    Withdrawn,
};

template<>
struct EnumNames<ChangeRequestState>
{
    static constexpr const char* context = "cs::ChangeRequestState";
    static constexpr EnumName<ChangeRequestState> table[] = {
        {ChangeRequestState::Draft, "draft", QT_TRANSLATE_NOOP("cs::ChangeRequestState", "Draft")},
        {ChangeRequestState::Submitted, "submitted", QT_TRANSLATE_NOOP("cs::ChangeRequestState", "Submitted")},
        {ChangeRequestState::Evaluated, "evaluated", QT_TRANSLATE_NOOP("cs::ChangeRequestState", "Evaluated")},
        {ChangeRequestState::Approved, "approved", QT_TRANSLATE_NOOP("cs::ChangeRequestState", "Approved")},
        {ChangeRequestState::Rejected, "rejected", QT_TRANSLATE_NOOP("cs::ChangeRequestState", "Rejected")},
        {ChangeRequestState::Returned, "returned", QT_TRANSLATE_NOOP("cs::ChangeRequestState", "Returned")},
        {ChangeRequestState::Implemented, "implemented", QT_TRANSLATE_NOOP("cs::ChangeRequestState", "Implemented")},
        {ChangeRequestState::Closed, "closed", QT_TRANSLATE_NOOP("cs::ChangeRequestState", "Closed")},
        {ChangeRequestState::RolledBack, "rolled-back", QT_TRANSLATE_NOOP("cs::ChangeRequestState", "Rolled back")},
        {ChangeRequestState::Withdrawn, "withdrawn", QT_TRANSLATE_NOOP("cs::ChangeRequestState", "Withdrawn")},
    };
};

/// What a person (or, for the last two, Countersign itself) does to a change request.
enum class ChangeRequestAction
{
    Edit, ///< change the draft; on a returned request, start the next revision
    Submit, ///< lock the plan and the text; the author signs "authored"
    Evaluate, ///< compute and freeze the validation evidence
    Approve, ///< a QA officer who is not the author signs "approved"
    Reject, ///< a QA officer who is not the author signs "rejected"
    Return, ///< a QA officer sends it back to the author for a new revision
    Implement, ///< a QA officer who is not the author signs "released": the candidate goes into production
    EmergencyRollback, ///< a QA officer signs "released": the rollback version goes back into production at once
    Review, ///< the retrospective review of an emergency rollback, signed "reviewed" by another QA officer
    Justify, ///< a QA officer's signed justification ("reviewed") for deciding although blocking PCCP rules could not
             ///< be evaluated; the request stays evaluated
    Withdraw, ///< the author gives up a draft or submitted request
    Close, ///< Countersign: a later request for the model was implemented
    RolledBack, ///< Countersign: a rollback request naming this one was implemented
};

template<>
struct EnumNames<ChangeRequestAction>
{
    static constexpr const char* context = "cs::ChangeRequestAction";
    static constexpr EnumName<ChangeRequestAction> table[] = {
        {ChangeRequestAction::Edit, "edit", QT_TRANSLATE_NOOP("cs::ChangeRequestAction", "Edit")},
        {ChangeRequestAction::Submit, "submit", QT_TRANSLATE_NOOP("cs::ChangeRequestAction", "Submit")},
        {ChangeRequestAction::Evaluate, "evaluate", QT_TRANSLATE_NOOP("cs::ChangeRequestAction", "Evaluate")},
        {ChangeRequestAction::Approve, "approve", QT_TRANSLATE_NOOP("cs::ChangeRequestAction", "Approve")},
        {ChangeRequestAction::Reject, "reject", QT_TRANSLATE_NOOP("cs::ChangeRequestAction", "Reject")},
        {ChangeRequestAction::Return, "return", QT_TRANSLATE_NOOP("cs::ChangeRequestAction", "Return")},
        {ChangeRequestAction::Implement, "implement", QT_TRANSLATE_NOOP("cs::ChangeRequestAction", "Implement")},
        {ChangeRequestAction::EmergencyRollback, "emergency-rollback",
         QT_TRANSLATE_NOOP("cs::ChangeRequestAction", "Emergency rollback")},
        {ChangeRequestAction::Review, "review", QT_TRANSLATE_NOOP("cs::ChangeRequestAction", "Review")},
        {ChangeRequestAction::Justify, "justify", QT_TRANSLATE_NOOP("cs::ChangeRequestAction", "Justify")},
        {ChangeRequestAction::Withdraw, "withdraw", QT_TRANSLATE_NOOP("cs::ChangeRequestAction", "Withdraw")},
        {ChangeRequestAction::Close, "close", QT_TRANSLATE_NOOP("cs::ChangeRequestAction", "Close")},
        {ChangeRequestAction::RolledBack, "rolled-back", QT_TRANSLATE_NOOP("cs::ChangeRequestAction", "Rolled back")},
    };
};

/// Why a change was requested.
enum class ChangeTrigger
{
    DriftAlert,
    PerformanceReview,
    ScheduledRetraining,
    ProblemReport,
    NewData,
    Other,
};

template<>
struct EnumNames<ChangeTrigger>
{
    static constexpr const char* context = "cs::ChangeTrigger";
    static constexpr EnumName<ChangeTrigger> table[] = {
        {ChangeTrigger::DriftAlert, "drift-alert", QT_TRANSLATE_NOOP("cs::ChangeTrigger", "Drift alert")},
        {ChangeTrigger::PerformanceReview, "performance-review",
         QT_TRANSLATE_NOOP("cs::ChangeTrigger", "Performance review")},
        {ChangeTrigger::ScheduledRetraining, "scheduled-retraining",
         QT_TRANSLATE_NOOP("cs::ChangeTrigger", "Scheduled re-training")},
        {ChangeTrigger::ProblemReport, "problem-report", QT_TRANSLATE_NOOP("cs::ChangeTrigger", "Problem report")},
        {ChangeTrigger::NewData, "new-data", QT_TRANSLATE_NOOP("cs::ChangeTrigger", "New data")},
        {ChangeTrigger::Other, "other", QT_TRANSLATE_NOOP("cs::ChangeTrigger", "Other")},
    };
};

/// The pre-specified validation plan of a change request: fixed when the request is submitted, before anyone sees
/// the evidence.
struct ValidationPlan
{
    struct Dataset
    {
        QString name;
        bool challenge = false; ///< a challenge set (optional); otherwise the locked validation set
    };
    QList<Dataset> datasets;
    double candidateThreshold = 0.5; ///< the operating threshold of the candidate version
    double baselineThreshold = 0.5; ///< and of the baseline
    /// And of the originally cleared version, when the request names one (ChangeRequestContent::cleared).
    std::optional<double> clearedThreshold;
    double alpha = 0.05;
    /// Non-inferiority margins (proportions; AUC in AUC units): the candidate may be at most this much worse.
    double sensitivityMargin = 0.05;
    double specificityMargin = 0.05;
    double accuracyMargin = 0.05;
    double aucMargin = 0.02;
    QStringList subgroupColumns;
    int minimumPositives = 10; ///< fewer positives in a subgroup: no verdict for it

    QJsonObject toJson() const;
    /// Reads a plan written by toJson(); errors name the field.
    static ValidationPlan fromJson(const QJsonObject& json, QStringList* errors);
};

/// What the author writes (and can change while the request is a draft). The model, the candidate, and the
/// baseline (the version in production when the request was opened) are fixed when it is created.
struct ChangeRequestContent
{
    QString model;
    QString candidate; ///< version label
    QString baseline; ///< version label; empty for a model's first release
    /// The originally cleared version (the one the device's marketing authorisation rests on), an optional second
    /// comparator: the evidence then also compares the candidate with it ("against_cleared"), at
    /// plan.clearedThreshold. Empty when the request names none.
    QString cleared;
    /// The modification of the PCCP in force this change falls under (its id, "M1"), or "outside" (Pccp::kOutside):
    /// then it needs a new regulatory submission. Empty when the model has no PCCP in force (docs/pccp.md).
    QString pccpModification;
    ChangeTrigger trigger = ChangeTrigger::Other;
    QString triggerReference;
    QString title;
    QString description;
    QString rationale;
    bool major = false; ///< the classification of the change: minor or major
    QString classificationReason;
    QString benefits;
    QString risks; ///< including bias across patient subgroups
    QString mitigations;
    QString residualRisk;
    QString rollbackVersion; ///< the version to return to
    QString rollbackCriteria;
    QString rollbackOf; ///< a rollback request: the implemented request whose change it undoes (empty otherwise)
    ValidationPlan plan;

    /// The content as canonical-ready JSON (docs/change-requests.md); what the author's signature covers.
    QJsonObject toJson() const;
    /// Reads content written by toJson(); every malformed field is named in `errors`.
    static ChangeRequestContent fromJson(const QJsonObject& json, QStringList* errors);
    /// The rules the content must meet to be submitted (the workspace's own checks, such as whether a dataset is
    /// locked, are the submit command's): each problem names the field.
    QStringList problems() const;
};

/// A change request as stored: its identity, its latest revision and its state.
struct ChangeRequestRecord
{
    QString id; ///< "CR-2026-0001"
    QString author;
    qint64 createdAtMs = 0;
    qint64 revisionId = 0; ///< the latest revision's row
    int revision = 1;
    ChangeRequestContent content;
    QString contentSha256;
    QString planSha256;
    bool locked = false; ///< the revision was submitted: its plan and text can no longer change
    ChangeRequestState state = ChangeRequestState::Draft;
};

/// One move of a change request, as its history shows it.
struct ChangeRequestMove
{
    qint64 id = 0;
    int revision = 1;
    ChangeRequestState from = ChangeRequestState::Draft;
    ChangeRequestState to = ChangeRequestState::Draft;
    ChangeRequestAction action = ChangeRequestAction::Edit;
    QString reason;
    qint64 signatureId = 0; ///< the signature the move is, if any
    QString actor;
    qint64 atMs = 0;
};

} // namespace cs
