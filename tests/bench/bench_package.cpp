// bench_package: the signed change-control package (issue #15). A fresh demo workspace; then, each in a fresh child
//   process, `countersign-cli package export` of the demo's implemented request CR-2026-0003 (gather the frozen
//   records, lay out and paint the pages and charts, PDF/A, sign in and open the key file, PAdES signature, audit
//   event, atomic write), `package verify` with the workspace (signature, chain, manifest, recorded export, every
//   digest) and with the CA only, and the documents program's own floor (`package export --help`: QApplication and the
//   painting libraries loaded, nothing done). Each is run --runs times; the figures are the fastest and the largest
//   peak. No target is set by the issue for these; the figures go in docs/benchmarks.md.
// Usage: bench_package [--runs N]
#include "BenchMeasure.h"
#include "config-countersign-tests.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <cstring>

namespace {

using cs::bench::measure;
using cs::bench::Measured;

struct Best
{
    bool ok = true;
    double seconds = 1e300;
    long peakKb = 0;
    QByteArray out;
};

Best repeat(int runs, const QStringList& argv, const QString& outFile)
{
    Best best;
    for (int i = 0; i < runs; ++i) {
        const Measured m = measure(argv, outFile);
        best.ok = best.ok && m.ok;
        best.seconds = std::min(best.seconds, m.seconds);
        best.peakKb = std::max(best.peakKb, m.peakKb);
        best.out = m.out;
    }
    return best;
}

void print(const char* what, const Best& b)
{
    std::printf("  %-44s %6.2f s %8.1f MB%s\n", what, b.seconds, double(b.peakKb) / 1024.0, b.ok ? "" : "  FAILED");
}

} // namespace

int main(int argc, char** argv)
{
    if (argc > 1 && std::strcmp(argv[1], "--measure-child") == 0) {
        return cs::bench::measureChild(argc, argv); // before Qt starts: the helper stays small
    }
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Time exporting and verifying the demo's signed package."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs of each command (default 3)."), QStringLiteral("N"),
                      QStringLiteral("3")});
    parser.process(app);
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    const QString cli = QStringLiteral(COUNTERSIGN_CLI_PATH);

    QTemporaryDir dir;
    const QString ws = dir.filePath(QStringLiteral("bench.countersign"));
    QProcess demo;
    demo.start(cli, {QStringLiteral("demo"), ws});
    if (!demo.waitForFinished(-1) || demo.exitCode() != 0) {
        std::printf("cannot make the demo workspace: %s\n", demo.readAllStandardError().constData());
        return 1;
    }
    const QString credentials = dir.filePath(QStringLiteral("bench-credentials"));
    const QString secrets = dir.filePath(QStringLiteral("secrets"));
    QFile secretFile(secrets);
    if (!secretFile.open(QIODevice::WriteOnly) || secretFile.write("demo-qa-pass\ndemo-p12-pass\n") < 0) {
        return 1;
    }
    secretFile.close();
    const QString pdf = dir.filePath(QStringLiteral("CR-2026-0003.pdf"));
    const QString out = dir.filePath(QStringLiteral("out.txt"));

    // The password and the key file's passphrase are read, a line each, from descriptor 3 (opened by the shell on the
    // file); sh execs the CLI, which execs the documents program, so the figure is that program's own.
    const Best exported = repeat(
        runs,
        {QStringLiteral("/bin/sh"), QStringLiteral("-c"),
         QStringLiteral("exec \"$0\" package export \"$1\" CR-2026-0003 --out \"$2\" --user mlindqvist --password-fd 3 "
                        "--pkcs12 \"$3\" --passphrase-fd 3 3<\"$4\""),
         cli, ws, pdf, credentials + QStringLiteral("/mlindqvist.p12"), secrets},
        out);
    const Best verifiedWorkspace = repeat(runs,
                                          {cli, QStringLiteral("package"), QStringLiteral("verify"), pdf,
                                           QStringLiteral("--workspace"), ws, QStringLiteral("--json")},
                                          out);
    const QJsonObject result = QJsonDocument::fromJson(verifiedWorkspace.out).object();
    const Best verifiedCa = repeat(runs,
                                   {cli, QStringLiteral("package"), QStringLiteral("verify"), pdf,
                                    QStringLiteral("--ca"), credentials + QStringLiteral("/ca.pem")},
                                   out);
    const Best floor =
        repeat(runs, {cli, QStringLiteral("package"), QStringLiteral("export"), QStringLiteral("--help")}, out);
    const Best base =
        repeat(runs, {cli, QStringLiteral("cr"), QStringLiteral("show"), ws, QStringLiteral("CR-2026-0003")}, out);

    std::printf("signed change-control package of the demo's CR-2026-0003 (%lld bytes, %d run(s) each; fastest time, "
                "largest peak)\n",
                static_cast<long long>(QFileInfo(pdf).size()), runs);
    print("package export (sign in, paint, sign, record)", exported);
    print("package verify --workspace", verifiedWorkspace);
    print("package verify --ca", verifiedCa);
    print("documents program floor (export --help)", floor);
    print("countersign-cli floor (cr show)", base);
    const bool valid = result[u"valid"].toBool();
    std::printf("  the last export verifies: %s\n", valid ? "yes" : "NO");
    std::fflush(stdout);
    return exported.ok && verifiedWorkspace.ok && verifiedCa.ok && base.ok && valid ? 0 : 1;
}
