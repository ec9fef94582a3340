#pragma once

#include "commands/Command.h"
#include "pki/Certificate.h"
#include "records/ChangeRequest.h"

namespace cs {

/// Opens a change request for a candidate version (docs/change-requests.md): the baseline is the model's version
/// in production now (none for a first release), fixed here like the model and the candidate; the rollback version
/// defaults to the baseline. The new request is a draft, revision 1, with the next id of the year (CR-2026-0001).
class CreateChangeRequestCommand final : public Command
{
public:
    explicit CreateChangeRequestCommand(ChangeRequestContent content);
    QString description() const override;
    std::optional<Action> requiredAction() const override { return Action::CreateChangeRequest; }
    Status apply(CommandContext& ctx) override;
    /// The new request's id (after a successful execute).
    const QString& id() const { return m_id; }

private:
    ChangeRequestContent m_content;
    QString m_id;
};

/// Changes a draft (its author only), saying what changed; on a returned request, starts the next revision as a
/// draft. The model, the candidate and the baseline stay as they were.
class EditChangeRequestCommand final : public Command
{
public:
    EditChangeRequestCommand(QString id, ChangeRequestContent content, QString reason);
    QString description() const override;
    std::optional<Action> requiredAction() const override { return Action::CreateChangeRequest; }
    Status apply(CommandContext& ctx) override;

private:
    QString m_id;
    ChangeRequestContent m_content;
    QString m_reason;
};

/// Submits a draft: checks the content and the plan against the workspace (every dataset there, the validation set
/// locked, both versions' predictions on each, every subgroup column a column of each), locks the revision, and the
/// author signs it "authored", in one transaction.
class SubmitChangeRequestCommand final : public Command
{
public:
    SubmitChangeRequestCommand(QString id, QString reason, SigningCredentials credentials);
    QString description() const override;
    std::optional<Action> requiredAction() const override { return Action::CreateChangeRequest; }
    Status apply(CommandContext& ctx) override;
    /// The signature's row (after a successful execute).
    qint64 signatureId() const { return m_signatureId; }

private:
    QString m_id;
    QString m_reason;
    SigningCredentials m_credentials;
    qint64 m_signatureId = 0;
};

/// Evaluates a submitted request: computes its validation evidence from the stored predictions
/// (ChangeRequestEvidence), freezes it as canonical JSON with its SHA-256 and records the move, in one transaction.
class EvaluateChangeRequestCommand final : public Command
{
public:
    explicit EvaluateChangeRequestCommand(QString id);
    QString description() const override;
    std::optional<Action> requiredAction() const override { return Action::EvaluateChangeRequest; }
    Status apply(CommandContext& ctx) override;
    /// The frozen evidence's SHA-256 (after a successful execute).
    const QString& evidenceSha256() const { return m_sha256; }

private:
    QString m_id;
    QString m_sha256;
};

/// A move that needs a reason and no signature: withdraw (the author) or return (a QA officer who is not the
/// author).
class MoveChangeRequestCommand final : public Command
{
public:
    MoveChangeRequestCommand(QString id, ChangeRequestAction action, QString reason);
    QString description() const override;
    std::optional<Action> requiredAction() const override;
    Status apply(CommandContext& ctx) override;

private:
    QString m_id;
    ChangeRequestAction m_action;
    QString m_reason;
};

} // namespace cs
