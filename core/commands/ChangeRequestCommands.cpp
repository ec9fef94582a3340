#include "ChangeRequestCommands.h"

#include "audit/RecordCheck.h"
#include "commands/ChangeRequestSteps.h"
#include "commands/CommandContext.h"
#include "commands/DriftCommands.h"
#include "commands/SignRecordCommand.h"
#include "crypto/Sha256.h"
#include "json/CanonicalJson.h"
#include "registry/ChangeRequestEvidence.h"
#include "registry/ChangeRequestFlow.h"
#include "registry/PccpGate.h"
#include "registry/PccpStandings.h"
#include "store/ChangeRequestTables.h"
#include "store/DatasetTables.h"
#include "store/RegistryTables.h"
#include "util/DisplayText.h"
#include "util/Languages.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QTimeZone>

namespace cs {

namespace {
/// lupdate files every string of this file under the context that Tr::tr() looks up at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::ChangeRequestCommands)
};

/// The content's and the plan's SHA-256, into the record.
Status hash(ChangeRequestRecord& r)
{
    auto content = CanonicalJson::sha256Hex(r.content.toJson());
    auto plan = CanonicalJson::sha256Hex(r.content.plan.toJson());
    if (!content || !plan) {
        return content ? plan.error() : content.error();
    }
    r.contentSha256 = content.value();
    r.planSha256 = plan.value();
    return {};
}

/// The title is shown in every list: no line breaks, escape sequences or direction overrides.
Status plainTitle(const QString& title)
{
    if (const auto c = DisplayText::firstHostile(title)) {
        return Error(ErrorCode::InvalidArgument,
                     Tr::tr("the title \"%1\" holds the control character %2; refused")
                         .arg(DisplayText::escaped(title), DisplayText::codePoint(*c)));
    }
    return {};
}
/// A rollback request names an implemented request of the same model, whose candidate is what it takes out.
Status rollbackTarget(CommandContext& ctx, const ChangeRequestContent& c)
{
    if (c.rollbackOf.isEmpty()) {
        return {};
    }
    auto target = ChangeRequestTable(ctx.database()).byId(c.rollbackOf);
    if (!target) {
        return target.error();
    }
    if (!target.value() || target.value()->content.model != c.model ||
        target.value()->state != ChangeRequestState::Implemented) {
        return Error(ErrorCode::Rule,
                     Tr::tr("a rollback request names an implemented change request of %1; %2 is not one")
                         .arg(c.model, c.rollbackOf));
    }
    return {};
}
} // namespace

using ChangeRequestSteps::begin;
using ChangeRequestSteps::recordMove;

// --- create

CreateChangeRequestCommand::CreateChangeRequestCommand(ChangeRequestContent content)
    : m_content(std::move(content))
{ }

QString CreateChangeRequestCommand::description() const
{
    return Tr::tr("open a change request for version %1 of %2").arg(m_content.candidate, m_content.model);
}

Status CreateChangeRequestCommand::apply(CommandContext& ctx)
{
    if (auto r = plainTitle(m_content.title); !r) {
        return r;
    }
    RegistryTable registry(ctx.database());
    auto versions = registry.versions(m_content.model);
    if (!versions) {
        return versions.error();
    }
    if (versions->isEmpty()) {
        return Error(ErrorCode::NotFound, Tr::tr("there is no model %1 in this workspace").arg(m_content.model));
    }
    QString production;
    bool candidateFound = false;
    for (const ModelVersion& v : versions.value()) {
        if (v.state == LifecycleState::Production) {
            production = v.label;
        }
        if (v.label == m_content.candidate) {
            candidateFound = true;
            // A rollback request brings back a superseded version; any other request a version not yet released.
            const bool restorable = v.state == LifecycleState::Superseded && !m_content.rollbackOf.isEmpty();
            if (!restorable &&
                (v.state == LifecycleState::Production || v.state == LifecycleState::Superseded ||
                 v.state == LifecycleState::Retired || v.state == LifecycleState::Withdrawn)) {
                return Error(ErrorCode::Rule,
                             Tr::tr("version %1 of %2 is %3 and cannot be a candidate")
                                 .arg(v.label, m_content.model, nameOf(v.state)));
            }
        }
    }
    if (!candidateFound) {
        return Error(ErrorCode::NotFound,
                     Tr::tr("model %1 has no version %2 in this workspace").arg(m_content.model, m_content.candidate));
    }
    if (auto r = rollbackTarget(ctx, m_content); !r) {
        return r;
    }
    ChangeRequestRecord r;
    r.content = m_content;
    r.content.baseline = production; // the version in production now, not what was typed
    if (r.content.rollbackVersion.isEmpty()) {
        r.content.rollbackVersion = production;
    }
    if (r.content.trigger == ChangeTrigger::DriftAlert) {
        auto alert = DriftAlerts::triggerLabel(r.content.triggerReference);
        if (!alert) {
            return alert.error();
        }
        r.content.triggerReference = alert.value();
    }
    r.author = ctx.session().actor;
    r.createdAtMs = ctx.nowMs();
    ChangeRequestTable table(ctx.database());
    auto id = table.nextId(QDateTime::fromMSecsSinceEpoch(ctx.nowMs(), QTimeZone::utc()).date().year());
    if (!id) {
        return id.error();
    }
    r.id = id.value();
    if (auto h = hash(r); !h) {
        return h;
    }
    if (auto inserted = table.insert(ctx.write(), r); !inserted) {
        return inserted.error();
    }
    m_id = r.id;
    AuditRecord event;
    event.action = AuditAction::ChangeRequestCreated;
    event.change = ChangeKind::Create;
    event.entityType = QStringLiteral("change_request");
    event.entityId = r.id;
    event.after = r.content.toJson();
    if (auto e = ctx.record(event); !e) {
        return e.error();
    }
    // The alert it answers leaves the review queue, linked to the request, in the same transaction.
    if (r.content.trigger == ChangeTrigger::DriftAlert) {
        return DriftAlerts::recordChangeRequest(ctx, r.content.triggerReference, r.content.model, r.id);
    }
    return {};
}

