#include "Authority.h"

#include <QCoreApplication>
#include <QStringList>

namespace cs {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("cs::Authority", text);
}

struct ActionInfo
{
    Action action;
    const char* name;
    // Columns in Role order: data scientist, QA officer, regulatory affairs, auditor, administrator.
    bool allowed[5];
};

// Separation of duties: the administrator runs the system (people, trust, settings) but signs nothing; the
// auditor reads, verifies and reviews but changes no record.
const ActionInfo kMatrix[] = {
    {Action::ViewWorkspace, "view-workspace", {true, true, true, true, true}},
    {Action::VerifyAuditTrail, "verify-audit-trail", {true, true, true, true, true}},
    {Action::RecordAuditReview, "record-audit-review", {false, true, false, true, false}},
    {Action::WriteCheckpoint, "write-checkpoint", {false, true, false, true, true}},
    {Action::ChangeSettings, "change-settings", {false, false, false, false, true}},
    {Action::ManageUsers, "manage-users", {false, false, false, false, true}},
    {Action::UnlockAccount, "unlock-account", {false, false, false, false, true}},
    {Action::ChangeOwnPassword, "change-own-password", {true, true, true, true, true}},
    {Action::ManageTrustStore, "manage-trust-store", {false, false, false, false, true}},
    {Action::EnrollOwnCertificate, "enroll-own-certificate", {true, true, true, true, false}},
    {Action::SignRecord, "sign-record", {true, true, true, true, false}},
    {Action::ImportModelVersion, "import-model-version", {true, true, true, false, false}},
    {Action::TransitionLifecycle, "transition-lifecycle", {true, true, false, false, false}},
};

const ActionInfo& info(Action action)
{
    for (const ActionInfo& row : kMatrix) {
        if (row.action == action) {
            return row;
        }
    }
    return kMatrix[0];
}
} // namespace

QString roleName(Role role)
{
    switch (role) {
    case Role::DataScientist:
        return QStringLiteral("data-scientist");
    case Role::QaOfficer:
        return QStringLiteral("qa-officer");
    case Role::RegulatoryAffairs:
        return QStringLiteral("regulatory-affairs");
    case Role::Auditor:
        return QStringLiteral("auditor");
    case Role::Administrator:
        return QStringLiteral("administrator");
    }
    return {};
}

QString roleDisplayName(Role role)
{
    switch (role) {
    case Role::DataScientist:
        return tr("Data scientist");
    case Role::QaOfficer:
        return tr("QA officer");
    case Role::RegulatoryAffairs:
        return tr("Regulatory affairs");
    case Role::Auditor:
        return tr("Auditor");
    case Role::Administrator:
        return tr("Administrator");
    }
    return {};
}

std::optional<Role> roleFromName(QStringView name)
{
    for (Role role : Authority::allRoles()) {
        if (roleName(role) == name) {
            return role;
        }
    }
    return std::nullopt;
}

QString actionName(Action action)
{
    return QLatin1String(info(action).name);
}

namespace Authority {

const QList<Role>& allRoles()
{
    static const QList<Role> roles = {Role::DataScientist, Role::QaOfficer, Role::RegulatoryAffairs, Role::Auditor,
                                      Role::Administrator};
    return roles;
}

const QList<Action>& allActions()
{
    static const QList<Action> actions = [] {
        QList<Action> list;
        for (const ActionInfo& row : kMatrix) {
            list.append(row.action);
        }
        return list;
    }();
    return actions;
}

bool allows(Role role, Action action)
{
    return info(action).allowed[static_cast<int>(role)];
}

bool allows(const QList<Role>& roles, Action action)
{
    for (Role role : roles) {
        if (allows(role, action)) {
            return true;
        }
    }
    return false;
}

Status check(const QString& username, const QList<Role>& roles, Action action)
{
    if (allows(roles, action)) {
        return {};
    }
    QStringList held;
    for (Role role : roles) {
        held.append(roleDisplayName(role));
    }
    return Error(ErrorCode::Forbidden,
                 tr("%1 may not %2: no role they hold (%3) allows it")
                     .arg(username, actionName(action).replace(u'-', u' '),
                          held.isEmpty() ? tr("none") : held.join(QStringLiteral(", "))));
}

} // namespace Authority
} // namespace cs
