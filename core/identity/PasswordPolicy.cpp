#include "PasswordPolicy.h"

#include <QCoreApplication>

namespace cs::PasswordPolicy {

namespace {
/// lupdate files every string of this file under the context that Tr::tr() looks up at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::PasswordPolicy)
};
} // namespace

Status checkNew(const SecretBytes& password, const QString& username, const WorkspaceSettings& settings)
{
    const int minimum = settings.integer(SettingKey::PasswordMinLength);
    if (password.characterCount() < minimum) {
        return Error(ErrorCode::Rule,
                     Tr::tr("the password is too short: the workspace requires at least %1 characters").arg(minimum));
    }
    if (!username.isEmpty() && QString::fromUtf8(password.view()).contains(username, Qt::CaseInsensitive)) {
        return Error(ErrorCode::Rule, Tr::tr("the password must not contain the username"));
    }
    return {};
}

bool isExpired(const User& user, const WorkspaceSettings& settings, qint64 nowMs)
{
    const qint64 days = settings.integer(SettingKey::PasswordMaxAgeDays);
    return days > 0 && nowMs - user.passwordChangedAtMs > days * 24 * 60 * 60 * 1000;
}

} // namespace cs::PasswordPolicy
