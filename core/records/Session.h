#pragma once

#include <QString>

namespace cs {

/// Who is acting, for attribution of every audit event: the signed-in person's username, or Countersign itself
/// ("system") for schema upgrades and sign-in bookkeeping. The session id ties together the events of one sign-in.
/// A Workspace hands out user sessions only after checking the password (Workspace::signIn).
struct Session
{
    QString actor;
    QString sessionId;
    /// The password has expired or was set by an administrator: only changing it is allowed.
    bool passwordChangeRequired = false;

    bool isSignedIn() const;
    /// A new session acting as Countersign itself.
    static Session system();
    /// A new session for a named actor. Core-internal: only Workspace creates sessions for people.
    static Session forActor(const QString& actor);
};

} // namespace cs
