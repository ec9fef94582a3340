#include "RegistryCommands.h"

#include "audit/RecordCheck.h"
#include "commands/AttachEvidence.h"
#include "commands/ChangeRequestSteps.h"
#include "commands/CommandContext.h"
#include "crypto/Sha256.h"
#include "json/CanonicalJson.h"
#include "registry/Lifecycle.h"
#include "store/RegistryTables.h"
#include "util/DisplayText.h"
#include "util/UtcTime.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace cs {

namespace {
/// lupdate files every string of this file under the context that Tr::tr() looks up at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::RegistryCommands)
};
} // namespace

ImportModelVersionsCommand::ImportModelVersionsCommand(QString modelName, QList<VersionImport> versions)
    : m_modelName(std::move(modelName))
    , m_versions(std::move(versions))
{ }

QString ImportModelVersionsCommand::description() const
{
    return Tr::tr("import versions of %1").arg(m_modelName);
}

Result<VersionImport> ImportModelVersionsCommand::fromMlflow(const MlflowVersionEvidence& evidence,
                                                             const QString& storeLocation)
{
    VersionImport v;
    v.version.modelName = evidence.version.modelName;
    v.version.label = evidence.version.version;
    v.version.sourceUri =
        QStringLiteral("%1:%2#%3/%4")
            .arg(evidence.storeKind, storeLocation, evidence.version.modelName, evidence.version.version);
    v.version.codeCommit = evidence.codeCommit();
    v.version.evidence = evidence.toJson(storeLocation);
    auto digest = CanonicalJson::sha256Hex(v.version.evidence);
    if (!digest) {
        return digest.error();
    }
    v.version.evidenceSha256 = digest.value();
    v.version.state = LifecycleState::Registered;
    v.metrics = evidence.metricPoints();
    return v;
}

Result<QList<VersionImport>> ImportModelVersionsCommand::readMlflow(MlflowSource& source, const QString& model,
                                                                    const QStringList& labels, QStringList* notes,
                                                                    const std::function<bool()>& cancelled)
{
    QList<VersionImport> versions;
    for (const QString& label : labels) {
        auto evidence = source.read(model, label, cancelled);
        if (!evidence) {
            return evidence.error();
        }
        auto version = fromMlflow(evidence.value(), source.location());
        if (!version) {
            return version.error();
        }
        if (notes) {
            for (const auto& [uri, why] : evidence->unreadable) {
                notes->append(Tr::tr("version %1: not read: %2 (%3)").arg(label, uri, why));
            }
        }
        versions.append(version.value());
    }
    return versions;
}

Result<QStringList> ImportModelVersionsCommand::pending(Database& db, const QString& modelName,
                                                        const QList<VersionImport>& versions)
{
    QStringList labels;
    RegistryTable table(db);
    for (const VersionImport& v : versions) {
        auto existing = table.version(modelName, v.version.label);
        if (!existing) {
            return existing.error();
        }
        if (!existing.value() || existing.value()->evidenceSha256 != v.version.evidenceSha256) {
            labels.append(v.version.label);
        }
    }
    return labels;
}

