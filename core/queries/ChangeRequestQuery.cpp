#include "ChangeRequestQuery.h"

#include "registry/ChangeRequestEvidence.h"
#include "registry/ChangeRequestFlow.h"
#include "settings/WorkspaceSettings.h"
#include "store/ChangeRequestTables.h"
#include "util/UtcTime.h"
#include "workspace/Workspace.h"
#include "workspace/WorkspaceAccess.h"

#include <QCoreApplication>
#include <QJsonArray>

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
    const ChangeRequestFacts facts =
        ChangeRequestFlow::facts(request.value()->state, request.value()->author, history.value());
    return ChangeRequestFlow::available(facts, user.value());
}

Result<ChangeRequestFlow::NextStep> ChangeRequestQuery::nextStep(const ChangeRequestRecord& request)
{
    auto history = moves(request.id);
    if (!history) {
        return history.error();
    }
    return ChangeRequestFlow::nextStep(ChangeRequestFlow::facts(request.state, request.author, history.value()));
}

Result<QJsonObject> ChangeRequestQuery::evidence(const QString& id, int revision)
{
    auto e = ChangeRequestTable(m_db).evidence(id, revision);
    if (!e) {
        return e.error();
    }
    return e.value() ? e.value()->json : QJsonObject();
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
    const auto next = ChangeRequestFlow::nextStep(ChangeRequestFlow::facts(r.state, r.author, history.value()));
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
    return json;
}

} // namespace cs
