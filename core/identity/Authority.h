#pragma once

#include "records/Role.h"
#include "util/Result.h"

#include <QList>
#include <QString>

#include <optional>

namespace cs {

/// What a person can ask Countersign to do. Every core operation names its action and is checked against the
/// authority matrix (21 CFR 11.10(g)); the UI's enabling of buttons is a convenience on top, never the check.
enum class Action
{
    ViewWorkspace,
    VerifyAuditTrail,
    RecordAuditReview,
    WriteCheckpoint,
    ChangeSettings,
    ManageUsers,
    UnlockAccount,
    ChangeOwnPassword,
    ManageTrustStore,
    EnrollOwnCertificate,
    SignRecord,
    ImportModelVersion,
    TransitionLifecycle,
    CreateChangeRequest, ///< open, edit, submit and withdraw one's own change requests
    EvaluateChangeRequest, ///< compute a submitted request's validation evidence
    DecideChangeRequest, ///< approve, reject or return a request; review an emergency rollback
    ImplementChangeRequest, ///< put an approved request into production; roll back in an emergency
    WritePccp, ///< write or import a new version of a model's PCCP
    RunDrift, ///< compare a production window with a reference (a drift run, which may raise an alert)
    ReviewAlert, ///< acknowledge a drift alert with a reason
};

template<>
struct EnumNames<Action>
{
    static constexpr const char* context = "cs::Action";
    static constexpr EnumName<Action> table[] = {
        {Action::ViewWorkspace, "view-workspace", nullptr},
        {Action::VerifyAuditTrail, "verify-audit-trail", nullptr},
        {Action::RecordAuditReview, "record-audit-review", nullptr},
        {Action::WriteCheckpoint, "write-checkpoint", nullptr},
        {Action::ChangeSettings, "change-settings", nullptr},
        {Action::ManageUsers, "manage-users", nullptr},
        {Action::UnlockAccount, "unlock-account", nullptr},
        {Action::ChangeOwnPassword, "change-own-password", nullptr},
        {Action::ManageTrustStore, "manage-trust-store", nullptr},
        {Action::EnrollOwnCertificate, "enroll-own-certificate", nullptr},
        {Action::SignRecord, "sign-record", nullptr},
        {Action::ImportModelVersion, "import-model-version", nullptr},
        {Action::TransitionLifecycle, "transition-lifecycle", nullptr},
        {Action::CreateChangeRequest, "create-change-request", nullptr},
        {Action::EvaluateChangeRequest, "evaluate-change-request", nullptr},
        {Action::DecideChangeRequest, "decide-change-request", nullptr},
        {Action::ImplementChangeRequest, "implement-change-request", nullptr},
        {Action::WritePccp, "write-pccp", nullptr},
        {Action::RunDrift, "run-drift", nullptr},
        {Action::ReviewAlert, "review-alert", nullptr},
    };
};

/// The authority matrix (role x action). The single source of truth; docs/authority-matrix.md shows it, and a test
/// holds the two to each other.
namespace Authority {

const QList<Role>& allRoles();
const QList<Action>& allActions();
bool allows(Role role, Action action);
/// True when any of `roles` allows `action`.
bool allows(const QList<Role>& roles, Action action);
/// A Rule error naming the person and the action when none of their roles allows it.
Status check(const QString& username, const QList<Role>& roles, Action action);

} // namespace Authority
} // namespace cs
