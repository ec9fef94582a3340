#include "RegistryTables.h"

#include "json/CanonicalJson.h"
#include "store/AttachmentStore.h"
#include "store/QueryHelpers.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <cmath>

namespace cs {

namespace {
/// lupdate files every string of this file under the context that Tr::tr() looks up at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::RegistryTables)
};

const QString kModelColumns =
    QStringLiteral("name, intended_use, device_class, risk_class, owner, created_at_ms, created_by");
const QString kVersionColumns = QStringLiteral("id, model_name, label, source_uri, code_commit, parent_label, "
                                               "evidence_json, evidence_sha256, state, imported_at_ms, imported_by");

Model readModel(const QSqlQuery& q)
{
    Model m;
    m.name = q.value(0).toString();
    m.intendedUse = q.value(1).toString();
    m.deviceClass = q.value(2).toString();
    m.riskClass = q.value(3).toString();
    m.owner = q.value(4).toString();
    m.createdAtMs = q.value(5).toLongLong();
    m.createdBy = q.value(6).toString();
    return m;
}

/// A null QString binds as SQL NULL; an empty text column needs "".
QString text(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

ModelVersion readVersion(const QSqlQuery& q)
{
    ModelVersion v;
    v.id = q.value(0).toLongLong();
    v.modelName = q.value(1).toString();
    v.label = q.value(2).toString();
    v.sourceUri = q.value(3).toString();
    v.codeCommit = q.value(4).toString();
    v.parentLabel = q.value(5).toString();
    v.evidence = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object();
    v.evidenceSha256 = q.value(7).toString();
    // An unreadable state is treated as withdrawn: nothing can move it on.
    v.state = enumFromName<LifecycleState>(q.value(8).toString()).value_or(LifecycleState::Withdrawn);
    v.importedAtMs = q.value(9).toLongLong();
    v.importedBy = q.value(10).toString();
    return v;
}
} // namespace

Status RegistryTable::insertModel(const WriteAccess& /*write*/, const Model& m)
{
    auto id =
        sql::insertRow(m_db, QStringLiteral("INSERT INTO model (%1) VALUES (?, ?, ?, ?, ?, ?, ?)").arg(kModelColumns),
                       {m.name, text(m.intendedUse), text(m.deviceClass), text(m.riskClass), text(m.owner),
                        m.createdAtMs, text(m.createdBy)},
                       Tr::tr("adding model %1").arg(m.name));
    return id ? Status() : id.error();
}

Result<std::optional<Model>> RegistryTable::model(const QString& name)
{
    return sql::first(sql::selectAll<Model>(m_db,
                                            QStringLiteral("SELECT %1 FROM model WHERE name = ?").arg(kModelColumns),
                                            {name}, Tr::tr("reading model %1").arg(name), readModel));
}

Result<QList<Model>> RegistryTable::models()
{
    return sql::selectAll<Model>(m_db, QStringLiteral("SELECT %1 FROM model ORDER BY name").arg(kModelColumns), {},
                                 Tr::tr("reading the models"), readModel);
}

Result<qint64> RegistryTable::insertVersion(const WriteAccess& /*write*/, const ModelVersion& v)
{
    auto evidence = CanonicalJson::serialize(v.evidence);
    if (!evidence) {
        return evidence.error();
    }
    return sql::insertRow(
        m_db,
        QStringLiteral("INSERT INTO model_version (model_name, label, source_uri, code_commit, parent_label, "
                       "evidence_json, evidence_sha256, state, imported_at_ms, imported_by) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {v.modelName, v.label, text(v.sourceUri), text(v.codeCommit),
         v.parentLabel.isEmpty() ? QVariant() : QVariant(v.parentLabel), QString::fromUtf8(evidence.value()),
         text(v.evidenceSha256), nameOf(v.state), v.importedAtMs, text(v.importedBy)},
        Tr::tr("adding version %1 of %2").arg(v.label, v.modelName));
}

Result<std::optional<ModelVersion>> RegistryTable::version(const QString& modelName, const QString& label)
{
    return sql::first(sql::selectAll<ModelVersion>(
        m_db, QStringLiteral("SELECT %1 FROM model_version WHERE model_name = ? AND label = ?").arg(kVersionColumns),
        {modelName, label}, Tr::tr("reading version %1 of %2").arg(label, modelName), readVersion));
}

Result<std::optional<ModelVersion>> RegistryTable::versionById(qint64 id)
{
    return sql::first(sql::selectAll<ModelVersion>(
        m_db, QStringLiteral("SELECT %1 FROM model_version WHERE id = ?").arg(kVersionColumns), {id},
        Tr::tr("reading model version %1").arg(id), readVersion));
}

Result<QList<ModelVersion>> RegistryTable::versions(const QString& modelName)
{
    return sql::selectAll<ModelVersion>(
        m_db, QStringLiteral("SELECT %1 FROM model_version WHERE model_name = ? ORDER BY id").arg(kVersionColumns),
        {modelName}, Tr::tr("reading the versions of %1").arg(modelName), readVersion);
}

Status RegistryTable::updateModel(const WriteAccess& /*write*/, const Model& m)
{
    auto r =
        sql::insertRow(m_db,
                       QStringLiteral("UPDATE model SET intended_use = ?, device_class = ?, risk_class = ?, owner = ? "
                                      "WHERE name = ?"),
                       {text(m.intendedUse), text(m.deviceClass), text(m.riskClass), text(m.owner), m.name},
                       Tr::tr("describing model %1").arg(m.name));
    return r ? Status() : r.error();
}

Status RegistryTable::setState(const WriteAccess& /*write*/, qint64 versionId, LifecycleState state)
{
    auto r = sql::insertRow(m_db, QStringLiteral("UPDATE model_version SET state = ? WHERE id = ?"),
                            {nameOf(state), versionId}, Tr::tr("changing the state of version %1").arg(versionId));
    return r ? Status() : r.error();
}

Status RegistryTable::insertTransition(const WriteAccess& /*write*/, qint64 versionId, LifecycleState from,
                                       LifecycleState to, const QString& reason, qint64 atMs, const QString& by)
{
    auto r = sql::insertRow(
        m_db,
        QStringLiteral("INSERT INTO lifecycle_transition (version_id, from_state, to_state, reason, "
                       "at_ms, by_user) VALUES (?, ?, ?, ?, ?, ?)"),
        {versionId, nameOf(from), nameOf(to), reason, atMs, by}, Tr::tr("recording a lifecycle transition"));
    return r ? Status() : r.error();
}

Result<QList<EvidenceAttachment>> RegistryTable::attachments(qint64 versionId)
{
    return AttachmentStore(m_db, AttachmentStore::Owner::ModelVersion).list(versionId);
}

Status RegistryTable::insertMetrics(const WriteAccess& /*write*/, qint64 versionId, const QList<MetricPoint>& points)
{
    auto q = m_db.prepare(QStringLiteral("INSERT INTO model_metric (version_id, key, seq, step, timestamp_ms, value, "
                                         "special) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    if (!q) {
        return q.error();
    }
    qint64 seq = 0;
    for (const MetricPoint& p : points) {
        q->bindValue(0, versionId);
        q->bindValue(1, p.key);
        q->bindValue(2, ++seq);
        q->bindValue(3, p.step);
        q->bindValue(4, p.timestampMs);
        q->bindValue(5, p.special.isEmpty() ? QVariant(p.value) : QVariant());
        q->bindValue(6, p.special.isEmpty() ? QVariant() : QVariant(p.special));
        if (auto r = m_db.exec(q.value(), Tr::tr("storing metric %1").arg(p.key)); !r) {
            return r;
        }
    }
    return {};
}

Result<QList<MetricPoint>> RegistryTable::metricHistory(qint64 versionId, const QString& key)
{
    return sql::selectAll<MetricPoint>(
        m_db,
        QStringLiteral("SELECT key, step, timestamp_ms, value, special FROM model_metric WHERE version_id = ? AND "
                       "key = ? ORDER BY seq"),
        {versionId, key}, Tr::tr("reading metric %1").arg(key), [](const QSqlQuery& q) {
            MetricPoint p;
            p.key = q.value(0).toString();
            p.step = q.value(1).toLongLong();
            p.timestampMs = q.value(2).toLongLong();
            p.value = q.value(3).toDouble();
            p.special = q.value(4).toString();
            return p;
        });
}

} // namespace cs
