// The decisions on a change request and what follows them: approve, reject, implement, the emergency rollback and
// its review (docs/change-requests.md).
#include "ChangeRequestCommands.h"
#include "commands/ChangeRequestSteps.h"
#include "commands/CommandContext.h"
#include "commands/SignRecordCommand.h"
#include "registry/PccpGate.h"
#include "store/ChangeRequestTables.h"
#include "store/IdentityTables.h"
#include "store/RegistryTables.h"

#include <QCoreApplication>

namespace cs {

namespace {
/// lupdate files every string of this file under the context that Tr::tr() looks up at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::ChangeRequestRelease)
};

using ChangeRequestSteps::begin;
using ChangeRequestSteps::moveVersion;
using ChangeRequestSteps::recordMove;

/// Signs the record that `action` signs (ChangeRequestFlow::signedRecord) with the meaning of its step, inside the
/// command's transaction; returns the signature's row.
Result<qint64> sign(CommandContext& ctx, const ChangeRequestSteps::Begun& begun, ChangeRequestAction action,
                    const QString& reason, SigningCredentials credentials)
{
    const auto record = ChangeRequestFlow::signedRecord(begun.request.id, begun.request.revision, action);
    if (!record || !begun.step.signature) {
        return Error(ErrorCode::Rule, Tr::tr("%1 is not a signed action").arg(nameOf(action)));
    }
    SignRecordCommand command(record->type, record->id, *begun.step.signature, reason, std::move(credentials));
    if (auto s = command.apply(ctx); !s) {
        return s.error();
    }
    return command.signature().id;
}

/// The frozen PCCP determination of the request's evaluated revision ({} when it was evaluated before PCCPs).
Result<QJsonObject> frozenDetermination(CommandContext& ctx, const ChangeRequestRecord& r)
{
    auto evidence = ChangeRequestTable(ctx.database()).evidence(r.id, r.revision);
    if (!evidence) {
        return evidence.error();
    }
    if (!evidence.value()) {
        return Error(ErrorCode::Rule, Tr::tr("%1, revision %2, has not been evaluated").arg(r.id).arg(r.revision));
    }
    return evidence.value()->json[u"pccp"].toObject();
}

/// Whether a QA officer signed a justification ("reviewed") on the revision's evidence.
Result<bool> justified(CommandContext& ctx, const ChangeRequestRecord& r)
{
    auto signatures =
        SignatureTable(ctx.database())
            .forRecord(QStringLiteral("change-request-evidence"), r.id + u'@' + QString::number(r.revision));
    if (!signatures) {
        return signatures.error();
    }
    for (const StoredSignature& s : signatures.value()) {
        if (s.meaning == nameOf(Meaning::Reviewed)) {
            return true;
        }
    }
    return false;
}

/// The model's version in production now (empty when none is).
Result<QString> production(CommandContext& ctx, const QString& model)
{
    auto versions = RegistryTable(ctx.database()).versions(model);
    if (!versions) {
        return versions.error();
    }
    for (const ModelVersion& v : versions.value()) {
        if (v.state == LifecycleState::Production) {
            return v.label;
        }
    }
    return QString();
}

Status requireReason(const QString& reason, const QString& what)
{
    if (reason.trimmed().isEmpty()) {
        return Error(ErrorCode::Rule, Tr::tr("a reason is required to %1").arg(what));
    }
    return {};
}

/// The requests for the model that an implementation ends: each implemented one is closed, or rolled back when the
/// new request is a rollback request naming it.
Status endEarlierRequests(CommandContext& ctx, const ChangeRequestRecord& implemented)
{
    auto all = ChangeRequestTable(ctx.database()).all();
    if (!all) {
        return all.error();
    }
    for (const ChangeRequestRecord& r : all.value()) {
        if (r.id == implemented.id || r.content.model != implemented.content.model ||
            r.state != ChangeRequestState::Implemented) {
            continue;
        }
        const bool undone = implemented.content.rollbackOf == r.id;
        const ChangeRequestAction action = undone ? ChangeRequestAction::RolledBack : ChangeRequestAction::Close;
        auto step = ChangeRequestFlow::step(r.state, action);
        if (!step) {
            return step.error();
        }
        const QString reason = undone ? QStringLiteral("rolled back by %1").arg(implemented.id)
                                      : QStringLiteral("superseded when %1 was implemented").arg(implemented.id);
        if (auto m = recordMove(ctx, r, action, step.value(), reason, 0, r.revision); !m) {
            return m;
        }
    }
    return {};
}
} // namespace

// --- approve, reject

DecideChangeRequestCommand::DecideChangeRequestCommand(QString id, ChangeRequestAction decision, QString reason,
                                                       SigningCredentials credentials)
    : SignedChangeRequestCommand(std::move(id), std::move(reason), std::move(credentials))
    , m_decision(decision)
{ }

