#include "PasswordPolicy.h"

#include <QCoreApplication>

namespace cs::PasswordPolicy {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("cs::PasswordPolicy", text);
}
} // namespace

Status checkNew(const SecretBytes& password, const QString& username, const WorkspaceSettings& settings)
{
    const int minimum = settings.integer(SettingKey::PasswordMinLength);
    if (password.characterCount() < minimum) {
        return Error(ErrorCode::Rule,
                     tr("the password is too short: the workspace requires at least %1 characters").arg(minimum));
    }
    if (!username.isEmpty() && QString::fromUtf8(password.view()).contains(username, Qt::CaseInsensitive)) {
        return Error(ErrorCode::Rule, tr("the password must not contain the username"));
    }
    return {};
}

bool isExpired(const User& user, const WorkspaceSettings& settings, qint64 nowMs)
{
    const qint64 days = settings.integer(SettingKey::PasswordMaxAgeDays);
    return days > 0 && nowMs - user.passwordChangedAtMs > days * 24 * 60 * 60 * 1000;
}

} // namespace cs::PasswordPolicy
