// bench_server: team workspaces on PostgreSQL (issue #17), on a server this benchmark starts for itself.
//   append   changes per second through the normal command path, one transaction each, from 1, 4 and 8 writer
//            processes on the server, against one writer on an SQLite file (the same program, crash_writer)
//   migrate  a workspace of N events (default 1,000,000) copied from a file to the server, verified before and after
//   verify   verifying the N events on the server, as a ratio to a plain SELECT of the same rows there (target <= 3x)
// Usage: bench_server [--events N] [--changes N]
#include "AppendEvents.h"
#include "PgServer.h"
#include "commands/ChangeSettingCommand.h"
#include "config-countersign-tests.h"
#include "settings/WorkspaceSettings.h"
#include "workspace/Workspace.h"
#include "workspace/WorkspaceAccess.h"
#include "workspace/WorkspaceMigration.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>

using namespace cs;

namespace {

const NewAccount kAdmin {QStringLiteral("tester"),
                         QStringLiteral("Bench Runner"),
                         QStringLiteral("bench@example.org"),
                         {Role::Administrator}};

SecretBytes password()
{
    QByteArray p("uftufs-password-1"); // what crash_writer signs in with (TestWorkspace::passwordOf("tester"))
    return SecretBytes::take(p);
}

/// Runs `writers` crash_writer processes of `changes` changes each on `location`; the seconds they took, or < 0.
double runWriters(const QString& location, int writers, int changes)
{
    QElapsedTimer timer;
    timer.start();
    QList<QProcess*> running;
    for (int w = 0; w < writers; ++w) {
        auto* p = new QProcess;
        p->start(QStringLiteral(COUNTERSIGN_CRASH_WRITER_PATH),
                 {location, QString::number(changes), QStringLiteral("writer-%1").arg(w)});
        running.append(p);
    }
    bool ok = true;
    for (QProcess* p : running) {
        ok = p->waitForFinished(-1) && p->exitCode() == 0 && ok;
        if (p->exitCode() != 0) {
            std::fprintf(stderr, "%s", p->readAllStandardError().constData());
        }
        delete p;
    }
    return ok ? timer.elapsed() / 1000.0 : -1;
}

Status makeEmpty(const QString& location)
{
    Workspace::Options options;
    options.passwordParameters.log2N = 10;
    auto ws = Workspace::create(location, kAdmin, password(), {QStringLiteral("bench"), false}, options);
    if (!ws) {
        return ws.error();
    }
    // The writers run for a while on the real clock: no password expiry in the middle.
    ChangeSettingCommand never(SettingKey::PasswordMaxAgeDays, 0, QStringLiteral("benchmark"));
    return ws.value()->execute(never);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("events"), QStringLiteral("Events to migrate and verify (default 1000000)."),
                      QStringLiteral("N"), QStringLiteral("1000000")});
    parser.addOption({QStringLiteral("changes"), QStringLiteral("Changes per writer process (default 400)."),
                      QStringLiteral("N"), QStringLiteral("400")});
    parser.process(app);
    const qint64 events = parser.value(QStringLiteral("events")).toLongLong();
    const int changes = parser.value(QStringLiteral("changes")).toInt();

    test::PgServer server;
    QString why;
    if (!server.start(&why)) {
        std::fprintf(stderr, "bench_server: %s\n", qPrintable(why));
        return 2;
    }
    QTemporaryDir temp;
    qputenv("COUNTERSIGN_TEAM_KEYS", QFile::encodeName(temp.filePath(QStringLiteral("team-keys"))));

    // Appends: one writer on a file, then 1, 4 and 8 writers on the server.
    const QString file = temp.filePath(QStringLiteral("append.countersign"));
    if (auto r = makeEmpty(file); !r) {
        std::fprintf(stderr, "bench_server: %s\n", qPrintable(r.error().message));
        return 2;
    }
    const double sqliteSeconds = runWriters(file, 1, changes);
    if (sqliteSeconds < 0) {
        return 2;
    }
    const double sqliteRate = changes / sqliteSeconds;
    std::printf("append:  SQLite, 1 writer: %d changes in %.2f s = %.0f changes/s\n", changes, sqliteSeconds,
                sqliteRate);
    for (int writers : {1, 4, 8}) {
        const QString team = QStringLiteral("append_%1").arg(writers);
        if (!server.createTeam(team, &why)) {
            std::fprintf(stderr, "bench_server: %s\n", qPrintable(why));
            return 2;
        }
        if (auto r = makeEmpty(server.ownerUri(team)); !r) {
            std::fprintf(stderr, "bench_server: %s\n", qPrintable(r.error().message));
            return 2;
        }
        const double s = runWriters(server.ownerUri(team), writers, changes);
        if (s < 0) {
            return 2;
        }
        const double rate = writers * changes / s;
        std::printf("append:  PostgreSQL, %d writer(s): %d changes in %.2f s = %.0f changes/s (%.2fx SQLite's one "
                    "writer)\n",
                    writers, writers * changes, s, rate, rate / sqliteRate);
    }

    // A big trail: appended to a file in batches, migrated to the server, verified there.
    const QString big = temp.filePath(QStringLiteral("big.countersign"));
    {
        auto ws = Workspace::create(big, kAdmin, password(), {QStringLiteral("bench"), false});
        if (!ws) {
            std::fprintf(stderr, "bench_server: %s\n", qPrintable(ws.error().message));
            return 2;
        }
        for (qint64 done = 1; done < events;) {
            const int n = static_cast<int>(std::min<qint64>(1000, events - done));
            bench::AppendEvents command(n, done);
            if (auto r = ws.value()->execute(command); !r) {
                std::fprintf(stderr, "bench_server: %s\n", qPrintable(r.error().message));
                return 2;
            }
            done += n;
        }
    }
    if (!server.createTeam(QStringLiteral("big"), &why)) {
        std::fprintf(stderr, "bench_server: %s\n", qPrintable(why));
        return 2;
    }
    const QString bigServer = server.ownerUri(QStringLiteral("big"));
    QElapsedTimer timer;
    timer.start();
    auto migrated = WorkspaceMigration::migrate(big, bigServer);
    if (!migrated) {
        std::fprintf(stderr, "bench_server: %s\n", qPrintable(migrated.error().message));
        return 2;
    }
    std::printf("migrate: %lld events from a file to the server in %.1f s (both verified)\n",
                static_cast<long long>(migrated->events), timer.elapsed() / 1000.0);

    auto ws = Workspace::open(bigServer, OpenMode::ReadOnly);
    if (!ws) {
        std::fprintf(stderr, "bench_server: %s\n", qPrintable(ws.error().message));
        return 2;
    }
    timer.restart();
    qint64 rows = 0;
    {
        QSqlQuery q(WorkspaceAccess::database(*ws.value()).connection());
        q.setForwardOnly(true); // streamed row by row
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
    auto report = ws.value()->verify();
    const double verifySeconds = timer.elapsed() / 1000.0;
    if (!report || !report->intact()) {
        std::fprintf(stderr, "bench_server: verification failed\n");
        return 1;
    }
    std::printf("select:  %lld rows in %.2f s on the server\n", static_cast<long long>(rows), selectSeconds);
    std::printf("verify:  %lld events in %.2f s = %.0f events/s on the server; %.2fx the plain SELECT (target <= 3x)\n",
                static_cast<long long>(report->eventCount), verifySeconds, report->eventCount / verifySeconds,
                verifySeconds / selectSeconds);
    return 0;
}