Status ImportModelVersionsCommand::apply(CommandContext& ctx)
{
    // A name shown in every listing must not carry a line break, an escape sequence or a direction override (it
    // could forge a line in `log` or reorder what a reviewer reads).
    const auto plain = [](const QString& what, const QString& name) -> Status {
        if (const auto c = DisplayText::firstHostile(name)) {
            return Error(ErrorCode::InvalidArgument,
                         Tr::tr("%1 \"%2\" holds the control character %3; refused")
                             .arg(what, DisplayText::escaped(name), DisplayText::codePoint(*c)));
        }
        return {};
    };
    if (auto r = plain(Tr::tr("the model name"), m_modelName); !r) {
        return r;
    }
    for (const VersionImport& v : m_versions) {
        if (auto r = plain(Tr::tr("the version label"), v.version.label); !r) {
            return r;
        }
    }
    RegistryTable table(ctx.database());
    auto model = table.model(m_modelName);
    if (!model) {
        return model.error();
    }
    if (!model.value()) {
        Model m;
        m.name = m_modelName;
        m.owner = ctx.session().actor;
        m.createdAtMs = ctx.nowMs();
        m.createdBy = ctx.session().actor;
        if (auto r = table.insertModel(ctx.write(), m); !r) {
            return r;
        }
        AuditRecord record;
        record.action = AuditAction::ModelRegistered;
        record.change = ChangeKind::Create;
        record.entityType = QStringLiteral("model");
        record.entityId = m_modelName;
        record.after = QJsonObject {{QStringLiteral("name"), m.name}, {QStringLiteral("owner"), m.owner}};
        if (auto e = ctx.record(record); !e) {
            return e.error();
        }
    }
    for (VersionImport v : m_versions) {
        auto existing = table.version(m_modelName, v.version.label);
        if (!existing) {
            return existing.error();
        }
        if (existing.value()) {
            if (existing.value()->evidenceSha256 == v.version.evidenceSha256) {
                m_unchanged.append(v.version.label);
                continue;
            }
            return Error(ErrorCode::Rule,
                         Tr::tr("version %1 of %2 was imported on %3 with different evidence: the source has changed "
                                "since. Imported evidence is frozen and is not overwritten; nothing was imported")
                             .arg(v.version.label, m_modelName,
                                  UtcTime::formatMsString(existing.value()->importedAtMs).left(10)));
        }
        v.version.importedAtMs = ctx.nowMs();
        v.version.importedBy = ctx.session().actor;
        if (v.version.parentLabel.isEmpty()) {
            // MLflow records no parent: the version registered before this one (the highest lower number) is it.
            auto known = table.versions(m_modelName);
            if (!known) {
                return known.error();
            }
            bool numeric = false;
            const qint64 mine = v.version.label.toLongLong(&numeric);
            qint64 best = -1;
            for (const ModelVersion& other : known.value()) {
                bool ok = false;
                const qint64 n = other.label.toLongLong(&ok);
                if (numeric && ok && n < mine && n > best) {
                    best = n;
                    v.version.parentLabel = other.label;
                }
            }
        }
        auto id = table.insertVersion(ctx.write(), v.version);
        if (!id) {
            return id.error();
        }
        if (auto r = table.insertMetrics(ctx.write(), id.value(), v.metrics); !r) {
            return r;
        }
        const QJsonObject artifacts = v.version.evidence.value(QStringLiteral("artifacts")).toObject();
        AuditRecord record;
        record.action = AuditAction::VersionImported;
        record.change = ChangeKind::Create;
        record.entityType = QStringLiteral("model_version");
        record.entityId = m_modelName + u'/' + v.version.label;
        record.after = QJsonObject {
            {QStringLiteral("model"), m_modelName},
            {QStringLiteral("label"), v.version.label},
            {QStringLiteral("source"), v.version.sourceUri},
            {QStringLiteral("code_commit"), v.version.codeCommit},
            {QStringLiteral("parent"), v.version.parentLabel},
            {QStringLiteral("evidence_sha256"), v.version.evidenceSha256},
            {QStringLiteral("state"), nameOf(v.version.state)},
            {QStringLiteral("artifact_files"), artifacts.value(QStringLiteral("files")).toArray().size()},
            {QStringLiteral("unreadable"), artifacts.value(QStringLiteral("unreadable")).toArray().size()},
            {QStringLiteral("metric_points"), v.metrics.size()},
        };
        if (auto e = ctx.record(record); !e) {
            return e.error();
        }
        m_imported.append(v.version.label);
    }
    if (m_imported.isEmpty()) {
        return Error(ErrorCode::Rule,
                     Tr::tr("nothing to import: every version is already in the workspace, unchanged"));
    }
    return {};
}

// --- AttachEvidenceCommand

AttachEvidenceCommand::AttachEvidenceCommand(QString modelName, QString label, QString kind, QString source,
                                             QJsonObject content)
    : m_modelName(std::move(modelName))
    , m_label(std::move(label))
    , m_kind(std::move(kind))
    , m_source(std::move(source))
    , m_content(std::move(content))
{ }

QString AttachEvidenceCommand::description() const
{
    return Tr::tr("attach %1 to version %2 of %3").arg(m_kind, m_label, m_modelName);
}

Status AttachEvidenceCommand::apply(CommandContext& ctx)
{
    RegistryTable table(ctx.database());
    auto version = table.version(m_modelName, m_label);
    if (!version) {
        return version.error();
    }
    if (!version.value()) {
        return Error(ErrorCode::NotFound,
                     Tr::tr("model %1 has no version %2 in this workspace; import it first").arg(m_modelName, m_label));
    }
    auto attached = attachEvidence(ctx, AttachmentStore::Owner::ModelVersion, version.value()->id,
                                   Tr::tr("version %1 of %2").arg(m_label, m_modelName), m_kind, m_source, m_content);
    if (!attached) {
        return attached.error();
    }
    const EvidenceAttachment& a = attached.value();
    AuditRecord record;
    record.action = AuditAction::VersionEvidenceAttached;
    record.change = ChangeKind::Create;
    record.entityType = QStringLiteral("version_attachment");
    record.entityId = QString::number(a.id);
    record.after = QJsonObject {{QStringLiteral("model"), m_modelName},
                                {QStringLiteral("label"), m_label},
                                {QStringLiteral("kind"), m_kind},
                                {QStringLiteral("source"), m_source},
                                {QStringLiteral("sha256"), a.sha256}};
    auto e = ctx.record(record);
    return e ? Status() : e.error();
}

