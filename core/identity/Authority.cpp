#include "Authority.h"

#include <QCoreApplication>
#include <QStringList>

namespace cs {

namespace {
/// lupdate files every string of this file under the context that Tr::tr() looks up at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::Authority)
};

struct ActionInfo
{
    Action action;
    // Columns in Role order: data scientist, QA officer, regulatory affairs, auditor, administrator.
    bool allowed[5];
};

// Separation of duties: the administrator runs the system (people, trust, settings) but signs nothing; the
// auditor reads, verifies and reviews but changes no record.
const ActionInfo kMatrix[] = {
    {Action::ViewWorkspace, {true, true, true, true, true}},
    {Action::VerifyAuditTrail, {true, true, true, true, true}},
    {Action::RecordAuditReview, {false, true, false, true, false}},
    {Action::WriteCheckpoint, {false, true, false, true, true}},
    {Action::ChangeSettings, {false, false, false, false, true}},
    {Action::ManageUsers, {false, false, false, false, true}},
    {Action::UnlockAccount, {false, false, false, false, true}},
    {Action::ChangeOwnPassword, {true, true, true, true, true}},
    {Action::ManageTrustStore, {false, false, false, false, true}},
    {Action::EnrollOwnCertificate, {true, true, true, true, false}},
    {Action::SignRecord, {true, true, true, true, false}},
    {Action::ImportModelVersion, {true, true, true, false, false}},
    {Action::TransitionLifecycle, {true, true, false, false, false}},
    {Action::CreateChangeRequest, {true, true, true, false, false}},
    {Action::EvaluateChangeRequest, {true, true, true, false, false}},
    {Action::DecideChangeRequest, {false, true, false, false, false}},
    {Action::ImplementChangeRequest, {false, true, false, false, false}},
    {Action::WritePccp, {false, false, true, false, false}},
    {Action::RunDrift, {true, true, true, false, false}},
    {Action::ReviewAlert, {false, true, false, false, false}},
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

namespace Authority {

const QList<Role>& allRoles()
{
    static const QList<Role> roles = enumValues<Role>();
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
        held.append(displayNameOf(role));
    }
    return Error(ErrorCode::Forbidden,
                 Tr::tr("%1 may not %2: no role they hold (%3) allows it")
                     .arg(username, nameOf(action).replace(u'-', u' '),
                          held.isEmpty() ? Tr::tr("none") : held.join(QStringLiteral(", "))));
}

} // namespace Authority
} // namespace cs
