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

/// What a submission does with a plan whose power to show non-inferiority at some margin is below one half, were the
/// two versions equally good (ChangeRequestEvidence::planPower): refuse it, or accept it with the author's
/// acknowledgement written into the signature's reason.
enum class LowPower
{
    Refuse,
    Accept
};

/// What every signed step of a change request holds: the request, the signer's reason and credentials, and, once
/// executed, the row of the signature it made.
class SignedChangeRequestCommand : public Command
{
public:
    /// The signature's row (after a successful execute).
    qint64 signatureId() const { return m_signatureId; }

protected:
    SignedChangeRequestCommand(QString id, QString reason, SigningCredentials credentials)
        : m_id(std::move(id))
        , m_reason(std::move(reason))
        , m_credentials(std::move(credentials))
    { }

    QString m_id;
    QString m_reason;
    SigningCredentials m_credentials;
    qint64 m_signatureId = 0;
};

/// Submits a draft: checks the content and the plan against the workspace (every dataset there, the validation set
/// locked, both versions' predictions on each, every subgroup column a column of each) and the plan's power, locks
/// the revision, and the author signs it "authored", in one transaction. A plan that would fail more often than not
/// with two equal versions is refused unless `lowPower` is Accept; then the signed reason says so.
class SubmitChangeRequestCommand final : public SignedChangeRequestCommand
{
public:
    SubmitChangeRequestCommand(QString id, QString reason, LowPower lowPower, SigningCredentials credentials);
    QString description() const override;
    std::optional<Action> requiredAction() const override { return Action::CreateChangeRequest; }
    Status apply(CommandContext& ctx) override;

private:
    LowPower m_lowPower;
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

/// Approves or rejects an evaluated request (a QA officer who is not the author, with a reason): the decision is an
/// electronic signature over the request's evidence record ("change-request-evidence:ID@REV"), whose manifest pins
/// the content, plan and evidence hashes, both versions' evidence hashes and the version diff's hash.
class DecideChangeRequestCommand final : public SignedChangeRequestCommand
{
public:
    DecideChangeRequestCommand(QString id, ChangeRequestAction decision, QString reason,
                               SigningCredentials credentials);
    QString description() const override;
    std::optional<Action> requiredAction() const override { return Action::DecideChangeRequest; }
    Status apply(CommandContext& ctx) override;

private:
    ChangeRequestAction m_decision;
};

/// A QA officer's signed justification for deciding on an evaluated request although blocking PCCP rules could not
/// be evaluated (too few positives, or no such number in the evidence): a "reviewed" signature with the reason over
/// the request's evidence record. Approval asks for it (PccpGate::checkApproval); the request's state stays.
class JustifyChangeRequestCommand final : public SignedChangeRequestCommand
{
public:
    JustifyChangeRequestCommand(QString id, QString reason, SigningCredentials credentials);
    QString description() const override;
    std::optional<Action> requiredAction() const override { return Action::DecideChangeRequest; }
    Status apply(CommandContext& ctx) override;
};

/// Implements an approved request (a QA officer who is not the author, signing "released" over its evidence record):
/// in one transaction the candidate goes into production, the baseline is superseded, and the request that had put
/// the baseline into production is closed (or, for a rollback request, rolled back). The only way into production.
class ImplementChangeRequestCommand final : public SignedChangeRequestCommand
{
public:
    ImplementChangeRequestCommand(QString id, QString reason, SigningCredentials credentials);
    QString description() const override;
    std::optional<Action> requiredAction() const override { return Action::ImplementChangeRequest; }
    Status apply(CommandContext& ctx) override;
};

/// Rolls an implemented request back at once (a QA officer, one "released" signature with a reason over the
/// rollback record): the candidate is withdrawn and the request's rollback version goes back into production. The
/// request then waits for a retrospective review (ReviewRollbackCommand) within the workspace's
/// change.emergency_review_days.
class EmergencyRollbackCommand final : public SignedChangeRequestCommand
{
public:
    EmergencyRollbackCommand(QString id, QString reason, SigningCredentials credentials);
    QString description() const override;
    std::optional<Action> requiredAction() const override { return Action::ImplementChangeRequest; }
    Status apply(CommandContext& ctx) override;
};

/// The retrospective review of an emergency rollback: a QA officer other than who made it signs the rollback record
/// "reviewed", with a reason.
class ReviewRollbackCommand final : public SignedChangeRequestCommand
{
public:
    ReviewRollbackCommand(QString id, QString reason, SigningCredentials credentials);
    QString description() const override;
    std::optional<Action> requiredAction() const override { return Action::DecideChangeRequest; }
    Status apply(CommandContext& ctx) override;
};

} // namespace cs
