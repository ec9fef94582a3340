#include "DemoMonitoring.h"

#include "commands/DriftCommands.h"
#include "commands/PredictionCommands.h"

#include <QDateTime>
#include <QTimeZone>

namespace cs {

namespace {
const QString kModel = QStringLiteral("sepsis-risk");
const QString kReference = QStringLiteral("drift-reference-2026q3");

PredictionImportRequest importOf(const QString& dataset, const QString& file, DatasetRole role)
{
    PredictionImportRequest r;
    r.dataset = dataset;
    r.file = file;
    r.role = role;
    r.mapping.idColumn = QStringLiteral("encounter_id");
    r.mapping.scores = {{kModel, QStringLiteral("3"), QStringLiteral("score_v3")}};
    r.mapping.features = DemoSources::monitoredFeatures();
    if (role == DatasetRole::ProductionWindow) { // the outcomes are known for every past month
        r.mapping.labelColumn = QStringLiteral("sepsis_within_48h");
        r.mapping.groupColumns = {QStringLiteral("age_band")};
    }
    return r;
}
} // namespace

QString DemoMonitoring::windowName(qint64 nowMs, int w)
{
    const QDate month = QDateTime::fromMSecsSinceEpoch(nowMs, QTimeZone::utc()).date().addMonths(w - 7);
    return QStringLiteral("production-%1").arg(month.toString(QStringLiteral("yyyy-MM")));
}

Status DemoMonitoring::importAndRun(const std::function<Status(Command&)>& execute, const DemoSources::Paths& sources,
                                    qint64 nowMs)
{
    ImportPredictionsCommand reference(importOf(kReference, sources.driftReference, DatasetRole::DriftReference));
    if (auto r = execute(reference); !r) {
        return r;
    }
    for (int w = 1; w <= int(sources.windows.size()); ++w) {
        const QString name = windowName(nowMs, w);
        ImportPredictionsCommand window(importOf(name, sources.windows.at(w - 1), DatasetRole::ProductionWindow));
        if (auto r = execute(window); !r) {
            return r;
        }
        DriftRunRequest request;
        request.model = kModel;
        request.window = name;
        request.reference = kReference;
        RunDriftCommand run(request);
        if (auto r = execute(run); !r) {
            return r;
        }
    }
    return {};
}

} // namespace cs
