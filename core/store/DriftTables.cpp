#include "DriftTables.h"

#include "json/CanonicalJson.h"
#include "store/DatasetTables.h"
#include "store/QueryHelpers.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <bit>
#include <cmath>
#include <cstring>
#include <limits>

namespace cs {

namespace {
/// lupdate files every string of this file under the context that Tr::tr() looks up at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::DriftTables)
};

QString canonical(const QJsonValue& v)
{
    auto text = v.isArray() ? CanonicalJson::serialize(v.toArray()) : CanonicalJson::serialize(v.toObject());
    return text ? QString::fromUtf8(text.value()) : QString();
}
} // namespace

// --- FeatureTable -------------------------------------------------------------------------------------------------

Status FeatureTable::insert(const WriteAccess&, const DatasetFeature& f)
{
    auto id = sql::insertRow(
        m_db,
        QStringLiteral("INSERT INTO dataset_feature (id, dataset_id, file_id, ord, name, kind, categories_json, "
                       "missing, content_sha256) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {f.id, f.datasetId, f.fileId, f.ord, f.name,
         f.numeric ? QStringLiteral("numeric") : QStringLiteral("categorical"),
         canonical(QJsonArray::fromStringList(f.categories)), f.missing, f.contentSha256},
        Tr::tr("storing feature %1").arg(f.name));
    return id ? Status() : Status(id.error());
}

Result<QList<DatasetFeature>> FeatureTable::features(qint64 datasetId)
{
    return sql::selectAll<DatasetFeature>(
        m_db,
        QStringLiteral("SELECT id, dataset_id, file_id, ord, name, kind, categories_json, missing, content_sha256 "
                       "FROM dataset_feature WHERE dataset_id = ? ORDER BY ord"),
        {datasetId}, Tr::tr("reading a dataset's features"), [](const QSqlQuery& q) {
            DatasetFeature f;
            f.id = q.value(0).toLongLong();
            f.datasetId = q.value(1).toLongLong();
            f.fileId = q.value(2).toLongLong();
            f.ord = q.value(3).toInt();
            f.name = q.value(4).toString();
            f.numeric = q.value(5).toString() == u"numeric";
            for (const QJsonValue& v : QJsonDocument::fromJson(q.value(6).toByteArray()).array()) {
                f.categories.append(v.toString());
            }
            f.missing = q.value(7).toLongLong();
            f.contentSha256 = q.value(8).toString();
            return f;
        });
}

Result<qint64> FeatureTable::count()
{
    return sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM dataset_feature"), {},
                       Tr::tr("counting dataset features"));
}

Status FeatureTable::forEachChunk(qint64 featureId, const std::function<void(std::string_view)>& visit)
{
    auto stmt = BulkStatement::prepare(m_db, "SELECT vals FROM feature_chunk WHERE feature_id = ? ORDER BY first_row",
                                       Tr::tr("reading feature values"));
    if (!stmt) {
        return stmt.error();
    }
    stmt->bindInt(1, featureId);
    return stmt->forEachRow([&](const BulkStatement& s) {
        visit(s.columnBlob(0));
        return true;
    });
}

Result<std::vector<double>> FeatureTable::values(const DatasetFeature& feature)
{
    auto stmt = BulkStatement::prepare(
        m_db, "SELECT first_row, vals FROM feature_chunk WHERE feature_id = ? ORDER BY first_row",
        Tr::tr("reading feature values"));
    if (!stmt) {
        return stmt.error();
    }
    stmt->bindInt(1, feature.id);
    static_assert(std::endian::native == std::endian::little);
    std::vector<double> out;
    bool damaged = false;
    auto walked = stmt->forEachRow([&](const BulkStatement& s) {
        const qint64 first = s.columnInt(0);
        const std::string_view blob = s.columnBlob(1);
        if (blob.size() % sizeof(double) != 0 || first != qint64(out.size())) {
            damaged = true;
            return false;
        }
        const size_t at = out.size();
        out.resize(at + blob.size() / sizeof(double));
        std::memcpy(out.data() + at, blob.data(), blob.size()); // a blob need not be aligned for doubles
        return true;
    });
    if (!walked) {
        return walked.error();
    }
    if (damaged) {
        return Error(ErrorCode::Corrupt,
                     Tr::tr("%1: feature %2 has a damaged value chunk at row %3")
                         .arg(m_db.path(), feature.name)
                         .arg(out.size()));
    }
    return out;
}

// --- DriftTable ---------------------------------------------------------------------------------------------------

