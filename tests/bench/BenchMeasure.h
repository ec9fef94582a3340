#pragma once

#include <QByteArray>
#include <QStringList>

namespace cs::bench {

/// One measured run of a command: whether it exited 0, its wall time, its own peak resident set and its stdout.
struct Measured
{
    bool ok = false;
    double seconds = 0;
    long peakKb = 0;
    QByteArray out;
};

/// `BENCH --measure-child OUT RESULT COMMAND...`: runs COMMAND with stdout to OUT and writes "ok seconds peak_kb" to
/// RESULT. A benchmark's main() calls this before Qt starts when its first argument is --measure-child, so that every
/// measured command runs under a small, freshly started process and the benchmark's own memory never shows.
int measureChild(int argc, char** argv);

/// Runs `argv` in a fresh child (through the running benchmark's --measure-child) with stdout to `outFile`.
Measured measure(const QStringList& argv, const QString& outFile);

} // namespace cs::bench
