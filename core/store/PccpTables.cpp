#include "PccpTables.h"

#include "json/CanonicalJson.h"
#include "store/QueryHelpers.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace cs {

namespace {
/// lupdate files every string of this file under the context that Tr::tr() looks up at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::PccpTable)
};

PccpRecord readRow(const QSqlQuery& q)
{
    PccpRecord p;
    p.id = q.value(0).toLongLong();
    p.model = q.value(1).toString();
    p.version = q.value(2).toInt();
    QStringList errors; // written by toJson(): a problem here is a damaged row, which its seal check reports
    p.content = Pccp::fromJson(QJsonDocument::fromJson(q.value(3).toByteArray()).object(), &errors);
    p.contentSha256 = q.value(4).toString();
    p.source = q.value(5).toString();
    p.author = q.value(6).toString();
    p.createdAtMs = q.value(7).toLongLong();
    return p;
}
} // namespace

Result<qint64> PccpTable::insert(const WriteAccess& /*write*/, const PccpRecord& pccp)
{
    auto content = CanonicalJson::serialize(pccp.content.toJson());
    if (!content) {
        return content.error();
    }
    return sql::insertRow(m_db,
                          QStringLiteral("INSERT INTO pccp (model_name, version, content_json, content_sha256, source, "
                                         "author, created_at_ms) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                          {pccp.model, pccp.version, QString::fromUtf8(content.value()), pccp.contentSha256,
                           pccp.source, pccp.author, pccp.createdAtMs},
                          Tr::tr("storing version %1 of the PCCP of %2").arg(pccp.version).arg(pccp.model));
}

Result<QList<PccpRecord>> PccpTable::select(const QString& where, const QVariantList& binds)
{
    return sql::selectAll<PccpRecord>(
        m_db,
        QStringLiteral("SELECT id, model_name, version, content_json, content_sha256, source, author, created_at_ms "
                       "FROM pccp ") +
            where,
        binds, Tr::tr("reading PCCPs"), readRow);
}

Result<QList<PccpRecord>> PccpTable::versions(const QString& model)
{
    return select(QStringLiteral("WHERE model_name = ? ORDER BY version DESC"), {model});
}

Result<std::optional<PccpRecord>> PccpTable::version(const QString& model, int version)
{
    return sql::first(select(QStringLiteral("WHERE model_name = ? AND version = ?"), {model, version}));
}

Result<QList<PccpRecord>> PccpTable::all()
{
    return select(QStringLiteral("ORDER BY model_name, version DESC"), {});
}

} // namespace cs
