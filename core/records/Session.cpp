#include "Session.h"

#include "records/User.h"

#include <QUuid>

namespace cs {

bool Session::isSignedIn() const
{
    return !actor.isEmpty() && actor != SystemActor;
}

Session Session::system()
{
    return forActor(SystemActor);
}

Session Session::forActor(const QString& actor)
{
    return Session {actor, QUuid::createUuid().toString(QUuid::WithoutBraces), false};
}

} // namespace cs