// --- DescribeModelCommand

DescribeModelCommand::DescribeModelCommand(Model description, QString reason)
    : m_description(std::move(description))
    , m_reason(std::move(reason))
{ }

QString DescribeModelCommand::description() const
{
    return Tr::tr("describe model %1").arg(m_description.name);
}

Status DescribeModelCommand::apply(CommandContext& ctx)
{
    if (m_reason.trimmed().isEmpty()) {
        return Error(ErrorCode::Rule, Tr::tr("give a reason for describing model %1").arg(m_description.name));
    }
    RegistryTable table(ctx.database());
    auto found = table.model(m_description.name);
    if (!found) {
        return found.error();
    }
    if (!found.value()) {
        return Error(ErrorCode::NotFound, Tr::tr("there is no model %1 in this workspace").arg(m_description.name));
    }
    const Model before = *found.value();
    Model after = before;
    for (auto [field, value] :
         {std::pair {&after.intendedUse, m_description.intendedUse},
          std::pair {&after.deviceClass, m_description.deviceClass},
          std::pair {&after.riskClass, m_description.riskClass}, std::pair {&after.owner, m_description.owner}}) {
        if (!value.trimmed().isEmpty()) {
            *field = value.trimmed();
        }
    }
    if (after.intendedUse == before.intendedUse && after.deviceClass == before.deviceClass &&
        after.riskClass == before.riskClass && after.owner == before.owner) {
        return Error(ErrorCode::AlreadyExists,
                     Tr::tr("model %1 is already described so; nothing changed").arg(before.name));
    }
    if (auto r = table.updateModel(ctx.write(), after); !r) {
        return r;
    }
    const auto json = [](const Model& m) {
        return QJsonObject {{QStringLiteral("intended_use"), m.intendedUse},
                            {QStringLiteral("device_class"), m.deviceClass},
                            {QStringLiteral("risk_class"), m.riskClass},
                            {QStringLiteral("owner"), m.owner}};
    };
    AuditRecord record;
    record.action = AuditAction::ModelDescribed;
    record.change = ChangeKind::Update;
    record.entityType = QStringLiteral("model");
    record.entityId = before.name;
    record.before = json(before);
    record.after = json(after);
    record.reason = m_reason.trimmed();
    if (auto e = ctx.record(record); !e) {
        return e.error();
    }
    return {};
}

// --- TransitionVersionCommand

TransitionVersionCommand::TransitionVersionCommand(QString modelName, QString label, LifecycleState to, QString reason)
    : m_modelName(std::move(modelName))
    , m_label(std::move(label))
    , m_to(to)
    , m_reason(std::move(reason))
{ }

QString TransitionVersionCommand::description() const
{
    return Tr::tr("move version %1 of %2 to %3").arg(m_label, m_modelName, nameOf(m_to));
}

Status TransitionVersionCommand::apply(CommandContext& ctx)
{
    if (m_to == LifecycleState::Production) {
        return Error(ErrorCode::Rule,
                     Tr::tr("a version goes into production only through an approved change request: open one for "
                            "version %1 of %2 (countersign-cli cr create, or New Change Request\u2026 on the Models "
                            "page), have it approved, then implement it")
                         .arg(m_label, m_modelName));
    }
    if (m_reason.trimmed().isEmpty()) {
        return Error(ErrorCode::Rule, Tr::tr("a reason is required to %1").arg(description()));
    }
    RegistryTable table(ctx.database());
    auto version = table.version(m_modelName, m_label);
    if (!version) {
        return version.error();
    }
    if (!version.value()) {
        return Error(ErrorCode::NotFound,
                     Tr::tr("model %1 has no version %2 in this workspace").arg(m_modelName, m_label));
    }
    // The state the move starts from counts only as the trail recorded it.
    if (auto r =
            RecordCheck::require(ctx.database(), QStringLiteral("model_version"), RecordKey::of(version.value()->id));
        !r) {
        return r;
    }
    const LifecycleState from = version.value()->state;
    if (auto r = Lifecycle::check(from, m_to); !r) {
        return r;
    }
    const bool qaOnly =
        m_to == LifecycleState::Approved || m_to == LifecycleState::Superseded || m_to == LifecycleState::Retired;
    if (qaOnly && !ctx.user()->hasRole(Role::QaOfficer)) {
        return Error(
            ErrorCode::Forbidden,
            Tr::tr("only a QA officer may move a version to %1; %2 is not one").arg(nameOf(m_to), ctx.session().actor));
    }
    return ChangeRequestSteps::moveVersion(ctx, m_modelName, m_label, m_to, m_reason);
}

} // namespace cs
