// bench_change_request: evaluating a change request (issue #14) against `stats compare` on the same data as CSV and
//   against the usual Python way, in one run. A demo workspace gets a locked validation set of 1,000,000 samples
//   (label, scores of versions 3 and 4, two subgroup columns: sex and a four-value age band); a request for version 4
//   against version 3 names it in its plan and is submitted. Then, each in a fresh child process:
//   - `cr evaluate`: loads the samples and both prediction sets from the workspace, computes every statistic of the
//     evidence (overall and per value of both subgroup columns, ROC points, calibration), freezes it with its SHA-256
//     and records the audit event;
//   - `stats compare` on the CSV, once per subgroup column (the evidence holds both), summed;
//   - python_change_request.py: pandas, scikit-learn and statsmodels, the same statistics.
//   Targets: evaluation no slower than stats compare on the CSV, at least 10x faster than Python, peak memory at most
//   2x the numeric input (label and two scores, 8 bytes each, per sample). The candidate's AUC of the evidence must
//   equal the CSV run's and agree with Python's to 1e-9.
// Usage: bench_change_request [--dir DIR] [--scale S] [--keep]   (S multiplies the row count; 0.01 for a quick look;
//   --keep leaves the CSV and the workspace behind, for profiling `cr evaluate` by hand)
#include "BenchMeasure.h"
#include "BenchSupport.h"
#include "config-countersign-tests.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <cmath>
#include <cstdio>
#include <cstring>
#include <random>

namespace {

using cs::bench::measure;
using cs::bench::Measured;

bool writeSet(const QString& path, qint64 rows)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        return false;
    }
    std::mt19937_64 rng(20261204);
    std::uniform_real_distribution<double> u(0.0, 1.0);
    std::normal_distribution<double> normal(0.0, 1.0);
    const char* bands[] = {"18-39", "40-59", "60-74", "75+"};
    QByteArray buffer = "encounter_id,outcome,score_v3,score_v4,sex,age_band\n";
    char line[128];
    for (qint64 i = 0; i < rows; ++i) {
        const int band = int(u(rng) * 4);
        const double z = -2.6 + 0.35 * band + normal(rng);
        const int y = u(rng) < 1.0 / (1.0 + std::exp(-(z + 0.8 * normal(rng)))) ? 1 : 0;
        const double shared = normal(rng);
        const double v3 = 1.0 / (1.0 + std::exp(-(z + 0.5 * shared + 0.4 * normal(rng))));
        const double v4 = 1.0 / (1.0 + std::exp(-(1.05 * z + 0.5 * shared + 0.38 * normal(rng))));
        const int n = std::snprintf(line, sizeof line, "B%07lld,%d,%.6f,%.6f,%s,%s\n", static_cast<long long>(i), y, v3,
                                    v4, u(rng) < 0.5 ? "F" : "M", bands[band]);
        buffer.append(line, n);
        if (!cs::bench::flushWhenFull(f, buffer)) {
            return false;
        }
    }
    return cs::bench::flushWhenFull(f, buffer, true);
}

