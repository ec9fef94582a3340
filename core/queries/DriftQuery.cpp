#include "DriftQuery.h"

#include "registry/DriftMonitor.h"
#include "store/DatasetTables.h"
#include "store/DriftTables.h"
#include "util/UtcTime.h"
#include "workspace/WorkspaceAccess.h"

#include <QHash>
#include <QJsonArray>

namespace cs {

DriftQuery::DriftQuery(Workspace& workspace)
    : m_db(WorkspaceAccess::database(workspace))
{ }

Result<QList<AlertView>> DriftQuery::alerts(bool openOnly)
{
    DriftTable table(m_db);
    auto alerts = table.alerts();
    auto decisions = table.decisions();
    if (!alerts || !decisions) {
        return !alerts ? alerts.error() : decisions.error();
    }
    QHash<qint64, QList<AlertDecision>> byAlert;
    for (const AlertDecision& d : decisions.value()) {
        byAlert[d.alertId].append(d);
    }
    QList<AlertView> out;
    for (const DriftAlert& a : alerts.value()) {
        AlertView v;
        v.alert = a;
        v.run = QStringLiteral("DR-%1").arg(a.runId);
        v.decisions = byAlert.value(a.id);
        v.status = DriftMonitor::alertStatus(v.decisions);
        if (!openOnly || v.open()) {
            out.append(v);
        }
    }
    return out;
}

Result<QList<DriftRunView>> DriftQuery::runs(const QString& model)
{
    auto runs = DriftTable(m_db).runs(model);
    if (!runs) {
        return runs.error();
    }
    auto alerts = this->alerts();
    if (!alerts) {
        return alerts.error();
    }
    QHash<qint64, AlertView> byRun;
    for (const AlertView& a : alerts.value()) {
        byRun.insert(a.alert.runId, a);
    }
    QList<DriftRunView> out;
    for (const DriftRun& r : runs.value()) {
        DriftRunView v;
        v.run = r;
        if (byRun.contains(r.id)) {
            v.alert = byRun.value(r.id);
        }
        out.append(v);
    }
    return out;
}

Result<std::optional<DriftRunView>> DriftQuery::run(const QString& label)
{
    QString t = label.trimmed();
    if (t.startsWith(QStringLiteral("DR-"), Qt::CaseInsensitive)) {
        t = t.mid(3);
    }
    bool ok = false;
    const qint64 id = t.toLongLong(&ok);
    if (!ok) {
        return std::optional<DriftRunView>();
    }
    auto all = runs();
    if (!all) {
        return all.error();
    }
    for (const DriftRunView& v : all.value()) {
        if (v.run.id == id) {
            return std::optional(v);
        }
    }
    return std::optional<DriftRunView>();
}

Result<std::optional<DriftQuery::FeatureValues>> DriftQuery::featureValues(const QString& dataset,
                                                                           const QString& feature)
{
    auto d = DatasetTable(m_db).dataset(dataset);
    if (!d) {
        return d.error();
    }
    if (!d.value()) {
        return std::optional<FeatureValues>();
    }
    FeatureTable table(m_db);
    auto features = table.features(d.value()->id);
    if (!features) {
        return features.error();
    }
    for (const DatasetFeature& f : features.value()) {
        if (f.name != feature) {
            continue;
        }
        auto values = table.values(f);
        if (!values) {
            return values.error();
        }
        FeatureValues out;
        out.numeric = f.numeric;
        out.categories = f.categories;
        out.values = std::move(values.value());
        return std::optional(std::move(out));
    }
    return std::optional<FeatureValues>();
}

QJsonObject DriftQuery::toJson(const AlertView& v)
{
    QJsonArray decisions;
    for (const AlertDecision& d : v.decisions) {
        QJsonObject o {{QStringLiteral("action"), nameOf(d.action)},
                       {QStringLiteral("by"), d.by},
                       {QStringLiteral("at"), UtcTime::formatMsString(d.atMs)}};
        if (!d.reason.isEmpty()) {
            o.insert(QStringLiteral("reason"), d.reason);
        }
        if (!d.changeRequest.isEmpty()) {
            o.insert(QStringLiteral("change_request"), d.changeRequest);
        }
        decisions.append(o);
    }
    return QJsonObject {{QStringLiteral("id"), v.alert.label()},
                        {QStringLiteral("run"), v.run},
                        {QStringLiteral("model"), v.alert.model},
                        {QStringLiteral("window"), v.alert.window},
                        {QStringLiteral("raised_at"), UtcTime::formatMsString(v.alert.raisedAtMs)},
                        {QStringLiteral("status"), v.status},
                        {QStringLiteral("reasons"), v.alert.reasons},
                        {QStringLiteral("decisions"), decisions}};
}

QJsonObject DriftQuery::toJson(const DriftRunView& v)
{
    return QJsonObject {{QStringLiteral("id"), v.run.label()},
                        {QStringLiteral("model"), v.run.model},
                        {QStringLiteral("version"), v.run.version},
                        {QStringLiteral("window"), v.run.window},
                        {QStringLiteral("reference"), v.run.reference},
                        {QStringLiteral("created_at"), UtcTime::formatMsString(v.run.createdAtMs)},
                        {QStringLiteral("created_by"), v.run.createdBy},
                        {QStringLiteral("content_sha256"), v.run.contentSha256},
                        {QStringLiteral("content"), v.run.content},
                        {QStringLiteral("alert"), v.alert ? QJsonValue(toJson(*v.alert)) : QJsonValue()}};
}

} // namespace cs