// --- edit

EditChangeRequestCommand::EditChangeRequestCommand(QString id, ChangeRequestContent content, QString reason)
    : m_id(std::move(id))
    , m_content(std::move(content))
    , m_reason(std::move(reason))
{ }

QString EditChangeRequestCommand::description() const
{
    return Tr::tr("edit change request %1").arg(m_id);
}

Status EditChangeRequestCommand::apply(CommandContext& ctx)
{
    if (auto r = plainTitle(m_content.title); !r) {
        return r;
    }
    if (m_reason.trimmed().isEmpty()) {
        return Error(ErrorCode::Rule, Tr::tr("say what changed to %1").arg(description()));
    }
    auto begun = begin(ctx, m_id, ChangeRequestAction::Edit);
    if (!begun) {
        return begun.error();
    }
    const ChangeRequestRecord* r = &begun->request;
    const ChangeRequestStep& step = begun->step;
    const ChangeRequestContent& was = r->content;
    if (m_content.model != was.model || m_content.candidate != was.candidate || m_content.baseline != was.baseline) {
        return Error(
            ErrorCode::Rule,
            Tr::tr("the model, the candidate and the baseline of %1 were fixed when it was "
                   "opened (%2 version %3 against %4); open a new request to change them")
                .arg(m_id, was.model, was.candidate, was.baseline.isEmpty() ? Tr::tr("no baseline") : was.baseline));
    }
    const bool fromAlert = was.trigger == ChangeTrigger::DriftAlert || m_content.trigger == ChangeTrigger::DriftAlert;
    if (fromAlert && (m_content.trigger != was.trigger || m_content.triggerReference != was.triggerReference)) {
        return Error(ErrorCode::Rule,
                     Tr::tr("the drift alert %1 was opened from is fixed; open a new request from "
                            "another alert")
                         .arg(m_id));
    }
    ChangeRequestRecord edited = *r;
    edited.content = m_content;
    if (auto h = hash(edited); !h) {
        return h;
    }
    if (edited.contentSha256 == r->contentSha256) {
        // A revision is what a reviewer reads again; one identical to the last tells them nothing.
        return Error(ErrorCode::Rule,
                     Tr::tr("the edit changes nothing in revision %1 of %2").arg(r->revision).arg(m_id));
    }
    ChangeRequestTable table(ctx.database());
    AuditRecord event;
    event.action = AuditAction::ChangeRequestEdited;
    event.change = ChangeKind::Update;
    event.entityType = QStringLiteral("change_request");
    event.entityId = m_id;
    event.before = QJsonObject {{QStringLiteral("content_sha256"), r->contentSha256}};
    event.after = edited.content.toJson();
    event.reason = m_reason;
    if (r->state == ChangeRequestState::Returned) {
        // The next revision; the returned one stays as it was submitted.
        edited.revision = r->revision + 1;
        if (auto added = table.insertRevision(ctx.write(), edited, ctx.nowMs(), ctx.session().actor); !added) {
            return added.error();
        }
        if (auto e = ctx.record(event); !e) {
            return e.error();
        }
        return recordMove(ctx, *r, ChangeRequestAction::Edit, step, m_reason, 0, edited.revision);
    }
    if (auto u = table.updateRevision(ctx.write(), edited, ctx.nowMs(), ctx.session().actor); !u) {
        return u;
    }
    auto e = ctx.record(event);
    return e ? Status() : e.error();
}

// --- submit

