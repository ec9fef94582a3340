#pragma once

#include <QString>

namespace cs {

/// Who is acting, for attribution of every audit event. Until sign-in exists (issue #3) the actor is the
/// operating-system account; the session id ties together the events of one program run.
struct Session
{
    QString actor;
    QString sessionId;

    /// A new session for the operating-system user running this process.
    static Session forOsUser();
    /// A new session for a named actor.
    static Session forActor(const QString& actor);
};

} // namespace cs
