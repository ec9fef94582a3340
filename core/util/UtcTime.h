#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace cs::UtcTime {

/// RFC 3339 UTC time with exactly three fractional digits, e.g. "2026-11-24T11:42:00.123Z".
/// This is the form stored in every canonical audit event, so it must never change.
QByteArray formatMs(qint64 msSinceEpoch);
QString formatMsString(qint64 msSinceEpoch);

/// The time as people read it in the window and on paper: "2026-11-24 11:42:00 UTC".
QString displayMs(qint64 msSinceEpoch);

/// Parses "YYYY-MM-DDTHH:MM:SS[.fff]Z" (the form formatMs writes, fraction optional).
std::optional<qint64> parseMs(QStringView text);

} // namespace cs::UtcTime