SubmitChangeRequestCommand::SubmitChangeRequestCommand(QString id, QString reason, LowPower lowPower,
                                                       SigningCredentials credentials)
    : SignedChangeRequestCommand(std::move(id), std::move(reason), std::move(credentials))
    , m_lowPower(lowPower)
{ }

QString SubmitChangeRequestCommand::description() const
{
    return Tr::tr("submit change request %1").arg(m_id);
}

namespace {
/// The plan against the workspace: each dataset there, the validation set locked, the predictions of both versions
/// (and of the originally cleared one, when named) on each, each subgroup column a column of each.
QStringList planProblems(Database& db, const ChangeRequestContent& c)
{
    QStringList problems;
    RegistryTable registry(db);
    DatasetTable datasets(db);
    QList<std::pair<QString, qint64>> versions;
    for (const QString& label : {c.candidate, c.baseline, c.cleared}) {
        if (label.isEmpty()) {
            continue;
        }
        auto v = registry.version(c.model, label);
        if (v && v.value()) {
            versions.append({label, v.value()->id});
        } else if (label == c.cleared) {
            problems.append(Tr::tr("cleared: model %1 has no version %2 in this workspace").arg(c.model, label));
        }
    }
    for (const ValidationPlan::Dataset& d : c.plan.datasets) {
        auto found = datasets.dataset(d.name);
        if (!found || !found.value()) {
            problems.append(Tr::tr("plan.datasets: there is no dataset %1 in this workspace").arg(d.name));
            continue;
        }
        const Dataset& set = *found.value();
        if (!d.challenge && !set.locked) {
            problems.append(Tr::tr("plan.datasets: the validation set %1 is not locked").arg(d.name));
        }
        for (const auto& [label, versionId] : versions) {
            auto predictions = datasets.predictionSet(versionId, set.id);
            if (!predictions || !predictions.value()) {
                problems.append(
                    Tr::tr("plan.datasets: version %1 has no predictions on %2; import them first").arg(label, d.name));
            }
        }
        for (const QString& column : c.plan.subgroupColumns) {
            if (!set.groupColumns.contains(column)) {
                problems.append(Tr::tr("plan.subgroups: %1 is not a subgroup column of %2 (it has: %3)")
                                    .arg(column, d.name, set.groupColumns.join(QStringLiteral(", "))));
            }
        }
    }
    return problems;
}

/// With a PCCP in force for the model, the author says which modification the change falls under, or "outside".
Result<QString> pccpProblem(Database& db, const ChangeRequestContent& c)
{
    if (!c.pccpModification.isEmpty() || !c.rollbackOf.isEmpty()) {
        return QString();
    }
    auto inForce = PccpStandings::inForce(db, c.model);
    if (!inForce) {
        return inForce.error();
    }
    if (!inForce.value()) {
        return QString();
    }
    QStringList ids;
    for (const PccpModification& m : inForce.value()->content.modifications) {
        ids.append(m.id);
    }
    return Tr::tr("pccp_modification: version %1 of the PCCP of %2 is in force; name the modification this change "
                  "falls under (%3) or \"%4\"")
        .arg(inForce.value()->version)
        .arg(c.model, ids.join(QStringLiteral(", ")), Pccp::kOutside);
}
} // namespace

Status SubmitChangeRequestCommand::apply(CommandContext& ctx)
{
    auto begun = begin(ctx, m_id, ChangeRequestAction::Submit);
    if (!begun) {
        return begun.error();
    }
    const ChangeRequestRecord* r = &begun->request;
    QStringList problems = r->content.problems() + planProblems(ctx.database(), r->content);
    if (auto p = pccpProblem(ctx.database(), r->content); !p) {
        return p.error();
    } else if (!p->isEmpty()) {
        problems.append(p.value());
    }
    if (!problems.isEmpty()) {
        return Error(ErrorCode::Rule,
                     Tr::tr("%1 cannot be submitted yet:\n- %2").arg(m_id, problems.join(QStringLiteral("\n- "))));
    }
    auto power = ChangeRequestEvidence::planPower(ctx.database(), r->content);
    if (!power) {
        return power.error();
    }
    QStringList low;
    for (const QJsonValue& v : power.value()[u"underpowered"].toArray()) {
        low.append(v.toString());
    }
    QString signedReason = m_reason;
    if (!low.isEmpty()) {
        if (m_lowPower == LowPower::Refuse) {
            return Error(ErrorCode::Rule,
                         Tr::tr("%1: with two equally good versions this plan would fail more often than not (power "
                                "below 50%) for %2; widen those margins or add samples, or accept the low power "
                                "explicitly")
                             .arg(m_id, low.join(QStringLiteral(", "))));
        }
        const QString accepted = QStringLiteral("low power accepted for %1").arg(low.join(QStringLiteral(", ")));
        signedReason = m_reason.trimmed().isEmpty() ? accepted : m_reason + QStringLiteral("; ") + accepted;
    }
    // The author signs the revision as it stands; locking it fixes what was signed.
    const auto record = ChangeRequestFlow::signedRecord(m_id, r->revision, ChangeRequestAction::Submit);
    SignRecordCommand sign(record->type, record->id, Meaning::Authored, signedReason, std::move(m_credentials));
    if (auto s = sign.apply(ctx); !s) {
        return s;
    }
    m_signatureId = sign.signature().id;
    if (auto l = ChangeRequestTable(ctx.database()).lockRevision(ctx.write(), r->revisionId); !l) {
        return l;
    }
    // The signature is the reason of the move when the author adds no note.
    const QString reason =
        signedReason.trimmed().isEmpty() ? QStringLiteral("submitted and signed as authored") : signedReason;
    return recordMove(ctx, *r, ChangeRequestAction::Submit, begun->step, reason, m_signatureId, r->revision);
}

