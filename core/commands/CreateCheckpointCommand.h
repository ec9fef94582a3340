#pragma once

#include "commands/Command.h"
#include "crypto/Ed25519Key.h"
#include "records/Checkpoint.h"

namespace cs {

/// Verifies the whole audit trail, then signs a checkpoint of it with the workspace key, stores it and records
/// that it did. Refuses to sign a trail that fails verification: a checkpoint must never certify damage.
class CreateCheckpointCommand final : public Command
{
public:
    CreateCheckpointCommand(const Ed25519PrivateKey& key, Ed25519PublicKey publicKey);
    QString description() const override;
    std::optional<Action> requiredAction() const override;
    Status apply(CommandContext& context) override;
    const Checkpoint& checkpoint() const { return m_checkpoint; }

    /// Within another command's transaction: the latest checkpoint when it still covers the whole trail (the last
    /// event is its own creation), otherwise a new one written as apply() writes it. For commands that hand a
    /// checkpoint out with what they export (the change-control package's audit-trail excerpt), so that the
    /// checkpoint and the export are stored together or not at all.
    static Result<Checkpoint> current(CommandContext& ctx, const Ed25519PrivateKey& key,
                                      const Ed25519PublicKey& publicKey);

private:
    const Ed25519PrivateKey& m_key;
    Ed25519PublicKey m_publicKey;
    Checkpoint m_checkpoint;
};

} // namespace cs
