// bench_import: importing a prediction file of 10,000,000 rows.
//   Writes a synthetic prediction file (sample ID, label, three versions' scores, two subgroup columns), imports it
//   with sqlite3's .import into a plain table (the reference), then with `ImportPredictionsCommand` into a workspace
//   (parsed, screened for identifiers, checked, hashed, stored per sample, audited). Reports both times, their ratio
//   (target: <= 1.0) and the peak memory of the import, measured in a fresh child process, as a ratio to the same
//   child importing a 1,000-row file (constant memory means the ratio stays near 1). Then times verification of the
//   workspace, which recomputes every stored sample's and score's digest.
// Usage: bench_import [--rows N] [--dir DIR] [--shuffled-ids]
#include "BenchSupport.h"
#include "TestWorkspace.h"
#include "commands/PredictionCommands.h"
#include "workspace/Workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>
#include <random>

using namespace cs;

namespace {

using bench::peakRssKb;

/// A synthetic prediction export: S00000001 or a scrambled ID, label, three scores, sex, age band.
bool writeFile(const QString& path, qint64 rows, bool shuffledIds)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        return false;
    }
    std::mt19937_64 rng(20261124);
    std::uniform_real_distribution<double> u(0.0, 1.0);
    QByteArray buffer = "patient_id,sepsis_48h,score_v1,score_v2,score_v3,sex,age_band\n";
    char line[160];
    for (qint64 i = 1; i <= rows; ++i) {
        // A multiplicative scramble of i modulo 2^40 is a bijection, so scrambled IDs stay unique.
        const qint64 id = shuffledIds ? qint64((quint64(i) * 0x9E3779B97ull) & ((1ull << 40) - 1)) : i;
        const int label = u(rng) < 0.1 ? 1 : 0;
        const int band = 2 + int(u(rng) * 7);
        const int n =
            std::snprintf(line, sizeof line, "S%012lld,%d,%.6f,%.6f,%.6f,%s,%d0-%d9\n", static_cast<long long>(id),
                          label, u(rng), u(rng), u(rng), u(rng) < 0.5 ? "F" : "M", band, band);
        buffer.append(line, n);
        if (!cs::bench::flushWhenFull(f, buffer)) {
            return false;
        }
    }
    return cs::bench::flushWhenFull(f, buffer, true);
}

