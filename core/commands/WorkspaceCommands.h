#pragma once

#include "commands/Command.h"
#include "crypto/Ed25519Key.h"
#include "identity/SecretBytes.h"
#include "records/User.h"
#include "records/WorkspaceInfo.h"
#include "store/CoreInternal.h"
#include "store/Schema.h"

namespace cs {

// Countersign's own bookkeeping commands: they need no action of the authority matrix, so they are private to core
// (this header does not compile outside it) and only Workspace runs them.

/// Creates the schema, the identity and event 1 in one transaction.
class CreateWorkspaceCommand final : public Command
{
public:
    CreateWorkspaceCommand(const QList<Migration>& migrations, QString id, const WorkspaceCreateInfo& info,
                           const Ed25519PublicKey& key, const NewAccount& administrator, const SecretBytes& password)
        : m_migrations(migrations)
        , m_id(std::move(id))
        , m_info(info)
        , m_key(key)
        , m_administrator(administrator)
        , m_password(password)
    { }
    QString description() const override;
    std::optional<Action> requiredAction() const override { return std::nullopt; }
    Status apply(CommandContext& ctx) override;

private:
    const QList<Migration>& m_migrations;
    QString m_id;
    WorkspaceCreateInfo m_info;
    Ed25519PublicKey m_key;
    const NewAccount& m_administrator;
    const SecretBytes& m_password;
};

/// The first administrator of a workspace that has no accounts (one created before sign-in existed).
class CreateFirstAdministratorCommand final : public Command
{
public:
    CreateFirstAdministratorCommand(const NewAccount& administrator, const SecretBytes& password)
        : m_administrator(administrator)
        , m_password(password)
    { }
    QString description() const override;
    std::optional<Action> requiredAction() const override { return std::nullopt; }
    Status apply(CommandContext& ctx) override;

private:
    const NewAccount& m_administrator;
    const SecretBytes& m_password;
};

/// Upgrades an older workspace's schema, recorded as a change to the workspace.
class UpgradeSchemaCommand final : public Command
{
public:
    UpgradeSchemaCommand(const QList<Migration>& migrations, int from, QString id)
        : m_migrations(migrations)
        , m_from(from)
        , m_id(std::move(id))
    { }
    QString description() const override;
    std::optional<Action> requiredAction() const override { return std::nullopt; }
    Status apply(CommandContext& ctx) override;

private:
    const QList<Migration>& m_migrations;
    int m_from;
    QString m_id;
};

} // namespace cs