/// Runs the command line with `input` on stdin; prints what went wrong and returns false when it fails.
bool run(const QStringList& args, const QByteArray& input = {}, QByteArray* out = nullptr)
{
    QProcess p;
    p.start(QStringLiteral(COUNTERSIGN_CLI_PATH), args);
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(-1);
    const QByteArray stdoutBytes = p.readAllStandardOutput();
    if (out != nullptr) {
        *out = stdoutBytes;
    }
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        std::printf("  countersign-cli %s failed: %s\n", qPrintable(args.first()),
                    p.readAllStandardError().constData());
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc > 1 && std::strcmp(argv[1], "--measure-child") == 0) {
        return cs::bench::measureChild(argc, argv); // before Qt starts: the helper stays small
    }
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Time a change request's evaluation against stats compare and the Python way."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("dir"), QStringLiteral("Where to write the inputs (default: a temporary folder)."),
                      QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("scale"), QStringLiteral("Multiply the row count (default 1)."),
                      QStringLiteral("S"), QStringLiteral("1")});
    parser.addOption(
        {QStringLiteral("keep"), QStringLiteral("Keep the CSV and the workspace (their paths are printed).")});
    parser.process(app);
    const bool keep = parser.isSet(QStringLiteral("keep"));
    QTemporaryDir temporary;
    temporary.setAutoRemove(!keep);
    const QString dir = parser.isSet(QStringLiteral("dir")) ? parser.value(QStringLiteral("dir")) : temporary.path();
    const qint64 rows = qint64(1000000 * parser.value(QStringLiteral("scale")).toDouble());
    const QString cli = QStringLiteral(COUNTERSIGN_CLI_PATH);
    const QString csv = dir + QStringLiteral("/validation-%1.csv").arg(rows);
    QTemporaryDir workspaceDir; // always fresh: the demo is written into it
    workspaceDir.setAutoRemove(!keep);
    const QString ws = workspaceDir.filePath(QStringLiteral("bench.countersign"));
    if (!writeSet(csv, rows)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(csv));
        return 1;
    }
    const QByteArray dokafor = "demo-science-pass\n";
    const QStringList asAuthor = {QStringLiteral("--user"), QStringLiteral("dokafor"), QStringLiteral("--password-fd"),
                                  QStringLiteral("0")};
    QByteArray created;
    const bool ready = run({QStringLiteral("demo"), ws}) &&
        run(QStringList {QStringLiteral("import"),
                         QStringLiteral("predictions"),
                         ws,
                         QStringLiteral("--dataset"),
                         QStringLiteral("bench-validation"),
                         QStringLiteral("--file"),
                         csv,
                         QStringLiteral("--id"),
                         QStringLiteral("encounter_id"),
                         QStringLiteral("--label"),
                         QStringLiteral("outcome"),
                         QStringLiteral("--score"),
                         QStringLiteral("3=score_v3"),
                         QStringLiteral("--score"),
                         QStringLiteral("4=score_v4"),
                         QStringLiteral("--group"),
                         QStringLiteral("sex"),
                         QStringLiteral("--group"),
                         QStringLiteral("age_band"),
                         QStringLiteral("--role"),
                         QStringLiteral("validation")} +
                asAuthor,
            dokafor) &&
        run(QStringList {QStringLiteral("cr"),
                         QStringLiteral("create"),
                         ws,
                         QStringLiteral("--model"),
                         QStringLiteral("sepsis-risk"),
                         QStringLiteral("--candidate"),
                         QStringLiteral("4"),
                         QStringLiteral("--title"),
                         QStringLiteral("Benchmark request"),
                         QStringLiteral("--trigger"),
                         QStringLiteral("scheduled-retraining"),
                         QStringLiteral("--trigger-ref"),
                         QStringLiteral("bench"),
                         QStringLiteral("--pccp-modification"),
                         QStringLiteral("M1"),
                         QStringLiteral("--description"),
                         QStringLiteral("bench"),
                         QStringLiteral("--rationale"),
                         QStringLiteral("bench"),
                         QStringLiteral("--class"),
                         QStringLiteral("minor"),
                         QStringLiteral("--class-reason"),
                         QStringLiteral("bench"),
                         QStringLiteral("--benefits"),
                         QStringLiteral("bench"),
                         QStringLiteral("--risks"),
                         QStringLiteral("bench"),
                         QStringLiteral("--mitigations"),
                         QStringLiteral("bench"),
                         QStringLiteral("--residual-risk"),
                         QStringLiteral("bench"),
                         QStringLiteral("--rollback-criteria"),
                         QStringLiteral("bench"),
                         QStringLiteral("--validation"),
                         QStringLiteral("bench-validation"),
                         QStringLiteral("--threshold"),
                         QStringLiteral("0.5"),
                         QStringLiteral("--subgroup"),
                         QStringLiteral("sex"),
                         QStringLiteral("--subgroup"),
                         QStringLiteral("age_band"),
                         QStringLiteral("--cleared"),
                         QStringLiteral("none")} +
                asAuthor,
            dokafor, &created);
    const QString id = QString::fromUtf8(created).section(u' ', 1, 1);
    if (!ready || !id.startsWith(u"CR-") ||
        !run(QStringList {QStringLiteral("cr"), QStringLiteral("submit"), ws, id, QStringLiteral("--pkcs12"),
                          workspaceDir.filePath(QStringLiteral("bench-credentials/dokafor.p12")),
                          QStringLiteral("--passphrase-fd"), QStringLiteral("0")} +
                 asAuthor,
             "demo-science-pass\ndemo-p12-pass\n")) {
        std::printf("cannot prepare the workspace\n");
        return 1;
    }
    QFile password(workspaceDir.filePath(QStringLiteral("password")));
    if (!password.open(QIODevice::WriteOnly) || password.write(dokafor) != dokafor.size()) {
        return 1;
    }
    password.close();
    if (keep) { // a copy of the submitted request, to evaluate again by hand
        QFile::copy(ws, ws + QStringLiteral(".submitted"));
    }

    // The evaluation reads the password from descriptor 3, opened by the shell on the file; sh execs the CLI, so the
    // peak memory measured is the CLI's.
    const Measured evaluated =
        measure({QStringLiteral("/bin/sh"), QStringLiteral("-c"),
                 QStringLiteral("exec \"$0\" cr evaluate \"$1\" \"$2\" --user dokafor --password-fd 3 3<\"$3\""), cli,
                 ws, id, password.fileName()},
                dir + QStringLiteral("/evaluate.txt"));
    // The same command on a request that does not exist: the CLI signing in (scrypt holds 32 MiB while it checks the
    // password) and stopping, the floor under any signed command's peak.
    const Measured signedIn =
        measure({QStringLiteral("/bin/sh"), QStringLiteral("-c"),
                 QStringLiteral("exec \"$0\" cr evaluate \"$1\" CR-1999-0001 --user dokafor --password-fd 3 3<\"$2\""),
                 cli, ws, password.fileName()},
                dir + QStringLiteral("/signed-in.txt"));
    // Showing the request reads the workspace and computes nothing: the CLI's own base.
    const Measured show = measure({cli, QStringLiteral("cr"), QStringLiteral("show"), ws, id, QStringLiteral("--json")},
                                  dir + QStringLiteral("/show.json"));
    const QByteArray shown = show.out;
    const bool showOk = evaluated.ok && show.ok;
    const QJsonObject evidence = QJsonDocument::fromJson(shown).object()[u"evidence"].toObject();
    const double aucEvidence = evidence[u"datasets"][0][u"report"][u"candidate"][u"auc"][u"value"].toDouble();

    Measured compare;
    compare.ok = true;
    double aucCsv = 0;
    for (const char* group : {"sex", "age_band"}) {
        const Measured one =
            measure({cli, QStringLiteral("stats"), QStringLiteral("compare"), csv, QStringLiteral("--label"),
                     QStringLiteral("outcome"), QStringLiteral("--reference"), QStringLiteral("score_v3"),
                     QStringLiteral("--candidate"), QStringLiteral("score_v4"), QStringLiteral("--threshold"),
                     QStringLiteral("0.5"), QStringLiteral("--group"), QLatin1String(group), QStringLiteral("--json")},
                    dir + QStringLiteral("/compare.json"));
        compare.ok = compare.ok && one.ok;
        compare.seconds += one.seconds;
        compare.peakKb = std::max(compare.peakKb, one.peakKb);
        aucCsv = QJsonDocument::fromJson(one.out).object()[u"candidate"][u"auc"][u"value"].toDouble();
    }
    const Measured python =
        measure({QStringLiteral("/usr/bin/python3"),
                 QStringLiteral(COUNTERSIGN_SOURCE_DIR "/tests/bench/python_change_request.py"), csv,
                 QStringLiteral("outcome"), QStringLiteral("score_v3"), QStringLiteral("score_v4"),
                 QStringLiteral("0.5"), QStringLiteral("sex"), QStringLiteral("age_band")},
                dir + QStringLiteral("/python.json"));
    const double aucPython = QJsonDocument::fromJson(python.out).object()[u"overall"][u"candidate"][u"auc"].toDouble();

    const double numericMb = double(rows) * 3 * 8 / (1024.0 * 1024.0);
    std::printf("change request evaluation, %lld samples, 2 subgroup columns (numeric input %.1f MB)\n",
                static_cast<long long>(rows), numericMb);
    std::printf("  cr evaluate (workspace)      %7.2f s %8.1f MB (%.2fx numeric)\n", evaluated.seconds,
                evaluated.peakKb / 1024.0, evaluated.peakKb / 1024.0 / numericMb);
    std::printf("  signing in alone             %7.2f s %8.1f MB (scrypt's 32 MiB on the CLI's base) | evaluate above "
                "it %.1f MB\n",
                signedIn.seconds, signedIn.peakKb / 1024.0, (evaluated.peakKb - signedIn.peakKb) / 1024.0);
    std::printf(
        "  the CLI's base (cr show)     %7.2f s %8.1f MB | evaluate above it %.1f MB (%.2fx numeric; target <= 2)\n",
        show.seconds, show.peakKb / 1024.0, (evaluated.peakKb - show.peakKb) / 1024.0,
        (evaluated.peakKb - show.peakKb) / 1024.0 / numericMb);
    std::printf("  stats compare (CSV) x 2      %7.2f s %8.1f MB | time ratio evaluate / compare %.2f (target <= 1)\n",
                compare.seconds, compare.peakKb / 1024.0, evaluated.seconds / compare.seconds);
    std::printf(
        "  Python (pandas, sklearn, statsmodels) %7.2f s %8.1f MB | %.1fx slower than evaluate (target >= 10)\n",
        python.seconds, python.peakKb / 1024.0, python.seconds / evaluated.seconds);
    const bool agree =
        showOk && compare.ok && python.ok && aucEvidence == aucCsv && std::fabs(aucEvidence - aucPython) < 1e-9;
    if (!agree) {
        std::printf("  the runs disagree (AUC %.17g evidence, %.17g CSV, %.17g Python) or one failed\n", aucEvidence,
                    aucCsv, aucPython);
    }
    if (keep) {
        std::printf("  kept: %s, %s and its copy before the evaluation, %s.submitted (request %s; password file %s)\n",
                    qPrintable(csv), qPrintable(ws), qPrintable(ws), qPrintable(id), qPrintable(password.fileName()));
    } else {
        QFile::remove(csv);
    }
    return agree ? 0 : 1;
}
