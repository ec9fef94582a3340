// bench_audit_report: the inspector's audit report (issue #15) of trails of different lengths. For each length, a
// fresh demo workspace whose trail the administrator lengthens with setting changes (batched, through the command
// path, as bench_audit does) to N events; then, in a fresh child process, `countersign-cli report audit` of the whole
// trail by the demo auditor (sign in, verify the trail, count the pages, paint them, sign in place, record). The
// report streams: its peak memory should not grow with N. The figures go in docs/benchmarks.md.
// Usage: bench_audit_report [--events 1000,100000]
#include "AppendEvents.h"
#include "BenchMeasure.h"
#include "config-countersign-tests.h"
#include "workspace/Workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>
#include <cstring>

using namespace cs;

namespace {

/// The demo workspace at `path`, its trail lengthened to `events` events. False (with the reason printed) on failure.
bool makeTrail(const QString& cli, const QString& path, qint64 events)
{
    QProcess demo;
    demo.start(cli, {QStringLiteral("demo"), path});
    if (!demo.waitForFinished(-1) || demo.exitCode() != 0) {
        std::printf("cannot make the demo workspace: %s\n", demo.readAllStandardError().constData());
        return false;
    }
    auto ws = Workspace::open(path, OpenMode::ReadWrite);
    if (!ws) {
        std::printf("%s\n", qPrintable(ws.error().message));
        return false;
    }
    if (auto s = ws.value()->signIn(QStringLiteral("praman"), SecretBytes::fromUtf8("demo-admin-pass")); !s) {
        std::printf("%s\n", qPrintable(s.error().message));
        return false;
    }
    for (qint64 done = ws.value()->eventCount().value(); done < events;) {
        const int n = int(std::min<qint64>(10000, events - done));
        bench::AppendEvents command(n, done);
        if (auto r = ws.value()->execute(command); !r) {
            std::printf("%s\n", qPrintable(r.error().message));
            return false;
        }
        done += n;
    }
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc > 1 && std::strcmp(argv[1], "--measure-child") == 0) {
        return bench::measureChild(argc, argv); // before Qt starts: the helper stays small
    }
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Time the audit report of trails of different lengths."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("events"), QStringLiteral("Trail lengths, comma-separated."),
                      QStringLiteral("N,M"), QStringLiteral("1000,100000")});
    parser.process(app);
    const QString cli = QStringLiteral(COUNTERSIGN_CLI_PATH);
    QTemporaryDir dir;
    const QString secrets = dir.filePath(QStringLiteral("secrets"));
    QFile secretFile(secrets);
    if (!secretFile.open(QIODevice::WriteOnly) || secretFile.write("demo-audit-pass\ndemo-p12-pass\n") < 0) {
        return 1;
    }
    secretFile.close();
    bool ok = true;
    double firstSeconds = 0;
    long firstKb = 0;
    std::printf("audit report of the whole trail, exported and signed by the demo auditor (one run each)\n");
    for (const QString& item : parser.value(QStringLiteral("events")).split(u',')) {
        const qint64 events = item.toLongLong();
        const QString run = dir.filePath(QStringLiteral("n%1").arg(events));
        const QString ws = run + QStringLiteral("/bench.countersign");
        if (!makeTrail(cli, ws, events)) {
            return 1;
        }
        const QString pdf = run + QStringLiteral("/audit.pdf");
        // The password and the passphrase are read, a line each, from descriptor 3; sh execs the CLI, which execs the
        // documents program, so the figure is that program's own.
        const bench::Measured m = bench::measure(
            {QStringLiteral("/bin/sh"), QStringLiteral("-c"),
             QStringLiteral("exec \"$0\" report audit \"$1\" --out \"$2\" --user hbrandt --password-fd 3 --pkcs12 "
                            "\"$3\" --passphrase-fd 3 3<\"$4\""),
             cli, ws, pdf, run + QStringLiteral("/bench-credentials/hbrandt.p12"), secrets},
            run + QStringLiteral("/out.txt"));
        ok = ok && m.ok;
        if (firstSeconds == 0) {
            firstSeconds = m.seconds;
            firstKb = m.peakKb;
        }
        std::printf("  %8lld events: %7.2f s %8.1f MB  %10lld bytes  (x%.1f time, x%.2f memory)%s\n",
                    static_cast<long long>(events), m.seconds, double(m.peakKb) / 1024.0,
                    static_cast<long long>(QFileInfo(pdf).size()), firstSeconds > 0 ? m.seconds / firstSeconds : 0.0,
                    firstKb > 0 ? double(m.peakKb) / double(firstKb) : 0.0, m.ok ? "" : "  FAILED");
        std::fflush(stdout);
    }
    return ok ? 0 : 1;
}
