// bench_stats: `countersign-cli stats compare` and `stats drift` against the usual Python way (issue #5).
//   Writes synthetic inputs, then times each command and its Python counterpart in one run, each in a fresh child
//   process, and reports wall time, the ratio (target: Python / ours >= 10) and each side's peak resident memory,
//   also as a ratio to the numeric size of the input (target: <= 2):
//   - compare on 1,000,000 and 10,000,000 rows (id, label, two scores): python_compare.py = pandas.read_csv +
//     scikit-learn roc_auc_score + statsmodels mcnemar + a vectorised numpy DeLong. Numeric size: 3 used columns x
//     8 bytes x rows.
//   - drift on two windows of 1,000,000 rows x 20 columns (14 continuous, 3 small-integer, 3 categorical):
//     python_drift.py = pandas + SciPy. Numeric size: 20 columns x 8 bytes x (reference + current rows).
//   The two sides' AUCs are compared as a check that both did the same work.
//   - compare on the same rows stored in a workspace (stats compare WORKSPACE --dataset, issue #11): imported once
//     with ImportPredictionsCommand, then timed against the CSV run (target: no slower, time ratio <= 1) with the same
//     memory target; its JSON must equal the CSV run's byte for byte.
//   - a drift run from a workspace (issue #16): both drift windows imported with IDs, a score and their 20 features,
//     RunDriftCommand timed in process against stats drift on the same CSVs (target: no slower) and against the
//     Python run (target: at least 10x faster); every feature's score and PSI equal to the CSV run's.
// Usage: bench_stats [--dir DIR] [--scale S] [--drift-only]   (S multiplies every row count; 0.1 for a quick look)
#include "BenchMeasure.h"
#include "BenchSupport.h"
#include "TestWorkspace.h"
#include "commands/DriftCommands.h"
#include "commands/PredictionCommands.h"
#include "config-countersign-tests.h"
#include "workspace/Workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <cmath>
#include <cstdio>
#include <cstring>
#include <random>

namespace {

using cs::bench::measure;
using cs::bench::Measured;

bool writeCompare(const QString& path, qint64 rows)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        return false;
    }
    std::mt19937_64 rng(20261124);
    std::uniform_real_distribution<double> u(0.0, 1.0);
    QByteArray buffer = "id,outcome,ref,cand\n";
    char line[96];
    for (qint64 i = 0; i < rows; ++i) {
        const int y = u(rng) < 0.12 ? 1 : 0;
        const double noise = u(rng) - 0.5;
        const double ref = 0.4 + 0.1 * y + 0.3 * noise;
        const double cand = 0.4 + 0.11 * y + 0.3 * (0.9 * noise + 0.3 * (u(rng) - 0.5));
        const int n = std::snprintf(line, sizeof line, "S%lld,%d,%.6f,%.6f\n", static_cast<long long>(i), y, ref, cand);
        buffer.append(line, n);
        if (!cs::bench::flushWhenFull(f, buffer)) {
            return false;
        }
    }
    return cs::bench::flushWhenFull(f, buffer, true);
}

