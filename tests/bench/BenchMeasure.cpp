#include "BenchMeasure.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>
#include <ctime>
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <vector>

extern char** environ;

namespace cs::bench {

namespace {
/// Spawns `args` (null-terminated) with stdout to `outFile` and waits for it with wait4: its exit status, wall time
/// and peak RSS. A child started by posix_spawn shares its parent's memory until it execs, and Linux carries the
/// parent's peak RSS over into the child's at exec: the figure is the child's own only when the parent is smaller.
struct Spawned
{
    bool ok = false;
    double seconds = 0;
    long peakKb = 0;
};

Spawned spawnAndWait(char* const* args, const char* outFile)
{
    Spawned m;
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, outFile, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    timespec start {};
    clock_gettime(CLOCK_MONOTONIC, &start);
    pid_t pid = 0;
    const int spawned = posix_spawnp(&pid, args[0], &actions, nullptr, args, environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0) {
        return m;
    }
    int status = 0;
    rusage usage {};
    wait4(pid, &status, 0, &usage);
    timespec end {};
    clock_gettime(CLOCK_MONOTONIC, &end);
    m.seconds = double(end.tv_sec - start.tv_sec) + double(end.tv_nsec - start.tv_nsec) / 1e9;
    m.ok = WIFEXITED(status) && WEXITSTATUS(status) == 0;
    m.peakKb = usage.ru_maxrss;
    return m;
}

} // namespace

/// `BENCH --measure-child OUT RESULT COMMAND...`: runs COMMAND with stdout to OUT and writes "ok seconds
/// peak_kb" to RESULT. The bench runs every measured command through this small, freshly started process, so that
/// its own memory (a workspace of millions of rows imported a moment ago) never shows in the figure.
int measureChild(int argc, char** argv)
{
    if (argc < 5) {
        return 2;
    }
    const Spawned m = spawnAndWait(argv + 4, argv[2]);
    FILE* result = std::fopen(argv[3], "w");
    if (result == nullptr) {
        return 2;
    }
    std::fprintf(result, "%d %.6f %ld\n", m.ok ? 1 : 0, m.seconds, m.peakKb);
    return std::fclose(result) == 0 ? 0 : 2;
}

/// Runs `argv` in a fresh child (through measureChild) with stdout to a file: its time, its own peak RSS, its output.
Measured measure(const QStringList& argv, const QString& outFile)
{
    QStringList full = {QCoreApplication::applicationFilePath(), QStringLiteral("--measure-child"), outFile,
                        outFile + QStringLiteral(".measured")};
    full += argv;
    std::vector<QByteArray> storage;
    std::vector<char*> args;
    for (const QString& a : full) {
        storage.push_back(a.toLocal8Bit());
    }
    for (QByteArray& a : storage) {
        args.push_back(a.data());
    }
    args.push_back(nullptr);
    Measured m;
    const QByteArray helperOut = (outFile + QStringLiteral(".helper")).toLocal8Bit();
    if (!spawnAndWait(args.data(), helperOut.constData()).ok) {
        return m;
    }
    QFile result(outFile + QStringLiteral(".measured"));
    if (!result.open(QIODevice::ReadOnly)) {
        return m;
    }
    const QList<QByteArray> fields = result.readAll().trimmed().split(' ');
    if (fields.size() != 3) {
        return m;
    }
    m.ok = fields[0] == "1";
    m.seconds = fields[1].toDouble();
    m.peakKb = fields[2].toLong();
    QFile f(outFile);
    if (f.open(QIODevice::ReadOnly)) {
        m.out = f.readAll();
    }
    return m;
}

} // namespace cs::bench
