#pragma once

#include "util/EnumNames.h"

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

/// What a person (or, for the last three, Countersign itself) does to a change request.
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

} // namespace cs