QString DecideChangeRequestCommand::description() const
{
    return m_decision == ChangeRequestAction::Reject ? Tr::tr("reject change request %1").arg(m_id)
                                                     : Tr::tr("approve change request %1").arg(m_id);
}

Status DecideChangeRequestCommand::apply(CommandContext& ctx)
{
    if (m_decision != ChangeRequestAction::Approve && m_decision != ChangeRequestAction::Reject) {
        return Error(ErrorCode::InvalidArgument,
                     Tr::tr("\"%1\" is not a decision; approve or reject").arg(nameOf(m_decision)));
    }
    if (auto r = requireReason(m_reason, description()); !r) {
        return r;
    }
    auto begun = begin(ctx, m_id, m_decision);
    if (!begun) {
        return begun.error();
    }
    const ChangeRequestRecord& r = begun->request;
    if (m_decision == ChangeRequestAction::Approve) {
        // The PCCP gate: a core rule, so the window and the CLI refuse alike.
        auto pccp = frozenDetermination(ctx, r);
        auto done = pccp ? justified(ctx, r) : Result<bool>(pccp.error());
        if (!done) {
            return done.error();
        }
        if (auto g = PccpGate::checkApproval(r.id, pccp.value(), done.value()); !g) {
            return g;
        }
    }
    auto signature = sign(ctx, begun.value(), m_decision, m_reason, std::move(m_credentials));
    if (!signature) {
        return signature.error();
    }
    m_signatureId = signature.value();
    return recordMove(ctx, r, m_decision, begun->step, m_reason, m_signatureId, r.revision);
}

// --- justify

JustifyChangeRequestCommand::JustifyChangeRequestCommand(QString id, QString reason, SigningCredentials credentials)
    : SignedChangeRequestCommand(std::move(id), std::move(reason), std::move(credentials))
{ }

QString JustifyChangeRequestCommand::description() const
{
    return Tr::tr("justify approving change request %1 with rules not evaluable").arg(m_id);
}

Status JustifyChangeRequestCommand::apply(CommandContext& ctx)
{
    if (auto r = requireReason(m_reason, description()); !r) {
        return r;
    }
    auto begun = begin(ctx, m_id, ChangeRequestAction::Justify);
    if (!begun) {
        return begun.error();
    }
    const ChangeRequestRecord& r = begun->request;
    auto pccp = frozenDetermination(ctx, r);
    if (!pccp) {
        return pccp.error();
    }
    if (PccpGate::needingJustification(pccp.value()).isEmpty()) {
        return Error(
            ErrorCode::Rule,
            Tr::tr("%1 has no blocking PCCP rule that could not be evaluated; there is nothing to justify").arg(m_id));
    }
    auto done = justified(ctx, r);
    if (!done) {
        return done.error();
    }
    if (done.value()) {
        return Error(ErrorCode::Rule, Tr::tr("a QA officer has justified %1 already").arg(m_id));
    }
    auto signature = sign(ctx, begun.value(), ChangeRequestAction::Justify, m_reason, std::move(m_credentials));
    if (!signature) {
        return signature.error();
    }
    m_signatureId = signature.value();
    return recordMove(ctx, r, ChangeRequestAction::Justify, begun->step, m_reason, m_signatureId, r.revision);
}

// --- implement

ImplementChangeRequestCommand::ImplementChangeRequestCommand(QString id, QString reason, SigningCredentials credentials)
    : SignedChangeRequestCommand(std::move(id), std::move(reason), std::move(credentials))
{ }

QString ImplementChangeRequestCommand::description() const
{
    return Tr::tr("implement change request %1").arg(m_id);
}

