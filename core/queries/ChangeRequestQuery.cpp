#include "ChangeRequestQuery.h"

#include "registry/ChangeRequestEvidence.h"
#include "registry/ChangeRequestFlow.h"
#include "registry/PccpGate.h"
#include "settings/WorkspaceSettings.h"
#include "store/ChangeRequestTables.h"
#include "store/DatasetTables.h"
#include "store/RegistryTables.h"
#include "util/UtcTime.h"
#include "workspace/Workspace.h"
#include "workspace/WorkspaceAccess.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>

namespace cs {

namespace {
/// lupdate files every string of this file under the context that Tr::tr() looks up at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::ChangeRequestQuery)
};
} // namespace

ChangeRequestQuery::ChangeRequestQuery(Workspace& workspace)
    : m_workspace(workspace)
    , m_db(WorkspaceAccess::database(workspace))
{ }

Result<QList<ChangeRequestRecord>> ChangeRequestQuery::all()
{
    return ChangeRequestTable(m_db).all();
}

Result<std::optional<ChangeRequestRecord>> ChangeRequestQuery::find(const QString& id)
{
    return ChangeRequestTable(m_db).byId(id);
}

Result<std::optional<ChangeRequestRecord>> ChangeRequestQuery::revision(const QString& id, int revision)
{
    return ChangeRequestTable(m_db).revision(id, revision);
}

Result<QList<ChangeRequestMove>> ChangeRequestQuery::moves(const QString& id)
{
    return ChangeRequestTable(m_db).moves(id);
}

Result<QList<ChangeRequestAction>> ChangeRequestQuery::available(const QString& id)
{
    auto request = find(id);
    if (!request) {
        return request.error();
    }
    auto user = m_workspace.currentUser();
    if (!request.value() || !user) {
        return QList<ChangeRequestAction>();
    }
    auto history = moves(id);
    if (!history) {
        return history.error();
    }
    auto facts = factsOf(*request.value(), history.value());
    if (!facts) {
        return facts.error();
    }
    QList<ChangeRequestAction> actions = ChangeRequestFlow::available(facts.value(), user.value());
    // The PCCP in force: no approval past a blocking rule that is not met, or before the justification of one that
    // could not be evaluated; a justification only where one is awaited.
    if (!facts->pccpBlockers.isEmpty() || facts->awaitingJustification) {
        actions.removeAll(ChangeRequestAction::Approve);
    }
    if (!facts->awaitingJustification) {
        actions.removeAll(ChangeRequestAction::Justify);
    }
    return actions;
}

Result<ChangeRequestFacts> ChangeRequestQuery::factsOf(const ChangeRequestRecord& request,
                                                       const QList<ChangeRequestMove>& moves)
{
    ChangeRequestFacts facts = ChangeRequestFlow::facts(request.state, request.author, moves);
    if (request.state != ChangeRequestState::Evaluated) {
        return facts;
    }
    auto frozen = evidence(request.id, request.revision);
    if (!frozen) {
        return frozen.error();
    }
    const QJsonObject pccp = frozen.value()[u"pccp"].toObject();
    facts.pccpBlockers = PccpGate::blockerIds(pccp);
    // A justification is signed once per revision, and only where a blocking rule could not be evaluated.
    bool justified = false;
    for (const ChangeRequestMove& m : moves) {
        justified = justified || (m.action == ChangeRequestAction::Justify && m.revision == request.revision);
    }
    facts.awaitingJustification = !justified && !PccpGate::needingJustification(pccp).isEmpty();
    return facts;
}

Result<ChangeRequestFlow::NextStep> ChangeRequestQuery::nextStep(const ChangeRequestRecord& request)
{
    auto history = moves(request.id);
    if (!history) {
        return history.error();
    }
    auto facts = factsOf(request, history.value());
    if (!facts) {
        return facts.error();
    }
    return ChangeRequestFlow::nextStep(facts.value());
}

Result<QJsonObject> ChangeRequestQuery::evidence(const QString& id, int revision)
{
    auto e = ChangeRequestTable(m_db).evidence(id, revision);
    if (!e) {
        return e.error();
    }
    return e.value() ? e.value()->json : QJsonObject();
}

