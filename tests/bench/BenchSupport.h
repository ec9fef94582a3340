#pragma once

#include <QFile>

namespace cs::bench {

/// The process's peak resident set size in kB (VmHWM), or -1 when /proc is not readable.
inline long peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:")) {
            return line.mid(6).trimmed().split(' ').first().toLong();
        }
    }
    return -1;
}

/// Writes `buffer` to `file` once it holds more than 1 MiB (always, with `force`) and empties it. False when the
/// write fails.
inline bool flushWhenFull(QFile& file, QByteArray& buffer, bool force = false)
{
    if (!force && buffer.size() <= (1 << 20)) {
        return true;
    }
    const bool ok = file.write(buffer) == buffer.size();
    buffer.clear();
    return ok;
}

} // namespace cs::bench
