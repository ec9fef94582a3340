#include "Role.h"

namespace cs {

QString rolesToText(const QList<Role>& roles)
{
    QStringList names;
    for (Role role : enumValues<Role>()) {
        if (roles.contains(role)) {
            names.append(nameOf(role));
        }
    }
    return names.join(u',');
}

std::optional<QList<Role>> rolesFromText(QStringView text)
{
    QList<Role> roles;
    for (QStringView part : text.split(u',', Qt::SkipEmptyParts)) {
        const std::optional<Role> role = enumFromName<Role>(part.trimmed());
        if (!role) {
            return std::nullopt;
        }
        if (!roles.contains(*role)) {
            roles.append(*role);
        }
    }
    return roles;
}

} // namespace cs