// --- evaluate

EvaluateChangeRequestCommand::EvaluateChangeRequestCommand(QString id)
    : m_id(std::move(id))
{ }

QString EvaluateChangeRequestCommand::description() const
{
    return Tr::tr("evaluate change request %1").arg(m_id);
}

Status EvaluateChangeRequestCommand::apply(CommandContext& ctx)
{
    auto begun = begin(ctx, m_id, ChangeRequestAction::Evaluate);
    if (!begun) {
        return begun.error();
    }
    const ChangeRequestRecord& r = begun->request;
    // The evidence and its PCCP determination are frozen and hashed: their words are the records' (English), so
    // that the same predictions give the same hash in whatever language the evaluator works.
    const Languages::RecordWording recordWording;
    // Steps: each comparison (as many as compute() says), then the PCCP gate and storing.
    qint64 comparisons = 0;
    auto evidence = ChangeRequestEvidence::compute(ctx.database(), r, [&](qint64 done, qint64 total) {
        comparisons = total;
        return ctx.step(done, total + 2);
    });
    if (!evidence) {
        return evidence.error();
    }
    // The PCCP gate's verdicts are part of the evidence: computed once, frozen with it, shown everywhere as frozen.
    auto pccp = PccpGate::determine(ctx.database(), r, evidence.value());
    if (!pccp) {
        return pccp.error();
    }
    if (auto going = ctx.step(comparisons + 1, comparisons + 2); !going) {
        return going;
    }
    evidence->insert(QStringLiteral("pccp"), pccp.value());
    auto bytes = CanonicalJson::serialize(evidence.value());
    if (!bytes) {
        return bytes.error();
    }
    auto sha = Sha256::hashHex(bytes.value());
    if (!sha) {
        return sha.error();
    }
    m_sha256 = sha.value();
    if (auto row = ChangeRequestTable(ctx.database())
                       .insertEvidence(ctx.write(), r.id, r.revision, bytes.value(), m_sha256, ctx.nowMs(),
                                       ctx.session().actor);
        !row) {
        return row.error();
    }
    if (auto recorded = recordMove(
            ctx, r, ChangeRequestAction::Evaluate, begun->step,
            QStringLiteral("evidence computed from the stored predictions, SHA-256 %1").arg(m_sha256), 0, r.revision);
        !recorded) {
        return recorded;
    }
    return ctx.step(comparisons + 2, comparisons + 2);
}

// --- withdraw, return

MoveChangeRequestCommand::MoveChangeRequestCommand(QString id, ChangeRequestAction action, QString reason)
    : m_id(std::move(id))
    , m_action(action)
    , m_reason(std::move(reason))
{ }

QString MoveChangeRequestCommand::description() const
{
    return Tr::tr("%1 change request %2").arg(nameOf(m_action), m_id);
}

std::optional<Action> MoveChangeRequestCommand::requiredAction() const
{
    auto step = ChangeRequestFlow::step(
        m_action == ChangeRequestAction::Return ? ChangeRequestState::Submitted : ChangeRequestState::Draft, m_action);
    return step ? step->authority : std::optional<Action>(Action::CreateChangeRequest);
}

Status MoveChangeRequestCommand::apply(CommandContext& ctx)
{
    if (m_action != ChangeRequestAction::Withdraw && m_action != ChangeRequestAction::Return) {
        return Error(ErrorCode::InvalidArgument,
                     Tr::tr("\"%1\" is not a move without a signature; use its own command").arg(nameOf(m_action)));
    }
    auto begun = begin(ctx, m_id, m_action);
    if (!begun) {
        return begun.error();
    }
    if (begun->step.reasonRequired && m_reason.trimmed().isEmpty()) {
        return Error(ErrorCode::Rule, Tr::tr("a reason is required to %1").arg(description()));
    }
    return recordMove(ctx, begun->request, m_action, begun->step, m_reason, 0, begun->request.revision);
}

} // namespace cs