Result<ChangeRequestContent> ChangeRequestQuery::draft(const QString& model, const QString& candidate)
{
    RegistryTable registry(m_db);
    auto versions = registry.versions(model);
    if (!versions) {
        return versions.error();
    }
    ChangeRequestContent c;
    c.model = model;
    c.candidate = candidate;
    qint64 candidateId = 0;
    qint64 baselineId = 0;
    for (const ModelVersion& v : versions.value()) {
        candidateId = v.label == candidate ? v.id : candidateId;
        if (v.state == LifecycleState::Production) {
            c.baseline = v.label;
            baselineId = v.id;
        }
    }
    if (candidateId == 0) {
        return Error(ErrorCode::NotFound, Tr::tr("model %1 has no version %2 in this workspace").arg(model, candidate));
    }
    c.rollbackVersion = c.baseline;
    // The protocol of the request that put the baseline into production carries over.
    auto requests = all();
    if (!requests) {
        return requests.error();
    }
    for (const ChangeRequestRecord& r : requests.value()) {
        if (!c.baseline.isEmpty() && r.content.model == model && r.content.candidate == c.baseline &&
            (r.state == ChangeRequestState::Implemented || r.state == ChangeRequestState::Closed)) {
            c.plan = r.content.plan;
            c.plan.baselineThreshold = r.content.plan.candidateThreshold;
            c.plan.candidateThreshold = r.content.plan.candidateThreshold;
            break;
        }
    }
    // The originally cleared version: the one the model's first release put into production, when it is neither the
    // baseline nor the candidate, compared at the threshold it was released with.
    c.cleared.clear();
    c.plan.clearedThreshold.reset();
    qint64 clearedId = 0;
    for (const ChangeRequestRecord& r : requests.value()) {
        const bool released = r.state == ChangeRequestState::Implemented || r.state == ChangeRequestState::Closed ||
            r.state == ChangeRequestState::RolledBack;
        if (r.content.model == model && r.content.baseline.isEmpty() && r.content.rollbackOf.isEmpty() && released &&
            r.content.candidate != c.baseline && r.content.candidate != candidate) {
            c.cleared = r.content.candidate;
            c.plan.clearedThreshold = r.content.plan.candidateThreshold;
            for (const ModelVersion& v : versions.value()) {
                clearedId = v.label == c.cleared ? v.id : clearedId;
            }
            break;
        }
    }
    // The datasets on which every version compared has predictions: the locked validation sets and the challenge
    // sets.
    DatasetTable datasets(m_db);
    auto sets = datasets.datasets();
    if (!sets) {
        return sets.error();
    }
    c.plan.datasets.clear();
    std::optional<QStringList> columns;
    for (const Dataset& d : sets.value()) {
        if (!(d.role == DatasetRole::Validation && d.locked) && d.role != DatasetRole::Challenge) {
            continue;
        }
        bool both = true;
        for (const qint64 version : {candidateId, baselineId, clearedId}) {
            if (version != 0) {
                auto p = datasets.predictionSet(version, d.id);
                both = both && p && p.value();
            }
        }
        if (!both) {
            continue;
        }
        c.plan.datasets.append({d.name, d.role == DatasetRole::Challenge});
        QStringList common;
        for (const QString& column : d.groupColumns) {
            if (!columns || columns->contains(column)) {
                common.append(column);
            }
        }
        columns = common;
    }
    // Validation sets first, as the plan lists them.
    std::stable_sort(
        c.plan.datasets.begin(), c.plan.datasets.end(),
        [](const ValidationPlan::Dataset& a, const ValidationPlan::Dataset& b) { return !a.challenge && b.challenge; });
    const QStringList kept = c.plan.subgroupColumns;
    c.plan.subgroupColumns.clear();
    for (const QString& column : columns.value_or(QStringList())) {
        if (kept.isEmpty() || kept.contains(column)) {
            c.plan.subgroupColumns.append(column);
        }
    }
    return c;
}

Result<QJsonObject> ChangeRequestQuery::planPower(const ChangeRequestContent& content)
{
    return ChangeRequestEvidence::planPower(m_db, content);
}

Result<QJsonObject> ChangeRequestQuery::planPower(const QString& id)
{
    auto request = find(id);
    if (!request) {
        return request.error();
    }
    if (!request.value()) {
        return Error(ErrorCode::NotFound, Tr::tr("there is no change request %1 in this workspace").arg(id));
    }
    return ChangeRequestEvidence::planPower(m_db, request.value()->content);
}

namespace {
/// `value`'s scalars by dotted path ("plan.margins.auc"); arrays whole, as compact JSON.
void flatten(const QJsonValue& value, const QString& path, QMap<QString, QString>& out)
{
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto i = o.begin(); i != o.end(); ++i) {
            flatten(i.value(), path.isEmpty() ? i.key() : path + u'.' + i.key(), out);
        }
        return;
    }
    if (value.isArray()) {
        out.insert(path, QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)));
        return;
    }
    out.insert(path, value.isString() ? value.toString() : value.toVariant().toString());
}
} // namespace

QJsonArray ChangeRequestQuery::contentChanges(const QJsonObject& before, const QJsonObject& after)
{
    QMap<QString, QString> a;
    QMap<QString, QString> b;
    flatten(before, QString(), a);
    flatten(after, QString(), b);
    QStringList fields = a.keys() + b.keys();
    fields.removeDuplicates();
    std::sort(fields.begin(), fields.end());
    QJsonArray changes;
    for (const QString& field : fields) {
        if (a.value(field) != b.value(field)) {
            changes.append(QJsonObject {{QStringLiteral("field"), field},
                                        {QStringLiteral("before"), a.value(field)},
                                        {QStringLiteral("after"), b.value(field)}});
        }
    }
    return changes;
}

