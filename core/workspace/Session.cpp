#include "Session.h"

#include <QUuid>

#include <pwd.h>
#include <unistd.h>

namespace cs {

Session Session::forOsUser()
{
    QString name;
    if (const passwd* pw = getpwuid(getuid()); pw != nullptr && pw->pw_name != nullptr) {
        name = QString::fromLocal8Bit(pw->pw_name);
    }
    if (name.isEmpty()) {
        name = QStringLiteral("uid-%1").arg(getuid());
    }
    return forActor(QStringLiteral("os:") + name);
}

Session Session::forActor(const QString& actor)
{
    return Session {actor, QUuid::createUuid().toString(QUuid::WithoutBraces)};
}

} // namespace cs
