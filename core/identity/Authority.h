#pragma once

#include "util/Result.h"

#include <QList>
#include <QString>

#include <optional>

namespace cs {

/// The roles a person can hold in a workspace (one person may hold several).
enum class Role
{
    DataScientist,
    QaOfficer,
    RegulatoryAffairs,
    Auditor,
    Administrator,
};

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
};

QString roleName(Role role); ///< stable identifier: "qa-officer"
QString roleDisplayName(Role role); ///< for people: "QA officer"
std::optional<Role> roleFromName(QStringView name);
QString actionName(Action action); ///< stable identifier: "record-audit-review"

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