Result<QJsonArray> ChangeRequestQuery::revisions(const QString& id, int latest)
{
    ChangeRequestTable table(m_db);
    QJsonArray out;
    QJsonObject previous;
    for (int k = 1; k <= latest; ++k) {
        auto r = table.revision(id, k);
        if (!r) {
            return r.error();
        }
        if (!r.value()) {
            return Error(ErrorCode::Corrupt, Tr::tr("change request %1 has no revision %2").arg(id).arg(k));
        }
        auto evidence = table.evidence(id, k);
        if (!evidence) {
            return evidence.error();
        }
        const QJsonObject content = r.value()->content.toJson();
        QJsonObject entry {{QStringLiteral("revision"), k},
                           {QStringLiteral("content_sha256"), r.value()->contentSha256},
                           {QStringLiteral("plan_sha256"), r.value()->planSha256},
                           {QStringLiteral("locked"), r.value()->locked},
                           {QStringLiteral("changes"), k == 1 ? QJsonArray() : contentChanges(previous, content)}};
        if (evidence.value()) {
            entry.insert(QStringLiteral("evidence_sha256"), evidence.value()->sha256);
        }
        out.append(entry);
        previous = content;
    }
    return out;
}

Result<QJsonObject> ChangeRequestQuery::toJson(const QString& id)
{
    auto request = find(id);
    if (!request) {
        return request.error();
    }
    if (!request.value()) {
        return Error(ErrorCode::NotFound, Tr::tr("there is no change request %1 in this workspace").arg(id));
    }
    auto history = moves(id);
    if (!history) {
        return history.error();
    }
    const ChangeRequestRecord& r = *request.value();
    QJsonArray movesJson;
    for (const ChangeRequestMove& m : history.value()) {
        QJsonObject move {{QStringLiteral("revision"), m.revision},
                          {QStringLiteral("from"), nameOf(m.from)},
                          {QStringLiteral("to"), nameOf(m.to)},
                          {QStringLiteral("action"), nameOf(m.action)},
                          {QStringLiteral("reason"), m.reason},
                          {QStringLiteral("by"), m.actor},
                          {QStringLiteral("at"), UtcTime::formatMsString(m.atMs)}};
        if (m.signatureId > 0) {
            move.insert(QStringLiteral("signature"), m.signatureId);
        }
        movesJson.append(move);
    }
    auto evidence = ChangeRequestTable(m_db).evidence(r.id, r.revision);
    if (!evidence) {
        return evidence.error();
    }
    QJsonObject json {{QStringLiteral("id"), r.id},
                      {QStringLiteral("author"), r.author},
                      {QStringLiteral("created"), UtcTime::formatMsString(r.createdAtMs)},
                      {QStringLiteral("revision"), r.revision},
                      {QStringLiteral("state"), nameOf(r.state)},
                      {QStringLiteral("locked"), r.locked},
                      {QStringLiteral("content"), r.content.toJson()},
                      {QStringLiteral("content_sha256"), r.contentSha256},
                      {QStringLiteral("plan_sha256"), r.planSha256},
                      {QStringLiteral("moves"), movesJson}};
    auto facts = factsOf(r, history.value());
    if (!facts) {
        return facts.error();
    }
    const auto next = ChangeRequestFlow::nextStep(facts.value());
    if (!next.what.isEmpty()) {
        json.insert(QStringLiteral("next_step"),
                    QJsonObject {{QStringLiteral("what"), next.what}, {QStringLiteral("who"), next.who}});
    }
    // An emergency rollback waits for its review, due within the workspace's setting; overdue after that.
    qint64 emergencyAt = 0;
    bool reviewed = false;
    for (const ChangeRequestMove& m : history.value()) {
        emergencyAt = m.action == ChangeRequestAction::EmergencyRollback ? m.atMs : emergencyAt;
        reviewed = reviewed || m.action == ChangeRequestAction::Review;
    }
    if (emergencyAt > 0 && !reviewed) {
        auto settings = m_workspace.settings();
        if (!settings) {
            return settings.error();
        }
        const qint64 due =
            emergencyAt + qint64(settings->integer(SettingKey::EmergencyReviewDays)) * 24 * 60 * 60 * 1000;
        json.insert(QStringLiteral("review_due"), UtcTime::formatMsString(due));
        json.insert(QStringLiteral("review_overdue"), m_workspace.clock().nowMs() > due);
    }
    if (evidence.value()) {
        json.insert(QStringLiteral("evidence"), evidence.value()->json);
        json.insert(QStringLiteral("evidence_sha256"), evidence.value()->sha256);
    }
    auto revisionList = revisions(r.id, r.revision);
    if (!revisionList) {
        return revisionList.error();
    }
    json.insert(QStringLiteral("revisions"), revisionList.value());
    return json;
}

} // namespace cs
