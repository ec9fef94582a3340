#pragma once

#include "commands/Command.h"
#include "records/User.h"
#include "store/CoreInternal.h"

namespace cs {

// Sign-in bookkeeping (21 CFR 11.300(d)): Countersign records attempts itself, so this command needs no action of
// the authority matrix and is private to core; only Workspace runs it.

/// One attempt to sign in (or to confirm a signature with the password), whose password was checked before the
/// write transaction (scrypt takes a tenth of a second and must not hold the write lock). Inside the transaction the
/// account is read again and the attempt decided: attempts made in parallel count one after the other, none gets
/// past the lockout, and once the account is locked every attempt gets the same answer, right password or not. An
/// unknown user ID is recorded too, so that it costs the same as a wrong password.
class RecordSignInAttemptCommand final : public Command
{
public:
    enum class Use
    {
        SignIn,
        Reauthenticate, ///< the password that confirms a signature
    };
    enum class Outcome
    {
        Accepted, ///< right password, active account: recorded, the failed attempts start again
        Wrong, ///< wrong password: counted
        LockedNow, ///< wrong password that reached the limit: the account is now locked
        Refused, ///< the account is locked or disabled: refused whatever the password
        UnknownUser, ///< no such account: answered as a wrong password
    };

    RecordSignInAttemptCommand(QString username, bool passwordMatches, Use use)
        : m_username(std::move(username))
        , m_matches(passwordMatches)
        , m_use(use)
    { }
    QString description() const override;
    std::optional<Action> requiredAction() const override { return std::nullopt; }
    Status apply(CommandContext& ctx) override;

    Outcome outcome() const { return m_outcome; }
    /// The account as the attempt left it (not for an unknown user ID).
    const User& account() const { return m_account; }
    int attempts() const { return m_account.failedAttempts; }
    int limit() const { return m_limit; }

private:
    QString where() const; ///< "at sign-in" or "when signing a record", for the reasons recorded
    Status wrongPassword(CommandContext& ctx, const User& user);
    Status rightPassword(CommandContext& ctx, const User& user);
    QString m_username;
    bool m_matches;
    Use m_use;
    Outcome m_outcome = Outcome::Refused;
    User m_account;
    int m_limit = 0;
};

} // namespace cs