/// Two windows of 20 columns. With `ids`, each row also has a sample ID and a score (drawn from a generator of their
/// own, so the 20 columns are the same as without), for importing into a workspace.
bool writeDrift(const QString& path, qint64 rows, double shift, quint64 seed, bool ids = false)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        return false;
    }
    std::mt19937_64 rng(seed);
    std::mt19937_64 scores(seed + 1000);
    std::normal_distribution<double> normal(0.0, 1.0);
    std::uniform_real_distribution<double> u(0.0, 1.0);
    QByteArray buffer = ids ? "id,score," : "";
    for (int k = 0; k < 14; ++k) {
        buffer += "x" + QByteArray::number(k) + ',';
    }
    buffer += "g0,g1,g2,c0,c1,c2\n";
    const char* categories[] = {"alpha", "beta", "gamma", "delta", "epsilon"};
    char field[64];
    for (qint64 i = 0; i < rows; ++i) {
        if (ids) {
            buffer.append(field,
                          std::snprintf(field, sizeof field, "S%lld,%.6f,", static_cast<long long>(i),
                                        double(scores() >> 11) * 0x1.0p-53));
        }
        for (int k = 0; k < 14; ++k) {
            const double v = normal(rng) * (1 + 0.1 * k) + (k % 3 == 0 ? shift : 0.0);
            buffer.append(field, std::snprintf(field, sizeof field, "%.5f,", v));
        }
        for (int k = 0; k < 3; ++k) {
            buffer.append(field,
                          std::snprintf(field, sizeof field, "%d,", int(u(rng) * (4 + k)) + (u(rng) < shift ? 1 : 0)));
        }
        for (int k = 0; k < 3; ++k) {
            const double p = u(rng) + shift * 0.5;
            const int c = p < 0.3 ? 0 : p < 0.55 ? 1 : p < 0.75 ? 2 : p < 0.9 ? 3 : 4;
            buffer += categories[c];
            buffer += k == 2 ? '\n' : ',';
        }
        if (!cs::bench::flushWhenFull(f, buffer)) {
            return false;
        }
    }
    return cs::bench::flushWhenFull(f, buffer, true);
}

void report(const char* what, const Measured& ours, const Measured& python, double numericMb)
{
    std::printf("%-34s countersign %7.2f s %8.1f MB (%.2fx numeric) | Python %7.2f s %8.1f MB | %.1fx faster\n", what,
                ours.seconds, ours.peakKb / 1024.0, ours.peakKb / 1024.0 / numericMb, python.seconds,
                python.peakKb / 1024.0, python.seconds / ours.seconds);
    std::fflush(stdout);
}

/// Imports `file` into a workspace and times stats compare on the stored predictions against the CSV run `csv`.
bool compareStored(const QString& file, qint64 rows, const Measured& csv, const QString& dir, const QString& cli,
                   bool keep)
{
    cs::test::TestWorkspace t;
    if (!t.addModelVersions(QStringLiteral("bench-model"), {QStringLiteral("1"), QStringLiteral("2")})) {
        std::printf("  cannot register the versions\n");
        return false;
    }
    cs::PredictionImportRequest request;
    request.dataset = QStringLiteral("bench-validation");
    request.file = file;
    request.role = cs::DatasetRole::Validation;
    request.mapping.idColumn = QStringLiteral("id");
    request.mapping.labelColumn = QStringLiteral("outcome");
    request.mapping.scores = {{QStringLiteral("bench-model"), QStringLiteral("1"), QStringLiteral("ref")},
                              {QStringLiteral("bench-model"), QStringLiteral("2"), QStringLiteral("cand")}};
    cs::ImportPredictionsCommand import(request);
    if (auto r = t.ws().execute(import); !r) {
        std::printf("  cannot import: %s\n", qPrintable(r.error().message));
        return false;
    }
    QString path = t.path();
    t.close();
    if (keep) { // with --dir, the workspace stays beside the CSV file, for profiling the stored run by hand
        const QString kept = dir + QStringLiteral("/stored-%1.countersign").arg(rows);
        QFile::remove(kept);
        if (!QFile::copy(path, kept)) {
            std::printf("  cannot keep the workspace as %s\n", qPrintable(kept));
            return false;
        }
        path = kept;
    }
    const Measured stored =
        measure({cli, QStringLiteral("stats"), QStringLiteral("compare"), path, QStringLiteral("--dataset"),
                 QStringLiteral("bench-validation"), QStringLiteral("--reference-version"), QStringLiteral("1"),
                 QStringLiteral("--candidate-version"), QStringLiteral("2"), QStringLiteral("--json")},
                dir + QStringLiteral("/stored.json"));
    const double numericMb = double(rows) * 3 * 8 / (1024.0 * 1024.0);
    std::printf(
        "%-34s countersign %7.2f s %8.1f MB (%.2fx numeric) | the CSV %7.2f s | time ratio %.2f (target <= 1)\n",
        QStringLiteral("compare WORKSPACE, %1 stored").arg(rows).toUtf8().constData(), stored.seconds,
        stored.peakKb / 1024.0, stored.peakKb / 1024.0 / numericMb, csv.seconds, stored.seconds / csv.seconds);
    const bool same = stored.ok && stored.out == csv.out;
    if (!same) {
        std::printf("  the stored comparison differs from the CSV one, or failed\n");
    }
    std::fflush(stdout);
    return same;
}