Status ImplementChangeRequestCommand::apply(CommandContext& ctx)
{
    auto begun = begin(ctx, m_id, ChangeRequestAction::Implement);
    if (!begun) {
        return begun.error();
    }
    const ChangeRequestRecord& r = begun->request;
    const ChangeRequestContent& c = r.content;
    auto pccp = frozenDetermination(ctx, r);
    if (!pccp) {
        return pccp.error();
    }
    if (auto g = PccpGate::checkImplementation(r.id, pccp.value()); !g) {
        return g;
    }
    auto now = production(ctx, c.model);
    if (!now) {
        return now.error();
    }
    if (now.value() != c.baseline) {
        return Error(ErrorCode::Rule,
                     Tr::tr("%1 was opened against %2 in production, but %3 is in production now; open a new "
                            "request against it")
                         .arg(m_id, c.baseline.isEmpty() ? Tr::tr("no version") : Tr::tr("version %1").arg(c.baseline),
                              now.value().isEmpty() ? Tr::tr("no version") : Tr::tr("version %1").arg(now.value())));
    }
    auto candidate = RegistryTable(ctx.database()).version(c.model, c.candidate);
    if (!candidate) {
        return candidate.error();
    }
    if (!candidate.value()) {
        return Error(ErrorCode::NotFound,
                     Tr::tr("model %1 has no version %2 in this workspace").arg(c.model, c.candidate));
    }
    const LifecycleState from = candidate.value()->state;
    const bool releasable = from == LifecycleState::Registered || from == LifecycleState::UnderValidation ||
        from == LifecycleState::Validated || from == LifecycleState::Approved ||
        (from == LifecycleState::Superseded && !c.rollbackOf.isEmpty());
    if (!releasable) {
        return Error(
            ErrorCode::Rule,
            Tr::tr("version %1 of %2 is %3 and cannot go into production").arg(c.candidate, c.model, nameOf(from)));
    }
    const QString note =
        m_reason.trimmed().isEmpty() ? QStringLiteral("released through change request %1").arg(m_id) : m_reason;
    auto signature = sign(ctx, begun.value(), ChangeRequestAction::Implement, note, std::move(m_credentials));
    if (!signature) {
        return signature.error();
    }
    m_signatureId = signature.value();
    const QString why = QStringLiteral("change request %1 implemented").arg(m_id);
    if (!c.baseline.isEmpty()) {
        if (auto m = moveVersion(ctx, c.model, c.baseline, LifecycleState::Superseded, why); !m) {
            return m;
        }
    }
    if (auto m = moveVersion(ctx, c.model, c.candidate, LifecycleState::Production, why); !m) {
        return m;
    }
    if (auto e = endEarlierRequests(ctx, r); !e) {
        return e;
    }
    return recordMove(ctx, r, ChangeRequestAction::Implement, begun->step, note, m_signatureId, r.revision);
}

// --- emergency rollback

EmergencyRollbackCommand::EmergencyRollbackCommand(QString id, QString reason, SigningCredentials credentials)
    : SignedChangeRequestCommand(std::move(id), std::move(reason), std::move(credentials))
{ }

QString EmergencyRollbackCommand::description() const
{
    return Tr::tr("roll back change request %1 in an emergency").arg(m_id);
}

Status EmergencyRollbackCommand::apply(CommandContext& ctx)
{
    if (auto r = requireReason(m_reason, description()); !r) {
        return r;
    }
    auto begun = begin(ctx, m_id, ChangeRequestAction::EmergencyRollback);
    if (!begun) {
        return begun.error();
    }
    const ChangeRequestRecord& r = begun->request;
    const ChangeRequestContent& c = r.content;
    if (c.rollbackVersion.isEmpty()) {
        return Error(ErrorCode::Rule,
                     Tr::tr("%1 names no version to return to (it was a first release); retire version %2 instead")
                         .arg(m_id, c.candidate));
    }
    auto now = production(ctx, c.model);
    if (!now) {
        return now.error();
    }
    if (now.value() != c.candidate) {
        return Error(
            ErrorCode::Rule,
            Tr::tr("version %1 of %2, which %3 released, is no longer in production").arg(c.candidate, c.model, m_id));
    }
    auto signature =
        sign(ctx, begun.value(), ChangeRequestAction::EmergencyRollback, m_reason, std::move(m_credentials));
    if (!signature) {
        return signature.error();
    }
    m_signatureId = signature.value();
    const QString why = Tr::tr("emergency rollback of change request %1: %2").arg(m_id, m_reason);
    if (auto m = moveVersion(ctx, c.model, c.candidate, LifecycleState::Withdrawn, why); !m) {
        return m;
    }
    if (auto m = moveVersion(ctx, c.model, c.rollbackVersion, LifecycleState::Production, why); !m) {
        return m;
    }
    return recordMove(ctx, r, ChangeRequestAction::EmergencyRollback, begun->step, m_reason, m_signatureId, r.revision);
}

// --- review of an emergency rollback

ReviewRollbackCommand::ReviewRollbackCommand(QString id, QString reason, SigningCredentials credentials)
    : SignedChangeRequestCommand(std::move(id), std::move(reason), std::move(credentials))
{ }

QString ReviewRollbackCommand::description() const
{
    return Tr::tr("review the emergency rollback of change request %1").arg(m_id);
}

Status ReviewRollbackCommand::apply(CommandContext& ctx)
{
    if (auto r = requireReason(m_reason, description()); !r) {
        return r;
    }
    auto begun = begin(ctx, m_id, ChangeRequestAction::Review);
    if (!begun) {
        return begun.error();
    }
    const ChangeRequestRecord& r = begun->request;
    auto signature = sign(ctx, begun.value(), ChangeRequestAction::Review, m_reason, std::move(m_credentials));
    if (!signature) {
        return signature.error();
    }
    m_signatureId = signature.value();
    return recordMove(ctx, r, ChangeRequestAction::Review, begun->step, m_reason, m_signatureId, r.revision);
}

} // namespace cs
