#pragma once

// Shared by the libFuzzer targets of tests/fuzz: turning the fuzzer's bytes into inputs, a scratch folder for the
// readers that take paths, and the checks each target makes on what the code under test returns. A broken check
// aborts, which libFuzzer reports as a crash and saves the input that caused it.

#include "util/Result.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QList>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace cs::fuzz {

inline QByteArray bytes(const uint8_t* data, size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), qsizetype(size));
}

/// Stops the run: `what` is the property that failed, `detail` what the code returned.
[[noreturn]] inline void violated(const char* what, const QString& detail = {})
{
    std::fprintf(stderr, "\nfuzz check failed: %s\n%s\n", what, qUtf8Printable(detail));
    std::abort();
}

inline void check(bool holds, const char* what, const QString& detail = {})
{
    if (!holds) {
        violated(what, detail);
    }
}

/// What every error the product gives for bad input must be: a message (naming `source`, the file or record it
/// concerns) and never the code reserved for bugs.
inline void checkError(const Error& error, const QString& source)
{
    check(error.code != ErrorCode::Internal, "bad input gave an internal error", error.message);
    check(!error.message.isEmpty(), "an error without a message");
    if (!source.isEmpty()) {
        check(error.message.contains(source), "the error does not name its source", error.message);
    }
}

/// A folder of this process's own under $TMPDIR, removed when the run ends normally.
inline const QString& scratch()
{
    static QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/countersign-fuzz-XXXXXX"));
    static const QString path = dir.isValid() ? dir.path() : QString();
    if (path.isEmpty()) {
        violated("cannot create a scratch folder", dir.errorString());
    }
    return path;
}

/// Writes `text` to `path`, creating its folder; a failure stops the run (it is the harness's, not a finding).
inline void put(const QString& path, const QByteArray& text)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(text) != text.size()) {
        violated("cannot write a scratch file", path);
    }
}

/// Splits the input at lines holding only "%%" into at most `parts` pieces (the last keeps any further
/// separators), so one input can fill several files. The seed corpora show the fuzzer the separator.
inline QList<QByteArray> split(const QByteArray& input, int parts)
{
    static const QByteArray separator("\n%%\n");
    QList<QByteArray> out;
    qsizetype from = 0;
    while (out.size() < parts - 1) {
        const qsizetype at = input.indexOf(separator, from);
        if (at < 0) {
            break;
        }
        out.append(input.mid(from, at - from + 1));
        from = at + separator.size();
    }
    out.append(input.mid(from));
    return out;
}

} // namespace cs::fuzz
