#include "User.h"

#include <QJsonArray>

namespace cs {

QJsonObject User::toAuditJson() const
{
    QJsonArray roleNames;
    for (Role role : roles) {
        roleNames.append(nameOf(role));
    }
    return QJsonObject {
        {QStringLiteral("username"), username},     {QStringLiteral("full_name"), fullName},
        {QStringLiteral("email"), email},           {QStringLiteral("roles"), roleNames},
        {QStringLiteral("status"), nameOf(status)}, {QStringLiteral("must_change_password"), mustChangePassword}};
}

QString User::displayName() const
{
    return QStringLiteral("%1 (%2)").arg(fullName, username);
}

} // namespace cs
