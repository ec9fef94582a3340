#include "PccpQuery.h"

#include "registry/PccpStandings.h"
#include "util/UtcTime.h"
#include "workspace/WorkspaceAccess.h"

#include <QJsonArray>

namespace cs {

PccpQuery::PccpQuery(Workspace& workspace)
    : m_db(WorkspaceAccess::database(workspace))
{ }

Result<QList<PccpStanding>> PccpQuery::all()
{
    return PccpStandings::all(m_db);
}

Result<QList<PccpStanding>> PccpQuery::ofModel(const QString& model)
{
    return PccpStandings::ofModel(m_db, model);
}

Result<std::optional<PccpStanding>> PccpQuery::find(const QString& model, int version)
{
    auto versions = ofModel(model);
    if (!versions) {
        return versions.error();
    }
    for (const PccpStanding& s : versions.value()) {
        if (version > 0 ? s.pccp.version == version : s.status == PccpStatus::InForce) {
            return std::optional<PccpStanding>(s);
        }
    }
    if (version == 0 && !versions->isEmpty()) {
        return std::optional<PccpStanding>(versions->first());
    }
    return std::optional<PccpStanding>();
}

QJsonObject PccpQuery::toJson(const PccpStanding& s)
{
    QJsonArray signatures;
    for (const PccpStanding::Signed& g : s.signatures) {
        signatures.append(QJsonObject {{QStringLiteral("id"), g.signatureId},
                                       {QStringLiteral("meaning"), g.meaning},
                                       {QStringLiteral("signer"), g.signer},
                                       {QStringLiteral("signed_at"), UtcTime::formatMsString(g.atMs)}});
    }
    return QJsonObject {{QStringLiteral("model"), s.pccp.model},
                        {QStringLiteral("version"), s.pccp.version},
                        {QStringLiteral("status"), nameOf(s.status)},
                        {QStringLiteral("content_sha256"), s.pccp.contentSha256},
                        {QStringLiteral("source"), s.pccp.source},
                        {QStringLiteral("author"), s.pccp.author},
                        {QStringLiteral("created_at"), UtcTime::formatMsString(s.pccp.createdAtMs)},
                        {QStringLiteral("signatures"), signatures},
                        {QStringLiteral("missing"), QJsonArray::fromStringList(s.missing)},
                        {QStringLiteral("content"), s.pccp.content.toJson()},
                        {QStringLiteral("traceability"), s.pccp.content.traceabilityJson()}};
}

} // namespace cs