/// A workspace with model sepsis-risk, versions 1 to 3.
std::unique_ptr<test::TestWorkspace> workspaceWithVersions()
{
    auto t = std::make_unique<test::TestWorkspace>();
    if (!t->addModelVersions(QStringLiteral("sepsis-risk"),
                             {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")})) {
        return nullptr;
    }
    return t;
}

/// Imports `file` into a fresh workspace; prints "<ms> <peak kB>" (child mode).
int importOnce(const QString& file)
{
    auto t = workspaceWithVersions();
    if (!t) {
        return 2;
    }
    PredictionImportRequest request;
    request.dataset = QStringLiteral("validation-bench");
    request.file = file;
    request.role = DatasetRole::Validation;
    request.mapping.idColumn = QStringLiteral("patient_id");
    request.mapping.labelColumn = QStringLiteral("sepsis_48h");
    request.mapping.groupColumns = {QStringLiteral("sex"), QStringLiteral("age_band")};
    for (int v = 1; v <= 3; ++v) {
        request.mapping.scores.append(
            {QStringLiteral("sepsis-risk"), QString::number(v), QStringLiteral("score_v%1").arg(v)});
    }
    ImportPredictionsCommand command(request);
    QElapsedTimer timer;
    timer.start();
    if (auto r = t->ws().execute(command); !r) {
        std::fprintf(stderr, "%s\n", qPrintable(r.error().message));
        return 2;
    }
    const qint64 ms = timer.elapsed();
    const long peak = peakRssKb();
    // Verification recomputes the digests of every stored sample and score against the audit events.
    timer.restart();
    auto report = t->ws().verify();
    if (!report || !report->intact()) {
        std::fprintf(stderr, "verification failed\n");
        return 2;
    }
    const qint64 verifyMs = timer.elapsed();
    std::printf("%lld %ld %lld %lld\n", static_cast<long long>(ms), peak,
                static_cast<long long>(QFile(t->path()).size()), static_cast<long long>(verifyMs));
    return 0;
}

struct ChildResult
{
    qint64 ms = -1;
    long peakKb = -1;
    qint64 workspaceBytes = 0;
    qint64 verifyMs = -1;
};

ChildResult runChild(const QString& file)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--import-once"), file});
    child.waitForFinished(-1);
    const QList<QByteArray> parts = child.readAllStandardOutput().trimmed().split(' ');
    if (child.exitCode() != 0 || parts.size() != 4) {
        return {};
    }
    return {parts[0].toLongLong(), parts[1].toLong(), parts[2].toLongLong(), parts[3].toLongLong()};
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("rows"), QStringLiteral("Rows in the prediction file."), QStringLiteral("N"),
                      QStringLiteral("10000000")});
    parser.addOption({QStringLiteral("dir"), QStringLiteral("Where to write the files."), QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("shuffled-ids"), QStringLiteral("Sample IDs in no particular order.")});
    parser.addOption({QStringLiteral("import-once"), QStringLiteral("(internal)"), QStringLiteral("FILE")});
    parser.process(app);
    if (parser.isSet(QStringLiteral("import-once"))) {
        return importOnce(parser.value(QStringLiteral("import-once")));
    }
    const qint64 rows = parser.value(QStringLiteral("rows")).toLongLong();
    QTemporaryDir tmp;
    const QString dir = parser.isSet(QStringLiteral("dir")) ? parser.value(QStringLiteral("dir")) : tmp.path();
    const QString file = dir + QStringLiteral("/predictions.csv");
    const QString small = dir + QStringLiteral("/predictions-1000.csv");
    const bool shuffled = parser.isSet(QStringLiteral("shuffled-ids"));
    std::printf("writing %lld rows (%s sample IDs) ...\n", static_cast<long long>(rows),
                shuffled ? "shuffled" : "ascending");
    if (!writeFile(file, rows, shuffled) || !writeFile(small, 1000, shuffled)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(file));
        return 2;
    }
    const qint64 fileBytes = QFile(file).size();

    // The reference: sqlite3's .import into a plain table, default settings.
    const QString plain = dir + QStringLiteral("/plain.db");
    QFile::remove(plain);
    QProcess sqlite;
    QElapsedTimer timer;
    timer.start();
    sqlite.start(QStringLiteral("sqlite3"),
                 {plain,
                  QStringLiteral("CREATE TABLE p (patient_id TEXT, sepsis_48h TEXT, score_v1 TEXT, score_v2 TEXT, "
                                 "score_v3 TEXT, sex TEXT, age_band TEXT)"),
                  QStringLiteral(".mode csv"), QStringLiteral(".import --skip 1 %1 p").arg(file)});
    sqlite.waitForFinished(-1);
    const qint64 sqliteMs = timer.elapsed();
    if (sqlite.exitCode() != 0) {
        std::fprintf(stderr, "sqlite3 failed: %s\n", sqlite.readAllStandardError().constData());
        return 2;
    }
    const qint64 plainBytes = QFile(plain).size();
    QFile::remove(plain);

    const ChildResult big = runChild(file);
    const ChildResult little = runChild(small);
    if (big.ms < 0 || little.ms < 0) {
        std::fprintf(stderr, "the import failed\n");
        return 2;
    }
    std::printf("file: %lld rows, %.1f MB\n", static_cast<long long>(rows), double(fileBytes) / 1e6);
    std::printf("sqlite3 .import into a plain table: %.2f s (%.1f MB)\n", double(sqliteMs) / 1000,
                double(plainBytes) / 1e6);
    std::printf("ImportPredictionsCommand:          %.2f s (workspace %.1f MB), %.0f rows/s\n", double(big.ms) / 1000,
                double(big.workspaceBytes) / 1e6, double(rows) * 1000 / double(std::max<qint64>(big.ms, 1)));
    std::printf("time ratio (target <= 1.0):        %.2f\n", double(big.ms) / double(std::max<qint64>(sqliteMs, 1)));
    std::printf("verify the workspace afterwards:   %.2f s (trail, and every sample and score digest)\n",
                double(big.verifyMs) / 1000);
    std::printf("peak RSS: %ld kB for %lld rows vs %ld kB for 1,000 rows = %.2fx\n", big.peakKb,
                static_cast<long long>(rows), little.peakKb, double(big.peakKb) / double(little.peakKb));
    return 0;
}