Result<qint64> DriftTable::insertRun(const WriteAccess&, const DriftRun& run, qint64 windowId, qint64 referenceId)
{
    return sql::insertRow(m_db,
                          QStringLiteral("INSERT INTO drift_run (model_name, version_label, window_id, reference_id, "
                                         "content_json, content_sha256, created_at_ms, created_by) "
                                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                          {run.model, run.version, windowId, referenceId, canonical(run.content), run.contentSha256,
                           run.createdAtMs, run.createdBy},
                          Tr::tr("storing the drift run of %1").arg(run.window));
}

Result<qint64> DriftTable::insertAlert(const WriteAccess&, const DriftAlert& alert)
{
    return sql::insertRow(
        m_db, QStringLiteral("INSERT INTO drift_alert (run_id, reasons_json, raised_at_ms) VALUES (?, ?, ?)"),
        {alert.runId, canonical(alert.reasons), alert.raisedAtMs}, Tr::tr("storing a drift alert"));
}

Result<qint64> DriftTable::insertDecision(const WriteAccess&, const AlertDecision& d)
{
    return sql::insertRow(m_db,
                          QStringLiteral("INSERT INTO drift_alert_decision (alert_id, action, reason, "
                                         "change_request_id, at_ms, by_user) VALUES (?, ?, ?, ?, ?, ?)"),
                          {d.alertId, nameOf(d.action), d.reason,
                           d.changeRequest.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : d.changeRequest,
                           d.atMs, d.by},
                          Tr::tr("storing a decision on alert DA-%1").arg(d.alertId));
}

Result<QList<DriftRun>> DriftTable::selectRuns(const QString& where, const QVariantList& binds)
{
    return sql::selectAll<DriftRun>(
        m_db,
        QStringLiteral("SELECT r.id, r.model_name, r.version_label, w.name, f.name, r.content_json, "
                       "r.content_sha256, r.created_at_ms, r.created_by FROM drift_run r "
                       "JOIN dataset w ON w.id = r.window_id JOIN dataset f ON f.id = r.reference_id ") +
            where,
        binds, Tr::tr("reading drift runs"), [](const QSqlQuery& q) {
            DriftRun r;
            r.id = q.value(0).toLongLong();
            r.model = q.value(1).toString();
            r.version = q.value(2).toString();
            r.window = q.value(3).toString();
            r.reference = q.value(4).toString();
            r.content = QJsonDocument::fromJson(q.value(5).toByteArray()).object();
            r.contentSha256 = q.value(6).toString();
            r.createdAtMs = q.value(7).toLongLong();
            r.createdBy = q.value(8).toString();
            return r;
        });
}

Result<QList<DriftRun>> DriftTable::runs(const QString& model)
{
    return model.isEmpty() ? selectRuns(QStringLiteral("ORDER BY r.id"), {})
                           : selectRuns(QStringLiteral("WHERE r.model_name = ? ORDER BY r.id"), {model});
}

Result<std::optional<DriftRun>> DriftTable::run(qint64 id)
{
    return sql::first(selectRuns(QStringLiteral("WHERE r.id = ?"), {id}));
}

Result<QList<DriftAlert>> DriftTable::selectAlerts(const QString& where, const QVariantList& binds)
{
    return sql::selectAll<DriftAlert>(
        m_db,
        QStringLiteral("SELECT a.id, a.run_id, r.model_name, w.name, a.reasons_json, a.raised_at_ms "
                       "FROM drift_alert a JOIN drift_run r ON r.id = a.run_id "
                       "JOIN dataset w ON w.id = r.window_id ") +
            where,
        binds, Tr::tr("reading drift alerts"), [](const QSqlQuery& q) {
            DriftAlert a;
            a.id = q.value(0).toLongLong();
            a.runId = q.value(1).toLongLong();
            a.model = q.value(2).toString();
            a.window = q.value(3).toString();
            a.reasons = QJsonDocument::fromJson(q.value(4).toByteArray()).array();
            a.raisedAtMs = q.value(5).toLongLong();
            return a;
        });
}

Result<QList<DriftAlert>> DriftTable::alerts()
{
    return selectAlerts(QStringLiteral("ORDER BY a.id"), {});
}

Result<std::optional<DriftAlert>> DriftTable::alert(qint64 id)
{
    return sql::first(selectAlerts(QStringLiteral("WHERE a.id = ?"), {id}));
}

Result<std::optional<DriftAlert>> DriftTable::alertOfRun(qint64 runId)
{
    return sql::first(selectAlerts(QStringLiteral("WHERE a.run_id = ?"), {runId}));
}

Result<QList<AlertDecision>> DriftTable::decisions(qint64 alertId)
{
    const QString base = QStringLiteral(
        "SELECT id, alert_id, action, reason, change_request_id, at_ms, by_user FROM drift_alert_decision ");
    return sql::selectAll<AlertDecision>(
        m_db, base + (alertId ? QStringLiteral("WHERE alert_id = ? ORDER BY id") : QStringLiteral("ORDER BY id")),
        alertId ? QVariantList {alertId} : QVariantList {}, Tr::tr("reading decisions on drift alerts"),
        [](const QSqlQuery& q) {
            AlertDecision d;
            d.id = q.value(0).toLongLong();
            d.alertId = q.value(1).toLongLong();
            d.action = enumFromName<AlertAction>(q.value(2).toString()).value_or(AlertAction::Acknowledged);
            d.reason = q.value(3).toString();
            d.changeRequest = q.value(4).toString();
            d.atMs = q.value(5).toLongLong();
            d.by = q.value(6).toString();
            return d;
        });
}

} // namespace cs
