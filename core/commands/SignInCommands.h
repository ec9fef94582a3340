#pragma once

#include "commands/Command.h"
#include "store/CoreInternal.h"

namespace cs {

// Sign-in bookkeeping (21 CFR 11.300(d)): Countersign records attempts itself, so these commands need no action of
// the authority matrix and are private to core; only Workspace runs them.

/// A wrong password: counts towards the lockout and locks the account at the limit (11.300(d)).
class RecordFailedSignInCommand final : public Command
{
public:
    RecordFailedSignInCommand(QString username, QString context)
        : m_username(std::move(username))
        , m_context(std::move(context))
    { }
    QString description() const override;
    std::optional<Action> requiredAction() const override { return std::nullopt; }
    Status apply(CommandContext& ctx) override;
    bool lockedNow() const { return m_lockedNow; }
    int attempts() const { return m_attempts; }
    int limit() const { return m_limit; }

private:
    QString m_username;
    QString m_context;
    bool m_lockedNow = false;
    int m_attempts = 0;
    int m_limit = 0;
};

/// A successful sign-in (or a correct password for a signature after failures): recorded, and the count of
/// failed attempts starts again.
class RecordSignInCommand final : public Command
{
public:
    RecordSignInCommand(QString username, bool signIn)
        : m_username(std::move(username))
        , m_signIn(signIn)
    { }
    QString description() const override;
    std::optional<Action> requiredAction() const override { return std::nullopt; }
    Status apply(CommandContext& ctx) override;

private:
    QString m_username;
    bool m_signIn;
};

} // namespace cs
