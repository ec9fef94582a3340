#include "UserRules.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

namespace cs {

namespace {
/// lupdate files every string of this file under the context that Tr::tr() looks up at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::UserRules)
};
} // namespace

namespace UserRules {

Status validateUsername(const QString& username)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9._-]{1,31}$"));
    if (!pattern.match(username).hasMatch()) {
        return Error(ErrorCode::InvalidArgument,
                     Tr::tr("username \"%1\" is not valid: use 2 to 32 lower-case letters, digits, \".\", \"_\" or "
                            "\"-\", starting with a letter")
                         .arg(username));
    }
    if (isReserved(username)) {
        return Error(ErrorCode::InvalidArgument, Tr::tr("username \"%1\" is reserved for Countersign").arg(username));
    }
    return {};
}

Status validateFullName(const QString& fullName)
{
    const QString trimmed = fullName.trimmed();
    if (trimmed.size() < 2 || trimmed.size() > 120 || trimmed != fullName) {
        return Error(
            ErrorCode::InvalidArgument,
            Tr::tr("full name \"%1\" is not valid: give the printed name, 2 to 120 characters, without leading "
                   "or trailing spaces")
                .arg(fullName));
    }
    return {};
}

Status validateEmail(const QString& email)
{
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (email.size() > 254 || !pattern.match(email).hasMatch()) {
        return Error(ErrorCode::InvalidArgument, Tr::tr("e-mail address \"%1\" is not valid").arg(email));
    }
    return {};
}

Status validateRoles(const QList<Role>& roles)
{
    if (roles.isEmpty()) {
        return Error(ErrorCode::InvalidArgument, Tr::tr("give at least one role"));
    }
    return {};
}

Status validate(const NewAccount& account)
{
    for (const Status& s : {validateUsername(account.username), validateFullName(account.fullName),
                            validateEmail(account.email), validateRoles(account.roles)}) {
        if (!s) {
            return s;
        }
    }
    return {};
}

bool isReserved(const QString& username)
{
    return username == SystemActor || username == u"root" || username == u"admin-system";
}

Result<QList<Role>> parseRoles(const QString& text)
{
    QList<Role> roles;
    for (const QString& part : text.split(u',', Qt::SkipEmptyParts)) {
        const QString name = part.trimmed();
        auto role = enumFromName<Role>(name);
        if (!role) {
            QStringList known;
            for (Role r : enumValues<Role>()) {
                known.append(nameOf(r));
            }
            return Error(ErrorCode::InvalidArgument,
                         Tr::tr("unknown role \"%1\"; roles are %2").arg(name, known.join(QStringLiteral(", "))));
        }
        if (!roles.contains(*role)) {
            roles.append(*role);
        }
    }
    if (auto r = validateRoles(roles); !r) {
        return r.error();
    }
    QList<Role> ordered;
    for (Role r : enumValues<Role>()) {
        if (roles.contains(r)) {
            ordered.append(r);
        }
    }
    return ordered;
}

} // namespace UserRules

} // namespace cs
