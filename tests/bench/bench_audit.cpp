// bench_audit: the audit trail at 1,000,000 events.
//   append   events per second through the normal command path (batched transactions), and single-event commits
//            per second (one fsync'd transaction each, as a person's actions are)
//   verify   events per second, and verify time as a ratio to a plain SELECT of the same rows (target <= 3x)
//   open     peak memory of opening the log in the audit table model, as a ratio to an empty workspace (target
//            <= 1.5x); each measured in a fresh child process
// Usage: bench_audit [--events N] [--batch N] [--dir DIR]
#include "AppendEvents.h"
#include "BenchSupport.h"
#include "audit/AuditTrailModel.h"
#include "store/AuditEventTable.h"
#include "workspace/Workspace.h"
#include "workspace/WorkspaceAccess.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>

using namespace cs;

namespace {

using bench::AppendEvents;
using bench::peakRssKb;

/// Child mode: open `path` in the audit table model, show the first and last rows, report peak RSS in kB.
int measureOpen(const QString& path)
{
    auto ws = Workspace::open(path, OpenMode::ReadOnly);
    if (!ws) {
        std::fprintf(stderr, "%s\n", qPrintable(ws.error().message));
        return 2;
    }
    ui::AuditTrailModel model;
    model.setWorkspace(ws.value().get());
    for (int row : {0, model.rowCount() / 2, model.rowCount() - 1}) {
        for (int column = 0; column < model.columnCount(); ++column) {
            model.data(model.index(row, column));
        }
    }
    std::printf("%ld\n", peakRssKb());
    return 0;
}

long childPeakKb(const QString& self, const QString& path)
{
    QProcess child;
    child.start(self, {QStringLiteral("--measure-open"), path});
    child.waitForFinished(-1);
    return child.readAllStandardOutput().trimmed().toLong();
}

} // namespace

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("events"), QStringLiteral("Events to append (default 1000000)."),
                      QStringLiteral("N"), QStringLiteral("1000000")});
    parser.addOption({QStringLiteral("batch"), QStringLiteral("Events per transaction (default 1000)."),
                      QStringLiteral("N"), QStringLiteral("1000")});
    parser.addOption({QStringLiteral("dir"), QStringLiteral("Folder for the workspaces (default: a temporary one)."),
                      QStringLiteral("DIR")});
    parser.addOption(
        {QStringLiteral("measure-open"), QStringLiteral("(internal) child mode."), QStringLiteral("PATH")});
    parser.process(app);
    if (parser.isSet(QStringLiteral("measure-open"))) {
        return measureOpen(parser.value(QStringLiteral("measure-open")));
    }

    const qint64 events = parser.value(QStringLiteral("events")).toLongLong();
    const int batch = parser.value(QStringLiteral("batch")).toInt();
    QTemporaryDir temp;
    const QString dir = parser.isSet(QStringLiteral("dir")) ? parser.value(QStringLiteral("dir")) : temp.path();
    const QString bigPath = dir + QStringLiteral("/bench-big.countersign");
    const QString emptyPath = dir + QStringLiteral("/bench-empty.countersign");
    const QString commitPath = dir + QStringLiteral("/bench-commits.countersign");
    for (const QString& p : {bigPath, emptyPath, commitPath}) {
        for (const auto* suffix : {"", ".key", "-wal", "-shm"}) {
            QFile::remove(p + QLatin1String(suffix));
        }
    }
    const NewAccount admin {QStringLiteral("bench"),
                            QStringLiteral("Bench Runner"),
                            QStringLiteral("bench@example.org"),
                            {Role::Administrator}};
    // The password policy applies here too: no part of the username in it.
    QByteArray password("audit-runner-pass-1");
    const SecretBytes secret = SecretBytes::take(password);

    // Append, batched.
    auto big = Workspace::create(bigPath, admin, secret, {QStringLiteral("bench"), false});
    if (!big) {
        std::fprintf(stderr, "%s\n", qPrintable(big.error().message));
        return 2;
    }
    QElapsedTimer timer;
    timer.start();
    for (qint64 done = 1; done < events;) {
        const int n = static_cast<int>(std::min<qint64>(batch, events - done));
        AppendEvents command(n, done);
        if (auto r = big.value()->execute(command); !r) {
            std::fprintf(stderr, "%s\n", qPrintable(r.error().message));
            return 2;
        }
        done += n;
    }
    const double appendSeconds = timer.elapsed() / 1000.0;
    std::printf("append:  %lld events in %.1f s = %.0f events/s (%d events per transaction)\n",
                static_cast<long long>(events), appendSeconds, events / appendSeconds, batch);

    // Append, one fsync'd transaction per event.
    {
        auto commits = Workspace::create(commitPath, admin, secret, {QStringLiteral("commits"), false});
        const int n = 2000;
        timer.restart();
        for (int i = 0; i < n; ++i) {
            AppendEvents command(1, i);
            if (auto r = commits.value()->execute(command); !r) {
                return 2;
            }
        }
        const double s = timer.elapsed() / 1000.0;
        std::printf("commit:  %d single-event transactions in %.2f s = %.0f commits/s (synchronous=FULL)\n", n, s,
                    n / s);
    }

    // Plain read of the same rows versus verification.
    timer.restart();
    qint64 rows = 0;
    {
        QSqlQuery q(WorkspaceAccess::database(*big.value()).connection());
        q.setForwardOnly(true);
        q.exec(QStringLiteral("SELECT seq, at_ms, actor, action, change_kind, entity_type, entity_id, before_json, "
                              "after_json, reason, session_id, leaf_hash, chain_hash FROM audit_event ORDER BY seq"));
        while (q.next()) {
            for (int c = 0; c < 13; ++c) {
                q.value(c);
            }
            ++rows;
        }
    }
    const double selectSeconds = timer.elapsed() / 1000.0;
    timer.restart();
    auto report = big.value()->verify();
    const double verifySeconds = timer.elapsed() / 1000.0;
    if (!report || !report->intact()) {
        std::fprintf(stderr, "verification failed\n");
        return 1;
    }
    std::printf("select:  %lld rows in %.2f s\n", static_cast<long long>(rows), selectSeconds);
    std::printf("verify:  %lld events in %.2f s = %.0f events/s; %.2fx the plain SELECT (target <= 3x)\n",
                static_cast<long long>(report->eventCount), verifySeconds, report->eventCount / verifySeconds,
                verifySeconds / selectSeconds);
    big.value().reset();

    // Memory of opening.
    auto empty = Workspace::create(emptyPath, admin, secret, {QStringLiteral("empty"), false});
    empty.value().reset();
    const QString self = QCoreApplication::applicationFilePath();
    const long emptyKb = childPeakKb(self, emptyPath);
    const long bigKb = childPeakKb(self, bigPath);
    std::printf("open:    peak RSS %ld kB empty, %ld kB with %lld events = %.2fx (target <= 1.5x)\n", emptyKb, bigKb,
                static_cast<long long>(events), static_cast<double>(bigKb) / emptyKb);
    std::printf("file:    %.1f MB for %lld events\n", QFile(bigPath).size() / 1e6, static_cast<long long>(events));
    return 0;
}
