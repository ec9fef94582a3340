#pragma once

#include "commands/Command.h"
#include "identity/SecretBytes.h"
#include "records/User.h"

namespace cs {

namespace UserCommands {
/// Checks and stores a new account with its first password and records "user.created". Shared by AddUserCommand
/// and the creation of a workspace's first administrator.
Status insertNewUser(CommandContext& ctx, const NewAccount& account, const SecretBytes& password,
                     bool mustChangePassword);
} // namespace UserCommands

/// An administrator adds an account. The person must change the password the administrator chose at first sign-in.
class AddUserCommand final : public Command
{
public:
    AddUserCommand(NewAccount account, SecretBytes password);
    QString description() const override;
    std::optional<Action> requiredAction() const override { return Action::ManageUsers; }
    Status apply(CommandContext& ctx) override;

private:
    NewAccount m_account;
    SecretBytes m_password;
};

/// An administrator changes a person's printed name, e-mail or roles.
class UpdateUserCommand final : public Command
{
public:
    UpdateUserCommand(QString username, QString fullName, QString email, QList<Role> roles, QString reason);
    QString description() const override;
    std::optional<Action> requiredAction() const override { return Action::ManageUsers; }
    Status apply(CommandContext& ctx) override;

private:
    QString m_username;
    QString m_fullName;
    QString m_email;
    QList<Role> m_roles;
    QString m_reason;
};

/// An administrator locks, unlocks, disables or re-enables an account, with a reason. Unlocking clears the count
/// of failed sign-ins.
class SetUserStatusCommand final : public Command
{
public:
    SetUserStatusCommand(QString username, UserStatus status, QString reason);
    QString description() const override;
    std::optional<Action> requiredAction() const override;
    Status apply(CommandContext& ctx) override;

private:
    QString m_username;
    UserStatus m_status;
    QString m_reason;
};

/// A person changes their own password, giving the current one.
class ChangeOwnPasswordCommand final : public Command
{
public:
    ChangeOwnPasswordCommand(SecretBytes current, SecretBytes replacement);
    QString description() const override;
    std::optional<Action> requiredAction() const override { return Action::ChangeOwnPassword; }
    Status apply(CommandContext& ctx) override;

private:
    SecretBytes m_current;
    SecretBytes m_replacement;
};

/// An administrator sets a new password for someone who forgot theirs; they must change it at next sign-in.
class ResetPasswordCommand final : public Command
{
public:
    ResetPasswordCommand(QString username, SecretBytes password, QString reason);
    QString description() const override;
    std::optional<Action> requiredAction() const override { return Action::ManageUsers; }
    Status apply(CommandContext& ctx) override;

private:
    QString m_username;
    SecretBytes m_password;
    QString m_reason;
};

} // namespace cs