/// A drift run of a production window from a workspace (issue #16): both windows, with IDs and a score, imported
/// once with their 20 feature columns; then RunDriftCommand timed against `stats drift --columns` on the same CSVs
/// (target: no slower) and the Python run on the same 20 columns (target: at least 10x faster). Every feature's
/// score and PSI must equal the CSV run's.
bool driftStored(qint64 rows, const QString& dir, const QString& cli, const Measured& python)
{
    const QString reference = dir + QStringLiteral("/stored-drift-reference.csv");
    const QString current = dir + QStringLiteral("/stored-drift-current.csv");
    if (!writeDrift(reference, rows, 0.0, 1, true) || !writeDrift(current, rows, 0.05, 2, true)) {
        std::printf("  cannot write the drift windows\n");
        return false;
    }
    QStringList features;
    for (int k = 0; k < 14; ++k) {
        features.append(QStringLiteral("x%1").arg(k));
    }
    features += {QStringLiteral("g0"), QStringLiteral("g1"), QStringLiteral("g2"),
                 QStringLiteral("c0"), QStringLiteral("c1"), QStringLiteral("c2")};
    const Measured csv = measure({cli, QStringLiteral("stats"), QStringLiteral("drift"), QStringLiteral("--reference"),
                                  reference, QStringLiteral("--current"), current, QStringLiteral("--columns"),
                                  features.join(u','), QStringLiteral("--json")},
                                 dir + QStringLiteral("/stored-csv.json"));
    cs::test::TestWorkspace t;
    if (!t.addModelVersions(QStringLiteral("bench-model"), {QStringLiteral("1")})) {
        std::printf("  cannot register the version\n");
        return false;
    }
    for (const auto& [name, file, role] :
         {std::tuple {QStringLiteral("reference"), reference, cs::DatasetRole::DriftReference},
          std::tuple {QStringLiteral("window"), current, cs::DatasetRole::ProductionWindow}}) {
        cs::PredictionImportRequest request;
        request.dataset = name;
        request.file = file;
        request.role = role;
        request.mapping.idColumn = QStringLiteral("id");
        request.mapping.scores = {{QStringLiteral("bench-model"), QStringLiteral("1"), QStringLiteral("score")}};
        request.mapping.features = features;
        cs::ImportPredictionsCommand import(request);
        if (auto r = t.ws().execute(import); !r) {
            std::printf("  cannot import: %s\n", qPrintable(r.error().message));
            return false;
        }
    }
    QFile::remove(reference);
    QFile::remove(current);
    cs::DriftRunRequest request;
    request.model = QStringLiteral("bench-model");
    request.version = QStringLiteral("1");
    request.window = QStringLiteral("window");
    request.reference = QStringLiteral("reference");
    cs::RunDriftCommand run(request);
    QElapsedTimer timer;
    timer.start();
    const auto ran = t.ws().execute(run);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (!ran) {
        std::printf("  the drift run failed: %s\n", qPrintable(ran.error().message));
        return false;
    }
    std::printf("%-34s countersign %7.2f s (in process, 20 features + scores) | the CSV %7.2f s | time ratio %.2f "
                "(target <= 1) | Python %7.2f s | %.1fx faster\n",
                QStringLiteral("drift run WORKSPACE, 2 x %1 rows").arg(rows).toUtf8().constData(), seconds, csv.seconds,
                seconds / csv.seconds, python.seconds, python.seconds / seconds);
    const QJsonArray a = run.run().content[u"features"].toArray();
    const QJsonArray b = QJsonDocument::fromJson(csv.out).object()[u"columns"].toArray();
    bool same = csv.ok && a.size() == b.size() && a.size() == 20;
    for (qsizetype i = 0; same && i < a.size(); ++i) {
        same = a[i][u"score"] == b[i][u"score"] && a[i][u"psi"] == b[i][u"psi"];
    }
    if (!same) {
        std::printf("  the stored run's numbers differ from the CSV run's, or the CSV run failed\n");
    }
    std::fflush(stdout);
    return same;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc > 1 && std::strcmp(argv[1], "--measure-child") == 0) {
        return cs::bench::measureChild(argc, argv); // before Qt starts: the helper stays small
    }
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Time stats compare and stats drift against the Python way."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("dir"),
                      QStringLiteral("Where to write the inputs and keep the workspace (default: a temporary folder)."),
                      QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("scale"), QStringLiteral("Multiply every row count (default 1)."),
                      QStringLiteral("S"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("drift-only"), QStringLiteral("Only the drift benchmarks.")});
    parser.process(app);
    QTemporaryDir temporary;
    const QString dir = parser.isSet(QStringLiteral("dir")) ? parser.value(QStringLiteral("dir")) : temporary.path();
    const double scale = parser.value(QStringLiteral("scale")).toDouble();
    const QString cli = QStringLiteral(COUNTERSIGN_CLI_PATH);
    const QString python = QStringLiteral("/usr/bin/python3");
    const QString scripts = QStringLiteral(COUNTERSIGN_SOURCE_DIR "/tests/bench/");
    bool allOk = true;

    for (const qint64 baseRows : {qint64(1000000), qint64(10000000)}) {
        if (parser.isSet(QStringLiteral("drift-only"))) {
            break;
        }
        const qint64 rows = qint64(double(baseRows) * scale);
        const QString file = dir + QStringLiteral("/compare-%1.csv").arg(rows);
        if (!writeCompare(file, rows)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(file));
            return 1;
        }
        const Measured ours =
            measure({cli, QStringLiteral("stats"), QStringLiteral("compare"), file, QStringLiteral("--label"),
                     QStringLiteral("outcome"), QStringLiteral("--reference"), QStringLiteral("ref"),
                     QStringLiteral("--candidate"), QStringLiteral("cand"), QStringLiteral("--json")},
                    dir + QStringLiteral("/ours.json"));
        const Measured py = measure({python, scripts + QStringLiteral("python_compare.py"), file,
                                     QStringLiteral("outcome"), QStringLiteral("ref"), QStringLiteral("cand")},
                                    dir + QStringLiteral("/python.json"));
        const QJsonObject a = QJsonDocument::fromJson(ours.out).object();
        const QJsonObject b = QJsonDocument::fromJson(py.out).object();
        const double aucOurs = a[u"candidate"][u"auc"][u"value"].toDouble();
        const double aucPython = b[u"auc_cand"].toDouble();
        const bool agree = ours.ok && py.ok && std::fabs(aucOurs - aucPython) < 1e-9;
        allOk = allOk && agree;
        const QByteArray label = QStringLiteral("compare, %1 rows").arg(rows).toUtf8();
        report(label.constData(), ours, py, double(rows) * 3 * 8 / (1024.0 * 1024.0));
        if (!agree) {
            std::printf("  the two sides disagree (AUC %.17g vs %.17g) or one failed\n", aucOurs, aucPython);
        }
        const bool storedOk = compareStored(file, rows, ours, dir, cli, parser.isSet(QStringLiteral("dir")));
        allOk = allOk && storedOk;
        QFile::remove(file);
    }

    const qint64 rows = qint64(1000000 * scale);
    const QString reference = dir + QStringLiteral("/drift-reference.csv");
    const QString current = dir + QStringLiteral("/drift-current.csv");
    if (!writeDrift(reference, rows, 0.0, 1) || !writeDrift(current, rows, 0.05, 2)) {
        std::fprintf(stderr, "cannot write the drift windows\n");
        return 1;
    }
    const Measured ours = measure({cli, QStringLiteral("stats"), QStringLiteral("drift"), QStringLiteral("--reference"),
                                   reference, QStringLiteral("--current"), current, QStringLiteral("--json")},
                                  dir + QStringLiteral("/ours.json"));
    const Measured py = measure({python, scripts + QStringLiteral("python_drift.py"), reference, current},
                                dir + QStringLiteral("/python.json"));
    const QJsonArray a = QJsonDocument::fromJson(ours.out).object()[u"columns"].toArray();
    const QJsonArray b = QJsonDocument::fromJson(py.out).object()[u"columns"].toArray();
    bool agree = ours.ok && py.ok && a.size() == 20 && b.size() == 20;
    for (qsizetype i = 0; agree && i < a.size(); ++i) {
        agree = std::fabs(a[i][u"psi"].toDouble() - b[i][u"psi"].toDouble()) <=
            1e-9 * std::fabs(b[i][u"psi"].toDouble()) + 1e-15;
    }
    allOk = allOk && agree;
    const QByteArray label = QStringLiteral("drift, 2 x %1 rows x 20 columns").arg(rows).toUtf8();
    report(label.constData(), ours, py, double(2 * rows) * 20 * 8 / (1024.0 * 1024.0));
    if (!agree) {
        std::printf("  the two sides disagree on PSI or one failed\n");
    }
    QFile::remove(reference);
    QFile::remove(current);
    allOk = driftStored(rows, dir, cli, py) && allOk;

    // A header of 100,000 columns and 3 rows (issue #12: 110 s when each name was looked up by a list scan); short
    // names keep the header under the reader's 1 MiB limit on one record, as in the issue (about 690 KB).
    {
        const int wide = int(100000 * scale);
        const QString w0 = dir + QStringLiteral("/wide-reference.csv");
        const QString w1 = dir + QStringLiteral("/wide-current.csv");
        for (const QString& path : {w0, w1}) {
            QFile f(path);
            if (!f.open(QIODevice::WriteOnly)) {
                std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
                return 1;
            }
            QByteArray text;
            for (int c = 0; c < wide; ++c) {
                text += (c == 0 ? "" : ",") + QByteArray("c") + QByteArray::number(c); // under the 1 MiB record limit
            }
            for (int r = 0; r < 3; ++r) {
                text += '\n';
                for (int c = 0; c < wide; ++c) {
                    text += (c == 0 ? "" : ",") + QByteArray::number((c * 7 + r * 3) % 10);
                }
            }
            text += '\n';
            f.write(text);
        }
        const Measured wideRun =
            measure({cli, QStringLiteral("stats"), QStringLiteral("drift"), QStringLiteral("--reference"), w0,
                     QStringLiteral("--current"), w1, QStringLiteral("--json")},
                    dir + QStringLiteral("/wide.json"));
        const bool wideOk =
            wideRun.ok && QJsonDocument::fromJson(wideRun.out).object()[u"columns"].toArray().size() == wide;
        std::printf("%-34s countersign %7.2f s %8.1f MB (target: linear in the columns)\n",
                    QStringLiteral("drift, %1 columns x 3 rows").arg(wide).toUtf8().constData(), wideRun.seconds,
                    wideRun.peakKb / 1024.0);
        if (!wideOk) {
            std::printf("  the wide drift failed or lost columns\n");
        }
        allOk = allOk && wideOk;
        QFile::remove(w0);
        QFile::remove(w1);
    }
    return allOk ? 0 : 1;
}
